"""The network register: the organisations of the territorial network, by kind.

Members are organisations, never people. The register is append-only like the others: a wrong
row is cancelled by a reversing row (`services.register_reversal`); the one later change is the
leaving day, which a trigger lets be written once (a mistaken leaving day is corrected by
reversing the member and entering it again). The bundle carries counts per kind only, never a
name. Only the coordinator writes; every write is audited with the row number and kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.network_training import (
    MemberEntry,
    check_leaving,
    check_member,
)
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.approval_lock import refuse_locked_day
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.reversible_rows import reversed_by, row_to_reverse
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import NetworkMember


class MemberAlreadyLeft(AppError):
    code = "ente_gia_uscito"
    template = (
        "L'organizzazione della riga n. {row} è già uscita dalla rete il {left}: per correggere "
        "la data, storna la riga e inseriscila di nuovo."
    )


@dataclass(frozen=True, slots=True)
class MemberRow:
    id: int
    entry: MemberEntry
    left_on: date | None
    reverses_id: int | None
    reversed_by: int | None

    @property
    def in_force(self) -> bool:
        """Counts in the network figures: neither reversing nor reversed."""
        return self.reverses_id is None and self.reversed_by is None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_member(uow: UnitOfWork, *, entry: MemberEntry, today: date) -> int:
    """Append an organisation to the network; returns its row number. Permission:
    coordinator. Errors: see `domain.network_training.check_member`."""
    require(uow, Permission.FUNDS)
    check_member(entry, today=today)
    refuse_locked_day(uow, entry.joined_on, register="network")
    row = NetworkMember(
        name=entry.name.strip(),
        kind=entry.kind,
        joined_on=entry.joined_on.isoformat(),
        actor=uow.actor.login,
        created_at=_now(),
    )
    uow.session.add(row)
    uow.session.flush()
    details = {"riga": row.id, "tipo": row.kind}
    audit.record(uow, action="rete.adesione", entity="network_member", details=details)
    return row.id


def record_leaving(uow: UnitOfWork, *, row_id: int, left_on: date, today: date) -> None:
    """Write the day an organisation left the network (once). Errors: RowNotFound,
    RowAlreadyReversed, ReversalRowNotReversible, MemberAlreadyLeft, DateInFuture,
    LeftBeforeJoining."""
    require(uow, Permission.FUNDS)
    row = row_to_reverse(uow, NetworkMember, row_id)
    if row.left_on is not None:
        left = date.fromisoformat(row.left_on)
        raise MemberAlreadyLeft("left_on", row=row_id, left=f"{left:%d/%m/%Y}")
    check_leaving(date.fromisoformat(row.joined_on), left_on, today=today)
    refuse_locked_day(uow, left_on, register="network")
    row.left_on = left_on.isoformat()
    uow.session.flush()
    details = {"riga": row.id, "tipo": row.kind}
    audit.record(uow, action="rete.uscita", entity="network_member", details=details)


def network_register(uow: UnitOfWork) -> list[MemberRow]:
    """Every row, oldest first, with the row that reversed it."""
    rows = list(uow.session.scalars(select(NetworkMember).order_by(NetworkMember.id)))
    reversing = reversed_by(rows)
    return [
        MemberRow(
            row.id,
            MemberEntry(row.name, row.kind, date.fromisoformat(row.joined_on)),
            date.fromisoformat(row.left_on) if row.left_on else None,
            row.reverses_id,
            reversing.get(row.id),
        )
        for row in rows
    ]


def current_members(uow: UnitOfWork) -> list[MemberRow]:
    """The members a consent or a referral may name: in force (not a reversal, not reversed)
    and not left the network."""
    return [row for row in network_register(uow) if row.in_force and row.left_on is None]


def is_current_member(uow: UnitOfWork, member_id: int, kind: str | None) -> bool:
    """Whether `member_id` is a current member (`current_members`) of that kind of body."""
    return any(row.id == member_id and row.entry.kind == kind for row in current_members(uow))
