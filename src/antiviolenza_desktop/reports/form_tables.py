"""The tables of the printed forms: label/value grids, ruled data tables, signature blocks.

Each is one ReportLab `Table` built from the shared styles (`form_styles`): a grid is ruled
like a paper form, a data table repeats its header row and splits by row across pages, and
the signature blocks of a form are one table, which keeps the signature page cheap to lay out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from .fonts import SANS, SANS_BOLD
from .form_styles import (
    GRID,
    INK,
    LABEL_SHADE,
    LABEL_WIDTH,
    MUTED,
    RULE,
    SHADE,
    STYLES,
    TEXT_WIDTH,
    fitted,
)
from .forms_model import Signatory


def _font(
    style: str, cells: tuple[tuple[int, int], tuple[int, int]], *, bold: bool = False
) -> tuple[Any, ...]:
    chosen = STYLES[style]
    font = SANS_BOLD if bold else chosen.fontName
    return ("FONT", *cells, font, chosen.fontSize, chosen.leading)


_PAD = 4  # left and right padding of table cells
_SHORT = 300  # characters: a grid whose values are all shorter than this is kept on one page


def field_grid(
    rows: Sequence[tuple[str, Flowable | str]],
    *,
    label_width: float = LABEL_WIDTH,
    columns: int = 1,
) -> Table:
    """Label/value rows; `columns=2` puts two label/value pairs side by side.

    Values that are strings are printed bold; flowables (checkbox lists, ruled lines) as they
    are. Every row is a place to look for one thing, so the grid is ruled like a paper form.
    """
    value_width = TEXT_WIDTH / columns - label_width
    cells = [
        (
            fitted(label, "label", label_width - 2 * _PAD),
            fitted(v, "value", value_width - 2 * _PAD) if isinstance(v, str) else v,
        )
        for label, v in rows
    ]
    data = [
        [item for pair in cells[start : start + columns] for item in pair]
        for start in range(0, len(cells), columns)
    ]
    if data and len(data[-1]) < 2 * columns:
        data[-1] += [""] * (2 * columns - len(data[-1]))
    table = Table(data, colWidths=[label_width, value_width] * columns, repeatRows=0)
    commands = _grid_commands(columns)
    if all(not isinstance(value, str) or len(value) < _SHORT for _label, value in rows):
        commands.append(("NOSPLIT", (0, 0), (-1, -1)))  # short grids never straddle a page
    table.setStyle(TableStyle(commands))
    return table


def _grid_commands(columns: int) -> list[tuple[Any, ...]]:
    """Ruled like a paper form, labels shaded and muted, values bold."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ]
    for c in range(columns):
        commands += [
            ("BACKGROUND", (2 * c, 0), (2 * c, -1), LABEL_SHADE),
            _font("label", ((2 * c, 0), (2 * c, -1))),
            ("TEXTCOLOR", (2 * c, 0), (2 * c, -1), MUTED),
            _font("value", ((2 * c + 1, 0), (2 * c + 1, -1))),
        ]
    return commands


@dataclass(frozen=True)
class Column:
    """A table column: `width` in points, or 0 to share the width left by the fixed ones."""

    title: str
    width: float = 0
    right: bool = False


def column_widths(columns: Sequence[Column]) -> list[float]:
    fixed = sum(column.width for column in columns)
    flexible = sum(1 for column in columns if not column.width) or 1
    rest = max(TEXT_WIDTH - fixed, 0) / flexible
    return [column.width or rest for column in columns]


def data_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[Flowable | str]],
    *,
    total: Sequence[Flowable | str] | None = None,
) -> Table:
    """A ruled table with a repeated header row, splitting by row across pages."""
    widths = column_widths(columns)
    rooms = [width - 2 * _PAD for width in widths]

    def line(values: Sequence[Flowable | str], style: str, bold: bool) -> list[Flowable | str]:
        return [
            fitted(v, style + ("_right" if c.right else ""), room, bold=bold)
            if isinstance(v, str)
            else v
            for c, v, room in zip(columns, values, rooms, strict=True)
        ]

    data = [line([c.title for c in columns], "head", False)]
    data += [line(row, "cell", False) for row in rows]
    if total is not None:
        data.append(line(total, "cell", True))
    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=24)
    table.setStyle(TableStyle(_table_commands(columns, has_total=total is not None)))
    return table


def _table_commands(columns: Sequence[Column], *, has_total: bool) -> list[tuple[Any, ...]]:
    """A shaded header between heavy rules, light rules between rows, a shaded total."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        _font("cell", ((0, 1), (-1, -1))),
        _font("head", ((0, 0), (-1, 0))),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ]
    commands += [("ALIGN", (i, 0), (i, -1), "RIGHT") for i, c in enumerate(columns) if c.right]
    if has_total:
        commands += [
            _font("cell", ((0, -1), (-1, -1)), bold=True),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
            ("BACKGROUND", (0, -1), (-1, -1), LABEL_SHADE),
        ]
    return commands


_SIGN_LABEL = 24 * mm
_SIGN_GUTTER = 9 * mm
_SIGN_ROWS = 5  # role, name, signature, date, space


_SIGNATURE_STYLE: tuple[tuple[Any, ...], ...] = (
    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ("FONT", (0, 0), (-1, -1), SANS, 8, 10),
    ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
)


def signature_blocks(signatories: Sequence[Signatory], *, blank: bool) -> Table:
    """Two blocks side by side: the role over a rule, then name, signature and date lines.

    One table for all the blocks (not a table per block): it is what makes the signature page
    cheap to lay out. Each pair of blocks stays on one page.
    """
    line_width = (TEXT_WIDTH - _SIGN_GUTTER) / 2 - _SIGN_LABEL
    widths = [_SIGN_LABEL, line_width, _SIGN_GUTTER, _SIGN_LABEL, line_width]
    data: list[list[Flowable | str]] = []
    commands = list(_SIGNATURE_STYLE)
    heights: list[float | None] = []
    for start in range(0, len(signatories), 2):
        pair = list(signatories[start : start + 2])
        top = len(data)
        data += _signature_rows(pair, line_width, blank)
        heights += [None, 8 * mm, 12 * mm, 8 * mm, 5 * mm]
        commands += [("NOSPLIT", (0, top), (-1, top + _SIGN_ROWS - 1))]
        commands += _signature_commands(top, len(pair))
    table = Table(data, colWidths=widths, rowHeights=heights)
    table.setStyle(TableStyle(commands))
    return table


def _signature_rows(pair: list[Signatory], room: float, blank: bool) -> list[list[Flowable | str]]:
    roles: list[Flowable | str] = []
    names: list[Flowable | str] = []
    for index, signatory in enumerate(pair):
        who = "" if blank else ", ".join(p for p in (signatory.name, signatory.body) if p)
        gap = [""] if index else []
        roles += [*gap, fitted(signatory.role, "value", room + _SIGN_LABEL, bold=True), ""]
        names += [*gap, "Nome e cognome", fitted(who, "cell", room) if who else ""]
    width = len(roles)
    return [
        roles,
        names,
        ["Firma", "", "", "Firma", ""][:width],
        ["Data", "", "", "Data", ""][:width],
        [""] * width,
    ]


def _signature_commands(top: int, blocks: int) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = []
    for block in range(blocks):
        left = 3 * block
        commands += [
            ("SPAN", (left, top), (left + 1, top)),
            ("FONT", (left, top), (left + 1, top), SANS_BOLD, 9, 11),
            ("TEXTCOLOR", (left, top), (left + 1, top), INK),
            ("LINEABOVE", (left, top), (left + 1, top), 0.8, INK),
            ("FONT", (left + 1, top + 1), (left + 1, top + 1), SANS, 8.5, 10.5),
            ("TEXTCOLOR", (left + 1, top + 1), (left + 1, top + 1), INK),
            ("LINEBELOW", (left + 1, top + 1), (left + 1, top + 3), 0.5, INK),
        ]
    return commands
