"""The training register (action 3.4 by default): sessions with counts of participants.

Append-only like the hours register: a wrong session is cancelled by a reversing row that points
at it (`services.register_reversal`). The topic is typed text and stays in the store; the bundle
carries, per action and month, the number of sessions, their minutes and the participants per
kind of body. Only the coordinator writes; every write is audited with the row number and
counts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.funds.network_training import (
    TrainingEntry,
    check_training,
    participants_in_order,
)
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.approval_lock import refuse_locked_day
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.reversible_rows import reversed_by
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import TrainingSession


@dataclass(frozen=True, slots=True)
class TrainingRow:
    id: int
    entry: TrainingEntry
    reverses_id: int | None
    reversed_by: int | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _participants_text(participants: dict[str, int]) -> str:
    return json.dumps(participants_in_order(participants), sort_keys=True)


def record_training(uow: UnitOfWork, *, entry: TrainingEntry, today: date) -> int:
    """Append a training session; returns its number. Permission: coordinator. Errors: see
    `domain.network_training.check_training`."""
    require(uow, Permission.FUNDS)
    check_training(entry, load_default_programme(), today=today)
    refuse_locked_day(uow, entry.on, register="training")
    row = TrainingSession(
        on_date=entry.on.isoformat(),
        action_code=entry.action_code,
        topic=entry.topic.strip(),
        minutes=entry.minutes,
        participants=_participants_text(dict(entry.participants)),
        actor=uow.actor.login,
        created_at=_now(),
    )
    uow.session.add(row)
    uow.session.flush()
    details = {
        "riga": row.id,
        "azione": row.action_code,
        "minuti": row.minutes,
        "partecipanti": entry.total_participants,
    }
    audit.record(uow, action="formazione.sessione", entity="training", details=details)
    return row.id


def training_register(uow: UnitOfWork) -> list[TrainingRow]:
    """Every row, oldest first, with the row that reversed it; participants of every kind of
    body (a row written before a kind existed reads 0 for it)."""
    rows = list(uow.session.scalars(select(TrainingSession).order_by(TrainingSession.id)))
    reversing = reversed_by(rows)
    return [
        TrainingRow(
            row.id,
            TrainingEntry(
                on=date.fromisoformat(row.on_date),
                topic=row.topic,
                minutes=row.minutes,
                participants=participants_in_order(json.loads(row.participants)),
                action_code=row.action_code,
            ),
            row.reverses_id,
            reversing.get(row.id),
        )
        for row in rows
    ]
