"""The hash chain of the audit log: each entry's hash covers its content and the previous hash.

Editing, deleting or reordering a past entry breaks every link after it, so `verify_chain`
names the first entry that no longer matches. The chain is ordered by sequence number, never by
timestamp, so a clock moved backwards cannot hide or reorder anything.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str | None
    action: str
    entity: str
    entity_id: str | None
    details: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    checked: int
    first_broken_seq: int | None
    clock_regressions: tuple[int, ...]

    @property
    def intact(self) -> bool:
        return self.first_broken_seq is None


def entry_hash(
    *,
    seq: int,
    at: str,
    actor: str | None,
    action: str,
    entity: str,
    entity_id: str | None,
    details: str,
    prev_hash: str,
) -> str:
    """Hash the canonical JSON of an entry together with the hash of the one before it."""
    canonical = json.dumps(
        [seq, at, actor, action, entity, entity_id, details, prev_hash],
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def verify_chain(entries: Iterable[AuditEntry]) -> ChainReport:
    """Walk the entries in sequence order; report the first broken link and clock regressions."""
    previous_hash = GENESIS_HASH
    previous_seq = 0
    previous_at = ""
    checked = 0
    regressions: list[int] = []
    for entry in entries:
        expected = entry_hash(
            seq=entry.seq,
            at=entry.at,
            actor=entry.actor,
            action=entry.action,
            entity=entry.entity,
            entity_id=entry.entity_id,
            details=entry.details,
            prev_hash=previous_hash,
        )
        if entry.seq != previous_seq + 1 or entry.prev_hash != previous_hash:
            return ChainReport(checked, entry.seq, tuple(regressions))
        if entry.hash != expected:
            return ChainReport(checked, entry.seq, tuple(regressions))
        if entry.at < previous_at:
            regressions.append(entry.seq)
        previous_hash, previous_seq, previous_at = entry.hash, entry.seq, entry.at
        checked += 1
    return ChainReport(checked, None, tuple(regressions))
