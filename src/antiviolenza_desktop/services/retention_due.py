"""The store's retention period and the cases past it: what «Conservazione dei dati» shows and
what an erasure by expiry checks (the rule itself is domain.retention's).

A path's closing date is the later of its final stage's date and its project's closure, and
none while a validated project is still running; all of it is read here in a few grouped
queries, so the list of cases due stays one pass at 50,000 cases (benchmarks/erasure.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.case import retention as retention
from antiviolenza_desktop.domain.case.stages import FINAL_STAGES
from antiviolenza_desktop.domain.case.transfer import closed_at_sender
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.authorization import require, require_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    Case,
    CaseStageDate,
    ProjectEventRecord,
    ProjectRevisionRecord,
    StoreMeta,
)

RETENTION_KEY = "retention_years"


@dataclass(frozen=True)
class DueCase:
    """A closed case whose retention period is over (codes and dates only, no identity)."""

    case_id: int
    code: str
    stage: str
    closed_on: date
    erasable_from: date


@dataclass(frozen=True)
class CaseErasure:
    """What the GUI needs to offer (or not) the erasure of one case."""

    case_id: int
    code: str
    erased_at: str | None
    erasure_reason: str | None
    closed_on: date | None
    erasable_from: date | None

    @property
    def erased(self) -> bool:
        return self.erased_at is not None


def retention_years(uow: UnitOfWork) -> int:
    """The store's retention period in years (the default until the coordinator sets one)."""
    row = uow.session.get(StoreMeta, RETENTION_KEY)
    return int(row.value) if row is not None else retention.DEFAULT_RETENTION_YEARS


def set_retention_years(uow: UnitOfWork, *, years: int) -> int:
    """Coordinator only; audited. Errors: PermissionDenied, InvalidInput (field "years")."""
    require(uow, Permission.ERASURE)
    retention.check_retention_years(years)
    row = uow.session.get(StoreMeta, RETENTION_KEY) or StoreMeta(key=RETENTION_KEY)
    row.value = str(years)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, action="conservazione.impostata", entity="store", details={"anni": years})
    return years


def _final_stage_dates(uow: UnitOfWork, *only: int) -> dict[int, date]:
    """The date of the final stage of every case (or of the cases `only`)."""
    query = select(CaseStageDate.case_id, CaseStageDate.date).where(
        CaseStageDate.stage.in_(FINAL_STAGES)
    )
    if only:
        query = query.where(CaseStageDate.case_id.in_(only))
    return {case_id: date.fromisoformat(day) for case_id, day in uow.session.execute(query)}


def _open_projects(uow: UnitOfWork, *only: int) -> set[int]:
    """Cases whose latest non-draft revision is validated (a project still running)."""
    latest = select(
        ProjectRevisionRecord.case_id, func.max(ProjectRevisionRecord.number).label("n")
    ).where(ProjectRevisionRecord.status != "draft")
    if only:
        latest = latest.where(ProjectRevisionRecord.case_id.in_(only))
    newest = latest.group_by(ProjectRevisionRecord.case_id).subquery()
    query = (
        select(ProjectRevisionRecord.case_id)
        .join(
            newest,
            (ProjectRevisionRecord.case_id == newest.c.case_id)
            & (ProjectRevisionRecord.number == newest.c.n),
        )
        .where(ProjectRevisionRecord.status == "validated")
    )
    return set(uow.session.scalars(query))


def _project_closures(uow: UnitOfWork, *only: int) -> dict[int, date]:
    query = select(ProjectEventRecord.case_id, func.max(ProjectEventRecord.on_date)).where(
        ProjectEventRecord.kind == "closure"
    )
    if only:
        query = query.where(ProjectEventRecord.case_id.in_(only))
    rows = uow.session.execute(query.group_by(ProjectEventRecord.case_id))
    return {case_id: date.fromisoformat(day) for case_id, day in rows}


def closed_on(uow: UnitOfWork, case: Case) -> date | None:
    closed = retention.closed_on(
        case.stage,
        _final_stage_dates(uow, case.id).get(case.id),
        case.id in _open_projects(uow, case.id),
        _project_closures(uow, case.id).get(case.id),
    )
    return closed_at_sender(closed, case.transferred_at)


def due_for_erasure(uow: UnitOfWork, *, today: date) -> list[DueCase]:
    """Closed cases past the retention period, not yet erased, oldest closure first.

    Coordinator only (PermissionDenied)."""
    require(uow, Permission.ERASURE)
    years = retention_years(uow)
    finals, running, closures = (
        _final_stage_dates(uow),
        _open_projects(uow),
        _project_closures(uow),
    )
    rows = uow.session.execute(
        select(Case.id, Case.code, Case.stage, Case.transferred_at).where(
            Case.erased_at.is_(None),
            Case.stage.in_(FINAL_STAGES) | Case.transferred_at.is_not(None),
        )
    )
    due = []
    for case_id, code, stage, transferred_at in rows:
        closed = closed_at_sender(
            retention.closed_on(
                stage, finals.get(case_id), case_id in running, closures.get(case_id)
            ),
            transferred_at,
        )
        if closed is not None and retention.erasable_from(closed, years) <= today:
            due.append(
                DueCase(case_id, code, stage, closed, retention.erasable_from(closed, years))
            )
    return sorted(due, key=lambda d: (d.closed_on, d.code))


def erasure_state(uow: UnitOfWork, *, case_id: int) -> CaseErasure:
    """Whether case `case_id` is erased, and when it closed and may be erased by expiry.

    Errors: CaseNotFound, CaseOutsideScope, PermissionDenied."""
    case = require_case(uow, case_id)
    closed = closed_on(uow, case)
    years = retention_years(uow)
    erasable = None if closed is None else retention.erasable_from(closed, years)
    return CaseErasure(case.id, case.code, case.erased_at, case.erasure_reason, closed, erasable)
