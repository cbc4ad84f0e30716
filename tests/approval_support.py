"""Helpers for the period approval tests: a network's round of submission, decision and
decision file, through the same services the operations call."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select

from antiviolenza_desktop.domain.approval.periods import Period
from antiviolenza_desktop.domain.approval.states import Decision
from antiviolenza_desktop.exchange.approval_files import (
    AppliedDecisions,
    apply_decision_file,
    issue_decision_file,
)
from antiviolenza_desktop.exchange.bundle_export import export_bundle
from antiviolenza_desktop.exchange.bundle_import import import_bundle
from antiviolenza_desktop.services.approval_decisions import decide, province_periods
from antiviolenza_desktop.services.approval_periods import PeriodRow, own_periods
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    ActionExpense,
    ApprovalDecision,
    ApprovalFileApplied,
    ApprovalPeriod,
    AuditLog,
)

TODAY = date.today()
LAST_MONTH = (
    Period(TODAY.year - 1, month=12)
    if TODAY.month == 1
    else Period(TODAY.year, month=TODAY.month - 1)
)
TABLES = (ApprovalPeriod, ApprovalDecision, ApprovalFileApplied, ActionExpense, AuditLog)


def export_submitting(ambito: OpenStore, *periods: Period) -> bytes:
    with UnitOfWork(ambito.store, ambito.actor) as uow:
        return export_bundle(uow, created_at=datetime.now(UTC), submit=periods).data


def merge(capofila: OpenStore, data: bytes) -> None:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        import_bundle(uow, data)


def decided(
    capofila: OpenStore, ambito: str, period: Period, decision: Decision, reason: str = ""
) -> bytes:
    """Take the decision and write the Ambito's decision file."""
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        decide(uow, ambito=ambito, period=period, decision=decision, reason=reason)
    return decision_file(capofila, ambito)


def decision_file(capofila: OpenStore, ambito: str) -> bytes:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return issue_decision_file(uow, ambito=ambito).data


def apply(ambito: OpenStore, data: bytes) -> AppliedDecisions:
    with UnitOfWork(ambito.store, ambito.actor) as uow:
        return apply_decision_file(uow, data)


def states_at_ambito(ambito: OpenStore) -> dict[str, str]:
    with UnitOfWork(ambito.store, ambito.actor) as uow:
        return {row.period.code: row.state for row in own_periods(uow)}


def states_at_capofila(capofila: OpenStore) -> dict[tuple[str, str], PeriodRow]:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return {(row.ambito, row.period.code): row for row in province_periods(uow)}


def counts(opened: OpenStore) -> tuple[int, ...]:
    """Rows of the approval tables, the expenses and the audit log: proof nothing changed."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return tuple(
            int(uow.session.scalar(select(func.count()).select_from(t)) or 0) for t in TABLES
        )
