"""The lock of an approved period: no row of any register may be written dated in it.

One place, called by every writer of a dated row, whatever front end asked: the fund ledger
(`ledger_writes._append`: commitments, payments, reversals, the reversals a new project
revision makes), the hours register (by its month), the action expenses, the training sessions
and the network register (joining and leaving days), and `register_reversal.reverse_row`,
which also refuses to cancel a row dated in a locked period (cancelling it would change the
approved figures as surely as adding one). The refusal names the period, the day, who at the
capofila approved it and when. Only an Ambito store has locked periods: the rows at the
capofila are other Ambiti's.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select

from antiviolenza_desktop.domain.approval.periods import Period, period_from_code
from antiviolenza_desktop.domain.approval.states import PeriodLocked
from antiviolenza_desktop.services.exchange_records import shown_day, store_ambito_code
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import ApprovalPeriod

REGISTER_LABELS: dict[str, str] = {
    "ledger": "una voce del registro dei fondi",
    "hours": "una riga delle ore di cofinanziamento",
    "expenses": "una spesa delle azioni",
    "training": "una sessione di formazione",
    "network": "un movimento del registro della rete",
}


def _approved(uow: UnitOfWork) -> list[tuple[Period, ApprovalPeriod]]:
    ambito = store_ambito_code(uow)
    rows = uow.session.scalars(
        select(ApprovalPeriod).where(
            ApprovalPeriod.ambito == ambito, ApprovalPeriod.state == "approved"
        )
    )
    return [(period_from_code(row.period), row) for row in rows]


def _locked(row: ApprovalPeriod, period: Period, shown: str, register: str) -> PeriodLocked:
    return PeriodLocked(
        "on",
        day=shown,
        period=period.label,
        by=row.decided_by or "",
        on=shown_day(row.decided_at) if row.decided_at else "",
        what=REGISTER_LABELS[register],
    )


def refuse_locked_day(uow: UnitOfWork, day: date, *, register: str) -> None:
    """Errors: PeriodLocked when `day` falls in an approved period of this Ambito."""
    for period, row in _approved(uow):
        if period.contains(day):
            raise _locked(row, period, f"{day:%d/%m/%Y}", register)


def refuse_locked_month(uow: UnitOfWork, month: str, *, register: str) -> None:
    """Errors: PeriodLocked when the month `YYYY-MM` lies in an approved period."""
    for period, row in _approved(uow):
        if period.contains_month(month):
            raise _locked(row, period, f"{month[5:7]}/{month[:4]}", register)


def locked_among(uow: UnitOfWork, days: Iterable[date], *, register: str) -> list[PeriodLocked]:
    """One refusal per approved period some of `days` fall in (the bulk paths: the approved
    periods are read once)."""
    approved = _approved(uow)
    found: dict[str, PeriodLocked] = {}
    for day in days:
        for period, row in approved:
            if period.code not in found and period.contains(day):
                found[period.code] = _locked(row, period, f"{day:%d/%m/%Y}", register)
    return list(found.values())


def refuse_locked_row(uow: UnitOfWork, row: object, *, register: str) -> None:
    """The days a register row carries (`on_date`, `joined_on`, `left_on`, the hours' `month`)
    checked against the approved periods: a reversal may not cancel a row dated in one.
    Errors: PeriodLocked."""
    for name in ("on_date", "joined_on", "left_on"):
        value = getattr(row, name, None)
        if value:
            refuse_locked_day(uow, date.fromisoformat(value), register=register)
    month = getattr(row, "month", None)
    if month:
        refuse_locked_month(uow, month, register=register)
