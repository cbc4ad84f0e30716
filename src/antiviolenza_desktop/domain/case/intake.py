"""The referral form (scheda di segnalazione) as data, and the rules that check it as she types.

A CAV refers a woman it has taken in charge to the équipe of her Ambito. `CaseDraft` is the
whole form, empty by default so the GUI can start from `CaseDraft()` and replace fields as
they change; `validate_case` returns every problem at once, each tied to its field, so the
form can show them next to the inputs instead of one dialog at a time. Errors block saving;
warnings (a codice fiscale with a wrong check digit, a CF that does not match the typed birth
date) are shown but allow saving, because a worker may have the right data and a wrong
document, and a woman without documents must still be helped.

Coded fields hold the codes of `intake_options`; field names in `FieldIssue.field` are the
attribute names of `CaseDraft`, with `children[0].minor` and `stage_dates.concluded` for the
parts of composite fields. Each problem is a kind of `intake_issues` (a stable code and an
Italian template with parameters), so the GUI can translate it and code can tell problems
apart without reading their text. Messages never repeat the personal data they are about.

Reading a codice fiscale lives in `codice_fiscale`, the stages of the path and the moves
between them in `case_stages`; their public names are re-exported here (`name as name`),
so callers keep importing everything about the form from this module.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import NamedTuple

from antiviolenza_desktop.domain.case import intake_issues as kinds
from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case.codice_fiscale import (
    cf_birth_date,
    cf_is_female,
    cf_problem,
)
from antiviolenza_desktop.domain.case.codice_fiscale import derived_birth_date as derived_birth_date
from antiviolenza_desktop.domain.case.codice_fiscale import name_key as name_key
from antiviolenza_desktop.domain.case.codice_fiscale import normalise_cf as normalise_cf
from antiviolenza_desktop.domain.case.stages import FINAL_STAGES as FINAL_STAGES
from antiviolenza_desktop.domain.case.stages import MAIN_PATH as MAIN_PATH
from antiviolenza_desktop.domain.case.stages import StageChangeRefused as StageChangeRefused
from antiviolenza_desktop.domain.case.stages import allowed_next_stages as allowed_next_stages
from antiviolenza_desktop.domain.case.stages import check_stage_change as check_stage_change
from antiviolenza_desktop.domain.case.stages import stage_label
from antiviolenza_desktop.domain.case.stages import stage_path as stage_path
from antiviolenza_desktop.domain.case.statutory import StatutoryFacts, check_statutory
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.field_issues import FieldIssue as FieldIssue
from antiviolenza_desktop.domain.field_issues import Severity as Severity

ADULT_AGE = 18
MAX_CHILD_AGE = 80
MAX_NAME = 80
MAX_PHONE = 20
MAX_ADDRESS = 200
_PHONE = re.compile(r"^\+?[0-9 ]+$")
_BELFIORE = re.compile(r"^[A-Z][0-9]{3}$")
_HAS_A_HOME = frozenset({"own_home", "rented"})


@dataclass(frozen=True, slots=True)
class Child:
    """A child of the woman; `age` is in whole years at the referral date."""

    age: int | None = None
    minor: bool = False
    disabled: bool = False


@dataclass(frozen=True, slots=True)
class CaseDraft:
    """The referral form as typed: nothing is checked here, `validate_case` does that."""

    referral_date: date | None = None
    referring_cav: str | None = None
    joint_social_services: bool = False
    first_name: str = ""
    last_name: str = ""
    codice_fiscale: str | None = None
    birth_date: date | None = None
    citizenship: str | None = None
    citizenship_country: str | None = None
    marital_status: str | None = None
    residence_municipality: str | None = None
    safe_phone: str | None = None
    safe_address: str | None = None
    safe_to_call: bool = False
    safe_to_write: bool = False
    children: tuple[Child, ...] = ()
    shelter: str = "none"
    employment: str | None = None
    did_signed: bool = False
    income_band: str | None = None
    housing: str | None = None
    violence_types: frozenset[str] = frozenset()
    perpetrator_relationship: str | None = None
    children_witnessed: bool = False
    children_suffered: bool = False
    complaint: str = "none"
    sent_by: str | None = None
    contact_reasons: frozenset[str] = frozenset()
    lines_requested: frozenset[str] = frozenset()
    consent_date: date | None = None
    consent_sharing: bool = False
    stage: str = "contact"
    stage_dates: Mapping[str, date] = field(default_factory=dict)
    statutory: StatutoryFacts = field(default_factory=StatutoryFacts)


class CaseHasErrors(AppError):
    """Raised by services when a draft with errors is about to be saved."""

    code = "scheda_con_errori"
    template = "Errori da correggere prima di salvare la scheda: {count}."

    def __init__(self, issues: Iterable[FieldIssue]) -> None:
        self.issues = tuple(issue for issue in issues if issue.severity == "error")
        first = self.issues[0].field if self.issues else None
        super().__init__(field=first, count=len(self.issues))


def raise_for_errors(issues: Iterable[FieldIssue]) -> None:
    """Raise CaseHasErrors when any issue is an error; warnings never stop a save."""
    materialised = list(issues)
    if any(issue.severity == "error" for issue in materialised):
        raise CaseHasErrors(materialised)


# --- identity keys for duplicate detection -------------------------------------------------


def effective_birth_date(draft: CaseDraft, *, today: date | None = None) -> date | None:
    """The typed birth date, or the one derived from the CF when none was typed."""
    if draft.birth_date is not None:
        return draft.birth_date
    return derived_birth_date(draft.codice_fiscale or "", today=today)


class DuplicateKeys(NamedTuple):
    """What services look up to offer an existing case: the CF, and name + birth date."""

    codice_fiscale: str | None
    person: tuple[str, date] | None


def duplicate_keys(draft: CaseDraft, *, today: date | None = None) -> DuplicateKeys:
    """The draft's duplicate-detection keys; a part is None when the draft cannot give it."""
    code = normalise_cf(draft.codice_fiscale or "")
    cf_key = code if code and cf_problem(code, today) in (None, "check") else None
    born = effective_birth_date(draft, today=today)
    key = name_key(draft.first_name, draft.last_name)
    person = (key, born) if born is not None and "" not in key.split("|") else None
    return DuplicateKeys(cf_key, person)


# --- validation ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    today: date
    cav_codes: Collection[str]
    municipalities: Collection[str] | None
    birth_date: date | None


def validate_case(
    draft: CaseDraft,
    *,
    today: date,
    cav_codes: Collection[str],
    municipalities: Collection[str] | None,
) -> list[FieldIssue]:
    """Every error and warning of the draft, in form order; an empty list means all is well.

    `cav_codes` are the CAV of the programme; `municipalities` the Belfiore codes of the
    shipped ISTAT list (None checks only the shape of the code).
    """
    ctx = _Context(today, cav_codes, municipalities, effective_birth_date(draft, today=today))
    rules = (
        _required,
        _coded_values,
        _names,
        _codice_fiscale,
        _dates,
        _citizenship,
        _residence_and_contacts,
        _children,
        _stages,
        _access_criteria,
        _statutory,
    )
    return [issue for rule in rules for issue in rule(draft, ctx)]


def _required(draft: CaseDraft, ctx: _Context) -> Iterator[FieldIssue]:
    checks = (
        ("referral_date", draft.referral_date, kinds.REFERRAL_DATE_MISSING),
        ("referring_cav", draft.referring_cav, kinds.CAV_MISSING),
        ("birth_date", ctx.birth_date, kinds.BIRTH_DATE_MISSING),
        ("citizenship", draft.citizenship, kinds.CITIZENSHIP_MISSING),
        ("employment", draft.employment, kinds.EMPLOYMENT_MISSING),
        ("lines_requested", draft.lines_requested, kinds.LINES_MISSING),
        ("consent_date", draft.consent_date, kinds.CONSENT_MISSING),
    )
    for name, value, kind in checks:
        if not value:
            yield kind.error(name)
    if draft.referring_cav and draft.referring_cav not in ctx.cav_codes:
        yield kinds.CAV_UNKNOWN.error("referring_cav")


def _coded_values(draft: CaseDraft, ctx: _Context) -> Iterator[FieldIssue]:
    single = (
        ("citizenship", draft.citizenship, opt.CITIZENSHIP),
        ("marital_status", draft.marital_status, opt.MARITAL_STATUS),
        ("shelter", draft.shelter, opt.SHELTER),
        ("employment", draft.employment, opt.EMPLOYMENT),
        ("income_band", draft.income_band, opt.INCOME_BANDS),
        ("housing", draft.housing, opt.HOUSING),
        ("perpetrator_relationship", draft.perpetrator_relationship, opt.PERPETRATOR_RELATIONSHIP),
        ("complaint", draft.complaint, opt.COMPLAINT),
        ("sent_by", draft.sent_by, opt.SENT_BY),
        ("stage", draft.stage, opt.STAGES),
    )
    multiple = (
        ("violence_types", draft.violence_types, opt.VIOLENCE_TYPES),
        ("contact_reasons", draft.contact_reasons, opt.CONTACT_REASONS),
        ("lines_requested", draft.lines_requested, opt.LINES),
        ("stage_dates", frozenset(draft.stage_dates), opt.STAGES),
    )
    for name, value, options in single:
        if value is not None and value not in opt.codes(options):
            yield kinds.VALUE_UNKNOWN.error(name)
    for name, values, options in multiple:
        if not values <= set(opt.codes(options)):
            yield kinds.VALUE_UNKNOWN.error(name)


def _names(draft: CaseDraft, ctx: _Context) -> Iterator[FieldIssue]:
    for name, value, missing in (
        ("first_name", draft.first_name, kinds.FIRST_NAME_MISSING),
        ("last_name", draft.last_name, kinds.LAST_NAME_MISSING),
    ):
        cleaned = " ".join(value.split())
        if not cleaned:
            yield missing.error(name)
        elif len(cleaned) > MAX_NAME:
            yield kinds.TOO_LONG.error(name, max=MAX_NAME)
        elif any(ch.isdigit() for ch in cleaned) or not any(ch.isalpha() for ch in cleaned):
            yield kinds.NAME_NOT_LETTERS.error(name)


def _codice_fiscale(draft: CaseDraft, ctx: _Context) -> Iterator[FieldIssue]:
    code = normalise_cf(draft.codice_fiscale or "")
    if not code:
        return
    problem = cf_problem(code, ctx.today)
    if problem == "format":
        yield kinds.CF_FORMAT.error("codice_fiscale")
        return
    if problem == "date":
        yield kinds.CF_DATE.error("codice_fiscale")
        return
    if problem == "check":
        yield kinds.CF_CHECK.warning("codice_fiscale")
    yield from _cf_agreement(code, draft, ctx)


def _cf_agreement(code: str, draft: CaseDraft, ctx: _Context) -> Iterator[FieldIssue]:
    derived = cf_birth_date(code, ctx.today)
    if draft.birth_date is not None and derived != draft.birth_date:
        yield kinds.CF_BIRTH_DATE_DIFFERS.warning("birth_date")
    if not cf_is_female(code):
        yield kinds.CF_MALE.warning("codice_fiscale")


def _dates(draft: CaseDraft, ctx: _Context) -> Iterator[FieldIssue]:
    named = (
        ("referral_date", draft.referral_date, kinds.FUTURE_REFERRAL_DATE),
        ("birth_date", draft.birth_date, kinds.FUTURE_BIRTH_DATE),
        ("consent_date", draft.consent_date, kinds.FUTURE_CONSENT_DATE),
    )
    for name, day, kind in named:
        if day is not None and day > ctx.today:
            yield kind.error(name)
    for stage, day in draft.stage_dates.items():
        if day > ctx.today:
            yield kinds.FUTURE_STAGE_DATE.error(f"stage_dates.{stage}", stage=stage_label(stage))
    yield from _age_at_referral(draft, ctx)


def _age_at_referral(draft: CaseDraft, ctx: _Context) -> Iterator[FieldIssue]:
    born, referred = ctx.birth_date, draft.referral_date
    if born is None or referred is None:
        return
    if referred < born:
        yield kinds.REFERRAL_BEFORE_BIRTH.error("referral_date")
        return
    age = referred.year - born.year - ((referred.month, referred.day) < (born.month, born.day))
    if not 14 <= age <= 100:
        yield kinds.UNLIKELY_AGE.warning("birth_date", age=age)


def _citizenship(draft: CaseDraft, ctx: _Context) -> Iterator[FieldIssue]:
    country = " ".join((draft.citizenship_country or "").split())
    if draft.citizenship in ("eu", "non_eu") and not country:
        yield kinds.COUNTRY_MISSING.error("citizenship_country")
    if len(country) > MAX_NAME:
        yield kinds.TOO_LONG.error("citizenship_country", max=MAX_NAME)


def _residence_and_contacts(draft: CaseDraft, ctx: _Context) -> Iterator[FieldIssue]:
    municipality = (draft.residence_municipality or "").strip().upper()
    if municipality and ctx.municipalities is not None:
        if municipality not in ctx.municipalities:
            yield kinds.MUNICIPALITY_UNKNOWN.error("residence_municipality")
    elif municipality and not _BELFIORE.match(municipality):
        yield kinds.MUNICIPALITY_CODE.error("residence_municipality")
    phone = (draft.safe_phone or "").strip()
    if phone and (len(phone) > MAX_PHONE or not _PHONE.match(phone) or "+" in phone[1:]):
        yield kinds.PHONE_FORMAT.error("safe_phone", max=MAX_PHONE)
    if draft.safe_to_call and not phone:
        yield kinds.PHONE_MISSING.warning("safe_phone")
    if len((draft.safe_address or "").strip()) > MAX_ADDRESS:
        yield kinds.TOO_LONG.error("safe_address", max=MAX_ADDRESS)


def _children(draft: CaseDraft, ctx: _Context) -> Iterator[FieldIssue]:
    for index, child in enumerate(draft.children):
        number, age = index + 1, child.age
        if age is None:
            continue
        if not 0 <= age <= MAX_CHILD_AGE:
            yield kinds.CHILD_AGE_RANGE.error(
                f"children[{index}].age", number=number, max=MAX_CHILD_AGE
            )
        elif child.minor and age >= ADULT_AGE:
            yield kinds.CHILD_NOT_MINOR.error(f"children[{index}].minor", number=number, age=age)
        elif not child.minor and age < ADULT_AGE:
            yield kinds.CHILD_MINOR.error(f"children[{index}].minor", number=number, age=age)
    for name, flag in (
        ("children_witnessed", draft.children_witnessed),
        ("children_suffered", draft.children_suffered),
    ):
        if flag and not draft.children:
            yield kinds.NO_CHILDREN.warning(name)


def _stages(draft: CaseDraft, ctx: _Context) -> Iterator[FieldIssue]:
    stage, dates = draft.stage, draft.stage_dates
    if stage not in opt.codes(opt.STAGES):
        return
    path = stage_path(stage)
    if stage not in dates:
        yield kinds.CURRENT_STAGE_DATE_MISSING.error(
            f"stage_dates.{stage}", stage=stage_label(stage)
        )
    for reached in dates:
        if reached in opt.codes(opt.STAGES) and reached not in path:
            yield kinds.STAGE_NOT_ON_PATH.error(f"stage_dates.{reached}", stage=stage_label(stage))
    dated = [step for step in path if step in dates]
    for previous, current in pairwise(dated):
        if dates[current] < dates[previous]:
            yield kinds.STAGE_DATES_OUT_OF_ORDER.error(
                f"stage_dates.{current}",
                stage=stage_label(current),
                previous=stage_label(previous),
            )


def _access_criteria(draft: CaseDraft, ctx: _Context) -> Iterator[FieldIssue]:
    """The card's access criteria, as warnings: the équipe decides, the form reminds."""
    if draft.housing == "shelter" and draft.shelter == "none":
        yield kinds.SHELTER_MISSING.warning("shelter")
    if "housing" in draft.lines_requested and draft.housing in _HAS_A_HOME:
        yield kinds.HOUSING_LINE_WITH_HOME.warning("lines_requested")
    if draft.lines_requested and draft.stage in MAIN_PATH[:2]:
        yield kinds.LINES_BEFORE_TAKEN_IN_CHARGE.warning("stage")


def _statutory(draft: CaseDraft, ctx: _Context) -> Iterator[FieldIssue]:
    """The O.R.A./ISTAT part (`statutory`): services dated from her first contact to today."""
    return check_statutory(
        draft.statutory,
        today=ctx.today,
        referral_date=draft.referral_date,
        stage_dates=draft.stage_dates,
    )
