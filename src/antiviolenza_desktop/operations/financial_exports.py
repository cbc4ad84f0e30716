"""Saving the Ambito's financial report (PDF, XLSX) and the fund ledger (CSV): the one path
the CLI (`antiviolenza fondi rendiconto|registro`) and the GUI (Fondi › Relazione) share.

Order, the same for both: the targets are checked before any work (at least one, none
existing); the figures are read and the read is audited (`lettura.esportazione`, with the case
codes the file carries) in one unit of work that commits before any file is written, so a
failed audit write leaves no file; then each file is written privately and atomically. When the
second of two targets fails, the first one this call wrote is removed, so a refusal never
leaves half an export behind. The target and half-export rules are `operations.export_writing`,
shared with the provincial report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.ledger.entries import LedgerEntry
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.report_errors import LedgerEmpty, NothingToReport
from antiviolenza_desktop.operations.export_writing import checked_targets, write_report_files
from antiviolenza_desktop.reports.export_files import check_export_targets
from antiviolenza_desktop.reports.financial_report_data import FinancialReport, financial_report
from antiviolenza_desktop.reports.ledger_csv import write_ledger_csv
from antiviolenza_desktop.services import ledger, read_audit
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.financial_report import has_something_to_report
from antiviolenza_desktop.services.reading_unit import read_in_unit
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

LEDGER_EXPORT_KIND = "registro_fondi"


@dataclass(frozen=True)
class SavedReport:
    """What was written, and the report's actual totals of lines A and B (for the message)."""

    paths: tuple[Path, ...]
    actual_a: Cents
    actual_b: Cents


def save_financial_report(
    opened: OpenStore, *, today: date, pdf: Path | None = None, xlsx: Path | None = None
) -> SavedReport:
    """The report as of `today` in PDF and/or XLSX (the workbook adds the ledger sheet).
    Permission: FUNDS_READ. Errors: ReportTargetMissing, NothingToReport,
    ExportFileExists, ExportFolderMissing, ExportSameFile, ExportFileInUse, DiskFull."""
    targets = checked_targets(pdf, xlsx)

    def read(uow: UnitOfWork) -> FinancialReport:
        require(uow, Permission.FUNDS_READ)
        if not has_something_to_report(uow):
            raise NothingToReport
        return financial_report(uow, today=today, with_ledger=xlsx is not None)

    report = read_in_unit(opened, read)
    write_report_files(report, pdf, xlsx)
    return SavedReport(tuple(targets), report.actual_a, report.actual_b)


def save_ledger_csv(opened: OpenStore, *, path: Path) -> int:
    """Every ledger entry in the Italian-spreadsheet CSV; returns how many. Permission:
    FUNDS_READ. Errors: LedgerEmpty, ExportFileExists, ExportFolderMissing,
    ExportFileInUse, DiskFull."""
    check_export_targets([path])

    def read(uow: UnitOfWork) -> list[LedgerEntry]:
        require(uow, Permission.FUNDS_READ)
        entries = ledger.all_entries(uow)
        if not entries:
            raise LedgerEmpty
        codes = [entry.case_code for entry in entries]
        read_audit.record_export(uow, kind=LEDGER_EXPORT_KIND, case_codes=codes)
        return entries

    entries = read_in_unit(opened, read)
    write_ledger_csv(path, entries)
    return len(entries)
