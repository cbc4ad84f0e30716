"""The anonymous O.R.A./ISTAT tables as files for the Region and ISTAT: CSV and XLSX.

Both carry the same content: the period, the threshold, then every table as (category, count)
rows with its total, hidden cells already replaced by «<N» or «..» (`domain.case.small_cells`),
and the notes that explain them. Counts by category only: no name, no case code, no pseudonym
ever reaches these files. The CSV follows `italian_csv` (`;`, UTF-8 with BOM, CRLF) in a long
form a program can read back: one row per cell, `tabella;titolo;codice;categoria;valore;unita`.
The XLSX writes shown counts as numbers, hidden cells and totals of hidden cells as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from antiviolenza_desktop.domain.case.small_cells import COMPLEMENT, ShownTable

from .export_files import write_export
from .italian_csv import csv_text, italian_csv_bytes

__all__ = ["CSV_COLUMNS", "StatutoryExport", "write_statutory_csv", "write_statutory_xlsx"]

CSV_COLUMNS = ("tabella", "titolo", "codice", "categoria", "valore", "unita")
TOTAL = "total"


@dataclass(frozen=True)
class StatutoryExport:
    """What the files say: who made them (Ambito or province), the period, the tables."""

    source: str
    since: date
    until: date
    threshold: int
    tables: tuple[ShownTable, ...]
    scope_note: str


def notes(export: StatutoryExport) -> tuple[str, ...]:
    """The sentences every file ends with: what is counted and what the marks mean."""
    n = export.threshold
    return (
        export.scope_note,
        f"«<{n}»: da 1 a {n - 1}, non mostrato per non rendere riconoscibile nessuna donna.",
        f"«{COMPLEMENT}»: non mostrato perché, con il totale, farebbe ricavare una cella «<{n}».",
        "Nelle tabelle a risposta multipla una donna può contare in più righe.",
        "«non rilevato»: la donna non ha risposto o il dato non era raccolto.",
        "Categorie e fonti: docs/istat-ora-mapping.md.",
    )


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def csv_rows(export: StatutoryExport) -> list[tuple[str, ...]]:
    period = f"dal {_day(export.since)} al {_day(export.until)}"
    rows: list[tuple[str, ...]] = [
        ("fonte", "Fonte", "", csv_text(export.source), "", ""),
        ("periodo", "Periodo", "", period, "", ""),
        ("soglia", "Soglia delle celle piccole", "", "", str(export.threshold), ""),
    ]
    for shown in export.tables:
        t = shown.table
        for (code, label, _count), cell in zip(t.rows, shown.cells, strict=True):
            rows.append((t.key, t.title, code, label, cell, t.unit))
        rows.append((t.key, t.title, TOTAL, "totale", shown.total, t.unit))
    rows += [("nota", "Nota", "", text, "", "") for text in notes(export)]
    return rows


def write_statutory_csv(path: Path, export: StatutoryExport) -> None:
    """Privately (0o600) and atomically. Errors: ExportFileExists, ExportFolderMissing."""
    content = italian_csv_bytes(CSV_COLUMNS, csv_rows(export))
    write_export(path, lambda stream: stream.write(content))


def write_statutory_xlsx(path: Path, export: StatutoryExport) -> None:
    """Privately (0o600) and atomically. Errors: ExportFileExists, ExportFolderMissing."""
    write_export(path, lambda stream: _write_book(stream, export))


def statutory_xlsx_bytes(export: StatutoryExport) -> bytes:
    buffer = BytesIO()
    _write_book(buffer, export)
    return buffer.getvalue()


def _write_book(target: BinaryIO, export: StatutoryExport) -> None:
    book = xlsxwriter.Workbook(target, {"in_memory": True})
    book.set_properties({"title": "Tabelle O.R.A./ISTAT", "author": "antiviolenza-desktop"})
    bold = book.add_format({"bold": True})
    sheet = book.add_worksheet("Tabelle")
    sheet.set_column(0, 0, 58)
    sheet.set_column(1, 1, 14)
    sheet.write_string(0, 0, f"Tabelle O.R.A./ISTAT – {export.source}", bold)
    sheet.write_string(1, 0, f"Periodo: dal {_day(export.since)} al {_day(export.until)}")
    sheet.write_string(2, 0, f"Soglia delle celle piccole: {export.threshold}")
    row = 4
    for shown in export.tables:
        row = _write_table(sheet, row, shown, bold) + 1
    sheet.write_string(row, 0, "Note", bold)
    for offset, text in enumerate(notes(export), start=1):
        sheet.write_string(row + offset, 0, text)
    book.close()


def _write_table(s: Worksheet, row: int, shown: ShownTable, bold: Format) -> int:
    """The table from `row`: title, heading, one row per category, total; the next free row."""
    t = shown.table
    s.write_string(row, 0, t.title, bold)
    s.write_string(row + 1, 0, "Categoria", bold)
    s.write_string(row + 1, 1, t.unit, bold)
    lines: Sequence[tuple[str, str]] = [
        *((label, cell) for (_c, label, _n), cell in zip(t.rows, shown.cells, strict=True)),
        ("Totale", shown.total),
    ]
    for offset, (label, cell) in enumerate(lines, start=2):
        s.write_string(row + offset, 0, label)
        if cell.isdigit():
            s.write_number(row + offset, 1, int(cell))
        else:
            s.write_string(row + offset, 1, cell)
    return row + 2 + len(lines)
