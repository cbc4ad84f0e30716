"""The assessment comparison chart, drawn with QPainter: need and resources per domain.

Two panels side by side, "Bisogno" and "Risorse", share the domain labels on the left, as in
the printed project (reports/assessment_chart.py). In each domain row the previous assessment
is a hollow bar above the current one, a solid bar, each with its score written at its end: the
chart reads the same without colour (fill, not hue, tells them apart) and the numbers are there
for whoever copies them. Without a previous assessment only the current bars are drawn and the
legend says so; a domain not scored reads "n.v." (non valutato). The accessible description
spells out every row for a screen reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW = 26.0
BAR = 8.0
GAP = 20.0
VALUE_ROOM = 30.0
SOLID = QColor("#3e4c59")
GRID = QColor("#cbd2d9")
STRIPE = QColor(0, 0, 0, 10)


@dataclass(frozen=True, slots=True)
class ChartRow:
    """One domain: its label, the current scores and the previous ones (None: not scored)."""

    label: str
    need: int | None
    resources: int | None
    previous_need: int | None = None
    previous_resources: int | None = None


class ScoreChart(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.rows: tuple[ChartRow, ...] = ()
        self.maxima = (4, 4)
        self.current_label = ""
        self.previous_label: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Grafico del confronto tra le valutazioni"))

    def set_data(
        self,
        rows: Sequence[ChartRow],
        *,
        need_max: int,
        resources_max: int,
        current_label: str,
        previous_label: str | None,
    ) -> None:
        """Show `rows`; `previous_label` None means there is nothing to compare with."""
        self.rows = tuple(rows)
        self.maxima = (max(need_max, 1), max(resources_max, 1))
        self.current_label = current_label
        self.previous_label = previous_label
        self.setAccessibleDescription(self._description())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_data((), need_max=4, resources_max=4, current_label="", previous_label=None)

    def _description(self) -> str:
        line = self.tr("%1: bisogno %2, risorse %3")
        return "\n".join(
            line.replace("%1", row.label)
            .replace("%2", self._pair(row.previous_need, row.need))
            .replace("%3", self._pair(row.previous_resources, row.resources))
            for row in self.rows
        )

    def _pair(self, before: int | None, after: int | None) -> str:
        now = self._score(after)
        return now if self.previous_label is None else f"{self._score(before)} → {now}"

    def _score(self, value: int | None) -> str:
        return self.tr("n.v.") if value is None else str(value)

    # --- geometry ------------------------------------------------------------------------

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _top(self) -> float:
        return self._line() * 3.4  # legend, then panel titles

    def _height(self) -> int:
        return int(self._top() + len(self.rows) * ROW + self._line() * 1.6)

    def sizeHint(self) -> QSize:
        return QSize(760, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(520, self._height())

    def _label_width(self, metrics: QFontMetricsF) -> float:
        widest = max((metrics.horizontalAdvance(row.label) for row in self.rows), default=0.0)
        return min(widest + 12, self.width() * 0.32)

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetricsF(self.font())
        self._legend(painter, ink, metrics)
        if not self.rows:
            painter.end()
            return
        label_width = self._label_width(metrics)
        panel = (self.width() - label_width - GAP) / 2 - VALUE_ROOM
        top = self._top()
        for index, row in enumerate(self.rows):
            y = top + index * ROW
            if index % 2 == 0:
                painter.fillRect(QRectF(0, y, self.width(), ROW), STRIPE)
            text = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.setPen(ink)
            painter.drawText(
                QRectF(0, y, label_width - 8, ROW), Qt.AlignmentFlag.AlignVCenter, text
            )
        panels = (
            (self.tr("Bisogno"), "previous_need", "need"),
            (self.tr("Risorse"), "previous_resources", "resources"),
        )
        for number, (title, before, now) in enumerate(panels):
            left = label_width + number * (panel + VALUE_ROOM + GAP)
            values = [(getattr(row, before), getattr(row, now)) for row in self.rows]
            self._panel(painter, ink, title, left, panel, self.maxima[number], values)
        painter.end()

    def _legend(self, painter: QPainter, ink: QColor, metrics: QFontMetricsF) -> None:
        y = self._line() * 0.2
        height = self._line()
        x = self._swatch(painter, ink, 0, y, height, solid=True, text=self.current_label)
        if self.previous_label is not None:
            self._swatch(painter, ink, x + 24, y, height, solid=False, text=self.previous_label)
        elif self.rows:
            painter.setPen(ink)
            note = self.tr("Prima valutazione: nessun confronto")
            painter.drawText(QPointF(x + 24, y + metrics.ascent()), note)

    def _swatch(
        self,
        painter: QPainter,
        ink: QColor,
        x: float,
        y: float,
        h: float,
        *,
        solid: bool,
        text: str,
    ) -> float:
        """Draw a legend entry at x; returns where the next one may start."""
        if not text:
            return x
        box = QRectF(x, y + h / 2 - BAR / 2, 18, BAR)
        self._bar(painter, ink, box, solid=solid)
        painter.setPen(ink)
        metrics = QFontMetricsF(self.font())
        painter.drawText(QPointF(x + 24, y + metrics.ascent()), text)
        return x + 24 + metrics.horizontalAdvance(text)

    def _bar(self, painter: QPainter, ink: QColor, box: QRectF, *, solid: bool) -> None:
        painter.setPen(QPen(SOLID if solid else ink, 1.0))
        painter.setBrush(SOLID if solid else self.palette().color(QPalette.ColorRole.Base))
        painter.drawRect(box)

    def _panel(
        self,
        painter: QPainter,
        ink: QColor,
        title: str,
        left: float,
        width: float,
        maximum: int,
        values: list[tuple[int | None, int | None]],
    ) -> None:
        top = self._top()
        bottom = top + len(values) * ROW
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(QPointF(left, top - self._line() * 0.5), title)
        painter.setFont(self.font())
        step = width / maximum
        metrics = QFontMetricsF(self.font())
        for tick in range(maximum + 1):
            x = left + tick * step
            painter.setPen(QPen(GRID, 1.0))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(ink)
            label = str(tick)
            half = metrics.horizontalAdvance(label) / 2
            painter.drawText(QPointF(x - half, bottom + metrics.ascent() + 2), label)
        compare = self.previous_label is not None
        for index, (before, after) in enumerate(values):
            y = top + index * ROW
            if compare:
                self._valued_bar(painter, ink, left, step, y + ROW / 2 - BAR - 1, before, False)
                self._valued_bar(painter, ink, left, step, y + ROW / 2 + 1, after, True)
            else:
                self._valued_bar(painter, ink, left, step, y + ROW / 2 - BAR / 2, after, True)

    def _valued_bar(
        self,
        painter: QPainter,
        ink: QColor,
        left: float,
        step: float,
        y: float,
        value: int | None,
        solid: bool,
    ) -> None:
        length = 0.0 if value is None else value * step
        if value:
            self._bar(painter, ink, QRectF(left, y, length, BAR), solid=solid)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
        font.setBold(solid)
        painter.setFont(font)
        painter.setPen(ink)
        baseline = y + BAR / 2 + QFontMetricsF(font).ascent() / 2 - 1
        painter.drawText(QPointF(left + length + 4, baseline), self._score(value))
        painter.setFont(self.font())
