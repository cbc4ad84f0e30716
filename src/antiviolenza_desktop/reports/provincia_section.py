"""The provincial report's section on the Provincia: its fund per Ambito and the CPI hours.

From the provincial totals (`ProvincialTotals.provincia`, filled by
`domain.exchange.province_provincia`): for each Ambito what the Provincia committed and paid
on its fund, beside what the Ambito's projects hold on it (the same money seen from the équipe,
never added); the CPI hours per month, office and action with their value, which is already in
line 1's «B realizzato». The PDF and the XLSX print it after the funds.
"""

from __future__ import annotations

from dataclasses import dataclass

from antiviolenza_desktop.domain.exchange.provincia_figures import ProvinciaFigures
from antiviolenza_desktop.domain.funds.cofinancing import format_minutes, month_label
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.programme.model import Programme


@dataclass(frozen=True, slots=True)
class ProvinciaFundRow:
    ambito: str
    fund_name: str
    committed: Cents
    disbursed: Cents
    projects_committed: Cents


@dataclass(frozen=True, slots=True)
class CpiHoursRow:
    month: str
    office: str
    action: str
    hours: str
    value: Cents


@dataclass(frozen=True, slots=True)
class ProvinciaSection:
    name: str
    funds: tuple[ProvinciaFundRow, ...]
    hours: tuple[CpiHoursRow, ...]

    @property
    def hours_value(self) -> Cents:
        return sum(row.value for row in self.hours)


def provincia_section(figures: ProvinciaFigures, programme: Programme) -> ProvinciaSection:
    return ProvinciaSection(
        name=figures.name,
        funds=tuple(
            ProvinciaFundRow(
                row.name,
                programme.fund(row.fund).name,
                row.committed,
                row.disbursed,
                row.projects_committed,
            )
            for row in figures.by_ambito
        ),
        hours=tuple(
            CpiHoursRow(
                month_label(row.month),
                row.office,
                programme.action(row.action).printed_code,
                format_minutes(row.minutes),
                row.value,
            )
            for row in figures.hours
        ),
    )
