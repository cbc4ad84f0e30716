"""CSV files for Italian spreadsheets, one format for every export (ledger, audit log).

`;` between fields (the comma is the decimal separator), CRLF, UTF-8 with a BOM so Excel in an
Italian locale opens it with a double click without garbling «Comunità». A typed text that
starts like a formula is written with a leading apostrophe (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: str) -> str:
    """A text a spreadsheet must show as text, never run as a formula (CSV injection)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def italian_csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return text.getvalue().encode("utf-8-sig")
