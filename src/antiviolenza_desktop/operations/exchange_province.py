"""The capofila's provincial figures and report files, for every front end.

The totals are a pure function of the newest accepted snapshot of each Ambito
(`services.exchange_province`); the provincial report (PDF and/or XLSX) is written from the
same figures (`reports.provincial_report`), each file private and atomic, the targets checked
before anything is read and no half export left (`operations.export_writing`, shared with the
financial report).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.exchange.province import ProvincialTotals
from antiviolenza_desktop.operations.export_writing import checked_targets, write_report_files
from antiviolenza_desktop.reports.provincial_report import provincial_report
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exchange_province import province_totals
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def read_province(opened: OpenStore, as_of: datetime) -> ProvincialTotals:
    """The provincial totals at `as_of` (freshness of each Ambito measured from it)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.NETWORK_READ)
        return province_totals(uow, as_of=as_of)


def write_provincial_report(
    opened: OpenStore, pdf: Path | None, xlsx: Path | None, today: date
) -> list[Path]:
    """The provincial report as PDF and/or XLSX; returns the files written (all, or none if one
    fails). Errors: the targets' (ReportTargetMissing, ExportFileExists, ExportFolderMissing,
    ExportFileInUse, ExportSameFile) before anything is read, and those of
    `provincial_report`."""
    checked_targets(pdf, xlsx)
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.NETWORK_READ)
        report = provincial_report(uow, today=today, as_of=datetime.now(UTC))
    return write_report_files(report, pdf, xlsx)
