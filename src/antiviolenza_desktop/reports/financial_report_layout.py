"""The page and the tables of the financial report: A4 landscape, the card's columns side by side.

The forms (`form_styles`) are portrait pages for one woman; the report is landscape because each
budget row has seven amounts (planned A, B, A+B, committed A, actual A, B, A+B) next to the
action's name, and a reader must follow a row across without turning the page. It borrows the
forms' fonts, colours and cell styles, so the printed documents look like one family, and adds
what the forms do not have: two-row column headings with spans and a "Pagina X di Y" placed for
a landscape page, with the embedded DejaVu fonts of `fonts.py`; metadata stays neutral.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from . import form_styles as fs
from .fonts import SANS, SANS_BOLD
from .page_numbers import NumberedCanvas, fit_text
from .paged_table import PagedTable

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN_X = 14 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 19 * mm
FRAME_PADDING = 6
TEXT_LEFT = MARGIN_X + FRAME_PADDING
TEXT_WIDTH = PAGE_WIDTH - 2 * TEXT_LEFT
AMOUNT = 25 * mm
_PAD = 4
_LEADING = 10.5
_TOP_PAD = 3
_BOTTOM_PAD = 3.5
_ROW_HEIGHT = _LEADING + _TOP_PAD + _BOTTOM_PAD  # a row of one line: the least a row takes


@dataclass(frozen=True)
class Heading:
    """A column heading: `group` is the upper heading it falls under ("" for none)."""

    title: str
    width: float = 0
    right: bool = False
    group: str = ""


def widths_of(columns: Sequence[Heading]) -> list[float]:
    fixed = sum(c.width for c in columns)
    flexible = sum(1 for c in columns if not c.width) or 1
    rest = max(TEXT_WIDTH - fixed, 0) / flexible
    return [c.width or rest for c in columns]


def _cell(text: str, style: str, room: float, *, right: bool, bold: bool) -> Paragraph | str:
    if right and style == "cell":
        return _one_line(text, style + "_right", room, bold=bold)
    return fs.fitted(text, style + ("_right" if right else ""), room, bold=bold)


def _one_line(text: str, style: str, room: float, *, bold: bool) -> Paragraph | str:
    """An amount on one line, in a smaller size when it is wider than its column (a bold total
    of millions): `fs.fitted` would break it after the «€»."""
    chosen = fs.STYLES[style]
    width = stringWidth(text, SANS_BOLD if bold else chosen.fontName, chosen.fontSize)
    if width <= room:
        return text
    ratio = room / width
    smaller = ParagraphStyle(
        f"{style}_line", chosen, fontSize=chosen.fontSize * ratio, leading=chosen.leading * ratio
    )
    body = fs.esc(text).replace(" ", "\u00a0")
    return Paragraph(f"<b>{body}</b>" if bold else body, smaller)


def _heading_rows(columns: Sequence[Heading], rooms: Sequence[float]) -> tuple[list, list]:
    """One heading row, or two when some columns are grouped (with the spans to draw)."""
    lower = [
        _cell(c.title, "head", r, right=c.right, bold=False)
        for c, r in zip(columns, rooms, strict=True)
    ]
    if not any(c.group for c in columns):
        return [lower], []
    upper: list[Any] = []
    spans: list[tuple[Any, ...]] = []
    start = 0
    while start < len(columns):
        group = columns[start].group
        end = start
        while end + 1 < len(columns) and group and columns[end + 1].group == group:
            end += 1
        room = sum(rooms[start : end + 1]) + 2 * _PAD * (end - start)
        if group:
            upper.append(fs.fitted(group, "head", room))
            upper += [""] * (end - start)
            spans += [
                ("SPAN", (start, 0), (end, 0)),
                ("LINEBELOW", (start, 0), (end, 0), 0.3, fs.GRID),
            ]
            spans.append(("ALIGN", (start, 0), (end, 0), "CENTER"))
        else:
            upper.append(lower[start])
            lower[start] = ""
            spans.append(("SPAN", (start, 0), (start, 1)))
        start = end + 1
    return [upper, lower], spans


def report_table(
    columns: Sequence[Heading],
    rows: Sequence[Sequence[Flowable | str]],
    *,
    total: Sequence[str] | None = None,
) -> Table:
    """A ruled table with (grouped) headings repeated on every page, amounts right-aligned, an
    optional bold total row; it splits between rows."""
    widths = widths_of(columns)
    rooms = [w - 2 * _PAD for w in widths]
    heads, spans = _heading_rows(columns, rooms)

    def line(values: Sequence[Flowable | str], bold: bool) -> list[Flowable | str]:
        return [
            _cell(v, "cell", room, right=c.right, bold=bold) if isinstance(v, str) else v
            for c, v, room in zip(columns, values, rooms, strict=True)
        ]

    data: list[list[Any]] = [*heads, *(line(row, False) for row in rows)]
    if total is not None:
        data.append(line(total, True))
    top = len(heads)
    table = Table(data, colWidths=widths, repeatRows=top, splitByRow=1, splitInRow=24)
    table.setStyle(TableStyle([*_table_style(columns, top, total is not None), *spans]))
    return table


def _table_style(columns: Sequence[Heading], top: int, with_total: bool) -> list[tuple[Any, ...]]:
    """The ruling and fonts of `report_table`: `top` heading rows, then the rows."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, top - 1), "BOTTOM"),
        ("TEXTCOLOR", (0, 0), (-1, -1), fs.INK),
        ("FONT", (0, top), (-1, -1), SANS, 8.5, _LEADING),
        ("FONT", (0, 0), (-1, top - 1), SANS_BOLD, 8, 10),
        ("BACKGROUND", (0, 0), (-1, top - 1), fs.SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, fs.INK),
        ("LINEBELOW", (0, top - 1), (-1, top - 1), 0.8, fs.INK),
        ("LINEBELOW", (0, top), (-1, -1), 0.3, fs.RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, fs.INK),
        ("TOPPADDING", (0, 0), (-1, -1), _TOP_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _BOTTOM_PAD),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ]
    for i, column in enumerate(columns):
        if column.right:
            commands += [("ALIGN", (i, top), (i, -1), "RIGHT")]
            commands += [("ALIGN", (i, top - 1), (i, top - 1), "RIGHT")]
    if with_total:
        commands += [
            ("FONT", (0, -1), (-1, -1), SANS_BOLD, 8.5, _LEADING),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, fs.INK),
            ("BACKGROUND", (0, -1), (-1, -1), fs.LABEL_SHADE),
        ]
    return commands


def long_table(
    columns: Sequence[Heading],
    rows: Sequence[Sequence[Flowable | str]],
    *,
    total: Sequence[str] | None = None,
) -> Flowable:
    """`report_table` for thousands of short rows (the annex): laid out a page at a time, with
    the headings at the top of every page and the total after the last row."""
    count = len(rows)

    def page(start: int, end: int) -> Table:
        return report_table(
            columns, rows[start : min(end, count)], total=total if end > count else None
        )

    return PagedTable(page, count + (total is not None), least_row=_ROW_HEIGHT)


def label_grid(rows: Sequence[tuple[str, str]], *, label_width: float = 62 * mm) -> Table:
    """Label/value rows ruled like the forms' grids, half the landscape width."""
    value_width = TEXT_WIDTH / 2 + 40 * mm - label_width
    data = [
        [
            fs.fitted(label, "label", label_width - 2 * _PAD),
            fs.fitted(value, "value", value_width - 2 * _PAD, bold=True),
        ]
        for label, value in rows
    ]
    grid = Table(data, colWidths=[label_width, value_width], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, fs.GRID),
                ("BACKGROUND", (0, 0), (0, -1), fs.LABEL_SHADE),
                ("FONT", (0, 0), (0, -1), SANS, 8, 10),
                ("TEXTCOLOR", (0, 0), (0, -1), fs.MUTED),
                ("FONT", (1, 0), (1, -1), SANS_BOLD, 9, 11.5),
                ("TEXTCOLOR", (1, 0), (1, -1), fs.INK),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return grid


def band(title: str) -> Table:
    """A shaded band over the full landscape width, opening a part of the report."""
    shaded = Table(
        [[fs.fitted(title, "value", TEXT_WIDTH - 10, bold=True)]], colWidths=[TEXT_WIDTH]
    )
    shaded.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS_BOLD, 10.5, 12),
                ("TEXTCOLOR", (0, 0), (-1, -1), fs.INK),
                ("BACKGROUND", (0, 0), (-1, -1), fs.SHADE),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, fs.INK),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    shaded.spaceBefore = 8
    shaded.spaceAfter = 5
    return shaded


@dataclass(frozen=True)
class ReportFurniture:
    """Header (programme, act, who reports, extraction date) and footer of every page."""

    title: str
    act: str
    reporter: str
    stamp: str
    notice: str

    @cached_property
    def _cut(self) -> tuple[str, str]:
        """The title and the act cut to the room the reporter and the stamp leave: the same
        on every page (thousands, for a large annex), so measured once."""
        room = PAGE_WIDTH - 2 * TEXT_LEFT - 8 * mm
        title_room = room - stringWidth(self.reporter, SANS_BOLD, 8.5)
        act_room = room - stringWidth(self.stamp, SANS, 7.5)
        return fit_text(self.title, SANS_BOLD, 8.5, title_room), fit_text(
            self.act, SANS, 7.5, act_room
        )

    def draw(self, canvas: Canvas, _document: object) -> None:
        canvas.saveState()
        left, right = TEXT_LEFT, PAGE_WIDTH - TEXT_LEFT
        top = PAGE_HEIGHT - 11 * mm
        title, act = self._cut
        canvas.setFillColor(fs.INK)
        canvas.setFont(SANS_BOLD, 8.5)
        canvas.drawRightString(right, top, self.reporter)
        canvas.drawString(left, top, title)
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(fs.MUTED)
        canvas.drawRightString(right, top - 10.5, self.stamp)
        canvas.drawString(left, top - 10.5, act)
        canvas.setStrokeColor(fs.INK)
        canvas.setLineWidth(0.8)
        canvas.line(left, top - 15.5, right, top - 15.5)
        base = 9 * mm
        canvas.setStrokeColor(fs.RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, base + 11, right, base + 11)
        canvas.setFont(SANS, 7)
        canvas.drawString(left, base + 2, self.notice)
        canvas.restoreState()


class _NumberedCanvas(NumberedCanvas):
    number_at = (PAGE_WIDTH - TEXT_LEFT, 9 * mm + 2)


def build_landscape_pdf(story: list[Flowable], *, title: str, furniture: ReportFurniture) -> bytes:
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=fs.NEUTRAL_METADATA,
        initialFontName=SANS,
        creator=fs.NEUTRAL_METADATA,
        subject="",
        keywords="",
        lang="it-IT",
        invariant=1,
    )
    document.build(
        story,
        onFirstPage=furniture.draw,
        onLaterPages=furniture.draw,
        canvasmaker=_NumberedCanvas,
    )
    return buffer.getvalue()
