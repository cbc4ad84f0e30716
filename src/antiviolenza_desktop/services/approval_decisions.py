"""The capofila's side of period approval: each Ambito's submitted periods as its bundles
bring them, and the capofila's decisions on them, numbered per Ambito.

A bundle's period in state `submitted` whose decision number is the capofila's newest on that
period is a (re)submission: the Ambito has seen every decision on it. One with an older number
means the Ambito has not yet imported the decision file, and changes nothing. Decisions follow
`domain.approval.states`; the decision file (`exchange.approval_files`) carries, signed, the
state of every period of the Ambito as these rows hold it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.approval.periods import Period
from antiviolenza_desktop.domain.approval.states import (
    Decision,
    next_state,
    send_back_reason,
)
from antiviolenza_desktop.domain.name_guard import ExportedText
from antiviolenza_desktop.domain.payload.periods import PeriodStatus
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.approval_periods import (
    DecidedPeriod,
    PeriodRow,
    period_row,
    rows_of,
)
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exchange_records import now, require_capofila
from antiviolenza_desktop.services.exported_texts import refuse_women_named
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import ApprovalDecision, ApprovalPeriod


def record_submissions(
    uow: UnitOfWork,
    *,
    ambito: str,
    periods: Iterable[PeriodStatus],
    sequence: int,
    created_at: datetime,
) -> list[str]:
    """Keep the submissions a merged bundle carries, in the merge's transaction; the codes of
    the periods now submitted. Audited."""
    kept = {row.period: row for row in rows_of(uow, ambito)}
    submitted = []
    for status in periods:
        row = kept.get(status.period)
        if status.state != "submitted" or (row is not None and row.state == "submitted"):
            continue
        if row is not None and status.decision < row.decision:
            continue
        if row is None:
            row = ApprovalPeriod(ambito=ambito, period=status.period, decision=0)
        row.state, row.reason = "submitted", ""
        row.submitted_at = created_at.isoformat(timespec="seconds")
        row.submitted_in = sequence
        uow.session.add(row)
        uow.session.flush()
        submitted.append(status.period)
        audit.record(
            uow,
            action="approvazione.ricevuto",
            entity="approval_period",
            entity_id=f"{ambito}:{status.period}",
            details={"pacchetto": sequence},
        )
    return submitted


def province_periods(uow: UnitOfWork) -> list[PeriodRow]:
    """Every Ambito's periods and their states, by Ambito and period. Errors:
    NotCapofilaStore."""
    require_capofila(uow, "vedere i periodi degli Ambiti")
    return [period_row(row) for row in rows_of(uow)]


def _last_number(uow: UnitOfWork, ambito: str) -> int:
    newest = uow.session.scalar(
        select(func.max(ApprovalDecision.number)).where(ApprovalDecision.ambito == ambito)
    )
    return int(newest or 0)


def decide(
    uow: UnitOfWork, *, ambito: str, period: Period, decision: Decision, reason: str = ""
) -> PeriodRow:
    """Approve, send back (with a reason) or reopen one Ambito's period. Permission:
    coordinator of the capofila. Audited. Errors: PermissionDenied, NotCapofilaStore,
    TransitionRefused (a period not submitted, or in a state the decision does not follow),
    SendBackReasonMissing, SendBackReasonTooLong, a woman named in the reason."""
    require(uow, Permission.APPROVALS)
    require_capofila(uow, "decidere sui periodi degli Ambiti")
    row = next((r for r in rows_of(uow, ambito) if r.period == period.code), None)
    state = next_state(period, row.state if row else None, decision)
    assert row is not None  # next_state refuses every decision on a period never submitted
    text = send_back_reason(reason) if decision == "send_back" else ""
    refuse_women_named(uow, [ExportedText("reason", "Il motivo del rinvio", text)])
    number, at, by = _last_number(uow, ambito) + 1, now(), uow.actor.login or ""
    uow.session.add(
        ApprovalDecision(
            ambito=ambito,
            number=number,
            period=period.code,
            decision=decision,
            reason=text,
            decided_at=at,
            decided_by=by,
        )
    )
    row.state, row.decision, row.reason = state, number, text
    row.decided_at, row.decided_by = at, by
    uow.session.flush()
    audit.record(
        uow,
        action=f"approvazione.{decision}",
        entity="approval_period",
        entity_id=f"{ambito}:{period.code}",
        details={"decisione": number, "stato": state},
    )
    return period_row(row)


def decisions_for(uow: UnitOfWork, ambito: str) -> tuple[int, list[DecidedPeriod]]:
    """What a decision file for `ambito` carries: the number of the capofila's newest decision
    and every period that has one, as the rows hold it."""
    periods = [
        DecidedPeriod(
            row.period,
            row.state,
            row.decision,
            row.reason,
            row.decided_at or "",
            row.decided_by or "",
        )
        for row in map(period_row, rows_of(uow, ambito))
        if row.decision > 0
    ]
    return _last_number(uow, ambito), periods
