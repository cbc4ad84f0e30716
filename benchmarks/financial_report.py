"""Financial report benchmark: gathering the record, then the PDF, the XLSX and the ledger CSV.

Two sizes: a realistic Ambito (40 women, ~160 ledger rows) and the issue's stress size (50,000
cases, 200,000 ledger rows, built with `benchmarks/funds.py`'s synthetic ledger). No target is
set by the issue; the figures show where the time goes: the record is SQL sums (cheap), the
files grow with the per-woman annex and the ledger. Synthetic data only; asserts nothing.
Run with `python benchmarks/financial_report.py` (add `--small` to skip the stress size).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from antiviolenza_desktop.reports.financial_report_data import FinancialReport, financial_report
from antiviolenza_desktop.reports.financial_report_pdf import financial_report_pdf_bytes
from antiviolenza_desktop.reports.financial_report_xlsx import financial_report_xlsx_bytes
from antiviolenza_desktop.reports.ledger_csv import ledger_csv_bytes
from antiviolenza_desktop.services import ledger_import
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from funds import build_store, case_rows, synthetic_ledger

SIZES = ((40, 160), (50_000, 200_000))


def timed(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def filled_store(folder: Path, cases: int, rows: int) -> OpenStore:
    opened = build_store(folder / f"report-{cases}.avdb", case_rows(cases))
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_import.import_entries(uow, synthetic_ledger(cases, rows))
    return opened


def measure(opened: OpenStore) -> None:
    def gather(with_ledger: bool) -> FinancialReport:
        with UnitOfWork(opened.store, opened.actor) as uow:
            return financial_report(uow, today=date.today(), with_ledger=with_ledger)

    seconds, plain = timed(lambda: gather(False))
    print(f"  record without ledger:   {seconds * 1000:8.0f} ms")
    seconds, full = timed(lambda: gather(True))
    assert isinstance(plain, FinancialReport) and isinstance(full, FinancialReport)
    assert full.ledger is not None
    print(f"  record with ledger:      {seconds * 1000:8.0f} ms ({len(full.ledger)} rows)")
    seconds, pdf = timed(lambda: financial_report_pdf_bytes(plain))
    print(f"  PDF:                     {seconds * 1000:8.0f} ms ({len(plain.annex)} annex rows, "
          f"{len(pdf) // 1024} KiB)")  # type: ignore[arg-type]  # fmt: skip
    seconds, book = timed(lambda: financial_report_xlsx_bytes(full))
    print(f"  XLSX with Registro:      {seconds * 1000:8.0f} ms ({len(book) // 1024} KiB)")  # type: ignore[arg-type]
    seconds, text = timed(lambda: ledger_csv_bytes(full.ledger or ()))
    print(f"  ledger CSV:              {seconds * 1000:8.0f} ms ({len(text) // 1024} KiB)")  # type: ignore[arg-type]


def main() -> None:
    sizes = SIZES[:1] if "--small" in sys.argv else SIZES
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
