"""The assessment comparison chart of the printed project: need and resources per domain.

Two panels side by side, "Bisogno" and "Risorse", share the domain labels on the left. In each
domain row the previous assessment is a hollow bar and the current one a solid bar, with the
score printed at its end: the chart reads the same on a black-and-white printer and the
numbers are there for whoever must copy them. Without a previous assessment only the current
bars are drawn and the legend says so. Domains not scored print "n.v." (non valutato).

Drawn with reportlab.graphics shapes directly (not the chart widgets) so the layout is
predictable and fast; the GUI draws the same comparison with QPainter.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Path, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import SANS, SANS_BOLD
from .forms_model import AssessmentSummary

__all__ = ["assessment_chart"]

_INK = colors.HexColor("#1f2933")
_CURRENT = colors.HexColor("#3e4c59")
_MUTED = colors.HexColor("#52606d")
_GRID = colors.HexColor("#cbd2d9")
_FONT = SANS
_BOLD = SANS_BOLD
_LABEL_SIZE = 7.5
_VALUE_SIZE = 6.5
_ROW = 19.0  # height of a domain row
_BAR = 6.0
_LEGEND = 20.0
_PANEL_TITLE = 14.0
_AXIS = 13.0
_PANEL_GAP = 16.0
_PANELS = (("Bisogno", "need", "previous_need"), ("Risorse", "resources", "previous_resources"))


def assessment_chart(summary: AssessmentSummary, width: float) -> Drawing:
    """A Drawing `width` points wide, tall enough for every domain of `summary`."""
    domains = summary.domains
    label_width = min(150.0, width * 0.32)
    panel_width = (width - label_width - _PANEL_GAP) / 2 - 14  # room for the value at the end
    height = _LEGEND + _PANEL_TITLE + len(domains) * _ROW + _AXIS
    drawing = Drawing(width, height, initialFontName=_FONT)
    _legend(drawing, summary, height)
    rows_top = height - _LEGEND - _PANEL_TITLE
    for index, score in enumerate(domains):
        _domain_label(drawing, score.label, label_width - 6, rows_top - index * _ROW)
    scale = max(summary.scale_max, 1)
    for panel, (title, now, before) in enumerate(_PANELS):
        left = label_width + panel * (panel_width + 14 + _PANEL_GAP)
        _panel_frame(drawing, title, left, panel_width, rows_top, len(domains), scale)
        tops = [rows_top - index * _ROW for index in range(len(domains))]
        values = [(getattr(score, now), getattr(score, before)) for score in domains]
        _bars(drawing, left, panel_width / scale, tops, values, summary.has_previous)
    return drawing


def _legend(drawing: Drawing, summary: AssessmentSummary, height: float) -> None:
    y = height - 10
    current = "Valutazione attuale"
    if summary.assessed_on is not None:
        current += f" ({summary.assessed_on.strftime('%d/%m/%Y')})"
    drawing.add(Rect(0, y - 1, 14, _BAR, fillColor=_CURRENT, strokeColor=_CURRENT, strokeWidth=0.6))
    drawing.add(String(19, y, current, fontName=_FONT, fontSize=_LABEL_SIZE, fillColor=_INK))
    x = 19 + stringWidth(current, _FONT, _LABEL_SIZE) + 18
    if summary.has_previous:
        previous = "Valutazione precedente"
        if summary.previous_on is not None:
            previous += f" ({summary.previous_on.strftime('%d/%m/%Y')})"
        drawing.add(
            Rect(x, y - 1, 14, _BAR, fillColor=colors.white, strokeColor=_INK, strokeWidth=0.6)
        )
        drawing.add(
            String(x + 19, y, previous, fontName=_FONT, fontSize=_LABEL_SIZE, fillColor=_INK)
        )
    else:
        drawing.add(
            String(
                x,
                y,
                "Nessuna valutazione precedente: nessun confronto",
                fontName=_FONT,
                fontSize=_LABEL_SIZE,
                fillColor=_MUTED,
            )
        )


def _domain_label(drawing: Drawing, label: str, room: float, top: float) -> None:
    """The domain name right-aligned before the bars, on two lines when it is long."""
    lines = _wrap(label, room)
    middle = top - _ROW / 2
    first = middle + (len(lines) - 1) * 4.2 - 2.5
    for offset, line in enumerate(lines):
        drawing.add(
            String(
                room,
                first - offset * 8.4,
                line,
                fontName=_FONT,
                fontSize=_LABEL_SIZE,
                fillColor=_INK,
                textAnchor="end",
            )
        )


def _wrap(text: str, room: float) -> list[str]:
    """At most two lines; the second is shortened with an ellipsis if it still overflows."""
    words, lines, current = text.split(), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, _FONT, _LABEL_SIZE) <= room or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    lines.append(current)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    if len(lines) == 2 and stringWidth(lines[1], _FONT, _LABEL_SIZE) > room:
        second = lines[1]
        while second and stringWidth(second + "…", _FONT, _LABEL_SIZE) > room:
            second = second[:-1]
        lines[1] = second + "…"
    return lines


def _panel_frame(
    drawing: Drawing, title: str, left: float, width: float, top: float, rows: int, scale: int
) -> None:
    """Panel title, a dotted vertical grid at every scale step, axis numbers underneath."""
    bottom = top - rows * _ROW
    drawing.add(String(left, top + 4, title, fontName=_BOLD, fontSize=8.5, fillColor=_INK))
    step = width / scale
    grid = Path(strokeColor=_GRID, strokeWidth=0.4, strokeDashArray=[1.5, 1.5], fillColor=None)
    for value in range(1, scale + 1):
        grid.moveTo(left + value * step, bottom)
        grid.lineTo(left + value * step, top)
    axes = Path(strokeColor=_INK, strokeWidth=0.6, fillColor=None)
    axes.moveTo(left, top)
    axes.lineTo(left, bottom)
    axes.lineTo(left + width, bottom)
    drawing.add(grid)
    drawing.add(axes)
    for value in range(scale + 1):
        drawing.add(
            String(
                left + value * step,
                bottom - 9,
                str(value),
                fontName=_FONT,
                fontSize=_VALUE_SIZE,
                fillColor=_MUTED,
                textAnchor="middle",
            )
        )


def _bars(
    drawing: Drawing,
    left: float,
    unit: float,
    tops: list[float],
    values: list[tuple[int | None, int | None]],
    compare: bool,
) -> None:
    """All bars of one panel: previous hollow (above), current solid (below), values at the end.

    The bars of each kind are one Path, so the drawing stays small and fast to render.
    """
    previous = Path(fillColor=colors.white, strokeColor=_INK, strokeWidth=0.6)
    current = Path(fillColor=_CURRENT, strokeColor=_CURRENT, strokeWidth=0.6)
    labels: list[String] = []
    for top, (now, before) in zip(tops, values, strict=True):
        middle = top - _ROW / 2
        if compare:
            _bar(previous, labels, left, unit, middle + 0.5, before, bold=False)
            _bar(current, labels, left, unit, middle - _BAR - 0.5, now, bold=True)
        else:
            _bar(current, labels, left, unit, middle - _BAR / 2, now, bold=True)
    drawing.add(previous)
    drawing.add(current)
    for label in labels:
        drawing.add(label)


def _bar(
    path: Path,
    labels: list[String],
    left: float,
    unit: float,
    y: float,
    value: int | None,
    *,
    bold: bool,
) -> None:
    if value is None:
        labels.append(
            String(left + 3, y + 1, "n.v.", fontName=_FONT, fontSize=_VALUE_SIZE, fillColor=_MUTED)
        )
        return
    length = max(value, 0) * unit
    if length > 0:
        path.moveTo(left, y)
        path.lineTo(left + length, y)
        path.lineTo(left + length, y + _BAR)
        path.lineTo(left, y + _BAR)
        path.closePath()
    labels.append(
        String(
            left + length + 3,
            y + 1,
            str(value),
            fontName=_BOLD if bold else _FONT,
            fontSize=_VALUE_SIZE,
            fillColor=_INK,
        )
    )
