"""The look shared by the printed forms: page template, styles, building blocks, private writing.

Both forms (Progetto personalizzato, scheda di segnalazione) are A4 documents in Italian with
the same page furniture: a header on every page with the programme, its act, the Ambito and
the case code; a footer with the confidentiality notice, the revision/date stamp and
"Pagina X di Y". The total page count is known only at the end, so `_FormCanvas` keeps each
page and writes the numbers when the document is saved (one layout pass, not two).

The text is set in DejaVu Sans Condensed, embedded (see fonts.py), so every name prints the
same on every machine; checkboxes are drawn as boxes rather than taken from a font. The
building blocks here keep long content splittable: free text is a Paragraph outside tables,
tables repeat their header row and split by row.

Files are written like the recovery sheet: a 0o600 temporary file beside the target, fsync,
rename; an existing target is refused and left as it was. The metadata is neutral: no name,
no case code.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.reports.private_files import write_private_file

from .fonts import SANS, SANS_BOLD
from .forms_model import FormHeader, Signatory

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 17 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 21 * mm
FRAME_PADDING = 6  # SimpleDocTemplate's frame insets its content by 6 pt on every side
TEXT_LEFT = MARGIN_X + FRAME_PADDING
TEXT_WIDTH = PAGE_WIDTH - 2 * TEXT_LEFT
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
GRID = colors.HexColor("#7b8794")
SHADE = colors.HexColor("#e4e7eb")
LABEL_SHADE = colors.HexColor("#f2f4f6")
NEUTRAL_METADATA = "antiviolenza-desktop"
WRITING_LINE = 7.5 * mm  # spacing of the ruled lines of blank forms
NBSP = "\u00a0"
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 2 * FRAME_PADDING
_KEEP_ROWS = 12  # a first table longer than this is not measured: it will split anyway
_ROOM_FOR_BAND = 120  # points: a band with less room than this under it starts a new page
_ROOM_FOR_SUBHEADING = 60  # points: a subheading needs this much under it, or it moves on
_UNBROKEN = 30  # characters: option labels up to this long are kept on one line
_SHORT = 300  # characters: a grid whose values are all shorter than this is kept on one page
CHECKBOX = f'<onDraw name="checkbox"/>{NBSP * 5}'
LABEL_WIDTH = 40 * mm


class FormFileExists(AppError):
    """A form is never written over an existing file: it may be another woman's signed copy."""

    code = "modulo_esistente"
    template = "Il file {name} esiste già: scegli un altro nome per il modulo."


class FormFolderMissing(AppError):
    code = "modulo_cartella_mancante"
    template = "La cartella {folder} non esiste o non è scrivibile: scegline un'altra."


def _make_styles() -> dict[str, ParagraphStyle]:
    # No word is ever cut in the middle («multidimensio nale»): lines break at spaces and at a
    # word's own hyphens; a word wider than its cell is set smaller instead (`fitted`).
    base = ParagraphStyle(
        "base",
        fontName=SANS,
        bulletFontName=SANS,
        fontSize=9,
        leading=11.5,
        textColor=INK,
        splitLongWords=0,
        embeddedHyphenation=1,
    )
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=SANS_BOLD, fontSize=17, leading=21),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9.5, leading=12, textColor=MUTED),
        "subheading": ParagraphStyle(
            "subheading",
            base,
            fontName=SANS_BOLD,
            fontSize=9,
            spaceBefore=7,
            spaceAfter=3,
        ),
        "label": ParagraphStyle("label", base, fontSize=8, leading=10, textColor=MUTED),
        "value": ParagraphStyle("value", base, fontName=SANS_BOLD),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "cell_right": ParagraphStyle(
            "cell_right", base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle("head", base, fontName=SANS_BOLD, fontSize=8, leading=10),
        "head_right": ParagraphStyle(
            "head_right",
            base,
            fontName=SANS_BOLD,
            fontSize=8,
            leading=10,
            alignment=TA_RIGHT,
        ),
        "options": ParagraphStyle("options", base, fontSize=8.5, leading=13),
        "tick": ParagraphStyle(
            "tick", base, fontSize=8.5, leading=10.5, leftIndent=11.5, firstLineIndent=-11.5
        ),
        "note": ParagraphStyle("note", base, fontSize=8, leading=10, textColor=MUTED),
        "free": ParagraphStyle(
            "free",
            base,
            borderWidth=0.5,
            borderColor=RULE,
            borderPadding=(4, 5, 5, 5),
            leftIndent=5,
            rightIndent=5,
            spaceBefore=4,
            spaceAfter=6,
        ),
        "goal": ParagraphStyle("goal", base, leftIndent=14, bulletIndent=2, spaceBefore=3),
        "consent": ParagraphStyle(
            "consent", base, fontSize=8.5, leading=11.5, spaceBefore=6, spaceAfter=4
        ),
    }


STYLES = _make_styles()


def esc(text: str) -> str:
    """Escape text for a Paragraph and keep the line breaks a person typed."""
    return escape(text).replace("\n", "<br/>")


def fmt_date(value: date | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")


def fmt_eur(cents: int | None) -> str:
    return "" if cents is None else format_eur(cents)


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain (unescaped) text."""
    return Paragraph(esc(text), STYLES[style])


def checkbox_options(
    options: Sequence[str], *, multiple: bool = False, compact: bool = False, vertical: bool = False
) -> Paragraph:
    """Every option with an empty box before it, for a pen; wraps like text.

    `vertical` puts one option per line (long labels), `compact` narrows the gaps (scores).
    """
    # The box is drawn by a zero-width callback that ReportLab glues to the word before it when
    # a plain space precedes it: one no-break space before the box makes it start the next
    # word instead, so a box never ends a line apart from its label.
    gap = "<br/>" if vertical else NBSP * (1 if compact else 2) + " " + NBSP
    box = '<onDraw name="checkbox"/>' + NBSP * 4 if compact else CHECKBOX
    items = gap.join(box + _unbroken(esc(label)) for label in options)
    if multiple:
        items += f'{gap}<font size="7" color="#52606d">(una o più risposte)</font>'
    return Paragraph(items, STYLES["options"])


def _unbroken(label: str) -> str:
    """Short option labels never wrap inside: the line breaks between options instead."""
    return label.replace(" ", NBSP) if len(label) <= _UNBROKEN else label


def _draw_checkbox(canvas: Canvas, _kind: str, _label: str | None) -> None:
    """onDraw callback: a square the height of a capital letter, on the text baseline."""
    info = canvas._curr_tx_info  # set by Paragraph around onDraw callbacks
    size = info["xs"].style.fontSize * 0.82
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.setStrokeColor(INK)
    canvas.rect(info["cur_x"], info["cur_y"] - size * 0.12, size, size, stroke=1, fill=0)
    canvas.restoreState()


class Ruled(Flowable):
    """Empty ruled lines to write on; `lines` of them, the full available width."""

    def __init__(self, lines: int = 1, spacing: float = WRITING_LINE) -> None:
        super().__init__()
        self.lines = lines
        self.spacing = spacing

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.lines * self.spacing

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for index in range(self.lines):
            y = index * self.spacing
            canvas.line(0, y, self.width, y)


def subheading(text: str) -> list[Flowable]:
    """A heading inside a section, never left alone at the foot of a page.

    Not `keepWithNext`: that would glue it to a long paragraph or table and push both to the
    next page, leaving half a page empty.
    """
    return [CondPageBreak(_ROOM_FOR_SUBHEADING), Paragraph(esc(text), STYLES["subheading"])]


def section_band(number: int, title: str) -> Table:
    """A shaded band with the section number and title."""
    band = Table([[f"{number}.  {title}"]], colWidths=[TEXT_WIDTH])
    band.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS_BOLD, 10.5, 12),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    band.spaceBefore = 10
    band.spaceAfter = 5
    return band


def section(number: int, title: str, content: Sequence[Flowable]) -> list[Flowable]:
    """A numbered section: its band never ends a page alone.

    A small first block (a grid, a paragraph) is kept with the band; a long one (a table that
    will split anyway) only needs a little room for the band and its first rows.
    """
    band = section_band(number, title)
    if not content:
        return [band]
    first = content[0]
    rows = len(getattr(first, "_cellvalues", ()))
    if rows <= _KEEP_ROWS:
        _width, height = first.wrap(TEXT_WIDTH, FRAME_HEIGHT)
        if height <= FRAME_HEIGHT / 3:
            return [KeepTogether([band, first]), *content[1:]]
    return [CondPageBreak(_ROOM_FOR_BAND), band, *content]


def fitted(text: str, style: str, room: float, *, bold: bool = False) -> Paragraph | str:
    """`text` as a plain table string when it fits on one line of `room` points, else a
    Paragraph that wraps. Plain strings cost a fraction of a Paragraph to lay out, and most
    cells of a form (dates, amounts, codes, short names) fit."""
    chosen = STYLES[style]
    font = SANS_BOLD if bold else chosen.fontName
    if "\n" not in text and stringWidth(text, font, chosen.fontSize) <= room:
        return text
    body = f"<b>{esc(text)}</b>" if bold else esc(text)
    widest = _widest_word(text, font, chosen.fontSize)
    if widest > room:  # a smaller size rather than a word cut in two
        size = max(_SMALLEST_SIZE, chosen.fontSize * room / widest)
        ratio = size / chosen.fontSize
        chosen = ParagraphStyle(
            f"{chosen.name}_fit", chosen, fontSize=size, leading=chosen.leading * ratio
        )
    return Paragraph(body, chosen)


_SMALLEST_SIZE = 6.5
_WORD_PARTS = re.compile(r"[^\s-]+-?|-")


def _widest_word(text: str, font: str, size: float) -> float:
    """The width of the longest piece a line may not break: a word, or the part of a
    hyphenated word up to and including its hyphen."""
    return max((stringWidth(part, font, size) for part in _WORD_PARTS.findall(text)), default=0)


def _font(
    style: str, cells: tuple[tuple[int, int], tuple[int, int]], *, bold: bool = False
) -> tuple[Any, ...]:
    chosen = STYLES[style]
    font = SANS_BOLD if bold else chosen.fontName
    return ("FONT", *cells, font, chosen.fontSize, chosen.leading)


_PAD = 4  # left and right padding of table cells


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
    if all(not isinstance(value, str) or len(value) < _SHORT for _label, value in rows):
        commands.append(("NOSPLIT", (0, 0), (-1, -1)))  # short grids never straddle a page
    table.setStyle(TableStyle(commands))
    return table


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
    if total is not None:
        commands += [
            _font("cell", ((0, -1), (-1, -1)), bold=True),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
            ("BACKGROUND", (0, -1), (-1, -1), LABEL_SHADE),
        ]
    table.setStyle(TableStyle(commands))
    return table


def writing_space(height: float = 5 * mm) -> Spacer:
    """An empty cell tall enough to write in."""
    return Spacer(1, height)


def free_text(text: str, *, blank_lines: int) -> Flowable:
    """Text a person wrote, boxed; on a blank form (or when empty) ruled lines instead."""
    if not text.strip():
        return Ruled(blank_lines)
    return Paragraph(esc(text), STYLES["free"])


_SIGN_LABEL = 24 * mm
_SIGN_GUTTER = 9 * mm
_SIGN_ROWS = 5  # role, name, signature, date, space


def signature_blocks(signatories: Sequence[Signatory], *, blank: bool) -> Table:
    """Two blocks side by side: the role over a rule, then name, signature and date lines.

    One table for all the blocks (not a table per block): it is what makes the signature page
    cheap to lay out. Each pair of blocks stays on one page.
    """
    line_width = (TEXT_WIDTH - _SIGN_GUTTER) / 2 - _SIGN_LABEL
    widths = [_SIGN_LABEL, line_width, _SIGN_GUTTER, _SIGN_LABEL, line_width]
    data: list[list[Flowable | str]] = []
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("FONT", (0, 0), (-1, -1), SANS, 8, 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
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


@dataclass(frozen=True)
class PageFurniture:
    """What is drawn around the body of every page."""

    form_title: str
    header: FormHeader
    stamp: str
    confidential: str

    def draw(self, canvas: Canvas, _document: object) -> None:
        canvas.saveState()
        self._draw_header(canvas)
        self._draw_footer(canvas)
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas) -> None:
        left, right = TEXT_LEFT, PAGE_WIDTH - TEXT_LEFT
        top = PAGE_HEIGHT - 12 * mm
        ambito = f"Ambito {self.header.ambito}" if self.header.ambito else "Ambito"
        canvas.setFillColor(INK)
        canvas.setFont(SANS_BOLD, 8.5)
        canvas.drawRightString(right, top, ambito)
        title_room = right - left - stringWidth(ambito, SANS_BOLD, 8.5) - 8 * mm
        canvas.drawString(left, top, _fit(self.header.programme_title, SANS_BOLD, 8.5, title_room))
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        code = self.header.case_code or "_" * 18
        case = f"{self.form_title} · Caso {code}"
        canvas.drawRightString(right, top - 10.5, case)
        act_room = right - left - stringWidth(case, SANS, 7.5) - 8 * mm
        canvas.drawString(left, top - 10.5, _fit(self.header.programme_act, SANS, 7.5, act_room))
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.line(left, top - 15.5, right, top - 15.5)

    def _draw_footer(self, canvas: Canvas) -> None:
        left, right = TEXT_LEFT, PAGE_WIDTH - TEXT_LEFT
        base = 10 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, base + 13, right, base + 13)
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS_BOLD, 7)
        canvas.drawString(left, base + 4, self.confidential)
        canvas.setFont(SANS, 7)
        canvas.drawString(left, base - 5, self.stamp)


def _fit(text: str, font: str, size: float, room: float) -> str:
    """Shorten `text` with an ellipsis so that it fits `room` points."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


class _FormCanvas(Canvas):
    """A canvas that holds its pages until save, then writes "Pagina X di Y" on each."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.setNamedCB("checkbox", _draw_checkbox)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(SANS_BOLD, 8)
            self.setFillColor(INK)
            label = f"Pagina {self._pageNumber} di {total}"
            self.drawRightString(PAGE_WIDTH - TEXT_LEFT, 10 * mm + 4, label)
            super().showPage()
        super().save()


def build_pdf(story: list[Flowable], *, title: str, furniture: PageFurniture) -> bytes:
    """Lay out `story` with the shared page template; metadata stays neutral."""
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=NEUTRAL_METADATA,
        initialFontName=SANS,
        creator=NEUTRAL_METADATA,
        subject="",
        keywords="",
        lang="it-IT",
        invariant=1,
    )
    document.build(
        story,
        onFirstPage=furniture.draw,
        onLaterPages=furniture.draw,
        canvasmaker=_FormCanvas,
    )
    return buffer.getvalue()


def check_form_target(path: Path) -> None:
    """Refuse a target that exists or whose folder cannot be written, before any work."""
    if path.exists():
        raise FormFileExists(name=path.name)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise FormFolderMissing(folder=str(folder))


def write_private(path: Path, content: bytes) -> None:
    """Write `content` privately and atomically; an existing `path` is refused and kept."""
    check_form_target(path)
    write_private_file(path, lambda stream: stream.write(content), _exists_error(path))


def _exists_error(path: Path) -> Callable[[], AppError]:
    return lambda: FormFileExists(name=path.name)
