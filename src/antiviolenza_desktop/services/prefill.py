"""The proposals of `domain.prefill` for one case: read here, shown marked in the GUI.

Nothing is written: a proposal becomes data only when the worker saves the form it fills.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.project.model import ProjectDraft
from antiviolenza_desktop.domain.project.prefill import (
    Suggested,
    housing_answers_from_case,
    proposed_project,
)
from antiviolenza_desktop.services import assessments
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def assessment_answers(uow: UnitOfWork, *, case_id: int) -> dict[str, str]:
    """The housing answers her referral already gives (children, shelter). CaseNotFound."""
    draft = load_case(uow, case_id=case_id).draft
    return housing_answers_from_case(draft.children, draft.shelter)


@dataclass(frozen=True)
class ProjectProposal:
    """A new project's starting point and the date of the assessment it follows (None when
    she has no assessment yet: then only her requested lines)."""

    draft: ProjectDraft
    assessed_on: date | None


def project_proposal(uow: UnitOfWork, *, case_id: int) -> ProjectProposal:
    """Her requested lines with the latest assessment's suggestions. CaseNotFound."""
    lines = load_case(uow, case_id=case_id).draft.lines_requested
    review = assessments.review(uow, case_id=case_id)
    if review.latest is None:
        return ProjectProposal(proposed_project(lines, None), None)
    suggested = Suggested(
        review.housing.path if review.housing is not None else None,
        tuple(s.code for s in review.work if s.code is not None),
    )
    return ProjectProposal(proposed_project(lines, suggested), review.latest.assessment.held_on)
