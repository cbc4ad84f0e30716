"""Reading a woman's assessments and recording one: the assessment tab's read and its Save.

`save_assessment` runs on the background runner's thread in its own unit of work;
`read_assessments` is the short read made when a case opens. Scoring and the instrument
version are the assessment service's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from antiviolenza_desktop.domain.assessment.model import Assessment
from antiviolenza_desktop.services import assessments
from antiviolenza_desktop.services.assessments import AssessmentReview, StoredAssessment
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class AssessmentState:
    """Her assessments, oldest first, and the review of the latest one."""

    stored: tuple[StoredAssessment, ...] = ()
    review: AssessmentReview = field(default_factory=lambda: AssessmentReview(None, (), None, ()))


def assessment_state(uow: UnitOfWork, case_id: int) -> AssessmentState:
    """Her assessments and their review, in the caller's unit of work (so they agree)."""
    stored = assessments.assessments_of(uow, case_id=case_id)
    return AssessmentState(tuple(stored), assessments.review(uow, case_id=case_id))


def read_assessments(opened: OpenStore, case_id: int) -> AssessmentState:
    """Her assessments and their review, read in one transaction."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return assessment_state(uow, case_id)


def save_assessment(
    opened: OpenStore, case_id: int, assessment: Assessment, *, today: date | None = None
) -> int:
    """Record the assessment with the instrument version it names; returns its id. Errors:
    `services.assessments.record_assessment`'s."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return assessments.record_assessment(
            uow, case_id=case_id, assessment=assessment, today=today or date.today()
        )
