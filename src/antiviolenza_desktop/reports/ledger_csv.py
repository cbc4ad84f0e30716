"""The fund ledger as CSV for Italian spreadsheets: `;` between fields, UTF-8 with a BOM.

Excel in an Italian locale opens such a file with a double click and reads `1234,56` as a
number and `25/11/2026` as a date; without the BOM it would garble «Comunità». Amounts are the
stored positive cents (the kind gives the sign, as in the ledger itself), written without
thousands separators so no spreadsheet mistakes the dot for decimals.

Case codes only. Payees, document references and notes are typed by hand; one that starts with
`=`, `+`, `-`, `@` or a control character is written with a leading apostrophe, so a
spreadsheet shows it as text and never runs it as a formula (CSV injection).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS, LedgerEntry
from antiviolenza_desktop.domain.money import Cents

from .export_files import write_export
from .italian_csv import csv_text, italian_csv_bytes
from .ledger_columns import KIND_LABELS, LEDGER_COLUMNS

__all__ = ["LEDGER_COLUMNS", "ledger_csv_bytes", "write_ledger_csv"]


def write_ledger_csv(path: Path, entries: Iterable[LedgerEntry]) -> None:
    """Write the ledger privately (0o600) and atomically. Errors: ExportFileExists,
    ExportFolderMissing."""
    content = ledger_csv_bytes(entries)
    write_export(path, lambda stream: stream.write(content))


def ledger_csv_bytes(entries: Iterable[LedgerEntry]) -> bytes:
    return italian_csv_bytes(LEDGER_COLUMNS, (_row(entry) for entry in entries))


def csv_amount(cents: Cents) -> str:
    """`123456` → `1234,56`: the decimal comma, no thousands separator."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros},{rest:02d}"


def _row(entry: LedgerEntry) -> tuple[str, ...]:
    return (
        str(entry.seq),
        entry.on.strftime("%d/%m/%Y"),
        entry.case_code,
        FUND_LABELS.get(entry.fund, entry.fund),
        KIND_LABELS[entry.kind],
        csv_amount(entry.amount),
        "" if entry.commitment_seq is None else str(entry.commitment_seq),
        "" if entry.reverses_seq is None else str(entry.reverses_seq),
        csv_text(entry.payee),
        csv_text(entry.document_ref),
        csv_text(entry.note),
    )
