"""The Provincia's figures in the provincial totals: per Ambito and fund, and the CPI hours.

Plain records, filled by `domain.exchange.province_provincia.with_provincia` from the
capofila's register of the Provincia; the provincial view and report show them.
"""

from __future__ import annotations

from dataclasses import dataclass

from antiviolenza_desktop.domain.money import Cents


@dataclass(frozen=True, slots=True)
class ProvinciaAmbito:
    """One Ambito on one Provincia fund: what the Provincia committed and paid for its women,
    and what the Ambito's projects hold on the fund (agreed with the CPI: not added)."""

    ambito: str
    name: str
    fund: str
    committed: Cents
    disbursed: Cents
    projects_committed: Cents
    projects_disbursed: Cents


@dataclass(frozen=True, slots=True)
class CpiHours:
    """CPI hours of one month, office and action, valued as co-financing (B)."""

    month: str
    office: str
    action: str
    minutes: int
    value: Cents


@dataclass(frozen=True, slots=True)
class ProvinciaFigures:
    name: str
    by_ambito: tuple[ProvinciaAmbito, ...]
    hours: tuple[CpiHours, ...]

    @property
    def hours_value(self) -> Cents:
        return sum(row.value for row in self.hours)

    @property
    def hours_minutes(self) -> int:
        return sum(row.minutes for row in self.hours)
