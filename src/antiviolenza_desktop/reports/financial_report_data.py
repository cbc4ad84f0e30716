"""The financial report (rendicontazione) as one immutable record, read in one transaction.

The PDF, the XLSX workbook and the CLI all lay out this record and nothing else, so the three
always show the same figures: the services' SQL sums over the ledger and the registers.

What it holds, in the card's order:
- the heading: programme, act, who reports (an Ambito, or the capofila for the province), the
  date of extraction and the span of dates the registers cover;
- Tabella 1: per line, planned A / B / A+B (as printed on the card) against actual;
- one budget table per line (Tabella 2.1, 3.1): per action its number as printed on the card,
  planned A / B / A+B, committed A (fund actions only) and actual A / B / A+B;
- the fund summary: allocated, committed, disbursed, available for this store;
- the narrative per action, the annex per woman by case code, the Gantt and its warnings
  (`services.fund_figures.calendar`), optionally the ledger rows (XLSX «Registro»), by code.

No name, codice fiscale or address is ever read here: the annex and the ledger carry case codes.
Planned figures are the card's (the whole province); actual figures are this store's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.funds.figures import ActionFigures, FundWarning
from antiviolenza_desktop.domain.funds.schedule import Schedule
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS, LedgerEntry
from antiviolenza_desktop.domain.money import Cents, format_eur
from antiviolenza_desktop.domain.programme.model import ROLE_BASIS, Line, Programme
from antiviolenza_desktop.services import cofinancing, fund_figures, ledger, read_audit
from antiviolenza_desktop.services.financial_report import register_span
from antiviolenza_desktop.services.fund_settings import current_setups, store_ambito
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

from .network_section import NetworkSection, store_network_section
from .provincia_section import ProvinciaSection

CAPOFILA_LABEL = "Capofila – provincia"


@dataclass(frozen=True, slots=True)
class ReportHeading:
    programme_title: str
    act: str
    reporter: str
    capofila: str
    card_date: date
    extracted_on: date
    first_entry_on: date | None
    last_entry_on: date | None
    is_capofila: bool


@dataclass(frozen=True, slots=True)
class LineRow:
    """A row of Tabella 1: a line's planned totals as printed, and what was realised."""

    code: str
    name: str
    cofinancing_source: str
    planned_a: Cents
    planned_b: Cents
    planned_total: Cents
    actual_a: Cents
    actual_b: Cents

    @property
    def actual_total(self) -> Cents:
        return self.actual_a + self.actual_b


@dataclass(frozen=True, slots=True)
class ActionRow:
    """A row of a budget table. `planned_total` is A + B; `printed_total` is what the card
    prints (3.1 prints € 0,00), shown as a note where they differ. `committed_a` is None for
    actions that no fund pays."""

    code: str
    printed_code: str
    name: str
    fund: str | None
    planned_a: Cents
    planned_b: Cents
    printed_total: Cents
    committed_a: Cents | None
    actual_a: Cents
    actual_b: Cents

    @property
    def planned_total(self) -> Cents:
        return self.planned_a + self.planned_b

    @property
    def actual_total(self) -> Cents:
        return self.actual_a + self.actual_b


@dataclass(frozen=True, slots=True)
class BudgetTable:
    """Tabella 2.1 or 3.1: the actions of one line and their sums (computed from cents)."""

    number: str
    title: str
    line_code: str
    line_name: str
    rows: tuple[ActionRow, ...]
    cited_acts: tuple[str, ...] = ()
    """Acts the card cites at this table as the programme's basis where they differ from it
    (Tabella 2.1 prints «d.g.r. n. 6497 del 27/04/2017»): the report keeps the right act in the
    title and says so in a note."""
    basis: str = ""

    def notes(self) -> list[str]:
        """The notes under the table, in the PDF and the XLSX alike: every figure or citation
        where the report departs from what the card prints, and why."""
        notes = [
            f"Sulla scheda il totale dell'azione {row.printed_code} è stampato come "
            f"{format_eur(row.printed_total)}; qui è A + B = {format_eur(row.planned_total)}."
            for row in self.rows
            if row.printed_total != row.planned_total
        ]
        notes += [
            f"Sulla scheda questa tabella cita la {cited}; il programma si basa sulla {self.basis} "
            "(intestazione della scheda e altre tabelle), che il rendiconto riporta."
            for cited in self.cited_acts
        ]
        return notes

    @property
    def planned_a(self) -> Cents:
        return sum(row.planned_a for row in self.rows)

    @property
    def planned_b(self) -> Cents:
        return sum(row.planned_b for row in self.rows)

    @property
    def planned_total(self) -> Cents:
        return self.planned_a + self.planned_b

    @property
    def committed_a(self) -> Cents:
        return sum(row.committed_a or 0 for row in self.rows)

    @property
    def actual_a(self) -> Cents:
        return sum(row.actual_a for row in self.rows)

    @property
    def actual_b(self) -> Cents:
        return sum(row.actual_b for row in self.rows)

    @property
    def actual_total(self) -> Cents:
        return self.actual_a + self.actual_b


@dataclass(frozen=True, slots=True)
class FundRow:
    fund: str
    name: str
    allocated: Cents
    committed: Cents
    disbursed: Cents
    available: Cents
    cap_per_woman: Cents | None

    @property
    def to_disburse(self) -> Cents:
        """Committed and not yet paid."""
        return self.committed - self.disbursed


@dataclass(frozen=True, slots=True)
class WomanRow:
    """The annex: one woman's money on one fund, by case code only."""

    case_code: str
    fund: str
    fund_name: str
    committed: Cents
    disbursed: Cents

    @property
    def residual(self) -> Cents:
        return self.committed - self.disbursed


@dataclass(frozen=True, slots=True)
class Narrative:
    code: str
    printed_code: str
    name: str
    text: str


@dataclass(frozen=True, slots=True)
class FinancialReport:
    heading: ReportHeading
    lines: tuple[LineRow, ...]
    tables: tuple[BudgetTable, ...]
    funds: tuple[FundRow, ...]
    narratives: tuple[Narrative, ...]
    annex: tuple[WomanRow, ...]
    ledger: tuple[LedgerEntry, ...] | None = None
    provincia: ProvinciaSection | None = None
    network: NetworkSection | None = None
    schedule: Schedule | None = None
    calendar_warnings: tuple[FundWarning, ...] = ()

    @property
    def planned_a(self) -> Cents:
        return sum(line.planned_a for line in self.lines)

    @property
    def planned_b(self) -> Cents:
        return sum(line.planned_b for line in self.lines)

    @property
    def planned_total(self) -> Cents:
        return sum(line.planned_total for line in self.lines)

    @property
    def actual_a(self) -> Cents:
        return sum(line.actual_a for line in self.lines)

    @property
    def actual_b(self) -> Cents:
        return sum(line.actual_b for line in self.lines)

    @property
    def actual_total(self) -> Cents:
        return self.actual_a + self.actual_b


def financial_report(uow: UnitOfWork, *, today: date, with_ledger: bool = False) -> FinancialReport:
    """Gather the report inside the caller's unit of work (one transaction, so every figure
    comes from the same state of the store). `with_ledger` adds the ledger rows for the
    workbook's «Registro» sheet. No permission is needed beyond an open store; the annex and
    the ledger name women by code, so the export is audited (with those codes) in the caller's
    unit of work, which commits before any file is written."""
    programme = load_default_programme()
    figures = {row.action.code: row for row in fund_figures.actions(uow)}
    tables = tuple(
        _budget_table(programme, line, index, figures) for index, line in enumerate(programme.lines)
    )
    written = cofinancing.narratives(uow)
    entries = tuple(ledger.all_entries(uow)) if with_ledger else None
    plan = fund_figures.calendar(uow, today=today, figures=tuple(figures.values()))
    annex = tuple(
        WomanRow(w.case_code, w.fund, FUND_LABELS.get(w.fund, w.fund), w.committed, w.disbursed)
        for w in fund_figures.per_woman(uow)
    )
    read_audit.record_export(
        uow,
        kind="rendiconto",
        case_codes=[row.case_code for row in annex] + [entry.case_code for entry in entries or ()],
    )
    return FinancialReport(
        heading=_heading(uow, programme, today),
        lines=tuple(
            _line_row(line, table) for line, table in zip(programme.lines, tables, strict=True)
        ),
        tables=tables,
        funds=_fund_rows(uow),
        narratives=tuple(
            Narrative(a.code, a.printed_code, a.name, written.get(a.code, ""))
            for a in programme.actions
        ),
        annex=annex,
        ledger=entries,
        network=store_network_section(uow, programme),
        schedule=plan.schedule,
        calendar_warnings=tuple(plan.warnings),
    )


def _heading(uow: UnitOfWork, programme: Programme, today: date) -> ReportHeading:
    ambito = store_ambito(uow)
    if ambito is None:
        reporter = CAPOFILA_LABEL
    else:
        known = {a.code: a for a in programme.ambiti}
        found = known.get(ambito)
        reporter = f"Ambito {found.name} ({found.capofila})" if found else f"Ambito {ambito}"
    first, last = register_span(uow)
    return ReportHeading(
        programme_title=programme.title,
        act=f"Regione Lombardia – {programme.basis.label()}",
        reporter=reporter,
        capofila=programme.capofila,
        card_date=programme.card_date,
        extracted_on=today,
        first_entry_on=first,
        last_entry_on=last,
        is_capofila=ambito is None,
    )


def _budget_table(
    programme: Programme, line: Line, index: int, figures: dict[str, ActionFigures]
) -> BudgetTable:
    rows = tuple(
        ActionRow(
            code=action.code,
            printed_code=action.printed_code,
            name=action.name,
            fund=figures[action.code].fund,
            planned_a=action.amount_a,
            planned_b=action.amount_b,
            printed_total=action.printed_total,
            committed_a=figures[action.code].committed_a if figures[action.code].fund else None,
            actual_a=figures[action.code].actual_a,
            actual_b=figures[action.code].actual_b,
        )
        for action in line.actions
    )
    return budget_table(programme, line, index, rows)


def budget_table(
    programme: Programme, line: Line, index: int, rows: tuple[ActionRow, ...]
) -> BudgetTable:
    """Tabella 2.1 or 3.1 of `line` (the `index`-th) with its title and notes, for the Ambito's
    report and the provincial one alike."""
    letter = chr(ord("A") + index)
    title = (
        f"Budget interventi {letter}) - Azione n. {line.regional_action} ex "
        f"{programme.basis.label()}"
    )
    number = f"{index + 2}.1"
    return BudgetTable(
        number,
        title,
        line.code,
        line.name,
        rows,
        cited_acts=other_bases_cited(programme, number),
        basis=programme.basis.label(),
    )


def other_bases_cited(programme: Programme, table_number: str) -> tuple[str, ...]:
    """The citations the card prints at `Tabella <number>` as the basis that are not the
    programme's basis (a mistyped number or date, kept as printed in the programme file)."""
    basis = programme.basis
    return tuple(
        reference.label()
        for reference in programme.legal_references
        if reference.role == ROLE_BASIS
        and reference.where.startswith(f"Tabella {table_number} ")
        and (reference.kind, reference.number, reference.day)
        != (basis.kind, basis.number, basis.day)
    )


def _line_row(line: Line, table: BudgetTable) -> LineRow:
    return LineRow(
        code=line.code,
        name=line.name,
        cofinancing_source=line.cofinancing_source,
        planned_a=line.total_a,
        planned_b=line.total_b,
        planned_total=line.total,
        actual_a=table.actual_a,
        actual_b=table.actual_b,
    )


def _fund_rows(uow: UnitOfWork) -> tuple[FundRow, ...]:
    caps = {setup.fund: setup.cap_per_woman for setup in current_setups(uow)}
    return tuple(
        FundRow(
            total.fund,
            FUND_LABELS[total.fund],
            total.allocated,
            total.committed,
            total.disbursed,
            total.available,
            caps.get(total.fund),
        )
        for total in ledger.totals(uow)
    )
