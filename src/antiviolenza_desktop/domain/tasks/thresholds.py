"""The periods behind the «Da fare» reminders, with their defaults and bounds.

The programme card asks the CPI and the housing providers to update the équipe "periodically"
without naming a cadence, and says nothing of reviews, idle commitments or cases left without
news: each period is therefore a setting of the store (the coordinator's), with a default that
fits a project of the card's 18 months: a monitoring update every 3 months, a review every 6,
a commitment with no payment for 3 months, a case with no update for 8 weeks, a woman waiting
12 weeks to be taken in charge, a referral to another service left without an answer for 30
days. A reminder shows `horizon_days` before it falls due.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from antiviolenza_desktop.domain.errors import InvalidInput
from antiviolenza_desktop.domain.funds.figures import IDLE_MONTHS


@dataclass(frozen=True, slots=True)
class TaskThresholds:
    """Every period of the reminders; `BOUNDS` holds the allowed range of each field."""

    monitoring_months: int = 3
    review_months: int = 6
    idle_commitment_months: int = IDLE_MONTHS
    stale_case_weeks: int = 8
    waiting_weeks: int = 12
    referral_answer_days: int = 30
    horizon_days: int = 14


BOUNDS: dict[str, tuple[int, int]] = {
    "monitoring_months": (1, 12),
    "review_months": (1, 24),
    "idle_commitment_months": (1, 24),
    "stale_case_weeks": (1, 104),
    "waiting_weeks": (1, 104),
    "referral_answer_days": (1, 365),
    "horizon_days": (0, 90),
}

FIELDS: tuple[str, ...] = tuple(item.name for item in fields(TaskThresholds))


class ThresholdOutOfRange(InvalidInput):
    code = "soglia_da_fare_non_valida"
    template = "Soglia non valida ({value}): deve andare da {min} a {max}."


class ThresholdUnknown(InvalidInput):
    code = "soglia_da_fare_sconosciuta"
    template = "Soglia sconosciuta: {name}."


def check_thresholds(thresholds: TaskThresholds) -> TaskThresholds:
    """The thresholds themselves, or ThresholdOutOfRange (field: the threshold's name) for the
    first one outside its bounds."""
    for name in FIELDS:
        value = getattr(thresholds, name)
        low, high = BOUNDS[name]
        if not low <= value <= high:
            raise ThresholdOutOfRange(field=name, value=value, min=low, max=high)
    return thresholds


def check_name(name: str) -> str:
    """A threshold's name, or ThresholdUnknown."""
    if name not in FIELDS:
        raise ThresholdUnknown(field=name, name=name)
    return name
