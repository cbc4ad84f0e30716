"""Recording and editing a woman's referral (scheda di segnalazione).

Permission: any active user of the store. Rules: `domain.intake.validate_case` (errors refuse
the save, warnings are returned with the saved case), the stage state machine, and duplicate
detection (same codice fiscale, or same name and birth date): a possible duplicate refuses the
save unless the worker has looked at the match and confirmed it is another woman. A codice
fiscale names one person, so two OPEN cases may never share it: when both the case being saved
and the match are open, the referral belongs in the existing case (or the codice fiscale typed
is wrong) and no confirmation saves it. When either path is closed (concluded or dropped out)
they are two paths of the same woman (she came back, or her old case is being corrected), and
confirming saves it (the ledger joins her cases for the per-woman caps).
Every save writes one audit entry naming the case id, never her identity.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, or_, select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.case.intake import (
    CaseDraft,
    FieldIssue,
    check_stage_change,
    duplicate_keys,
    raise_for_errors,
    validate_case,
)
from antiviolenza_desktop.domain.case.retention import check_not_erased
from antiviolenza_desktop.domain.case.stages import FINAL_STAGES
from antiviolenza_desktop.domain.case.transfer import check_not_transferred
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services import audit, consent_rows
from antiviolenza_desktop.services.authorization import CaseNotFound as CaseNotFound
from antiviolenza_desktop.services.authorization import (
    require,
    require_case,
    require_referring_cav,
)
from antiviolenza_desktop.services.case_records import (
    draft_of,
    fill_case,
    replace_children_and_stages,
)
from antiviolenza_desktop.services.municipalities import municipality_codes
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case, StoreMeta

SAME_CODICE_FISCALE = "same_codice_fiscale"
SAME_NAME_AND_BIRTH = "same_name_birth_date"
REASON_LABELS = {
    SAME_CODICE_FISCALE: "stesso codice fiscale",
    SAME_NAME_AND_BIRTH: "stesso nome e data di nascita",
}
"""Reason code -> Italian label, for display only (translated with context "duplicates")."""

CODE_PREFIXES = {"cremonese": "CRE", "cremasco": "CMA", "casalasco": "CAS", "capofila": "CAP"}


class PossibleDuplicate(AppError):
    code = "possibile_doppione"
    template = (
        "Esiste già una scheda che potrebbe riguardare la stessa donna ({codes}). "
        "Apri quella scheda, oppure conferma che si tratta di un'altra persona."
    )

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        self.matches = matches
        super().__init__(codes=", ".join(match.code for match in matches))


class SameCodiceFiscale(PossibleDuplicate):
    """A possible duplicate that includes a case with her very codice fiscale."""

    code = "stesso_codice_fiscale"
    template = (
        "Esiste già una scheda con lo stesso codice fiscale ({codes}). Apri quella scheda "
        "(se il suo percorso è chiuso puoi aprirne uno nuovo), oppure correggi il codice fiscale."
    )


def _refuse(unconfirmed: list[DuplicateMatch]) -> None:
    if any(match.same_codice_fiscale for match in unconfirmed):
        raise SameCodiceFiscale(unconfirmed)
    if unconfirmed:
        raise PossibleDuplicate(unconfirmed)


@dataclass(frozen=True)
class DuplicateMatch:
    """A case that may be the same woman. `path_closed` is the match's path; `saving_closed`
    tells that the case being saved is itself a closed path."""

    case_id: int
    code: str
    reason_code: str
    path_closed: bool = False
    saving_closed: bool = False

    @property
    def reason_label(self) -> str:
        """The Italian label of the reason, for display (translate it in the UI)."""
        return REASON_LABELS[self.reason_code]

    @property
    def same_codice_fiscale(self) -> bool:
        return self.reason_code == SAME_CODICE_FISCALE

    @property
    def confirmable(self) -> bool:
        """False when two open cases would share her codice fiscale (module docstring)."""
        return not self.same_codice_fiscale or self.path_closed or self.saving_closed


@dataclass(frozen=True)
class SavedCase:
    case_id: int
    code: str
    warnings: tuple[FieldIssue, ...]


@dataclass(frozen=True)
class CaseView:
    case_id: int
    code: str
    created_at: str
    updated_at: str
    draft: CaseDraft


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _checked(draft: CaseDraft, today: date) -> list[FieldIssue]:
    cav_codes = [cav.code for cav in load_default_programme().cav]
    issues = validate_case(
        draft, today=today, cav_codes=cav_codes, municipalities=municipality_codes()
    )
    raise_for_errors(issues)
    return [issue for issue in issues if issue.severity == "warning"]


def find_duplicates(
    uow: UnitOfWork, draft: CaseDraft, *, exclude: int | None = None
) -> list[DuplicateMatch]:
    """Cases with the same CF, or the same name and birth date."""
    keys = duplicate_keys(draft)
    person = (keys.person[0], keys.person[1].isoformat()) if keys.person else None
    closing = draft.stage in FINAL_STAGES
    return _matching(uow, keys.codice_fiscale, person, exclude=exclude, saving_closed=closing)


def duplicates_of_case(uow: UnitOfWork, case_id: int) -> list[DuplicateMatch]:
    """The other cases that may be the same woman as case `case_id`, by the keys stored on
    it: a case received from another Ambito is written whole, and she may be known here."""
    case = uow.session.get(Case, case_id)
    if case is None:
        return []
    person = (case.name_key, case.birth_date) if case.name_key and case.birth_date else None
    closing = case.stage in FINAL_STAGES
    return _matching(uow, case.codice_fiscale, person, exclude=case_id, saving_closed=closing)


def _matching(
    uow: UnitOfWork,
    cf: str | None,
    person: tuple[str, str] | None,
    *,
    exclude: int | None,
    saving_closed: bool,
) -> list[DuplicateMatch]:
    conditions = []
    if cf:
        conditions.append(Case.codice_fiscale == cf)
    if person:
        conditions.append((Case.name_key == person[0]) & (Case.birth_date == person[1]))
    if not conditions:
        return []
    query = select(Case).where(or_(*conditions))
    if exclude is not None:
        query = query.where(Case.id != exclude)
    matches = []
    for case in uow.session.scalars(query.order_by(Case.id)):
        same_cf = bool(cf) and case.codice_fiscale == cf
        reason = SAME_CODICE_FISCALE if same_cf else SAME_NAME_AND_BIRTH
        closed = case.stage in FINAL_STAGES
        matches.append(DuplicateMatch(case.id, case.code, reason, closed, saving_closed))
    return matches


def _unconfirmed(
    matches: list[DuplicateMatch], not_duplicate_of: Collection[int]
) -> list[DuplicateMatch]:
    """The matches that still refuse the save: those not confirmed, and an open case with her
    codice fiscale while the case being saved is open too, confirmed or not."""
    return [m for m in matches if not m.confirmable or m.case_id not in not_duplicate_of]


def _next_code(uow: UnitOfWork, referral: date) -> str:
    ambito = uow.session.get(StoreMeta, "ambito")
    prefix = CODE_PREFIXES.get(ambito.value if ambito else "", "AVD")
    stem = f"{prefix}-{referral.year}-"
    count = uow.session.scalar(
        select(func.count()).select_from(Case).where(Case.code.like(f"{stem}%"))
    )
    return f"{stem}{(count or 0) + 1:04d}"


def next_case_code(uow: UnitOfWork, referral: date) -> str:
    """The code the next case referred on `referral` gets in this store (a received transfer
    takes one too)."""
    return _next_code(uow, referral)


def record_case(
    uow: UnitOfWork,
    *,
    draft: CaseDraft,
    today: date,
    not_duplicate_of: Collection[int] = (),
) -> SavedCase:
    """Save a new referral. Errors: PermissionDenied, CaseHasErrors, CaseOutsideScope (a CAV
    worker naming another CAV), PossibleDuplicate (SameCodiceFiscale)."""
    require(uow, Permission.INTAKE)
    warnings = _checked(draft, today)
    require_referring_cav(uow, draft.referring_cav)
    _refuse(_unconfirmed(find_duplicates(uow, draft), not_duplicate_of))
    assert draft.referral_date is not None  # guaranteed by validation
    case = Case(code=_next_code(uow, draft.referral_date), created_at=_now(), updated_at=_now())
    fill_case(case, draft)
    uow.session.add(case)
    uow.session.flush()
    replace_children_and_stages(uow.session, case.id, draft)
    consent_rows.add_from_intake(uow, case_id=case.id, draft=draft, sharing_before=False)
    details = {"duplicati_confermati": len(not_duplicate_of)} if not_duplicate_of else None
    audit.record(uow, action="caso.creato", entity="case", entity_id=case.id, details=details)
    return SavedCase(case.id, case.code, tuple(warnings))


def update_case(
    uow: UnitOfWork,
    *,
    case_id: int,
    draft: CaseDraft,
    today: date,
    not_duplicate_of: Collection[int] = (),
) -> SavedCase:
    """Save changes to a referral. Errors: PermissionDenied, CaseNotFound, CaseOutsideScope,
    CaseErased, CaseHasErrors, PossibleDuplicate (SameCodiceFiscale), StageChangeRefused."""
    case = require_case(uow, case_id, Permission.INTAKE)
    check_not_erased(case.code, case.erased_at)
    check_not_transferred(case.code, case.transferred_at, case.transferred_to)
    if draft.stage != case.stage:
        check_stage_change(case.stage, draft.stage)
    warnings = _checked(draft, today)
    require_referring_cav(uow, draft.referring_cav)
    _refuse(_unconfirmed(find_duplicates(uow, draft, exclude=case_id), not_duplicate_of))
    sharing_before = case.consent_sharing
    fill_case(case, draft)
    case.updated_at = _now()
    replace_children_and_stages(uow.session, case.id, draft)
    consent_rows.add_from_intake(uow, case_id=case.id, draft=draft, sharing_before=sharing_before)
    audit.record(uow, action="caso.modificato", entity="case", entity_id=case.id)
    return SavedCase(case.id, case.code, tuple(warnings))


def load_case(uow: UnitOfWork, *, case_id: int) -> CaseView:
    """Her record. Errors: PermissionDenied, CaseNotFound, CaseOutsideScope."""
    case = require_case(uow, case_id)
    return CaseView(
        case.id, case.code, case.created_at, case.updated_at, draft_of(uow.session, case)
    )
