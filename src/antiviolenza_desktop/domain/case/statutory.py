"""The O.R.A./ISTAT data of a case: how she reached the CAV, the services it gave her, the
author's profile and the outcomes of her path; and the rules that check them as she types.

They sit in `CaseDraft.statutory`, one value for the whole group, so the referral form keeps
one shape and the checks of this part live here (`check_statutory`, called by
`intake.validate_case`). Every field may stay blank ("non rilevato"): the woman may not answer,
and cases recorded before these fields existed read back blank. Field names of the issues are
`statutory.<name>` and `statutory.services[i].kind|day`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.case import intake_issues as kinds
from antiviolenza_desktop.domain.case import statutory_issues as issues
from antiviolenza_desktop.domain.case import statutory_options as so
from antiviolenza_desktop.domain.case.intake_options import codes
from antiviolenza_desktop.domain.field_issues import FieldIssue

PREFIX = "statutory."
SERVICES = PREFIX + "services["


@dataclass(frozen=True, slots=True)
class ServiceGiven:
    """One service the CAV gave her: its kind (`SERVICE_KINDS`) and the day."""

    kind: str | None = None
    day: date | None = None


@dataclass(frozen=True, slots=True)
class StatutoryFacts:
    """The O.R.A./ISTAT answers of one case; blank (None, empty) means not collected."""

    contact_channel: str | None = None
    help_before: frozenset[str] = frozenset()
    services: tuple[ServiceGiven, ...] = ()
    perpetrator_sex: str | None = None
    perpetrator_age_band: str | None = None
    perpetrator_citizenship: str | None = None
    perpetrator_record: frozenset[str] = frozenset()
    outcomes: frozenset[str] = frozenset()


SINGLE_CHOICES = (
    ("contact_channel", so.CONTACT_CHANNELS),
    ("perpetrator_sex", so.PERPETRATOR_SEX),
    ("perpetrator_age_band", so.PERPETRATOR_AGE_BANDS),
    ("perpetrator_citizenship", so.PERPETRATOR_CITIZENSHIP),
)
MULTIPLE_CHOICES = (
    ("help_before", so.HELP_BEFORE),
    ("perpetrator_record", so.PERPETRATOR_RECORD),
    ("outcomes", so.PATH_OUTCOMES),
)


def check_statutory(
    facts: StatutoryFacts,
    *,
    today: date,
    referral_date: date | None,
    stage_dates: Mapping[str, date],
) -> Iterator[FieldIssue]:
    """Every error of the O.R.A./ISTAT part: codes from their closed lists, "none" alone, and
    each service with a kind and a day neither in the future nor before her first contact."""
    for name, options in SINGLE_CHOICES:
        value = getattr(facts, name)
        if value is not None and value not in codes(options):
            yield kinds.VALUE_UNKNOWN.error(PREFIX + name)
    for name, options in MULTIPLE_CHOICES:
        values = getattr(facts, name)
        if not values <= set(codes(options)):
            yield kinds.VALUE_UNKNOWN.error(PREFIX + name)
        elif so.NONE in values and len(values) > 1:
            yield issues.NONE_WITH_OTHERS.error(PREFIX + name)
    known = [day for day in (referral_date, *stage_dates.values()) if day is not None]
    first_contact = min(known) if known else None
    for index, service in enumerate(facts.services):
        yield from _service(index, service, today, first_contact)


def _service(
    index: int, service: ServiceGiven, today: date, first_contact: date | None
) -> Iterator[FieldIssue]:
    field, number = f"{SERVICES}{index}]", index + 1
    if service.kind is None:
        yield issues.SERVICE_KIND_MISSING.error(f"{field}.kind", number=number)
    elif service.kind not in codes(so.SERVICE_KINDS):
        yield issues.SERVICE_KIND_UNKNOWN.error(f"{field}.kind", number=number)
    if service.day is None:
        yield issues.SERVICE_DATE_MISSING.error(f"{field}.day", number=number)
    elif service.day > today:
        yield issues.SERVICE_DATE_FUTURE.error(f"{field}.day", number=number)
    elif first_contact is not None and service.day < first_contact:
        yield issues.SERVICE_BEFORE_CONTACT.error(f"{field}.day", number=number)
