"""Plausible O.R.A./ISTAT answers for a synthetic referral (demo stores, tests, benchmarks).

Drawn from their own generator, seeded by the case's synthetic name and date, so adding them
left every other value of `synthetic_people` exactly as it was drawn before. About one answer
in six stays blank, as when the woman does not answer.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from antiviolenza_desktop.domain.case import statutory_options as so
from antiviolenza_desktop.domain.case.intake import CaseDraft
from antiviolenza_desktop.domain.case.intake_options import Option, codes
from antiviolenza_desktop.domain.case.statutory import ServiceGiven, StatutoryFacts

_BLANK = 1 / 6


def _one(rng: random.Random, options: tuple[Option, ...]) -> str | None:
    return None if rng.random() < _BLANK else rng.choice(codes(options))


def _some(rng: random.Random, options: tuple[Option, ...]) -> frozenset[str]:
    if rng.random() < _BLANK:
        return frozenset()
    if rng.random() < 0.3:
        return frozenset({so.NONE})
    others = [code for code in codes(options) if code != so.NONE]
    return frozenset(rng.sample(others, rng.randint(1, 2)))


def with_synthetic_services(draft: CaseDraft, today: date) -> CaseDraft:
    """`draft` with a log of 0 to 5 services, from her first contact to `today`.

    Apart from `synthetic_statutory` because a log is tied to her dates: tests that move a
    synthetic case's dates would see services before her first contact (the demo adds them).
    """
    first = min(day for day in (draft.referral_date, *draft.stage_dates.values()) if day)
    rng = random.Random(f"{draft.first_name}|{draft.last_name}|services")
    span = max((today - first).days, 0)
    days = sorted(first + timedelta(days=rng.randint(0, span)) for _ in range(rng.randint(0, 5)))
    services = tuple(ServiceGiven(rng.choice(codes(so.SERVICE_KINDS)), day) for day in days)
    return replace(draft, statutory=replace(draft.statutory, services=services))


def synthetic_statutory(seed: str) -> StatutoryFacts:
    """The answers of one synthetic case, without services (`with_synthetic_services`)."""
    rng = random.Random(seed)
    return StatutoryFacts(
        contact_channel=_one(rng, so.CONTACT_CHANNELS),
        help_before=_some(rng, so.HELP_BEFORE),
        perpetrator_sex=None
        if rng.random() < _BLANK
        else ("male" if rng.random() < 0.95 else "female"),
        perpetrator_age_band=_one(rng, so.PERPETRATOR_AGE_BANDS),
        perpetrator_citizenship=_one(rng, so.PERPETRATOR_CITIZENSHIP),
        perpetrator_record=_some(rng, so.PERPETRATOR_RECORD),
        outcomes=frozenset({"perpetrator_removed"}) if rng.random() < 0.15 else frozenset(),
    )
