"""Reading the audit log by filter: `antiviolenza audit list` (the GUI's Registro delle
operazioni pages through the same queries lazily, by `services.audit_query.AuditSource`).

Saving the filtered log as CSV (`export_audit_log`: target checked first, rows read and the
export audited in one unit of work, then the file written by `reports.audit_csv`) is the one
path both front ends call; verifying the chain is `services.audit.verify`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from antiviolenza_desktop.reports.audit_csv import write_audit_csv
from antiviolenza_desktop.reports.export_files import check_export_targets
from antiviolenza_desktop.services.audit_query import (
    AuditFilter,
    AuditRow,
    audit_rows,
    audit_seqs,
    rows_for_export,
)
from antiviolenza_desktop.services.reading_unit import read_in_unit
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class AuditPage:
    """The first `limit` entries that match, newest first, and how many match in all."""

    rows: tuple[AuditRow, ...]
    found: int


def audit_page(opened: OpenStore, wanted: AuditFilter, limit: int) -> AuditPage:
    """Numbers and rows read in one unit of work, so the count and the rows agree."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        seqs = audit_seqs(uow, wanted=wanted)
        shown = seqs[: max(1, limit)]
        found = audit_rows(uow, seqs=shown)
    return AuditPage(tuple(found[seq] for seq in shown if seq in found), len(seqs))


def export_audit_log(opened: OpenStore, path: Path, wanted: AuditFilter) -> int:
    """The entries matching `wanted` written to `path` (checked before any work); the export
    is itself recorded. Returns how many entries. Errors: ExportFileExists,
    ExportFolderMissing, PermissionDenied, AuditPeriodReversed."""
    check_export_targets([path])
    rows = read_in_unit(opened, lambda uow: rows_for_export(uow, wanted=wanted))
    write_audit_csv(path, rows)
    return len(rows)
