"""The look shared by the printed forms: page geometry, colours, text styles, building blocks.

Both forms (Progetto personalizzato, scheda di segnalazione) are A4 documents in Italian. The
text is set in DejaVu Sans Condensed, embedded (see fonts.py), so every name prints the same on
every machine; checkboxes are drawn as boxes rather than taken from a font. The building blocks
here keep long content splittable: free text is a Paragraph outside tables. The tables live in
`form_tables`, the page template and the private writing of files in `form_pages`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
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
    Spacer,
    Table,
    TableStyle,
)

from antiviolenza_desktop.domain.money import format_eur

from .fonts import SANS, SANS_BOLD

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
CHECKBOX = f'<onDraw name="checkbox"/>{NBSP * 5}'
LABEL_WIDTH = 40 * mm


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
    return {"body": base, **_heading_styles(base), **_cell_styles(base), **_text_styles(base)}


def _heading_styles(base: ParagraphStyle) -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", base, fontName=SANS_BOLD, fontSize=17, leading=21),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9.5, leading=12, textColor=MUTED),
        "subheading": ParagraphStyle(
            "subheading", base, fontName=SANS_BOLD, fontSize=9, spaceBefore=7, spaceAfter=3
        ),
    }


def _cell_styles(base: ParagraphStyle) -> dict[str, ParagraphStyle]:
    """Labels, values and table cells."""
    return {
        "label": ParagraphStyle("label", base, fontSize=8, leading=10, textColor=MUTED),
        "value": ParagraphStyle("value", base, fontName=SANS_BOLD),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "cell_right": ParagraphStyle(
            "cell_right", base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle("head", base, fontName=SANS_BOLD, fontSize=8, leading=10),
        "head_right": ParagraphStyle(
            "head_right", base, fontName=SANS_BOLD, fontSize=8, leading=10, alignment=TA_RIGHT
        ),
        "options": ParagraphStyle("options", base, fontSize=8.5, leading=13),
        "tick": ParagraphStyle(
            "tick", base, fontSize=8.5, leading=10.5, leftIndent=11.5, firstLineIndent=-11.5
        ),
    }


def _text_styles(base: ParagraphStyle) -> dict[str, ParagraphStyle]:
    """Notes, boxed free text, goals and the consent statement."""
    return {
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


def draw_checkbox(canvas: Canvas, _kind: str, _label: str | None) -> None:
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


def writing_space(height: float = 5 * mm) -> Spacer:
    """An empty cell tall enough to write in."""
    return Spacer(1, height)


def free_text(text: str, *, blank_lines: int) -> Flowable:
    """Text a person wrote, boxed; on a blank form (or when empty) ruled lines instead."""
    if not text.strip():
        return Ruled(blank_lines)
    return Paragraph(esc(text), STYLES["free"])
