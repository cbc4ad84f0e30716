"""The audit chain as pure data: any edit, deletion or reorder is found at its entry."""

from dataclasses import replace

from antiviolenza_desktop.domain.audit.chain import (
    GENESIS_HASH,
    AuditEntry,
    entry_hash,
    verify_chain,
)


def _chain(count: int, times: list[str] | None = None) -> list[AuditEntry]:
    entries = []
    previous = GENESIS_HASH
    for seq in range(1, count + 1):
        fields = {
            "seq": seq,
            "at": times[seq - 1] if times else f"2026-11-25T10:00:{seq:02d}",
            "actor": "coord",
            "action": "prova",
            "entity": "store",
            "entity_id": None,
            "details": "{}",
            "prev_hash": previous,
        }
        entry = AuditEntry(hash=entry_hash(**fields), **fields)
        entries.append(entry)
        previous = entry.hash
    return entries


def test_intact_chain() -> None:
    report = verify_chain(_chain(5))
    assert report.intact and report.checked == 5


def test_edited_entry_is_the_first_break() -> None:
    entries = _chain(6)
    entries[3] = replace(entries[3], action="altro")
    report = verify_chain(entries)
    assert report.first_broken_seq == 4
    assert report.checked == 3


def test_deleted_entry_is_found() -> None:
    entries = _chain(5)
    del entries[2]
    assert verify_chain(entries).first_broken_seq == 4


def test_clock_going_backwards_is_a_warning_not_a_break() -> None:
    times = ["2026-11-25T10:00:00", "2026-11-25T10:05:00", "2026-11-25T09:00:00"]
    report = verify_chain(_chain(3, times))
    assert report.intact
    assert report.clock_regressions == (3,)
