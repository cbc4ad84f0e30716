"""The two charts of the fund dashboard, drawn with QPainter: fund bars and spending by month.

`FundBars`: one row per fund, a track as long as the allocation, the committed part over it and
the disbursed part over that; under the bar the four figures in words (stanziato, impegnato,
erogato, disponibile), each behind a swatch that is also the legend. The fills differ in
lightness, not only hue, and the figures are written out, so the chart reads without colour.
`MonthChart`: net payments per month, stacked by fund, the total written above each column.

Both are clickable and keyboard-driven (arrows move, Enter opens): `figure_clicked(fund,
figure)` and `month_clicked(month, fund)` ask the dashboard for the entries behind a figure.
Every region has a tooltip and the accessible description spells out every figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from antiviolenza_desktop.domain.funds.cofinancing import month_label
from antiviolenza_desktop.domain.ledger.entries import FundTotals
from antiviolenza_desktop.domain.project.model import FUNDS
from antiviolenza_desktop.services.fund_figures import MonthSpending
from antiviolenza_desktop.ui.formatting import format_money
from antiviolenza_desktop.ui.project.fields import vocabulary_label_of

DISBURSED = QColor("#243b53")
COMMITTED = QColor("#9fb3c8")
TRACK_LINE = QColor("#627d98")
FUND_FILLS = {
    "active_policies": QColor("#243b53"),
    "passive_policies": QColor("#829ab1"),
    "housing_autonomy": QColor("#d9e2ec"),
}
BAR = 16.0
MARGIN = 8.0
FIGURES = ("allocated", "committed", "disbursed", "available")
"""The four figures of a fund; a click on any but `disbursed` lists its commitments."""


def fund_label(code: str) -> str:
    return vocabulary_label_of(FUNDS, code)


@dataclass(frozen=True)
class HitRegion:
    """A rectangle of a chart that opens something; `tip` is its tooltip."""

    rect: QRectF
    key: tuple[str, str]
    tip: str


class ClickableChart(QWidget):
    """Regions, tooltips, focus and the keyboard shared by both charts."""

    def __init__(self) -> None:
        super().__init__()
        self.regions: list[HitRegion] = []
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def region_at(self, point: QPointF) -> HitRegion | None:
        return next((r for r in self.regions if r.rect.contains(point)), None)

    def activate(self, region: HitRegion) -> None:
        raise NotImplementedError

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        region = self.region_at(event.position())
        if region is not None and event.button() == Qt.MouseButton.LeftButton:
            self.current = self.regions.index(region)
            self.update()
            self.activate(region)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.region_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            region = self.region_at(QPointF(event.pos()))
            if region is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), region.tip, self)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.regions:
            super().keyPressEvent(event)
            return
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        key = Qt.Key(event.key())
        if key in step:
            self.current = (self.current + step[key]) % len(self.regions)
            self.setAccessibleName(self.regions[self.current].tip)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate(self.regions[min(self.current, len(self.regions) - 1)])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Say which figure the keyboard is on, as the arrows will."""
        if self.regions:
            self.setAccessibleName(self.regions[min(self.current, len(self.regions) - 1)].tip)
        super().focusInEvent(event)

    def draw_focus(self, painter: QPainter) -> None:
        if self.hasFocus() and self.regions:
            rect = self.regions[min(self.current, len(self.regions) - 1)].rect
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 2.0, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))

    def line(self) -> float:
        return QFontMetricsF(self.font()).height()


class FundBars(ClickableChart):
    """`figure_clicked(fund, figure)` with figure one of FIGURES."""

    figure_clicked = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.totals: tuple[FundTotals, ...] = ()
        self.setAccessibleName(self.tr("Fondi: stanziato, impegnato, erogato, disponibile"))

    def set_totals(self, totals: Sequence[FundTotals]) -> None:
        self.totals = tuple(totals)
        self.current = 0
        self.setAccessibleDescription(
            "\n".join(f"{fund_label(t.fund)}: {self.figures_text(t)}" for t in self.totals)
        )
        self.updateGeometry()
        self.update()

    def figure_names(self) -> dict[str, str]:
        return {
            "allocated": self.tr("stanziato"),
            "committed": self.tr("impegnato"),
            "disbursed": self.tr("erogato"),
            "available": self.tr("disponibile"),
        }

    def figures_text(self, total: FundTotals) -> str:
        names = self.figure_names()
        return ", ".join(f"{names[f]} {format_money(getattr(total, f))}" for f in FIGURES)

    def _row_height(self) -> float:
        return self.line() * 2.6 + BAR + 10

    def sizeHint(self) -> QSize:
        return QSize(640, int(len(self.totals) * self._row_height() + MARGIN))

    def minimumSizeHint(self) -> QSize:
        return QSize(420, self.sizeHint().height())

    def activate(self, region: HitRegion) -> None:
        self.figure_clicked.emit(*region.key)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.regions = []
        for index, total in enumerate(self.totals):
            self._row(painter, total, MARGIN / 2 + index * self._row_height())
        self.draw_focus(painter)
        painter.end()

    def _row(self, painter: QPainter, total: FundTotals, top: float) -> None:
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        name = fund_label(total.fund)
        painter.drawText(QPointF(MARGIN, top + QFontMetricsF(bold).ascent()), name)
        painter.setFont(self.font())
        width = self.width() - 2 * MARGIN
        scale = width / max(total.allocated, total.committed, 1)
        y = top + self.line() * 1.2
        track = QRectF(MARGIN, y, total.allocated * scale, BAR)
        committed = QRectF(MARGIN, y, max(total.committed, 0) * scale, BAR)
        paid = QRectF(MARGIN, y, max(total.disbursed, 0) * scale, BAR)
        painter.setPen(QPen(TRACK_LINE, 1.0))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRect(track if total.allocated else QRectF(MARGIN, y, width, BAR))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(COMMITTED)
        painter.drawRect(committed)
        painter.setBrush(DISBURSED)
        painter.drawRect(paid)
        tips = {f: f"{name}: {text}" for f, text in self._figure_texts(total).items()}
        # The three parts of the bar side by side, so a click hits exactly one of them.
        available = QRectF(committed.right(), y, max(track.right() - committed.right(), 0), BAR)
        unpaid = QRectF(paid.right(), y, max(committed.right() - paid.right(), 0), BAR)
        for rect, figure in (
            (paid, "disbursed"),
            (unpaid, "committed"),
            (available, "available"),
        ):
            if rect.width() > 0:
                self.regions.append(HitRegion(rect, (total.fund, figure), tips[figure]))
        self._figures(painter, total, y + BAR + 4, tips)

    def _figure_texts(self, total: FundTotals) -> dict[str, str]:
        names = self.figure_names()
        return {f: f"{names[f]} {format_money(getattr(total, f))}" for f in FIGURES}

    def _figures(
        self, painter: QPainter, total: FundTotals, top: float, tips: dict[str, str]
    ) -> None:
        """The four figures in words, each with its swatch; each is a region of its own."""
        metrics = QFontMetricsF(self.font())
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        fills = {"allocated": None, "committed": COMMITTED, "disbursed": DISBURSED}
        x = MARGIN
        for figure, text in self._figure_texts(total).items():
            swatch = QRectF(x, top + (metrics.height() - 10) / 2, 10, 10)
            painter.setPen(QPen(TRACK_LINE, 1.0))
            fill = fills.get(figure)
            painter.setBrush(
                fill if fill is not None else self.palette().color(QPalette.ColorRole.Base)
            )
            if figure != "available":
                painter.drawRect(swatch)
            text_left = x + (14 if figure != "available" else 0)
            painter.setPen(ink)
            painter.drawText(QPointF(text_left, top + metrics.ascent()), text)
            right = text_left + metrics.horizontalAdvance(text)
            rect = QRectF(x, top, right - x, metrics.height())
            self.regions.append(HitRegion(rect, (total.fund, figure), tips[figure]))
            x = right + 18


class MonthChart(ClickableChart):
    """`month_clicked(month, fund)`: `YYYY-MM`, and the fund of the segment ("" for the whole
    column, from its label or the keyboard)."""

    month_clicked = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.months: list[str] = []
        self.values: dict[tuple[str, str], int] = {}
        self.setAccessibleName(self.tr("Spesa per mese"))

    def set_spending(self, rows: Sequence[MonthSpending]) -> None:
        self.values = {(row.month, row.fund): row.disbursed for row in rows}
        self.months = _month_range(sorted({row.month for row in rows}))
        self.current = 0
        self.setAccessibleDescription(
            "\n".join(f"{month_label(m)}: {format_money(self._total(m))}" for m in self.months)
        )
        self.updateGeometry()
        self.update()

    def _total(self, month: str) -> int:
        return sum(v for (m, _fund), v in self.values.items() if m == month)

    def sizeHint(self) -> QSize:
        return QSize(640, int(self.line() * 4 + 150))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def activate(self, region: HitRegion) -> None:
        self.month_clicked.emit(*region.key)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetricsF(self.font())
        self.regions = []
        legend_bottom = self._legend(painter, ink, metrics)
        if not self.months:
            painter.setPen(ink)
            painter.drawText(
                QPointF(MARGIN, legend_bottom + metrics.ascent() + 8),
                self.tr("Nessuna erogazione registrata."),
            )
            painter.end()
            return
        top = legend_bottom + metrics.height() + 6
        bottom = self.height() - metrics.height() - 6
        peak = max(max(self._total(m) for m in self.months), 1)
        slot = (self.width() - 2 * MARGIN) / max(len(self.months), 6)
        bar = min(slot * 0.6, 48.0)
        for index, month in enumerate(self.months):
            left = MARGIN + index * slot + (slot - bar) / 2
            self._column(painter, month, left, bar, top, bottom, peak)
            label = month_label(month)
            x = left + bar / 2 - metrics.horizontalAdvance(label) / 2
            painter.setPen(ink)
            painter.drawText(QPointF(x, bottom + metrics.ascent() + 3), label)
            total = format_money(self._total(month))
            tip = self.tr("%1: erogati %2").replace("%1", label).replace("%2", total)
            rect = QRectF(left - 4, bottom + 1, bar + 8, metrics.height() + 4)
            self.regions.append(HitRegion(rect, (month, ""), tip))
        painter.setPen(QPen(TRACK_LINE, 1.0))
        painter.drawLine(QPointF(MARGIN, bottom), QPointF(self.width() - MARGIN, bottom))
        self.draw_focus(painter)
        painter.end()

    def _column(
        self,
        painter: QPainter,
        month: str,
        left: float,
        bar: float,
        top: float,
        bottom: float,
        peak: int,
    ) -> None:
        scale = (bottom - top) / peak
        y = bottom
        for fund, fill in FUND_FILLS.items():
            value = self.values.get((month, fund), 0)
            if value <= 0:
                continue
            height = value * scale
            rect = QRectF(left, y - height, bar, height)
            painter.setPen(QPen(TRACK_LINE, 1.0))
            painter.setBrush(fill)
            painter.drawRect(rect)
            tip = f"{month_label(month)} · {fund_label(fund)}: {format_money(value)}"
            self.regions.append(HitRegion(rect, (month, fund), tip))
            y -= height
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6.0))
        painter.setFont(small)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        text = format_money(self._total(month))
        width = QFontMetricsF(small).horizontalAdvance(text)
        painter.drawText(QPointF(left + bar / 2 - width / 2, y - 3), text)
        painter.setFont(self.font())

    def _legend(self, painter: QPainter, ink: QColor, metrics: QFontMetricsF) -> float:
        x, y = MARGIN, 4.0
        for fund, fill in FUND_FILLS.items():
            painter.setPen(QPen(TRACK_LINE, 1.0))
            painter.setBrush(fill)
            painter.drawRect(QRectF(x, y + (metrics.height() - 10) / 2, 10, 10))
            painter.setPen(ink)
            text = fund_label(fund)
            painter.drawText(QPointF(x + 14, y + metrics.ascent()), text)
            x += 14 + metrics.horizontalAdvance(text) + 18
        return y + metrics.height()


def _month_range(months: list[str]) -> list[str]:
    """Every month from the first to the last given (`YYYY-MM`), so a month without payments
    shows as an empty column instead of vanishing."""
    if not months:
        return []
    year, month = int(months[0][:4]), int(months[0][5:])
    result = []
    while (label := f"{year:04d}-{month:02d}") <= months[-1]:
        result.append(label)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result
