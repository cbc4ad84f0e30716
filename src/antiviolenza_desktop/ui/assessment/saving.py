"""The store work behind the assessment tab: reading a woman's assessments, recording one.

`write_assessment` runs on the background runner's thread with its own unit of work (like
`case_form_saving.write_case`); `read_assessments` is a short read made on the GUI thread when
a case opens, like the case detail's own read.
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


def read_assessments(opened: OpenStore, case_id: int) -> AssessmentState:
    with UnitOfWork(opened.store, opened.actor) as uow:
        stored = assessments.assessments_of(uow, case_id=case_id)
        review = assessments.review(uow, case_id=case_id)
    return AssessmentState(tuple(stored), review)


def write_assessment(opened: OpenStore, case_id: int, assessment: Assessment) -> int:
    """Record the assessment with the instrument version it names; returns its id."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return assessments.record_assessment(
            uow, case_id=case_id, assessment=assessment, today=date.today()
        )
