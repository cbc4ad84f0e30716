"""The figures of an accepted snapshot that the provincial totals read, kept at the capofila.

Reading the totals used to parse every kept payload again (about 0.6 s per 10,000-case
Ambito); the figures below are taken once, when the snapshot is merged, and the totals are a
pure function of them (`province_from_figures`) that gives exactly what `provincial_totals`
gives on the whole snapshots:

- `header`: the snapshot without its records and registers: sequence, creation time, audit
  head, the sender's totals (funds, actions), the unshared aggregates, training and network;
- `women`: the distinct pseudonyms of its records, sorted, in hex, one per line (women are
  counted once per pseudonym across Ambiti, so the sets themselves are kept, not a count;
  lines split at C speed, which slicing raw bytes did not: a third of the 91-Ambiti totals);
- `lines`: the same for the women counted in each line (the project in force covers it);
- `committed`: per fund, each woman's commitments summed over her records (only those above
  zero), largest first: the combined cap across Ambiti needs them, and a woman in one Ambito
  only passes the cap there alone, so reading stops at the first amount under the cap.
"""

from __future__ import annotations

import struct
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from antiviolenza_desktop.domain.exchange.province import (
    LINE_OF_PROGRAMME,
    STALE_AFTER_DAYS,
    CombinedCapExceeded,
    DuplicateWoman,
    ProvincialTotals,
    provincial_totals,
)
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.payload.snapshot import CASE_LINES, Snapshot
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.domain.project.model import Caps, caps_from_programme

_COMMITTED = struct.Struct(">64sq")
WOMEN = "women"
LINE_PREFIX = "line:"
COMMITTED_PREFIX = "committed:"


@dataclass(frozen=True, slots=True)
class SnapshotFigures:
    """One accepted snapshot as the provincial totals need it (see the module docstring)."""

    header: Snapshot
    women: bytes
    lines: tuple[tuple[str, bytes], ...]
    committed: tuple[tuple[str, bytes], ...]

    def sets(self) -> list[tuple[str, bytes]]:
        """The named byte strings kept beside the header (`from_sets` reads them back)."""
        return [
            (WOMEN, self.women),
            *((LINE_PREFIX + line, members) for line, members in self.lines),
            *((COMMITTED_PREFIX + fund, rows) for fund, rows in self.committed),
        ]

    @classmethod
    def from_sets(cls, header: Snapshot, sets: Mapping[str, bytes]) -> SnapshotFigures:
        """The figures of a kept header and its named sets (those `sets` wrote)."""
        return cls(
            header=header,
            women=sets.get(WOMEN, b""),
            lines=tuple((line, sets.get(LINE_PREFIX + line, b"")) for line in CASE_LINES),
            committed=tuple(
                (name.removeprefix(COMMITTED_PREFIX), rows)
                for name, rows in sorted(sets.items())
                if name.startswith(COMMITTED_PREFIX)
            ),
        )


def _packed(pseudonyms: Iterable[str]) -> bytes:
    return "\n".join(sorted(set(pseudonyms))).encode("ascii")


def _committed(snapshot: Snapshot) -> tuple[tuple[str, bytes], ...]:
    spent: dict[str, dict[str, Cents]] = defaultdict(lambda: defaultdict(int))
    for record in snapshot.cases:
        for fund, amounts in record.funds:
            if amounts.committed:
                spent[fund][record.pseudonym] += amounts.committed
    return tuple(
        (
            fund,
            b"".join(
                _COMMITTED.pack(p.encode("ascii"), cents)
                for p, cents in sorted(by_woman.items(), key=lambda item: (-item[1], item[0]))
            ),
        )
        for fund, by_woman in sorted(spent.items())
    )


def figures_of(snapshot: Snapshot) -> SnapshotFigures:
    """The figures of a whole (parsed, checked) snapshot."""
    return SnapshotFigures(
        header=replace(snapshot, cases=(), cofinancing=(), action_expenses=(), statutory=()),
        women=_packed(r.pseudonym for r in snapshot.cases),
        lines=tuple(
            (line, _packed(r.pseudonym for r in snapshot.cases if r.in_line(line)))
            for line in CASE_LINES
        ),
        committed=_committed(snapshot),
    )


def _members(packed: bytes) -> set[bytes]:
    return set(packed.split(b"\n")) if packed else set()


def _union(sets: Iterable[set[bytes]]) -> tuple[set[bytes], set[bytes]]:
    """All members, and those in more than one of `sets`."""
    seen: set[bytes] = set()
    repeated: set[bytes] = set()
    for members in sets:
        repeated |= seen & members
        seen |= members
    return seen, repeated


def _duplicates(
    women: Mapping[str, set[bytes]], repeated: set[bytes]
) -> tuple[DuplicateWoman, ...]:
    where: dict[bytes, list[str]] = defaultdict(list)
    for ambito, members in sorted(women.items()):
        for pseudonym in repeated & members:
            where[pseudonym].append(ambito)
    return tuple(
        DuplicateWoman(pseudonym.decode(), tuple(ambiti))
        for pseudonym, ambiti in sorted(where.items())
    )


def _over_cap(rows: bytes, cap: Cents, skip: set[bytes]) -> Iterator[tuple[bytes, Cents]]:
    """The women of one Ambito alone over `cap` (largest first, so it stops at the first one
    under it), leaving out those in `skip` (summed across Ambiti instead)."""
    for pseudonym, cents in _COMMITTED.iter_unpack(rows):
        if cents <= cap:
            return
        if pseudonym not in skip:
            yield pseudonym, cents


def _caps_exceeded(
    figures: Mapping[str, SnapshotFigures], caps: Caps, repeated: set[bytes]
) -> tuple[CombinedCapExceeded, ...]:
    found = []
    for fund in sorted({fund for f in figures.values() for fund, _ in f.committed}):
        cap = caps.of(fund)
        if cap is None:
            continue
        shared: dict[bytes, list[tuple[str, Cents]]] = defaultdict(list)
        for ambito, kept in sorted(figures.items()):
            rows = dict(kept.committed).get(fund, b"")
            for pseudonym, cents in _over_cap(rows, cap, repeated):
                found.append(
                    CombinedCapExceeded(pseudonym.decode(), fund, cents, cap, ((ambito, cents),))
                )
            if repeated:
                for pseudonym, cents in _COMMITTED.iter_unpack(rows):
                    if pseudonym in repeated:
                        shared[pseudonym].append((ambito, cents))
        for pseudonym, by_ambito in shared.items():
            total = sum(cents for _, cents in by_ambito)
            if total > cap:
                found.append(
                    CombinedCapExceeded(pseudonym.decode(), fund, total, cap, tuple(by_ambito))
                )
    return tuple(sorted(found, key=lambda item: (item.pseudonym, item.fund)))


def province_from_figures(
    figures: Mapping[str, SnapshotFigures],
    *,
    programme: Programme,
    as_of: datetime,
    stale_after_days: int = STALE_AFTER_DAYS,
    caps: Caps | None = None,
    audit_heads_before: Mapping[str, int | None] | None = None,
) -> ProvincialTotals:
    """`provincial_totals` of the snapshots these figures were taken from, read from the
    figures: the headers give freshness, money, actions, unshared women, training and network
    (their records are empty), the kept sets the women counted once across Ambiti."""
    base = provincial_totals(
        {ambito: kept.header for ambito, kept in figures.items()},
        programme=programme,
        as_of=as_of,
        stale_after_days=stale_after_days,
        caps=caps,
        audit_heads_before=audit_heads_before,
    )
    women = {ambito: _members(kept.women) for ambito, kept in figures.items()}
    everyone, repeated = _union(women.values())
    in_line = {
        line: len(_union(_members(dict(k.lines)[line]) for k in figures.values())[0])
        for line in CASE_LINES
    }
    lines = tuple(
        replace(row, women=row.women + in_line[LINE_OF_PROGRAMME[row.line]])
        if row.line in LINE_OF_PROGRAMME
        else row
        for row in base.lines
    )
    return replace(
        base,
        lines=lines,
        women=base.women + len(everyone),
        duplicates=_duplicates(women, repeated),
        caps_exceeded=_caps_exceeded(figures, caps or caps_from_programme(programme), repeated),
    )
