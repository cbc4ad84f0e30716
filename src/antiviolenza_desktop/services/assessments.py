"""Recording the équipe's multidimensional assessments of a woman, and comparing them.

Permission: any active user. Rules: `domain.assessment.validate_assessment` against the
instrument version the assessment names (errors refuse the save). Each save is one audited
transaction; the stored document keeps the instrument version for ever.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.assessment.model import (
    Assessment,
    DomainChange,
    Suggestion,
    compare,
    suggest_housing_path,
    suggest_work_services,
    validate_assessment,
)
from antiviolenza_desktop.domain.case.intake import raise_for_errors
from antiviolenza_desktop.domain.case.retention import check_not_erased
from antiviolenza_desktop.domain.case.transfer import check_not_transferred
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.authorization import require_case
from antiviolenza_desktop.services.documents import from_document, to_document
from antiviolenza_desktop.services.instruments import current_instrument, load_instrument
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import AssessmentRecord


@dataclass(frozen=True)
class StoredAssessment:
    assessment_id: int
    assessment: Assessment


@dataclass(frozen=True)
class AssessmentReview:
    """What the équipe sees: the latest assessment, what changed, and the suggestions."""

    latest: StoredAssessment | None
    changes: tuple[DomainChange, ...]
    housing: Suggestion | None
    work: tuple[Suggestion, ...]


def record_assessment(uow: UnitOfWork, *, case_id: int, assessment: Assessment, today: date) -> int:
    """Save an assessment (with the current instrument if it names none).

    Errors: PermissionDenied, CaseNotFound, CaseOutsideScope, CaseErased, CaseHasErrors (with
    the issues), InstrumentMissing.
    """
    case = require_case(uow, case_id, Permission.ASSESSMENT)
    check_not_erased(case.code, case.erased_at)
    check_not_transferred(case.code, case.transferred_at, case.transferred_to)
    if not assessment.instrument_id:
        instrument = current_instrument()
        assessment = replace(
            assessment, instrument_id=instrument.id, instrument_version=instrument.version
        )
    instrument = load_instrument(assessment.instrument_id, assessment.instrument_version)
    raise_for_errors(validate_assessment(assessment, instrument, today))
    assert assessment.held_on is not None  # validation requires it
    record = AssessmentRecord(
        case_id=case_id,
        assessed_on=assessment.held_on.isoformat(),
        instrument_id=assessment.instrument_id,
        instrument_version=str(assessment.instrument_version),
        document=to_document(assessment),
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    uow.session.add(record)
    uow.session.flush()
    audit.record(uow, action="valutazione.registrata", entity="case", entity_id=case_id)
    return record.id


def assessments_of(uow: UnitOfWork, *, case_id: int) -> list[StoredAssessment]:
    """Oldest first (by date of the meeting, then by entry): the équipe's work, read by a
    role holding ASSESSMENT. Errors: CaseNotFound, CaseOutsideScope, PermissionDenied."""
    require_case(uow, case_id, Permission.ASSESSMENT)
    records = uow.session.scalars(
        select(AssessmentRecord)
        .where(AssessmentRecord.case_id == case_id)
        .order_by(AssessmentRecord.assessed_on, AssessmentRecord.id)
    ).all()
    return [StoredAssessment(r.id, from_document(Assessment, r.document)) for r in records]


def review(uow: UnitOfWork, *, case_id: int) -> AssessmentReview:
    stored = assessments_of(uow, case_id=case_id)
    if not stored:
        return AssessmentReview(None, (), None, ())
    current = stored[-1].assessment
    previous = stored[-2].assessment if len(stored) > 1 else None
    return AssessmentReview(
        latest=stored[-1],
        changes=tuple(compare(previous, current)),
        housing=suggest_housing_path(current.housing_answers),
        work=tuple(suggest_work_services(current.work_answers, current.scores)),
    )
