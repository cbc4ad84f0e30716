"""The rows of period approval at an Ambito: its periods, their submission with a bundle, and
the capofila's decisions applied from a verified decision file.

The rules are `domain.approval`; the signature of a decision file is checked in `exchange`
(this layer may not import cryptography) before `apply_decisions` is called. Every change is
an audit entry naming the period and the state, nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.approval.periods import Period, period_from_code
from antiviolenza_desktop.domain.approval.states import check_submission
from antiviolenza_desktop.domain.payload.periods import PeriodStatus
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exchange_records import now, require_ambito, store_ambito_code
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import ApprovalFileApplied, ApprovalPeriod


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """One period of one Ambito as kept (at the Ambito or at the capofila)."""

    ambito: str
    period: Period
    state: str
    decision: int
    reason: str
    submitted_at: str
    submitted_in: int | None
    decided_at: str | None
    decided_by: str | None


@dataclass(frozen=True, slots=True)
class DecidedPeriod:
    """A period as a decision file carries it: its state after the capofila's decision
    number `decision`, with the reason of a send-back, when and by whom."""

    period: Period
    state: str
    decision: int
    reason: str
    decided_at: str
    decided_by: str


def period_row(row: ApprovalPeriod) -> PeriodRow:
    return PeriodRow(
        row.ambito,
        period_from_code(row.period),
        row.state,
        row.decision,
        row.reason,
        row.submitted_at,
        row.submitted_in,
        row.decided_at,
        row.decided_by,
    )


def rows_of(uow: UnitOfWork, ambito: str | None = None) -> list[ApprovalPeriod]:
    """The kept rows (of one Ambito, or every one), by Ambito and period."""
    query = select(ApprovalPeriod).order_by(ApprovalPeriod.ambito, ApprovalPeriod.period)
    if ambito is not None:
        query = query.where(ApprovalPeriod.ambito == ambito)
    return list(uow.session.scalars(query))


def own_periods(uow: UnitOfWork) -> list[PeriodRow]:
    """This Ambito's periods and their states. Errors: NotAmbitoStore."""
    ambito = require_ambito(uow, "vedere i periodi sottomessi")
    return [period_row(row) for row in rows_of(uow, ambito)]


def submit_periods(
    uow: UnitOfWork, *, periods: Iterable[Period], today: date, sequence: int
) -> list[PeriodRow]:
    """Submit `periods` to the capofila with bundle `sequence` (the export's own unit of
    work). Permission: coordinator. Audited. Errors: PermissionDenied, NotAmbitoStore,
    PeriodNotEnded, TransitionRefused (already submitted or approved), PeriodOverlaps."""
    require(uow, Permission.APPROVALS)
    ambito = require_ambito(uow, "sottomettere un periodo")
    kept = {period_from_code(row.period): row for row in rows_of(uow, ambito)}
    submitted = []
    for period in periods:
        state = check_submission(period, {p: r.state for p, r in kept.items()}, today=today)
        row = kept.get(period) or ApprovalPeriod(ambito=ambito, period=period.code, decision=0)
        row.state, row.reason = state, ""
        row.submitted_at, row.submitted_in = now(), sequence
        uow.session.add(row)
        uow.session.flush()
        kept[period] = row
        audit.record(
            uow,
            action="approvazione.sottomesso",
            entity="approval_period",
            entity_id=f"{ambito}:{period.code}",
            details={"pacchetto": sequence},
        )
        submitted.append(period_row(row))
    return submitted


def payload_periods(uow: UnitOfWork) -> tuple[PeriodStatus, ...]:
    """What the bundle tells the capofila: each period, its state as this Ambito knows it
    and the number of the last decision it applied to it."""
    ambito = store_ambito_code(uow)
    return tuple(PeriodStatus(row.period, row.state, row.decision) for row in rows_of(uow, ambito))


def last_applied_file(uow: UnitOfWork) -> int:
    """The number of the newest decision file applied here (0: none)."""
    newest = uow.session.scalar(select(func.max(ApprovalFileApplied.sequence)))
    return int(newest or 0)


def apply_decisions(
    uow: UnitOfWork, *, sequence: int, content_sha256: str, periods: Iterable[DecidedPeriod]
) -> list[PeriodRow]:
    """Apply a decision file already verified (signature, Ambito, programme, number newer
    than the last applied: `exchange.approval_files`). A period takes the file's state only
    when its decision is newer than the one applied to it: a resubmission the capofila has
    not seen yet is not undone by an older decision. Returns the periods that changed.
    Permission: coordinator. Audited."""
    require(uow, Permission.APPROVALS)
    ambito = require_ambito(uow, "importare le decisioni della capofila")
    kept = {row.period: row for row in rows_of(uow, ambito)}
    changed = [
        _applied(uow, ambito, kept.get(decided.period.code), decided, sequence)
        for decided in periods
        if decided.period.code not in kept or kept[decided.period.code].decision < decided.decision
    ]
    uow.session.add(
        ApprovalFileApplied(sequence=sequence, content_sha256=content_sha256, applied_at=now())
    )
    uow.session.flush()
    audit.record(
        uow,
        action="approvazione.file_applicato",
        entity="approval_file",
        entity_id=f"{ambito}:{sequence}",
        details={"periodi_cambiati": len(changed)},
    )
    return changed


def _applied(
    uow: UnitOfWork, ambito: str, row: ApprovalPeriod | None, decided: DecidedPeriod, file: int
) -> PeriodRow:
    """One period takes the state of a newer decision; audited."""
    if row is None:
        row = ApprovalPeriod(ambito=ambito, period=decided.period.code, submitted_at=now())
    row.state, row.decision, row.reason = decided.state, decided.decision, decided.reason
    row.decided_at, row.decided_by = decided.decided_at, decided.decided_by
    uow.session.add(row)
    uow.session.flush()
    audit.record(
        uow,
        action="approvazione.decisione_applicata",
        entity="approval_period",
        entity_id=f"{ambito}:{decided.period.code}",
        details={"stato": decided.state, "decisione": decided.decision, "file": file},
    )
    return period_row(row)
