"""Reading the audit log by filter: `antiviolenza audit elenca` (the GUI's Registro delle
operazioni pages through the same queries lazily, by `services.audit_query.AuditSource`).

Verifying the chain (`services.audit.verify`) and saving the filtered log as CSV
(`reports.audit_csv.export_audit_log`, which audits the export before writing) are one call
each, made directly by both front ends.
"""

from __future__ import annotations

from dataclasses import dataclass

from antiviolenza_desktop.services.audit_query import (
    AuditFilter,
    AuditRow,
    audit_rows,
    audit_seqs,
)
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
