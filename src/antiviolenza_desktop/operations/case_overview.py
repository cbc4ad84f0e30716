"""One case at a glance, for `antiviolenza casi mostra|storia|valutazioni|progetto`: what
the GUI shows when it opens her case (header, «Panoramica», assessment, project and consents
tabs).

Everything is read in one unit of work that begins with the audited opening of her record
(`services.read_audit.open_case`, the GUI's `operations.case_reading.open_case`), so nothing
of hers is returned unless the read was recorded, and the parts agree with each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.access.permissions import Permission, may
from antiviolenza_desktop.domain.case.consent import Consent
from antiviolenza_desktop.domain.project.revisions import ProjectRevision, latest
from antiviolenza_desktop.operations.assessment import AssessmentState, assessment_state
from antiviolenza_desktop.operations.project import ProjectState, project_state
from antiviolenza_desktop.services import (
    assessments,
    consents,
    erasure,
    projects,
    retention_due,
    tasks,
)
from antiviolenza_desktop.services.assessments import AssessmentReview
from antiviolenza_desktop.services.case_history import HistoryEvent, case_history
from antiviolenza_desktop.services.intake import CaseView
from antiviolenza_desktop.services.read_audit import open_case
from antiviolenza_desktop.services.retention_due import CaseErasure
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.tasks import ProjectDueDates
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CaseWork:
    """The équipe's work on her case: how many assessments and the review of the latest, her
    newest project revision, its monitoring updates and the next due days of a running
    project."""

    assessments: int
    review: AssessmentReview
    project: ProjectRevision | None
    monitorings: int
    due: ProjectDueDates | None


@dataclass(frozen=True)
class CaseOverview:
    """Her record, the équipe's work (None for a role that does not do it: a CAV worker
    reads neither her assessments nor her project), her consents as of `day`, and when her
    path closed and whether her personal data were erased."""

    view: CaseView
    work: CaseWork | None
    consents: tuple[Consent, ...]
    erasure: CaseErasure
    day: date


def _open_by_code(uow: UnitOfWork, code: str) -> CaseView:
    """Her record by code (case ignored), its opening recorded. Errors: CaseNotFound
    (nothing recorded)."""
    return open_case(uow, case_id=erasure.find_case(uow, code=code))


def _work(uow: UnitOfWork, case_id: int) -> CaseWork | None:
    role = uow.actor.role
    if not (may(role, Permission.ASSESSMENT) and may(role, Permission.PROJECT)):
        return None
    stored = assessments.assessments_of(uow, case_id=case_id)
    return CaseWork(
        assessments=len(stored),
        review=assessments.review(uow, case_id=case_id),
        project=latest(projects.revisions_of(uow, case_id=case_id)),
        monitorings=len(projects.monitoring_of(uow, case_id=case_id)),
        due=tasks.project_due_dates(uow, case_id=case_id),
    )


def read_overview(opened: OpenStore, code: str, *, today: date | None = None) -> CaseOverview:
    """The case named by `code`, its opening recorded. Errors: CaseNotFound (nothing
    recorded), the audit's own (nothing returned)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        view = _open_by_code(uow, code)
        return CaseOverview(
            view=view,
            work=_work(uow, view.case_id),
            consents=tuple(consents.consents_of(uow, case_id=view.case_id)),
            erasure=retention_due.erasure_state(uow, case_id=view.case_id),
            day=today or date.today(),
        )


def read_history_by_code(opened: OpenStore, code: str) -> tuple[CaseView, list[HistoryEvent]]:
    """Her record and her history, newest first as `services.case_history` gives it, in one
    unit of work that records the opening first. Errors: as `read_overview`."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        view = _open_by_code(uow, code)
        return view, case_history(uow, case_id=view.case_id)


def read_assessments_by_code(opened: OpenStore, code: str) -> tuple[CaseView, AssessmentState]:
    """Her record and the «Valutazione» tab's state, in one unit of work that records the
    opening first. Errors: as `read_overview`, PermissionDenied for a role without
    ASSESSMENT."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        view = _open_by_code(uow, code)
        return view, assessment_state(uow, view.case_id)


def read_project_by_code(opened: OpenStore, code: str) -> tuple[CaseView, ProjectState]:
    """Her record and the «Progetto» tab's state (without the validation checks), in one
    unit of work that records the opening first. Errors: as `read_overview`,
    PermissionDenied for a role without PROJECT."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        view = _open_by_code(uow, code)
        return view, project_state(uow, view.case_id, with_checks=False)
