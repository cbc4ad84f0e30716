"""The audit log as CSV for Italian spreadsheets, in the ledger export's format.

`;` between fields, UTF-8 with a BOM, CRLF (reports/italian_csv). Times are local, dd/mm/yyyy
HH:MM:SS; actions in Italian words; women by case code only (every one an entry names, in its
own column). The file is written privately (0o600), atomically, and never over an existing
file (the flow that reads, audits and writes is `operations.audit_log.export_audit_log`).
Nothing in the log is typed by hand, but a text that starts like a formula is still
written with a leading apostrophe (CSV injection), as in the ledger.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from antiviolenza_desktop.domain.audit.actions import action_label, details_summary, is_read
from antiviolenza_desktop.services.audit_query import AuditRow

from .export_files import write_export
from .italian_csv import csv_text, italian_csv_bytes

AUDIT_COLUMNS = ("N.", "Data e ora", "Utente", "Tipo", "Azione", "Codici caso", "Dettagli")


def write_audit_csv(path: Path, rows: Iterable[AuditRow]) -> None:
    """Errors: ExportFileExists, ExportFolderMissing."""
    content = audit_csv_bytes(rows)
    write_export(path, lambda stream: stream.write(content))


def audit_csv_bytes(rows: Iterable[AuditRow]) -> bytes:
    return italian_csv_bytes(AUDIT_COLUMNS, (_row(row) for row in rows))


def local_time(stamp: str) -> str:
    """A stored UTC stamp as local dd/mm/yyyy HH:MM:SS."""
    return datetime.fromisoformat(stamp).astimezone().strftime("%d/%m/%Y %H:%M:%S")


def _row(row: AuditRow) -> tuple[str, ...]:
    return (
        str(row.seq),
        local_time(row.at),
        csv_text(row.actor or "chiave di recupero"),
        "lettura" if is_read(row.action) else "modifica",
        csv_text(action_label(row.action)),
        csv_text(", ".join(row.case_codes)),
        csv_text(details_summary(row.details)),
    )
