"""Synthetic women for the demo store and the benchmarks: Faker it_IT names, valid fictitious
codici fiscali, plausible answers. Never derived from real records.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from antiviolenza_desktop.domain.case.codice_fiscale import cf_check_character
from antiviolenza_desktop.domain.case.intake import CaseDraft, Child
from antiviolenza_desktop.domain.case.intake_options import (
    CONTACT_REASONS,
    EMPLOYMENT,
    INCOME_BANDS,
    MARITAL_STATUS,
    PERPETRATOR_RELATIONSHIP,
    SENT_BY,
    VIOLENCE_TYPES,
    codes,
)
from antiviolenza_desktop.services.synthetic_statutory import synthetic_statutory

if TYPE_CHECKING:  # the caller brings Faker (services.demo, tests, benchmarks)
    from faker import Faker

_MONTHS = "ABCDEHLMPRST"
CREMONA_PROVINCE_TOWNS = (
    "D150",
    "D142",
    "B898",
    "A039",
    "A076",
)  # Cremona, Crema, Casalmaggiore, ...


def _letters(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper()
    return "".join(ch for ch in plain if ch.isalpha())


def _split(text: str) -> tuple[str, str]:
    letters = _letters(text)
    consonants = "".join(ch for ch in letters if ch not in "AEIOU")
    vowels = "".join(ch for ch in letters if ch in "AEIOU")
    return consonants, vowels


def _surname_code(surname: str) -> str:
    consonants, vowels = _split(surname)
    return (consonants + vowels + "XXX")[:3]


def _name_code(name: str) -> str:
    consonants, vowels = _split(name)
    if len(consonants) >= 4:
        return consonants[0] + consonants[2] + consonants[3]
    return (consonants + vowels + "XXX")[:3]


def synthetic_cf(first: str, last: str, born: date, town: str) -> str:
    """The codice fiscale the official algorithm gives a woman with these (fictitious) data."""
    body = (
        f"{_surname_code(last)}{_name_code(first)}{born.year % 100:02d}"
        f"{_MONTHS[born.month - 1]}{born.day + 40:02d}{town}"
    )
    return body + cf_check_character(body)


_COUNTRIES = {
    "eu": ("Romania", "Bulgaria", "Polonia"),
    "non_eu": ("Marocco", "Albania", "Ucraina", "Nigeria", "India"),
}


def _country(rng: random.Random, citizenship: str) -> str | None:
    """The country of a woman who is not Italian; None for an Italian."""
    return rng.choice(_COUNTRIES[citizenship]) if citizenship in _COUNTRIES else None


def _housing(rng: random.Random, shelter: str, lines: frozenset[str]) -> str:
    if shelter != "none":
        return "shelter"
    if "housing" in lines:
        return rng.choice(("no_home", "home_unusable", "relatives_or_friends"))
    return rng.choice(("own_home", "rented", "relatives_or_friends"))


@dataclass(frozen=True)
class _Outline:
    """What the rest of a synthetic referral depends on, drawn first (the order of the draws
    is what makes a seed give the same people)."""

    first: str
    last: str
    born: date
    referral: date
    ages: list[int]
    lines: frozenset[str]
    stage: str
    stage_dates: dict[str, date]
    town: str
    citizenship: str
    shelter: str
    housing: str


def _outline(rng: random.Random, faker: Faker, today: date) -> _Outline:
    first, last = faker.first_name_female(), faker.last_name()
    born = today - timedelta(days=rng.randint(19 * 365, 62 * 365))
    referral = today - timedelta(days=rng.randint(0, 540))
    ages = [rng.randint(0, 25) for _ in range(rng.choice((0, 0, 1, 1, 2, 3)))]
    lines = rng.choice(
        (frozenset({"work"}), frozenset({"housing"}), frozenset({"work", "housing"}))
    )
    stage = rng.choice(("contact", "reception", *("taken_in_charge",) * 6))
    order = ("contact", "reception", "taken_in_charge")
    stage_dates = {s: referral for s in order[: order.index(stage) + 1]}
    town = rng.choice(CREMONA_PROVINCE_TOWNS)
    citizenship = rng.choice(("italian", "italian", "italian", "non_eu", "eu"))
    shelter = rng.choice(("none", "none", "none", "casa_rifugio", "struttura_accoglienza"))
    housing = _housing(rng, shelter, lines)
    return _Outline(
        first,
        last,
        born,
        referral,
        ages,
        lines,
        stage,
        stage_dates,
        town,
        citizenship,
        shelter,
        housing,
    )


def synthetic_case(
    rng: random.Random, faker: Faker, cav_codes: list[str], today: date
) -> CaseDraft:
    """One plausible referral; about one in eight has no codice fiscale (no documents)."""
    o = _outline(rng, faker, today)
    return CaseDraft(
        referral_date=o.referral,
        referring_cav=rng.choice(cav_codes),
        joint_social_services=rng.random() < 0.7,
        first_name=o.first,
        last_name=o.last,
        codice_fiscale=None
        if rng.random() < 0.12
        else synthetic_cf(o.first, o.last, o.born, o.town),
        birth_date=o.born,
        citizenship=o.citizenship,
        citizenship_country=_country(rng, o.citizenship),
        marital_status=rng.choice(codes(MARITAL_STATUS)),
        residence_municipality=o.town,
        safe_phone=f"+39 3{rng.randint(10, 99)} {rng.randint(1000000, 9999999)}",
        safe_to_call=rng.random() < 0.5,
        safe_to_write=rng.random() < 0.3,
        children=tuple(Child(age=a, minor=a < 18, disabled=rng.random() < 0.08) for a in o.ages),
        shelter=o.shelter,
        employment=rng.choice(codes(EMPLOYMENT)),
        did_signed=rng.random() < 0.4,
        income_band=rng.choice(codes(INCOME_BANDS)),
        housing=o.housing,
        violence_types=frozenset(rng.sample(codes(VIOLENCE_TYPES), rng.randint(1, 3))),
        perpetrator_relationship=rng.choice(codes(PERPETRATOR_RELATIONSHIP)),
        children_witnessed=bool(o.ages) and rng.random() < 0.6,
        sent_by=rng.choice(codes(SENT_BY)),
        contact_reasons=frozenset(rng.sample(codes(CONTACT_REASONS), rng.randint(1, 2))),
        lines_requested=o.lines,
        consent_date=o.referral,
        consent_sharing=rng.random() < 0.8,
        stage=o.stage,
        stage_dates=o.stage_dates,
        statutory=synthetic_statutory(f"{o.first}|{o.last}|{o.referral}"),
    )
