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

from antiviolenza_desktop.domain.case.consent import Consent
from antiviolenza_desktop.domain.project.revisions import ProjectRevision, latest
from antiviolenza_desktop.operations.assessment import AssessmentState
from antiviolenza_desktop.operations.project import ProjectState
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
class CaseOverview:
    """Her record, the review of her latest assessment, her newest project revision and the
    next due days of a running project, her consents as of `day`, and when her path closed and
    whether her personal data were erased."""

    view: CaseView
    assessments: int
    review: AssessmentReview
    project: ProjectRevision | None
    monitorings: int
    due: ProjectDueDates | None
    consents: tuple[Consent, ...]
    erasure: CaseErasure
    day: date


def read_overview(opened: OpenStore, code: str, *, today: date | None = None) -> CaseOverview:
    """The case named by `code` (case ignored), its opening recorded. Errors: CaseNotFound
    (nothing recorded), the audit's own (nothing returned)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = erasure.find_case(uow, code=code)
        view = open_case(uow, case_id=case_id)
        return CaseOverview(
            view=view,
            assessments=len(assessments.assessments_of(uow, case_id=case_id)),
            review=assessments.review(uow, case_id=case_id),
            project=latest(projects.revisions_of(uow, case_id=case_id)),
            monitorings=len(projects.monitoring_of(uow, case_id=case_id)),
            due=tasks.project_due_dates(uow, case_id=case_id),
            consents=tuple(consents.consents_of(uow, case_id=case_id)),
            erasure=retention_due.erasure_state(uow, case_id=case_id),
            day=today or date.today(),
        )


def read_history_by_code(opened: OpenStore, code: str) -> tuple[CaseView, list[HistoryEvent]]:
    """Her record and her history, newest first as `services.case_history` gives it, in one
    unit of work that records the opening first. Errors: as `read_overview`."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = erasure.find_case(uow, code=code)
        view = open_case(uow, case_id=case_id)
        return view, case_history(uow, case_id=case_id)


def read_assessments_by_code(opened: OpenStore, code: str) -> tuple[CaseView, AssessmentState]:
    """Her record and her assessments with their review (the «Valutazione» tab's
    `operations.assessment.read_assessments`), in one unit of work that records the opening
    first. Errors: as `read_overview`."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = erasure.find_case(uow, code=code)
        view = open_case(uow, case_id=case_id)
        stored = assessments.assessments_of(uow, case_id=case_id)
        review = assessments.review(uow, case_id=case_id)
    return view, AssessmentState(tuple(stored), review)


def read_project_by_code(opened: OpenStore, code: str) -> tuple[CaseView, ProjectState]:
    """Her record, her project's revisions and its monitoring updates (the «Progetto» tab's
    `operations.project.read_project`, without the validation checks), in one unit of work
    that records the opening first. Errors: as `read_overview`."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = erasure.find_case(uow, code=code)
        view = open_case(uow, case_id=case_id)
        revisions = projects.revisions_of(uow, case_id=case_id)
        updates = projects.monitoring_of(uow, case_id=case_id)
    return view, ProjectState(tuple(revisions), tuple(updates))
