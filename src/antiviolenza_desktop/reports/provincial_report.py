"""The provincial financial report: the card's A / B / A+B tables for the whole province.

The capofila's report is the same document as an Ambito's (`financial_report_pdf`,
`financial_report_xlsx`), filled from a different source: the provincial totals, a pure function
of the newest snapshot each Ambito sent (`domain.province`), instead of this store's ledger. So
the layout, the rounding and the card's printed-total notes stay the same for both, and the
figures are exactly those of the provincial view and of `antiviolenza province totals`.

What changes with the source:
- «Realizzato» per line and action is the sum of the Ambiti's own totals (A paid, B valued);
  «Impegnato» of a fund action is the province's net commitments on that fund;
- the funds are the provincial allocations;
- the heading names the snapshot of each Ambito it was built from (or that one is missing),
  and «Registrazioni» spans the oldest and newest snapshot dates;
- the annex lists each woman once, by a short pseudonym prefix and the Ambiti that follow her
  (never a name or a case code, which stay in the Ambito), her money summed over them; women
  without consent to sharing reach the capofila only as aggregates, so they are in the fund
  totals but not in the annex (not one per woman);
- the narratives are the ones written in the capofila's store;
- a fund the Provincia manages (the active fund) is the Provincia's register kept at the
  capofila, in the funds, in its action's A and in the annex; the Ambiti's projects on it are
  printed beside, in the Provincia's section, with the CPI hours (docs/provincia.md);
- the Gantt's states come from the provincial money (bundles carry totals, not dated register
  rows), so «started» means money recorded; the one dated register at the capofila, the
  Provincia's CPI hours (line 1's B), is warned when outside its action's months as an
  Ambito's hours are; the co-financing beyond the card is warned as for an Ambito.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from antiviolenza_desktop.domain.exchange.province import ActionProvince, ProvincialTotals
from antiviolenza_desktop.domain.funds.figures import ActionFigures
from antiviolenza_desktop.domain.funds.schedule import (
    DatedRow,
    programme_schedule,
    schedule_warnings,
)
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.domain.payload.snapshot import Snapshot
from antiviolenza_desktop.domain.programme.model import MANAGED_BY_PROVINCIA, Line, Programme
from antiviolenza_desktop.services import cofinancing, provincia_reading
from antiviolenza_desktop.services.exchange_province import kept_snapshots, province_totals
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

from .financial_report_data import (
    CAPOFILA_LABEL,
    ActionRow,
    BudgetTable,
    FinancialReport,
    FundRow,
    LineRow,
    Narrative,
    ReportHeading,
    WomanRow,
    budget_table,
)
from .network_section import network_section
from .provincia_section import provincia_section

PSEUDONYM_SHOWN = 8
"""Hex digits of a pseudonym shown in the annex: enough to tell records apart, nothing more."""


def provincial_report(uow: UnitOfWork, *, today: date, as_of: datetime) -> FinancialReport:
    """Gather the provincial report in the caller's unit of work (one transaction: the totals
    and the annex come from the same kept snapshots). Errors: NotCapofilaStore."""
    totals = province_totals(uow, as_of=as_of)
    return provincial_report_from(
        totals,
        kept_snapshots(uow),
        programme=load_default_programme(),
        narratives=cofinancing.narratives(uow),
        today=today,
        provincia_women=_provincia_women(uow),
        provincia_hours=provincia_reading.dated_cpi_hours(uow),
    )


def _provincia_women(uow: UnitOfWork) -> tuple[ProvinciaMoneyOfWoman, ...]:
    """The Provincia's commitments in force, by woman, for the annex."""
    return tuple(
        ProvinciaMoneyOfWoman(
            line.entry.ambito, line.entry.pseudonym, line.entry.fund, line.entry.amount, line.paid
        )
        for line in provincia_reading.commitments(uow)
        if line.in_force
    )


def provincial_report_from(
    totals: ProvincialTotals,
    snapshots: Mapping[str, Snapshot],
    *,
    programme: Programme,
    narratives: Mapping[str, str],
    today: date,
    provincia_women: Iterable[ProvinciaMoneyOfWoman] = (),
    provincia_hours: Sequence[DatedRow] = (),
) -> FinancialReport:
    """The report record from the provincial totals and the snapshots behind them (pure).
    `provincia_women`: the Provincia's commitments in force, whose annex rows replace the
    Ambiti's on the funds the Provincia manages; `provincia_hours`: its CPI hours in force,
    the calendar's only dated rows at the capofila."""
    committed = {fund.fund: fund.committed for fund in totals.funds}
    actual = {a.action: a for a in totals.actions}
    tables = tuple(
        _budget_table(programme, line, index, actual, committed)
        for index, line in enumerate(programme.lines)
    )
    figures = _action_figures(programme, tables)
    return FinancialReport(
        heading=_heading(programme, totals, snapshots, today),
        lines=_line_rows(programme, totals),
        tables=tables,
        funds=_fund_rows(programme, totals),
        narratives=tuple(
            Narrative(a.code, a.printed_code, a.name, narratives.get(a.code, ""))
            for a in programme.actions
        ),
        annex=_annex(programme, snapshots, tuple(provincia_women)),
        provincia=provincia_section(totals.provincia, programme) if totals.provincia else None,
        network=network_section(
            (snapshot.network for snapshot in snapshots.values()),
            (month for snapshot in snapshots.values() for month in snapshot.training),
            programme,
        ),
        schedule=programme_schedule(programme, figures, provincia_hours, today),
        calendar_warnings=tuple(schedule_warnings(programme, figures, provincia_hours)),
    )


def _action_figures(
    programme: Programme, tables: Sequence[BudgetTable]
) -> tuple[ActionFigures, ...]:
    """Each action's money as the budget tables print it, for the Gantt and its warnings."""
    return tuple(
        ActionFigures(
            programme.action(row.code), row.fund, row.committed_a or 0, row.actual_a, row.actual_b
        )
        for table in tables
        for row in table.rows
    )


def _line_rows(programme: Programme, totals: ProvincialTotals) -> tuple[LineRow, ...]:
    """Each programme line: what the programme planned, what the Ambiti spent."""
    by_line = {line.line: line for line in totals.lines}
    return tuple(
        LineRow(
            code=line.code,
            name=line.name,
            cofinancing_source=line.cofinancing_source,
            planned_a=line.total_a,
            planned_b=line.total_b,
            planned_total=line.total,
            actual_a=by_line[line.code].actual_a,
            actual_b=by_line[line.code].actual_b,
        )
        for line in programme.lines
    )


def _fund_rows(programme: Programme, totals: ProvincialTotals) -> tuple[FundRow, ...]:
    """Each fund's allocation, commitments and payments, with the programme's cap per woman."""
    return tuple(
        FundRow(
            f.fund,
            f"{f.name} (gestito dalla Provincia)"
            if f.managed_by == MANAGED_BY_PROVINCIA
            else f.name,
            f.allocation,
            f.committed,
            f.disbursed,
            f.available,
            programme.fund(f.fund).cap_per_woman,
        )
        for f in totals.funds
    )


def snapshots_label(programme: Programme, totals: ProvincialTotals) -> str:
    """«Cremonese n. 3, Cremasco n. 2, Casalasco nessun pacchetto»: what the figures are of."""
    parts = [
        f"{a.name} n. {a.sequence}" if a.sequence is not None else f"{a.name} nessun pacchetto"
        for a in totals.ambiti
    ]
    return ", ".join(parts)


def _heading(
    programme: Programme,
    totals: ProvincialTotals,
    snapshots: Mapping[str, Snapshot],
    today: date,
) -> ReportHeading:
    days = sorted(s.created_at.date() for s in snapshots.values())
    return ReportHeading(
        programme_title=programme.title,
        act=f"Regione Lombardia – {programme.basis.label()}",
        reporter=f"{CAPOFILA_LABEL} · pacchetti {snapshots_label(programme, totals)}",
        capofila=programme.capofila,
        card_date=programme.card_date,
        extracted_on=today,
        first_entry_on=days[0] if days else None,
        last_entry_on=days[-1] if days else None,
        is_capofila=True,
    )


def _budget_table(
    programme: Programme,
    line: Line,
    index: int,
    actual: Mapping[str, ActionProvince],
    committed: Mapping[str, int],
) -> BudgetTable:
    rows = []
    for action in line.actions:
        figures = actual[action.code]
        rows.append(
            ActionRow(
                code=action.code,
                printed_code=action.printed_code,
                name=action.name,
                fund=action.funds[0] if action.funds else None,
                planned_a=action.amount_a,
                planned_b=action.amount_b,
                printed_total=action.printed_total,
                committed_a=sum(committed.get(f, 0) for f in action.funds)
                if action.funds
                else None,
                actual_a=figures.actual_a,
                actual_b=figures.actual_b,
            )
        )
    return budget_table(programme, line, index, tuple(rows))


@dataclass(frozen=True, slots=True)
class ProvinciaMoneyOfWoman:
    """One commitment of the Provincia in force, for the annex (pseudonym None: a woman the
    capofila knows only in the aggregates of her Ambito)."""

    ambito: str
    pseudonym: str | None
    fund: str
    committed: int
    disbursed: int


def _annex(
    programme: Programme,
    snapshots: Mapping[str, Snapshot],
    provincia: tuple[ProvinciaMoneyOfWoman, ...],
) -> tuple[WomanRow, ...]:
    """One row per woman and fund, her records in every Ambito summed (the combined caps are
    about this sum), labelled by a short pseudonym prefix and the Ambiti that follow her. On a
    fund the Provincia manages the rows are the Provincia's register (the Ambiti's projects
    hold the same money: not counted twice)."""
    names = {a.code: a.name for a in programme.ambiti}
    theirs = {f.code for f in programme.funds_managed_by(MANAGED_BY_PROVINCIA)}
    money: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    where: dict[str, set[str]] = defaultdict(set)
    for code, snapshot in snapshots.items():
        for record in snapshot.cases:
            for fund, amounts in record.funds:
                if fund not in theirs and (amounts.committed or amounts.disbursed):
                    money[record.pseudonym, fund][0] += amounts.committed
                    money[record.pseudonym, fund][1] += amounts.disbursed
                    where[record.pseudonym].add(names.get(code, code))
    for row in provincia:
        woman = row.pseudonym or f"~{row.ambito}"
        money[woman, row.fund][0] += row.committed
        money[woman, row.fund][1] += row.disbursed
        where[woman].add(names.get(row.ambito, row.ambito))
    return tuple(
        WomanRow(
            _woman_label(pseudonym, where[pseudonym]),
            fund,
            FUND_LABELS.get(fund, fund),
            committed,
            disbursed,
        )
        for (pseudonym, fund), (committed, disbursed) in sorted(money.items())
    )


def _woman_label(pseudonym: str, ambiti: set[str]) -> str:
    """`1a2b3c4d… (Cremonese)`; a Provincia commitment without pseudonym: the Ambito's women
    not shared (`~cremonese`)."""
    places = ", ".join(sorted(ambiti))
    if pseudonym.startswith("~"):
        return f"donne non condivise ({places})"
    return f"{pseudonym[:PSEUDONYM_SHOWN]}… ({places})"
