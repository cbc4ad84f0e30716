"""The sums behind the fund dashboard and the financial report, computed by SQL.

Each figure has a query that lists the entries behind it (`entries_behind`), so a click on a
number in the dashboard shows exactly the rows that make it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import aliased

from antiviolenza_desktop.domain.funds.figures import (
    ActionFigures,
    FundWarning,
    IdleCommitment,
    action_figures,
    fund_warnings,
)
from antiviolenza_desktop.domain.funds.schedule import (
    EXPENSES,
    HOURS,
    TRAINING,
    DatedRow,
    Schedule,
    programme_schedule,
    schedule_warnings,
)
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS, FundTotals, LedgerEntry
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.services import cofinancing, ledger, training
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.task_settings import task_thresholds
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import ActionExpense, CofinancingHours, LedgerRecord

Figure = Literal["committed", "disbursed"]


@dataclass(frozen=True, slots=True)
class MonthSpending:
    month: str
    fund: str
    disbursed: Cents


@dataclass(frozen=True, slots=True)
class WomanFigures:
    """One woman's money on one fund, by case code only (the report's annex has no names)."""

    case_code: str
    fund: str
    committed: Cents
    disbursed: Cents


def _net_by_action(uow: UnitOfWork, model: type, column: str) -> dict[str, Cents]:
    """Net sums of a reversible register per action: rows less their reversing rows."""
    amount = getattr(model, column)
    signed = case((model.reverses_id.is_(None), amount), else_=-amount)  # type: ignore[attr-defined]
    rows = uow.session.execute(
        select(model.action_code, func.sum(signed)).group_by(model.action_code)  # type: ignore[attr-defined]
    )
    return {code: int(total) for code, total in rows}


def hours_value_by_action(uow: UnitOfWork) -> dict[str, Cents]:
    return _net_by_action(uow, CofinancingHours, "value")


def expenses_by_action(uow: UnitOfWork) -> dict[str, Cents]:
    return _net_by_action(uow, ActionExpense, "amount")


def actions(uow: UnitOfWork) -> tuple[ActionFigures, ...]:
    """Every action of the card with planned A and B against actual."""
    sums = ledger.net_sums(uow)
    return action_figures(
        load_default_programme(),
        committed={fund: sums.get((fund, "commitment"), 0) for fund in FUND_LABELS},
        disbursed={fund: sums.get((fund, "disbursement"), 0) for fund in FUND_LABELS},
        expenses=expenses_by_action(uow),
        hours_value=hours_value_by_action(uow),
    )


def monthly_spending(uow: UnitOfWork) -> list[MonthSpending]:
    """Net payments per month and fund; a reversed payment counts in its reversal's month."""
    target = aliased(LedgerRecord)
    month = func.substr(LedgerRecord.on_date, 1, 7)
    signed = case(
        (LedgerRecord.kind == "reversal", -LedgerRecord.amount), else_=LedgerRecord.amount
    )
    rows = uow.session.execute(
        select(month, LedgerRecord.fund, func.sum(signed))
        .outerjoin(target, target.seq == LedgerRecord.reverses_seq)
        .where(
            or_(
                LedgerRecord.kind == "disbursement",
                and_(LedgerRecord.kind == "reversal", target.kind == "disbursement"),
            )
        )
        .group_by(month, LedgerRecord.fund)
        .order_by(month, LedgerRecord.fund)
    )
    return [MonthSpending(m, fund, int(total)) for m, fund, total in rows]


def idle_commitments(uow: UnitOfWork) -> list[IdleCommitment]:
    """Live commitments with a residual, and the date of their last live payment (or of the
    commitment itself when nothing was paid)."""
    payment = aliased(LedgerRecord)
    undo = aliased(LedgerRecord)
    reversal = aliased(LedgerRecord)
    live_payment = and_(
        payment.commitment_seq == LedgerRecord.seq,
        payment.kind == "disbursement",
        ~select(undo.seq).where(undo.reverses_seq == payment.seq).exists(),
    )
    rows = uow.session.execute(
        select(
            LedgerRecord.seq,
            LedgerRecord.case_code,
            LedgerRecord.fund,
            LedgerRecord.amount - func.coalesce(func.sum(payment.amount), 0),
            func.coalesce(func.max(payment.on_date), LedgerRecord.on_date),
        )
        .outerjoin(payment, live_payment)
        .where(
            LedgerRecord.kind == "commitment",
            ~select(reversal.seq).where(reversal.reverses_seq == LedgerRecord.seq).exists(),
        )
        .group_by(LedgerRecord.seq)
    )
    return [
        IdleCommitment(seq, code, fund, int(residual), date.fromisoformat(since))
        for seq, code, fund, residual, since in rows
        if residual > 0
    ]


def warnings(
    uow: UnitOfWork, *, today: date, figures: tuple[ActionFigures, ...] | None = None
) -> list[FundWarning]:
    """The ledger's warnings, then the calendar's (`domain.funds.schedule`); `figures` are the
    actions' sums when the caller already has them."""
    figures = actions(uow) if figures is None else figures
    found = ledger_warnings(uow, ledger.totals(uow), today=today)
    return found + calendar(uow, today=today, figures=figures).warnings


def ledger_warnings(
    uow: UnitOfWork, totals: Sequence[FundTotals], *, today: date
) -> list[FundWarning]:
    """Over-commitment, and commitments left idle (`domain.funds.figures.fund_warnings`) for
    the months the coordinator set for the «Da fare» reminders (`services.task_settings`)."""
    months = task_thresholds(uow).idle_commitment_months
    return fund_warnings(totals, idle_commitments(uow), today=today, idle_months=months)


@dataclass(frozen=True, slots=True)
class CalendarReading:
    """The Gantt on a day (None when the programme file has no start date) and the calendar's
    warnings, both from one walk of the registers."""

    schedule: Schedule | None
    warnings: list[FundWarning]


def calendar(
    uow: UnitOfWork, *, today: date, figures: tuple[ActionFigures, ...]
) -> CalendarReading:
    """The programme's Gantt on `today` and its warnings: rows dated outside their action's
    months, co-financing beyond the card's plan. The registers are read once for both."""
    programme, rows = load_default_programme(), dated_rows(uow)
    return CalendarReading(
        programme_schedule(programme, figures, rows, today),
        schedule_warnings(programme, figures, rows),
    )


def dated_rows(uow: UnitOfWork) -> list[DatedRow]:
    """The live rows (neither reversing nor reversed) of the hours, expenses and training
    registers, with their action and day: what the calendar compares with the card."""
    rows = [
        DatedRow(HOURS, row.entry.action_code, date.fromisoformat(f"{row.entry.month}-01"))
        for row in cofinancing.hours_register(uow)
        if row.reverses_id is None and row.reversed_by is None
    ]
    rows += [
        DatedRow(EXPENSES, row.entry.action_code, row.entry.on)
        for row in cofinancing.expenses(uow)
        if row.reverses_id is None and row.reversed_by is None
    ]
    rows += [
        DatedRow(TRAINING, row.entry.action_code, row.entry.on)
        for row in training.training_register(uow)
        if row.reverses_id is None and row.reversed_by is None
    ]
    return rows


def entries_behind(
    uow: UnitOfWork, *, figure: Figure, fund: str | None = None, month: str | None = None
) -> list[LedgerEntry]:
    """The rows that make a figure: commitments (or payments) and the reversals that cancel
    them, optionally of one fund and one month (`YYYY-MM`), in ledger order."""
    kind = "commitment" if figure == "committed" else "disbursement"
    target = aliased(LedgerRecord)
    query = (
        select(LedgerRecord)
        .outerjoin(target, target.seq == LedgerRecord.reverses_seq)
        .where(
            or_(
                LedgerRecord.kind == kind,
                and_(LedgerRecord.kind == "reversal", target.kind == kind),
            )
        )
        .order_by(LedgerRecord.seq)
    )
    if fund is not None:
        query = query.where(LedgerRecord.fund == fund)
    if month is not None:
        query = query.where(func.substr(LedgerRecord.on_date, 1, 7) == month)
    return [ledger.to_entry(row) for row in uow.session.scalars(query)]


def per_woman(uow: UnitOfWork) -> list[WomanFigures]:
    """Net committed and disbursed per case code and fund, for the report's annex."""
    target = aliased(LedgerRecord)
    effective_kind = func.coalesce(target.kind, LedgerRecord.kind)
    signed = case(
        (LedgerRecord.kind == "reversal", -LedgerRecord.amount), else_=LedgerRecord.amount
    )
    rows = uow.session.execute(
        select(
            LedgerRecord.case_code,
            LedgerRecord.fund,
            func.sum(case((effective_kind == "commitment", signed), else_=0)),
            func.sum(case((effective_kind == "disbursement", signed), else_=0)),
        )
        .outerjoin(target, target.seq == LedgerRecord.reverses_seq)
        .group_by(LedgerRecord.case_code, LedgerRecord.fund)
        .order_by(LedgerRecord.case_code, LedgerRecord.fund)
    )
    return [
        WomanFigures(code, fund, int(spent), int(paid))
        for code, fund, spent, paid in rows
        if spent or paid
    ]
