"""Mapping between the domain's CaseDraft and the rows of `cases`, `case_children`,
`case_stage_dates` and `case_services`. Kept apart from the use cases so reading and writing
share one mapping.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from antiviolenza_desktop.domain.case.intake import (
    CaseDraft,
    Child,
    effective_birth_date,
    name_key,
    normalise_cf,
)
from antiviolenza_desktop.domain.case.statutory import ServiceGiven, StatutoryFacts
from antiviolenza_desktop.store.schema import Case, CaseChild, CaseService, CaseStageDate

_SCALARS = (
    "referring_cav",
    "joint_social_services",
    "first_name",
    "last_name",
    "citizenship",
    "citizenship_country",
    "marital_status",
    "residence_municipality",
    "safe_phone",
    "safe_address",
    "safe_to_call",
    "safe_to_write",
    "shelter",
    "employment",
    "did_signed",
    "income_band",
    "housing",
    "perpetrator_relationship",
    "children_witnessed",
    "children_suffered",
    "complaint",
    "sent_by",
    "consent_sharing",
    "stage",
)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _codes(values: frozenset[str]) -> str:
    return ",".join(sorted(values))


def _code_set(text: str) -> frozenset[str]:
    return frozenset(code for code in text.split(",") if code)


_STATUTORY_SINGLE = (
    "contact_channel",
    "perpetrator_sex",
    "perpetrator_age_band",
    "perpetrator_citizenship",
)
_STATUTORY_SETS = (
    ("help_before", "help_before"),
    ("perpetrator_record", "perpetrator_record"),
    ("outcomes", "path_outcomes"),
)
"""(attribute of StatutoryFacts, column of cases) for the comma-separated code sets."""


def _fill_statutory(case: Case, facts: StatutoryFacts) -> None:
    for name in _STATUTORY_SINGLE:
        setattr(case, name, getattr(facts, name))
    for attribute, column in _STATUTORY_SETS:
        setattr(case, column, _codes(getattr(facts, attribute)))


def statutory_of(case: Case, services: list[CaseService]) -> StatutoryFacts:
    """The O.R.A./ISTAT answers of a row; the blank columns of older cases read as blank."""
    return StatutoryFacts(
        contact_channel=case.contact_channel,
        help_before=_code_set(case.help_before or ""),
        services=tuple(ServiceGiven(s.kind, date.fromisoformat(s.day)) for s in services),
        perpetrator_sex=case.perpetrator_sex,
        perpetrator_age_band=case.perpetrator_age_band,
        perpetrator_citizenship=case.perpetrator_citizenship,
        perpetrator_record=_code_set(case.perpetrator_record or ""),
        outcomes=_code_set(case.path_outcomes or ""),
    )


def fill_case(case: Case, draft: CaseDraft) -> None:
    """Copy every field of the draft onto the row (the caller validated the draft)."""
    for name in _SCALARS:
        setattr(case, name, getattr(draft, name))
    case.first_name = draft.first_name.strip()
    case.last_name = draft.last_name.strip()
    case.name_key = name_key(draft.first_name, draft.last_name)
    case.codice_fiscale = normalise_cf(draft.codice_fiscale) if draft.codice_fiscale else None
    case.referral_date = _iso(draft.referral_date) or ""
    case.birth_date = _iso(effective_birth_date(draft))
    case.consent_date = _iso(draft.consent_date)
    case.violence_types = _codes(draft.violence_types)
    case.contact_reasons = _codes(draft.contact_reasons)
    case.line_work = "work" in draft.lines_requested
    case.line_housing = "housing" in draft.lines_requested
    _fill_statutory(case, draft.statutory)


def replace_children_and_stages(session: Session, case_id: int, draft: CaseDraft) -> None:
    session.execute(delete(CaseChild).where(CaseChild.case_id == case_id))
    session.execute(delete(CaseStageDate).where(CaseStageDate.case_id == case_id))
    session.execute(delete(CaseService).where(CaseService.case_id == case_id))
    session.add_all(
        CaseChild(
            case_id=case_id,
            position=index,
            age=child.age,
            minor=child.minor,
            disabled=child.disabled,
        )
        for index, child in enumerate(draft.children)
    )
    session.add_all(
        CaseStageDate(case_id=case_id, stage=stage, date=day.isoformat())
        for stage, day in draft.stage_dates.items()
    )
    session.add_all(
        CaseService(case_id=case_id, position=index, kind=service.kind, day=service.day.isoformat())
        for index, service in enumerate(draft.statutory.services)
        if service.kind is not None and service.day is not None  # validated: never skipped
    )


def draft_of(session: Session, case: Case) -> CaseDraft:
    """Rebuild the form's content from the rows, for editing and display."""
    children = session.scalars(
        select(CaseChild).where(CaseChild.case_id == case.id).order_by(CaseChild.position)
    ).all()
    stages = session.scalars(select(CaseStageDate).where(CaseStageDate.case_id == case.id)).all()
    services = session.scalars(
        select(CaseService).where(CaseService.case_id == case.id).order_by(CaseService.position)
    ).all()
    lines = frozenset(
        line
        for line, wanted in (("work", case.line_work), ("housing", case.line_housing))
        if wanted
    )
    return CaseDraft(
        **{name: getattr(case, name) for name in _SCALARS},
        referral_date=_day(case.referral_date),
        codice_fiscale=case.codice_fiscale,
        birth_date=_day(case.birth_date),
        consent_date=_day(case.consent_date),
        violence_types=_code_set(case.violence_types),
        contact_reasons=_code_set(case.contact_reasons),
        lines_requested=lines,
        children=tuple(Child(age=c.age, minor=c.minor, disabled=c.disabled) for c in children),
        stage_dates={s.stage: date.fromisoformat(s.date) for s in stages},
        statutory=statutory_of(case, list(services)),
    )
