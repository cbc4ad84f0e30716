"""What the validation of a case's project is checked against, read once for both uses.

`projects.validate` checks a revision against the case (an assessment recorded, her consent,
the lines she asked for), the caps per woman of this store and, in the ledger, the Ambito's
allocations. The project panel shows the same checks live while she types, so both read them
here: one reading of the inputs, one rule (domain.project.validation_problems and
domain.fund_room) applied to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from antiviolenza_desktop.domain.case.consent import CARE, ConsentState
from antiviolenza_desktop.domain.funds.allocation import allocations_of, caps_of
from antiviolenza_desktop.domain.funds.room import FundRoom, fund_rooms
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.domain.project.model import Caps
from antiviolenza_desktop.services import consent_rows, ledger
from antiviolenza_desktop.services.authorization import require_case
from antiviolenza_desktop.services.fund_settings import current_setups
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import AssessmentRecord, Case


@dataclass(frozen=True)
class ValidationInputs:
    """The facts outside the draft that decide whether it can be validated."""

    caps: Caps
    has_assessment: bool
    lines_requested: frozenset[str]
    consent_recorded: bool
    care_consent: ConsentState


@dataclass(frozen=True)
class ProjectChecks:
    """What the project panel checks a draft against while she types."""

    inputs: ValidationInputs
    rooms: tuple[FundRoom, ...]


def validation_inputs(uow: UnitOfWork, case: Case, day: date | None = None) -> ValidationInputs:
    """`consent_recorded`: her care consent is in force on `day` (today when None), by the one
    rule of `domain.case.consent`; a withdrawn one is kept in `care_consent` to say why."""
    has_assessment = bool(
        uow.session.scalar(
            select(func.count())
            .select_from(AssessmentRecord)
            .where(AssessmentRecord.case_id == case.id)
        )
    )
    care = consent_rows.consent_state_of(uow, case.id, CARE, day or date.today())
    requested = (("work", case.line_work), ("housing", case.line_housing))
    return ValidationInputs(
        caps=caps_of(current_setups(uow)),
        has_assessment=has_assessment,
        lines_requested=frozenset(line for line, wanted in requested if wanted),
        consent_recorded=care.valid,
        care_consent=care,
    )


def project_checks(uow: UnitOfWork, *, case_id: int) -> ProjectChecks:
    """The validation inputs of `case_id` and the room its project has in each Ambito fund
    (its allocation and the other projects' net commitments). A read: no audit entry, like
    the project's own reading. Errors: CaseNotFound, CaseOutsideScope, PermissionDenied."""
    case = require_case(uow, case_id)
    # One index range per fund (as a commitment's own check reads it), not a whole-ledger sum:
    # opening a case must not cost more on 200,000 ledger rows than on 2,000.
    committed = {fund: ledger.committed_on_fund(uow, fund) for fund in FUND_LABELS}
    rooms = fund_rooms(
        allocations_of(current_setups(uow)),
        committed,
        ledger.entries_of_case(uow, case_id),
        case_id,
    )
    return ProjectChecks(validation_inputs(uow, case), rooms)
