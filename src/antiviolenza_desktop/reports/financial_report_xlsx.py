"""The financial report as an XLSX workbook (XlsxWriter), for whoever reworks the figures.

One sheet per table of the PDF («Tabella 1», «Tabella 2.1», «Tabella 3.1», «Fondi», «Rete»,
«Relazione», «Cronoprogramma», «Impegni per donna») plus «Registro», the ledger rows, when the
report carries them.

Money: every amount is an integer of cents until the cell is written as `cents / 100`; Python's
true division of integers is correctly rounded, so the cell holds the double nearest to the exact
euro amount, the same number Excel would store for the typed amount. Totals rows are SUM
formulas (the sheet stays live if someone edits a row) whose cached result is the sum computed
in cents, so a reader that does not recalculate sees the exact total too. Text is always written
as a string (never through `write()`), so a payee or a note that starts with `=` can never turn
into a formula. Case codes only: no name ever reaches this file.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from antiviolenza_desktop.domain.funds.cofinancing import month_label
from antiviolenza_desktop.domain.funds.schedule import STATE_LABELS
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS, LedgerEntry
from antiviolenza_desktop.domain.money import Cents

from .export_files import write_export
from .financial_report_data import BudgetTable, FinancialReport
from .financial_report_gantt import TITLE as GANTT_TITLE
from .financial_report_gantt import schedule_note
from .ledger_columns import KIND_LABELS, LEDGER_COLUMNS
from .network_section import NetworkSection, growth_sentence, training_sentence
from .network_section_pdf import TITLE
from .provincia_section import ProvinciaSection
from .report_labels import report_label
from .xlsx_sheets import TOP, Styles, euros, headings, money_row, new_sheet, total_row

__all__ = ["financial_report_xlsx_bytes", "write_financial_report_xlsx"]

_PLANNED = "Previsto dalla scheda"
_ACTUAL = "Realizzato"


def write_financial_report_xlsx(path: Path, report: FinancialReport) -> None:
    """Write the workbook privately (0o600) and atomically. Errors: ExportFileExists,
    ExportFolderMissing. The rows pass through a hidden scratch folder beside `path` (see
    `_write_book`), removed whatever happens: nothing lands outside the folder chosen."""

    def build(stream: BinaryIO) -> None:
        with tempfile.TemporaryDirectory(prefix=".rendiconto-", dir=path.parent) as scratch:
            _write_book(stream, report, scratch)

    write_export(path, build)


def financial_report_xlsx_bytes(report: FinancialReport) -> bytes:
    buffer = BytesIO()
    with tempfile.TemporaryDirectory(prefix="rendiconto-") as scratch:
        _write_book(buffer, report, scratch)
    return buffer.getvalue()


def _write_book(target: BinaryIO, report: FinancialReport, scratch: str) -> None:
    """XlsxWriter in constant-memory mode: each row goes to a file in `scratch` as soon as the
    next one starts (every sheet is written top to bottom), so a 200,000-row «Registro» never
    sits in memory as cell objects, and strings are written in place rather than gathered
    into one shared table at the end. When a sheet fails half-way its row file is closed all
    the same, so the scratch folder can be removed (Windows cannot delete an open file, and
    the rows hold payees and notes)."""
    book = xlsxwriter.Workbook(target, {"constant_memory": True, "tmpdir": scratch})
    try:
        _fill_book(book, report)
        book.close()
    finally:
        for sheet in book.worksheets():
            sheet._opt_close()  # XlsxWriter's own close of a sheet's row file; idempotent


def _fill_book(book: Workbook, report: FinancialReport) -> None:
    book.set_properties({"title": "Rendiconto finanziario", "author": "antiviolenza-desktop"})
    book.set_calc_mode("auto")
    styles = Styles(book)
    subtitle = f"{report.heading.reporter} · estratto il {report.heading.extracted_on:%d/%m/%Y}"
    _lines_sheet(book, styles, report, subtitle)
    for table in report.tables:
        _budget_sheet(book, styles, table, subtitle)
    _funds_sheet(book, styles, report, subtitle)
    if report.provincia is not None:
        _provincia_sheet(book, styles, report.provincia, subtitle)
    if report.network is not None:
        _network_sheet(book, styles, report.network, subtitle)
    _narratives_sheet(book, styles, report, subtitle)
    _gantt_sheet(book, styles, report, subtitle)
    _annex_sheet(book, styles, report, subtitle)
    if report.ledger is not None:
        _ledger_sheet(book, styles, report.ledger, subtitle)


def _lines_sheet(book: Workbook, styles: Styles, report: FinancialReport, subtitle: str) -> None:
    sheet = new_sheet(
        book, styles, "Tabella 1", "Tabella 1 - Risorse complessive", subtitle, [34, 48] + [15] * 6
    )
    titles = ["Linea d'azione", "Fonte del cofinanziamento"] + _amount_titles() * 2
    first = headings(sheet, styles, titles, 2, [(_PLANNED, 2, 4), (_ACTUAL, 5, 7)])
    row = first
    for line in report.lines:
        sheet.write_string(row, 0, f"Linea {line.code} – {line.name}", styles.text)
        sheet.write_string(row, 1, line.cofinancing_source, styles.text)
        amounts = [line.planned_a, line.planned_b, line.planned_total]
        money_row(
            sheet, styles, row, 2, [*amounts, line.actual_a, line.actual_b, line.actual_total]
        )
        row += 1
    totals = [report.planned_a, report.planned_b, report.planned_total]
    totals += [report.actual_a, report.actual_b, report.actual_total]
    total_row(sheet, styles, row, "Totale", first, 2, totals, 2)


def _amount_titles() -> list[str]:
    return ["Regione (A)", "Cofinanziamento (B)", "Totale (A+B)"]


def _budget_sheet(book: Workbook, styles: Styles, table: BudgetTable, subtitle: str) -> None:
    title = f"Tabella {table.number} - {table.title}"
    widths = [8, 60] + [15] * 7
    sheet = new_sheet(book, styles, f"Tabella {table.number}", title, subtitle, widths)
    titles = ["Azione", "Descrizione", *_amount_titles(), "Regione (A)", *_amount_titles()]
    groups = [(_PLANNED, 2, 4), ("Impegnato", 5, 5), (_ACTUAL, 6, 8)]
    first = headings(sheet, styles, titles, 2, groups)
    row = first
    for action in table.rows:
        sheet.write_string(row, 0, action.printed_code, styles.text)
        sheet.write_string(row, 1, action.name, styles.text)
        amounts: list[Cents | None] = [action.planned_a, action.planned_b, action.planned_total]
        amounts += [action.committed_a, action.actual_a, action.actual_b, action.actual_total]
        money_row(sheet, styles, row, 2, amounts)
        row += 1
    totals = [table.planned_a, table.planned_b, table.planned_total, table.committed_a]
    totals += [table.actual_a, table.actual_b, table.actual_total]
    total_row(sheet, styles, row, "Totale", first, 2, totals, 2)
    for offset, note in enumerate(table.notes(), start=2):
        sheet.write_string(row + offset, 0, note, styles.muted)


def _funds_sheet(book: Workbook, styles: Styles, report: FinancialReport, subtitle: str) -> None:
    title = "Fondi della provincia" if report.heading.is_capofila else "Fondi dell'Ambito"
    sheet = new_sheet(book, styles, "Fondi", title, subtitle, [30] + [16] * 6)
    titles = [
        "Fondo",
        "Massimale per donna",
        "Stanziamento",
        "Impegnato",
        "Erogato",
        "Impegnato da erogare",
        "Disponibile",
    ]
    row = headings(sheet, styles, titles, 1)
    for fund in report.funds:
        sheet.write_string(row, 0, fund.name, styles.text)
        amounts = [fund.cap_per_woman, fund.allocated, fund.committed, fund.disbursed]
        money_row(sheet, styles, row, 1, [*amounts, fund.to_disburse, fund.available])
        if fund.cap_per_woman is None:
            sheet.write_string(row, 1, "da definire", styles.text)
        row += 1


def _provincia_sheet(
    book: Workbook, styles: Styles, section: ProvinciaSection, subtitle: str
) -> None:
    """The Provincia's fund per Ambito, then the CPI hours (their value is line 1's B)."""
    sheet = new_sheet(book, styles, "Provincia", section.name, subtitle, [24, 30, 18, 18, 18])
    titles = ["Ambito", "Fondo", "Impegnato dalla Provincia", "Pagato dalla Provincia"]
    row = headings(sheet, styles, [*titles, "Nei progetti dell'Ambito"], 2)
    for fund in section.funds:
        sheet.write_string(row, 0, fund.ambito, styles.text)
        sheet.write_string(row, 1, fund.fund_name, styles.text)
        amounts = [fund.committed, fund.disbursed, fund.projects_committed]
        money_row(sheet, styles, row, 2, amounts)
        row += 1
    row += 1
    for column, title in enumerate(["Mese", "Sede CPI", "Azione", "Ore", "Valore (B)"]):
        sheet.write_string(row, column, title, styles.head_right if column == 4 else styles.head)
    row += 1
    for hours in section.hours:
        for column, text in enumerate([hours.month, hours.office, hours.action, hours.hours]):
            sheet.write_string(row, column, text, styles.text)
        money_row(sheet, styles, row, 4, [hours.value])
        row += 1


def _network_sheet(book: Workbook, styles: Styles, section: NetworkSection, subtitle: str) -> None:
    """Every kind of body: members at the card's month and now, training participants; the
    totals as SUM formulas, the growth and the training in words under the table."""
    sheet = new_sheet(book, styles, "Rete", TITLE, subtitle, [42, 20, 20, 24])
    baseline = f"Organizzazioni a fine {month_label(section.growth.baseline_month)}"
    titles = ["Tipo di ente", baseline, "Organizzazioni oggi", "Partecipanti alla formazione"]
    first = row = headings(sheet, styles, titles, 1)
    for kind in section.rows:
        sheet.write_string(row, 0, kind.label, styles.text)
        for column, count in enumerate((kind.at_baseline, kind.now, kind.trained), start=1):
            sheet.write_number(row, column, count, styles.number)
        row += 1
    sheet.write_string(row, 0, "Totale", styles.total_text)
    totals = (section.growth.baseline, section.growth.total, section.trained)
    for column, count in enumerate(totals, start=1):
        top, bottom = xl_rowcol_to_cell(first, column), xl_rowcol_to_cell(row - 1, column)
        sheet.write_formula(row, column, f"=SUM({top}:{bottom})", styles.total_text, count)
    sheet.write_string(row + 2, 0, growth_sentence(section), styles.muted)
    sheet.write_string(row + 3, 0, training_sentence(section), styles.muted)


def _narratives_sheet(
    book: Workbook, styles: Styles, report: FinancialReport, subtitle: str
) -> None:
    sheet = new_sheet(book, styles, "Relazione", "Relazione per azione", subtitle, [8, 50, 100])
    row = headings(sheet, styles, ["Azione", "Descrizione", "Relazione"], 3)
    for item in report.narratives:
        sheet.write_string(row, 0, item.printed_code, styles.text)
        sheet.write_string(row, 1, item.name, styles.text)
        sheet.write_string(row, 2, item.text or "Relazione non ancora scritta.", styles.text)
        row += 1


def _gantt_sheet(book: Workbook, styles: Styles, report: FinancialReport, subtitle: str) -> None:
    """The card's months as columns (number and calendar month), «X» and a fill where the card
    shades them, the state on the day of extraction; then the note and the warnings."""
    schedule = report.schedule
    columns = schedule.columns if schedule else 0
    sheet = new_sheet(
        book, styles, "Cronoprogramma", GANTT_TITLE, subtitle, [8, 50, *[9] * columns, 14]
    )
    row = TOP
    if schedule is not None:
        months = [f"{m} · {schedule.calendar.label(m)}" for m in range(1, columns + 1)]
        row = headings(sheet, styles, ["Azione", "Descrizione", *months, "Stato"], columns + 3)
        for item in schedule.rows:
            sheet.write_string(row, 0, item.action.printed_code, styles.text)
            sheet.write_string(row, 1, item.action.name, styles.text)
            for month in item.action.months:
                if 1 <= month <= columns:
                    sheet.write_string(row, month + 1, "X", styles.shaded)
            sheet.write_string(row, columns + 2, STATE_LABELS[item.state], styles.text)
            row += 1
    notes = [schedule_note(schedule), *(warning.text for warning in report.calendar_warnings)]
    for text in notes:
        sheet.write_string(row + 1, 0, text, styles.muted)
        row += 1


def _annex_sheet(book: Workbook, styles: Styles, report: FinancialReport, subtitle: str) -> None:
    title = "Allegato - Impegni ed erogazioni per donna (solo codice caso)"
    sheet = new_sheet(book, styles, "Impegni per donna", title, subtitle, [18, 30, 16, 16, 16])
    titles = ["Codice caso", "Fondo", "Impegnato", "Erogato", "Residuo da erogare"]
    first = headings(sheet, styles, titles, 2)
    row = first
    for woman in report.annex:
        sheet.write_string(row, 0, woman.case_code, styles.text)
        sheet.write_string(row, 1, woman.fund_name, styles.text)
        money_row(sheet, styles, row, 2, [woman.committed, woman.disbursed, woman.residual])
        row += 1
    if report.annex:
        sheet.autofilter(first - 1, 0, row - 1, len(titles) - 1)
    totals = [sum(w.committed for w in report.annex), sum(w.disbursed for w in report.annex)]
    totals.append(totals[0] - totals[1])
    women = len({w.case_code for w in report.annex})
    total_row(sheet, styles, row, report_label("totale_donne", women), first, 2, totals, 2)


def _ledger_sheet(
    book: Workbook, styles: Styles, entries: Sequence[LedgerEntry], subtitle: str
) -> None:
    widths = [9, 11, 16, 26, 11, 14, 11, 14, 28, 22, 40]
    sheet = new_sheet(book, styles, "Registro", "Registro dei fondi", subtitle, widths)
    first = headings(sheet, styles, list(LEDGER_COLUMNS), 5)
    row = first
    for entry in entries:
        _ledger_row(sheet, styles, row, entry)
        row += 1
    sheet.autofilter(first - 1, 0, max(row - 1, first - 1), len(LEDGER_COLUMNS) - 1)


def _ledger_row(sheet: Worksheet, styles: Styles, row: int, entry: LedgerEntry) -> None:
    """One ledger row. An empty note, payee, document or reference writes no cell at all: most
    are empty, and the workbook's cost is its cells (200,000 rows × 11 columns)."""
    sheet.write_number(row, 0, entry.seq, styles.number)
    sheet.write_datetime(row, 1, entry.on, styles.day)
    labels = (entry.case_code, FUND_LABELS.get(entry.fund, entry.fund), KIND_LABELS[entry.kind])
    for column, label in enumerate(labels, start=2):
        sheet.write_string(row, column, label, styles.text)
    sheet.write_number(row, 5, euros(entry.amount), styles.money)
    for column, reference in ((6, entry.commitment_seq), (7, entry.reverses_seq)):
        if reference is not None:
            sheet.write_number(row, column, reference, styles.number)
    for column, text in ((8, entry.payee), (9, entry.document_ref), (10, entry.note)):
        if text:
            sheet.write_string(row, column, text, styles.text)
