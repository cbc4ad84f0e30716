"""The snapshots the capofila has accepted: the newest per Ambito feeds the provincial totals.

Every accepted snapshot is kept (the table is append-only): the newest per Ambito is what the
totals are computed from, the older ones say what was merged and when, and the (sequence,
content hash) pairs are what a later bundle is checked against (already imported, stale,
conflict). Writing one is the last step of an import whose checks all passed.

The Region's store keeps the capofila's provincial bundles in the same table, keyed by province
(`exchange.provincial_import`; no figures: a provincial payload is small and holds only totals).

The audit head a snapshot carries (schema version 2) is repeated in two columns, so the
provincial view can tell an Ambito whose log got shorter without parsing old payloads.

With each snapshot its figures are kept (`domain.payload.figures`): what the provincial totals
read, so they never parse a payload again. A snapshot merged before the figures were kept
(a store upgraded from schema 0010) has its figures computed from its payload when read.

Snapshots signed by a key that was later revoked are kept (the history says what was merged)
but no longer count: neither for the totals nor as the number a new bundle must exceed. A
thief holding a laptop's key could otherwise send a bundle numbered 2^53 − 1, dated 2100, and
freeze that Ambito's figures for good; revoking the key undoes it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, func, insert, select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.payload.figures import SnapshotFigures, figures_of
from antiviolenza_desktop.domain.payload.schema import parse_header, parse_snapshot
from antiviolenza_desktop.domain.payload.snapshot import Snapshot as ParsedSnapshot
from antiviolenza_desktop.domain.payload.snapshot import canonical_bytes, to_payload
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exchange_records import now, require_receiver
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    ExchangeSender,
    ExchangeSnapshot,
    ExchangeSnapshotFigures,
    ExchangeSnapshotSet,
)

_Statement = TypeVar("_Statement", bound=Select[*tuple[Any, ...]])
_REVOKED = select(ExchangeSender.key_id).where(ExchangeSender.revoked_at.is_not(None))
_TRUSTED = ExchangeSnapshot.sender_key_id.not_in(_REVOKED.scalar_subquery())


@dataclass(frozen=True)
class Snapshot:
    ambito: str
    sequence: int
    content_sha256: str
    schema_version: int
    payload: bytes
    sender_key_id: str
    created_at: str
    imported_at: str
    audit_head_seq: int | None = None
    audit_head_hash: str | None = None


def _snapshot(row: ExchangeSnapshot) -> Snapshot:
    return Snapshot(
        row.ambito,
        row.sequence,
        row.content_sha256,
        row.schema_version,
        row.payload,
        row.sender_key_id,
        row.created_at,
        row.imported_at,
        row.audit_head_seq,
        row.audit_head_hash,
    )


def snapshot_at(uow: UnitOfWork, *, ambito: str, sequence: int) -> Snapshot | None:
    """The accepted snapshot of `ambito` with that sequence number, if any."""
    row = uow.session.scalars(
        select(ExchangeSnapshot).where(
            ExchangeSnapshot.ambito == ambito, ExchangeSnapshot.sequence == sequence
        )
    ).first()
    return _snapshot(row) if row else None


def newest_snapshot(uow: UnitOfWork, ambito: str) -> Snapshot | None:
    row = uow.session.scalars(
        select(ExchangeSnapshot)
        .where(ExchangeSnapshot.ambito == ambito, _TRUSTED)
        .order_by(ExchangeSnapshot.sequence.desc())
        .limit(1)
    ).first()
    return _snapshot(row) if row else None


def kept_again(
    uow: UnitOfWork, *, ambito: str, content_sha256: str, programme: Programme
) -> tuple[int, ParsedSnapshot] | None:
    """The schema version as received and the kept header of `ambito`'s newest snapshot, when
    that snapshot's content hash is `content_sha256` (the same signed bytes, merged already);
    None otherwise, and for a snapshot whose figures were not kept (merged before 0011)."""
    newest = uow.session.execute(
        select(
            ExchangeSnapshot.id, ExchangeSnapshot.content_sha256, ExchangeSnapshot.schema_version
        )
        .where(ExchangeSnapshot.ambito == ambito, _TRUSTED)
        .order_by(ExchangeSnapshot.sequence.desc())
        .limit(1)
    ).first()
    if newest is None or newest.content_sha256 != content_sha256:
        return None
    header = uow.session.scalar(
        select(ExchangeSnapshotFigures.header).where(
            ExchangeSnapshotFigures.snapshot_id == newest.id
        )
    )
    return (
        None
        if header is None
        else (newest.schema_version, parse_header(header, programme=programme))
    )


def _newest_only(statement: _Statement) -> _Statement:
    """`statement` (over exchange_snapshots) kept to each Ambito's newest snapshot signed by a
    key not revoked."""
    newest = (
        select(ExchangeSnapshot.ambito, func.max(ExchangeSnapshot.sequence).label("sequence"))
        .where(_TRUSTED)
        .group_by(ExchangeSnapshot.ambito)
        .subquery()
    )
    return statement.join(
        newest,
        (ExchangeSnapshot.ambito == newest.c.ambito)
        & (ExchangeSnapshot.sequence == newest.c.sequence),
    )


def newest_snapshots(uow: UnitOfWork) -> dict[str, Snapshot]:
    """Ambito code → its newest accepted snapshot (what the provincial totals read)."""
    rows = uow.session.scalars(
        _newest_only(select(ExchangeSnapshot)).order_by(ExchangeSnapshot.ambito)
    )
    return {row.ambito: _snapshot(row) for row in rows}


def _kept_figures(
    uow: UnitOfWork, ids: Iterable[int], programme: Programme
) -> dict[int, SnapshotFigures]:
    """The figures kept for those of the snapshots `ids` that have them, by snapshot id."""
    headers = uow.session.execute(
        select(ExchangeSnapshotFigures.snapshot_id, ExchangeSnapshotFigures.header).where(
            ExchangeSnapshotFigures.snapshot_id.in_(ids)
        )
    ).all()
    sets: dict[int, dict[str, bytes]] = defaultdict(dict)
    named = select(
        ExchangeSnapshotSet.snapshot_id, ExchangeSnapshotSet.name, ExchangeSnapshotSet.members
    ).where(ExchangeSnapshotSet.snapshot_id.in_([row[0] for row in headers]))
    for snapshot_id, name, members in uow.session.execute(named):
        sets[snapshot_id][name] = members
    return {
        snapshot_id: SnapshotFigures.from_sets(
            parse_header(header, programme=programme), sets[snapshot_id]
        )
        for snapshot_id, header in headers
    }


def newest_figures(uow: UnitOfWork, programme: Programme) -> dict[str, SnapshotFigures]:
    """Ambito code → the figures of its newest accepted snapshot: those kept at the merge,
    else (a snapshot merged before schema 0011) computed from its payload."""
    newest = _newest_only(select(ExchangeSnapshot.id, ExchangeSnapshot.ambito))
    ambito_of = {snapshot_id: ambito for snapshot_id, ambito in uow.session.execute(newest)}
    kept = _kept_figures(uow, list(ambito_of), programme)
    unkept = select(ExchangeSnapshot.id, ExchangeSnapshot.payload).where(
        ExchangeSnapshot.id.in_([i for i in ambito_of if i not in kept])
    )
    for snapshot_id, payload in uow.session.execute(unkept):
        kept[snapshot_id] = figures_of(parse_snapshot(payload, programme=programme))
    return {ambito_of[snapshot_id]: figures for snapshot_id, figures in kept.items()}


def audit_heads_before(uow: UnitOfWork) -> dict[str, int | None]:
    """Ambito → the audit head of the snapshot accepted just before its newest one (None:
    only one snapshot, or that one had no head, e.g. schema version 1)."""
    rows = uow.session.execute(
        select(ExchangeSnapshot.ambito, ExchangeSnapshot.audit_head_seq)
        .where(_TRUSTED)
        .order_by(ExchangeSnapshot.ambito, ExchangeSnapshot.sequence.desc())
    )
    seen: dict[str, int] = {}
    result: dict[str, int | None] = {}
    for ambito, head in rows:
        seen[ambito] = seen.get(ambito, 0) + 1
        if seen[ambito] == 2:
            result[ambito] = head
    return result


def add_snapshot(
    uow: UnitOfWork,
    *,
    ambito: str,
    sequence: int,
    content_sha256: str,
    schema_version: int,
    payload: bytes,
    sender_key_id: str,
    created_at: str,
    audit_head: tuple[int, str] | None = None,
    figures: SnapshotFigures | None = None,
) -> Snapshot:
    """Record an accepted snapshot and its figures (without `figures`, the totals compute them
    from `payload` whenever they read it, as for a snapshot merged before schema 0011).
    The caller has already checked it (signature, schema, programme, sequence newer than the
    newest, totals). Permission: coordinator of the capofila (or the Region). Audited with the
    Ambito (or province), sequence and hash."""
    require(uow, Permission.EXCHANGE)
    require_receiver(uow, "importare un pacchetto")
    row = ExchangeSnapshot(
        ambito=ambito,
        sequence=sequence,
        content_sha256=content_sha256,
        schema_version=schema_version,
        payload=payload,
        sender_key_id=sender_key_id,
        created_at=created_at,
        imported_at=now(),
        audit_head_seq=audit_head[0] if audit_head else None,
        audit_head_hash=audit_head[1] if audit_head else None,
    )
    uow.session.add(row)
    uow.session.flush()
    if figures is not None:
        _keep_figures(uow, row.id, figures)
    return _audited(uow, row)


def _audited(uow: UnitOfWork, row: ExchangeSnapshot) -> Snapshot:
    audit.record(
        uow,
        action="scambio.istantanea_importata",
        entity="exchange_snapshot",
        entity_id=f"{row.ambito}:{row.sequence}",
        details={
            "sha256": row.content_sha256,
            "key_id": row.sender_key_id,
            "bytes": len(row.payload),
        },
    )
    return _snapshot(row)


def _keep_figures(uow: UnitOfWork, snapshot_id: int, figures: SnapshotFigures) -> None:
    connection = uow.session.connection()
    header = canonical_bytes(to_payload(figures.header))
    connection.execute(
        insert(ExchangeSnapshotFigures), {"snapshot_id": snapshot_id, "header": header}
    )
    connection.execute(
        insert(ExchangeSnapshotSet),
        [{"snapshot_id": snapshot_id, "name": n, "members": m} for n, m in figures.sets()],
    )
