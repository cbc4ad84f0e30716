"""The provincial totals with the Provincia's register: its funds replace the Ambiti's sums.

How the two meet without counting twice. For a fund the programme gives to the Provincia
(`gestione = "provincia"`) the province's commitments and payments are the Provincia's, from
the capofila's register; what the Ambiti's bundles carry on that fund is what their projects
agreed with the CPI — the same money, seen from the équipe — so it is kept beside
(`projects_*`) and never added. The fund's action's A («realizzato») is therefore the
Ambiti's A minus their payments on that fund, plus the Provincia's payments; the CPI hours are
added to the B of their action. The line totals are the sums of their actions again. What
the register adds travels to the Region as the provincial payload's Provincia part
(`domain.payload.provincial_provincia`), so the Region recomputes these figures exactly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from antiviolenza_desktop.domain.exchange.province import (
    ActionProvince,
    FundProvince,
    LineProvince,
    ProvincialTotals,
)
from antiviolenza_desktop.domain.exchange.provincia_figures import (
    CpiHours,
    ProvinciaAmbito,
    ProvinciaFigures,
)
from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.payload.snapshot import FundAmounts
from antiviolenza_desktop.domain.programme.model import MANAGED_BY_PROVINCIA, Programme


@dataclass(frozen=True, slots=True)
class ProvinciaMoney:
    """One commitment of the Provincia in force, with its payments in force."""

    ambito: str
    fund: str
    committed: Cents
    disbursed: Cents


def _by_ambito(
    programme: Programme,
    money: Iterable[ProvinciaMoney],
    projects: Mapping[str, Mapping[str, FundAmounts]],
) -> tuple[ProvinciaAmbito, ...]:
    sums: dict[tuple[str, str], list[Cents]] = defaultdict(lambda: [0, 0])
    for row in money:
        sums[row.ambito, row.fund][0] += row.committed
        sums[row.ambito, row.fund][1] += row.disbursed
    rows = []
    for fund in programme.funds_managed_by(MANAGED_BY_PROVINCIA):
        for ambito in programme.ambiti:
            held = projects.get(ambito.code, {}).get(fund.code, FundAmounts(0, 0))
            committed, disbursed = sums[ambito.code, fund.code]
            rows.append(
                ProvinciaAmbito(
                    ambito.code,
                    ambito.name,
                    fund.code,
                    committed,
                    disbursed,
                    held.committed,
                    held.disbursed,
                )
            )
    return tuple(rows)


def _hours(hours: Iterable[HoursEntry]) -> tuple[CpiHours, ...]:
    sums: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for entry in hours:
        sums[entry.month, entry.body, entry.action_code][0] += entry.minutes
        sums[entry.month, entry.body, entry.action_code][1] += entry.value
    return tuple(CpiHours(*key, minutes, value) for key, (minutes, value) in sorted(sums.items()))


def _funds(
    totals: ProvincialTotals, programme: Programme, rows: tuple[ProvinciaAmbito, ...]
) -> tuple[FundProvince, ...]:
    result = []
    for fund in totals.funds:
        if programme.fund(fund.fund).managed_by != MANAGED_BY_PROVINCIA:
            result.append(fund)
            continue
        mine = [row for row in rows if row.fund == fund.fund]
        result.append(
            replace(
                fund,
                committed=sum(row.committed for row in mine),
                disbursed=sum(row.disbursed for row in mine),
                managed_by=MANAGED_BY_PROVINCIA,
                projects_committed=fund.committed,
                projects_disbursed=fund.disbursed,
            )
        )
    return tuple(result)


def _actions(
    totals: ProvincialTotals,
    programme: Programme,
    funds: tuple[FundProvince, ...],
    hours: tuple[CpiHours, ...],
) -> tuple[ActionProvince, ...]:
    a_change: dict[str, Cents] = defaultdict(int)
    for fund in funds:
        if fund.managed_by == MANAGED_BY_PROVINCIA:
            action = programme.fund(fund.fund).action
            a_change[action] += fund.disbursed - fund.projects_disbursed
    b_change: dict[str, Cents] = defaultdict(int)
    for row in hours:
        b_change[row.action] += row.value
    return tuple(
        replace(
            action,
            actual_a=action.actual_a + a_change[action.action],
            actual_b=action.actual_b + b_change[action.action],
        )
        for action in totals.actions
    )


def _lines(
    lines: tuple[LineProvince, ...], actions: tuple[ActionProvince, ...]
) -> tuple[LineProvince, ...]:
    return tuple(
        replace(
            line,
            actual_a=sum(a.actual_a for a in actions if a.line == line.line),
            actual_b=sum(a.actual_b for a in actions if a.line == line.line),
        )
        for line in lines
    )


def with_provincia(
    totals: ProvincialTotals,
    *,
    programme: Programme,
    money: Iterable[ProvinciaMoney],
    hours: Iterable[HoursEntry],
    projects: Mapping[str, Mapping[str, FundAmounts]],
) -> ProvincialTotals:
    """`totals` (the Ambiti's) with the Provincia's register: `money` its commitments in force,
    `hours` its CPI hours in force, `projects` each Ambito's own fund totals (Ambito → fund →
    amounts, from its newest snapshot). A programme without a Provincia changes nothing."""
    if programme.provincia is None:
        return totals
    rows = _by_ambito(programme, money, projects)
    cpi = _hours(hours)
    funds = _funds(totals, programme, rows)
    actions = _actions(totals, programme, funds, cpi)
    return replace(
        totals,
        funds=funds,
        actions=actions,
        lines=_lines(totals.lines, actions),
        provincia=ProvinciaFigures(programme.provincia.name, rows, cpi),
    )
