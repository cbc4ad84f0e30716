"""Financial report benchmark: gathering the record, then the PDF, the XLSX and the ledger CSV.

Two sizes: a realistic Ambito (40 women, ~160 ledger rows) and the issue's stress size (50,000
cases, 200,000 ledger rows, built with `benchmarks/funds.py`'s synthetic ledger). Targets
(issue 15) at the stress size: PDF ≤ 5 s and XLSX ≤ 5 s. Seconds depend on the machine, so
each figure is also printed as a ratio to the raw work measured in the same run (all in
processor seconds of this process, so a busy machine does not blur them; for this
single-threaded work they are the wall time of an idle machine):
- the record: the same rows read with bare sqlcipher3 (the annex's GROUP BY, the ledger rows;
  the record also sums the funds and the actions, finds the dates and writes the audit entry);
- the PDF: the annex's cells drawn with a bare ReportLab canvas (same font, one string per
  cell, a page every 30 rows): what any PDF of those cells costs, with no table around them;
- the XLSX: the annex's and the ledger's cells written with bare XlsxWriter (constant memory,
  one format per column);
- the CSV: the ledger rows written with the bare `csv` module.
The first line says whether ReportLab's optional C accelerator (`rl-accel`) is installed:
without it ReportLab measures and encodes text in pure Python, and the PDF (raw and report
alike) takes about a third longer. Synthetic data only; asserts nothing. Run with
`python benchmarks/financial_report.py` (add `--small` to skip the stress size; `make bench`
does).
"""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from operator import attrgetter
from pathlib import Path

import xlsxwriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from antiviolenza_desktop.domain.ledger.entries import LedgerEntry
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.reports.financial_report_data import FinancialReport, financial_report
from antiviolenza_desktop.reports.financial_report_pdf import financial_report_pdf_bytes
from antiviolenza_desktop.reports.financial_report_xlsx import financial_report_xlsx_bytes
from antiviolenza_desktop.reports.fonts import SANS
from antiviolenza_desktop.reports.ledger_csv import ledger_csv_bytes
from antiviolenza_desktop.services import ledger_import
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.sqlcipher_connection import connect
from funds import build_store, case_rows, synthetic_ledger

SIZES = ((40, 160), (50_000, 200_000))
TARGET_SECONDS = 5.0
ANNEX_SQL = """
SELECT r.case_code, r.fund,
  sum(CASE WHEN coalesce(t.kind, r.kind) = 'commitment'
      THEN CASE WHEN r.kind = 'reversal' THEN -r.amount ELSE r.amount END ELSE 0 END),
  sum(CASE WHEN coalesce(t.kind, r.kind) = 'disbursement'
      THEN CASE WHEN r.kind = 'reversal' THEN -r.amount ELSE r.amount END ELSE 0 END)
FROM ledger_entries AS r LEFT JOIN ledger_entries AS t ON t.seq = r.reverses_seq
GROUP BY r.case_code, r.fund ORDER BY r.case_code, r.fund
"""
LEDGER_SQL = (
    "SELECT seq, case_id, case_code, fund, kind, amount, on_date, revision, commitment_seq, "
    "payee, document_ref, note, reverses_seq, intervention FROM ledger_entries ORDER BY seq"
)
ROWS_PER_PAGE = 30


def timed(action: Callable[[], object]) -> tuple[float, object]:
    started = time.process_time()
    result = action()
    return time.process_time() - started, result


def filled_store(folder: Path, cases: int, rows: int) -> OpenStore:
    opened = build_store(folder / f"report-{cases}.avdb", case_rows(cases))
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_import.import_entries(uow, synthetic_ledger(cases, rows))
    return opened


def line(name: str, seconds: float, raw: float, detail: str, target: bool = False) -> None:
    goal = f"; target ≤ {TARGET_SECONDS:.0f} s" if target else ""
    ratio = f"{seconds / raw:5.2f} × raw ({raw:.3f} s)"
    print(f"  {name:<22}{seconds:8.3f} s = {ratio}{goal}  {detail}")


def raw_read(opened: OpenStore, with_ledger: bool) -> float:
    """The record's rows read with bare sqlcipher3: the annex's sums, and the ledger rows."""
    connection = connect(opened.store.database, bytes(opened.store._raw_key))
    try:
        started = time.process_time()
        connection.execute(ANNEX_SQL).fetchall()
        if with_ledger:
            connection.execute(LEDGER_SQL).fetchall()
        return time.process_time() - started
    finally:
        connection.close()


def raw_pdf(report: FinancialReport) -> float:
    """The annex's cells on a bare ReportLab canvas: one string per cell, no table; the
    streams compressed as the report's are (`reports.fonts` sets Flate alone)."""
    started = time.process_time()
    canvas_of_cells(report)
    return time.process_time() - started


def canvas_of_cells(report: FinancialReport) -> None:
    width, height = landscape(A4)
    canvas = Canvas(io.BytesIO(), pagesize=(width, height), invariant=1)
    for index, woman in enumerate(report.annex):
        if index % ROWS_PER_PAGE == 0:
            if index:
                canvas.showPage()
            canvas.setFont(SANS, 8.5)
        y = height - 80 - 17 * (index % ROWS_PER_PAGE)
        canvas.drawString(60, y, woman.case_code)
        canvas.drawString(190, y, woman.fund_name)
        for x, cents in ((560, woman.committed), (660, woman.disbursed), (760, woman.residual)):
            canvas.drawRightString(x, y, format_eur(cents))
    canvas.save()


def raw_xlsx(report: FinancialReport) -> float:
    """The annex's and the ledger's cells with bare XlsxWriter: no headings, totals or filters."""
    started = time.process_time()
    with tempfile.TemporaryDirectory() as scratch:
        book = xlsxwriter.Workbook(io.BytesIO(), {"constant_memory": True, "tmpdir": scratch})
        text, money = book.add_format({"text_wrap": True}), book.add_format({"num_format": "0.00"})
        day = book.add_format({"num_format": "dd/mm/yyyy"})
        sheet = book.add_worksheet("annex")
        for row, woman in enumerate(report.annex):
            sheet.write_string(row, 0, woman.case_code, text)
            sheet.write_string(row, 1, woman.fund_name, text)
            for column, cents in enumerate((woman.committed, woman.disbursed, woman.residual), 2):
                sheet.write_number(row, column, cents / 100, money)
        sheet = book.add_worksheet("ledger")
        for row, entry in enumerate(report.ledger or ()):
            sheet.write_number(row, 0, entry.seq)
            sheet.write_datetime(row, 1, entry.on, day)
            for column, value in enumerate((entry.case_code, entry.fund, entry.kind), 2):
                sheet.write_string(row, column, value, text)
            sheet.write_number(row, 5, entry.amount / 100, money)
            for column, number in ((6, entry.commitment_seq), (7, entry.reverses_seq)):
                if number is not None:
                    sheet.write_number(row, column, number)
            for column, value in ((8, entry.payee), (9, entry.document_ref), (10, entry.note)):
                if value:
                    sheet.write_string(row, column, value, text)
        book.close()
    return time.process_time() - started


def raw_csv(report: FinancialReport) -> float:
    started = time.process_time()
    cells = attrgetter(*(field.name for field in fields(LedgerEntry)))
    csv.writer(io.StringIO()).writerows(map(cells, report.ledger or ()))
    return time.process_time() - started


def measure(opened: OpenStore) -> None:
    def gather(with_ledger: bool) -> FinancialReport:
        with UnitOfWork(opened.store, opened.actor) as uow:
            return financial_report(uow, today=date.today(), with_ledger=with_ledger)

    seconds, plain = timed(lambda: gather(False))
    assert isinstance(plain, FinancialReport)
    raw = raw_read(opened, False)
    line("record without ledger", seconds, raw, f"{len(plain.annex)} annex rows")
    seconds, full = timed(lambda: gather(True))
    assert isinstance(full, FinancialReport) and full.ledger is not None
    line("record with ledger", seconds, raw_read(opened, True), f"{len(full.ledger)} ledger rows")
    seconds, pdf = timed(lambda: financial_report_pdf_bytes(plain))
    assert isinstance(pdf, bytes)
    line("PDF", seconds, raw_pdf(plain), f"{len(pdf) // 1024} KiB", target=True)
    seconds, book = timed(lambda: financial_report_xlsx_bytes(full))
    assert isinstance(book, bytes)
    line("XLSX with Registro", seconds, raw_xlsx(full), f"{len(book) // 1024} KiB", target=True)
    seconds, text = timed(lambda: ledger_csv_bytes(full.ledger or ()))
    assert isinstance(text, bytes)
    line("ledger CSV", seconds, raw_csv(full), f"{len(text) // 1024} KiB")


def main() -> None:
    sizes = SIZES[:1] if "--small" in sys.argv else SIZES
    accelerated = importlib.util.find_spec("_rl_accel") is not None
    print(f"ReportLab's C accelerator (rl-accel): {'yes' if accelerated else 'no'}")
    with tempfile.TemporaryDirectory() as folder:
        for cases, rows in sizes:
            print(f"Financial report, {cases} cases and {rows} ledger rows")
            opened = filled_store(Path(folder), cases, rows)
            try:
                measure(opened)
            finally:
                opened.store.close()


if __name__ == "__main__":
    main()
