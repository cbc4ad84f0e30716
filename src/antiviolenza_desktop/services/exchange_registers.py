"""What a version-2 snapshot adds, read from the store: training, network, audit head.

Like `exchange_facts`, only the columns a snapshot needs are read: the topic of a session and
the name of an organisation are never selected here. The audit head is the newest entry of
the chain when the export starts (the export's own entry follows it).
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from antiviolenza_desktop.domain.funds.network_training import TrainingEntry
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import AuditLog, NetworkMember, TrainingSession


def _in_force(model: type) -> list:  # type: ignore[type-arg]
    reversed_ids = select(model.reverses_id).where(model.reverses_id.is_not(None))  # type: ignore[attr-defined]
    return [
        model.reverses_id.is_(None),  # type: ignore[attr-defined]
        model.id.not_in(reversed_ids.scalar_subquery()),  # type: ignore[attr-defined]
    ]


def training_in_force(uow: UnitOfWork) -> list[TrainingEntry]:
    """Sessions neither reversing nor reversed, without their topic."""
    rows = uow.session.execute(
        select(
            TrainingSession.on_date,
            TrainingSession.action_code,
            TrainingSession.minutes,
            TrainingSession.participants,
        ).where(*_in_force(TrainingSession))
    )
    return [
        TrainingEntry(
            on=date.fromisoformat(on),
            topic="",
            minutes=minutes,
            participants=json.loads(participants),
            action_code=action,
        )
        for on, action, minutes, participants in rows
    ]


def members_in_force(uow: UnitOfWork) -> list[tuple[str, date, date | None]]:
    """(kind, joined on, left on) of the members neither reversing nor reversed."""
    rows = uow.session.execute(
        select(NetworkMember.kind, NetworkMember.joined_on, NetworkMember.left_on).where(
            *_in_force(NetworkMember)
        )
    )
    return [
        (kind, date.fromisoformat(joined), date.fromisoformat(left) if left else None)
        for kind, joined, left in rows
    ]


def audit_head(uow: UnitOfWork) -> tuple[int, str] | None:
    """(seq, hash) of the newest audit entry, or None for an empty log."""
    row = uow.session.execute(
        select(AuditLog.seq, AuditLog.hash).order_by(AuditLog.seq.desc()).limit(1)
    ).first()
    return None if row is None else (row.seq, row.hash)
