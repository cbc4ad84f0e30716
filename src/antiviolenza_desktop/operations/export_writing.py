"""The rules every report export with a PDF and/or an XLSX target follows, for the financial
report (`operations.financial_exports`) and the provincial one (`operations.exchange_province`).

At least one target must be named, and every target is checked before any work, so a refusal
costs nothing and leaves nothing. The files are then written one by one; when a later one
fails, the ones this call already wrote are removed, so a refusal never leaves half an export.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.reports.export_files import check_export_targets
from antiviolenza_desktop.reports.financial_report_data import FinancialReport
from antiviolenza_desktop.reports.financial_report_pdf import write_financial_report_pdf
from antiviolenza_desktop.reports.financial_report_xlsx import write_financial_report_xlsx


class ReportTargetMissing(AppError):
    """Neither a PDF nor an XLSX file was named: there is nothing to write the report to."""

    code = "rendiconto_senza_file"
    template = "Indica dove salvare il rendiconto: --pdf FILE e/o --xlsx FILE."


def checked_targets(pdf: Path | None, xlsx: Path | None) -> list[Path]:
    """The named targets, PDF first. Errors: ReportTargetMissing, ExportFileExists,
    ExportFolderMissing, ExportFileInUse, ExportSameFile."""
    targets = [path for path in (pdf, xlsx) if path is not None]
    if not targets:
        raise ReportTargetMissing
    check_export_targets(targets)
    return targets


def write_all_or_none(writes: Sequence[tuple[Path, Callable[[], None]]]) -> list[Path]:
    """Run each (target, write) in order; returns the targets. If one raises, the files the
    earlier ones wrote are removed before the error goes on (each write is atomic, so the
    failing one leaves nothing of its own)."""
    written: list[Path] = []
    try:
        for target, write in writes:
            write()
            written.append(target)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


def write_report_files(report: FinancialReport, pdf: Path | None, xlsx: Path | None) -> list[Path]:
    """The report as PDF and/or XLSX at the (checked) targets, all or none."""
    writes: list[tuple[Path, Callable[[], None]]] = []
    if pdf is not None:
        writes.append((pdf, lambda: write_financial_report_pdf(pdf, report)))
    if xlsx is not None:
        writes.append((xlsx, lambda: write_financial_report_xlsx(xlsx, report)))
    return write_all_or_none(writes)
