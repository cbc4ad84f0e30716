"""The programme's Gantt, drawn with QPainter: actions by month, as the card's timeline.

One row per action of the card: its code and name, a cell per programme month (the card's
shaded months filled, the month number and the calendar month in the header), its state today
(`domain.funds.schedule`: to start, not started, running, late, finished) as a coloured
label. Today's month has a frame down the whole chart; a month past the programme's duration
(the card's month 19 of action 3.3) is hatched in the header, so the card's own
inconsistency stays visible. State colours differ in lightness and the state is written out,
so the chart reads without colour. Each row has a tooltip and the accessible description
spells out every row.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from antiviolenza_desktop.domain.funds import schedule as states
from antiviolenza_desktop.domain.funds.schedule import Schedule, ScheduleRow
from antiviolenza_desktop.domain.programme.calendar import ProgrammeCalendar, is_active
from antiviolenza_desktop.ui.formatting import format_date

SHADED = QColor("#829ab1")
GRID = QColor("#bcccdc")
TODAY_FRAME = QColor("#cf1124")
STATE_FILLS = {
    states.TO_START: QColor("#d9e2ec"),
    states.NOT_STARTED: QColor("#f7c948"),
    states.RUNNING: QColor("#7cc4fa"),
    states.LATE: QColor("#cf1124"),
    states.FINISHED: QColor("#3f9142"),
}
DARK_FILLS = {states.LATE, states.FINISHED}
CELL = 40.0
ROW = 26.0
NAME_WIDTH = 270.0
STATE_WIDTH = 110.0
MARGIN = 6.0


class GanttChart(QWidget):
    """`set_schedule(schedule)` draws it; None (no start date) draws nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.schedule: Schedule | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Cronoprogramma delle azioni"))

    def state_labels(self) -> dict[str, str]:
        return {
            states.TO_START: self.tr("Da avviare"),
            states.NOT_STARTED: self.tr("Non avviata"),
            states.RUNNING: self.tr("In corso"),
            states.LATE: self.tr("In ritardo"),
            states.FINISHED: self.tr("Conclusa"),
        }

    def month_names(self) -> tuple[str, ...]:
        """The calendar's month abbreviations in the interface's language (the printed report
        writes `domain.programme.calendar`'s Italian ones)."""
        hint = "month abbreviation"
        return (
            self.tr("gen", hint),
            self.tr("feb", hint),
            self.tr("mar", hint),
            self.tr("apr", hint),
            self.tr("mag", hint),
            self.tr("giu", hint),
            self.tr("lug", hint),
            self.tr("ago", hint),
            self.tr("set", hint),
            self.tr("ott", hint),
            self.tr("nov", hint),
            self.tr("dic", hint),
        )

    def month_text(self, calendar: ProgrammeCalendar, month: int) -> tuple[str, str]:
        """Programme month `month` as the calendar month it starts in: (abbreviation, year)."""
        first = calendar.first_day(month)
        return self.month_names()[first.month - 1], str(first.year)

    def span_text(self, calendar: ProgrammeCalendar, months: tuple[int, ...]) -> str:
        """An action's months written out, `apr 2018 – nov 2018`, in the interface's language."""
        if not months:
            return ""
        first, last = (" ".join(self.month_text(calendar, m)) for m in (min(months), max(months)))
        return first if first == last else f"{first} – {last}"

    def set_schedule(self, schedule: Schedule | None) -> None:
        self.schedule = schedule
        rows = schedule.rows if schedule else ()
        self.setAccessibleDescription("\n".join(self.row_text(row) for row in rows))
        self.updateGeometry()
        self.update()

    def row_text(self, row: ScheduleRow) -> str:
        """The tooltip of a row: code, name, months (numbers and calendar), state."""
        if self.schedule is None:
            return ""
        action = row.action
        months = ", ".join(str(month) for month in action.months)
        span = self.span_text(self.schedule.calendar, action.months)
        return (
            self.tr("%1 %2 – mesi %3 (%4) – %5")
            .replace("%1", action.printed_code)
            .replace("%2", action.name)
            .replace("%3", months)
            .replace("%4", span)
            .replace("%5", self.state_labels()[row.state])
        )

    def _header_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 3 + 8

    def sizeHint(self) -> QSize:
        if self.schedule is None:
            return QSize(0, 0)
        width = NAME_WIDTH + self.schedule.columns * CELL + STATE_WIDTH + 2 * MARGIN
        height = self._header_height() + len(self.schedule.rows) * ROW + 2 * MARGIN
        return QSize(int(width), int(height))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def row_at(self, point: QPointF) -> ScheduleRow | None:
        if self.schedule is None:
            return None
        index = int((point.y() - MARGIN - self._header_height()) // ROW)
        inside = point.y() >= MARGIN + self._header_height()
        return self.schedule.rows[index] if inside and index < len(self.schedule.rows) else None

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            row = self.row_at(QPointF(event.pos()))
            if row is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.row_text(row), self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.schedule is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._header(painter, self.schedule)
        top = MARGIN + self._header_height()
        for index, row in enumerate(self.schedule.rows):
            self._row(painter, self.schedule, row, top + index * ROW)
        self._today(painter, self.schedule)
        painter.end()

    def _column(self, month: int) -> QRectF:
        left = MARGIN + NAME_WIDTH + (month - 1) * CELL
        return QRectF(left, MARGIN, CELL, self.height() - 2 * MARGIN)

    def _header(self, painter: QPainter, schedule: Schedule) -> None:
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        line = QFontMetricsF(self.font()).height()
        bold = QFont(self.font())
        bold.setBold(True)
        for month in range(1, schedule.columns + 1):
            rect = QRectF(self._column(month).left(), MARGIN, CELL, line * 3 + 4)
            if month > schedule.calendar.duration:
                painter.fillRect(rect, QBrush(TODAY_FRAME, Qt.BrushStyle.BDiagPattern))
            name, year = self.month_text(schedule.calendar, month)
            painter.setPen(ink)
            painter.setFont(bold if month == schedule.today_month else self.font())
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter, f"{month}\n{name}\n{year}")
        painter.setFont(bold)
        header = QRectF(MARGIN, MARGIN, NAME_WIDTH - 6, line * 3 + 4)
        painter.drawText(header, Qt.AlignmentFlag.AlignBottom, self.tr("Azione"))
        state = QRectF(self._column(schedule.columns + 1).left() + 6, MARGIN, STATE_WIDTH, line * 3)
        painter.drawText(state, Qt.AlignmentFlag.AlignBottom, self.tr("Stato oggi"))
        painter.setFont(self.font())

    def _row(self, painter: QPainter, schedule: Schedule, row: ScheduleRow, top: float) -> None:
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetricsF(self.font())
        title = f"{row.action.printed_code}  {row.action.name}"
        name = metrics.elidedText(title, Qt.TextElideMode.ElideRight, NAME_WIDTH - 12)
        painter.setPen(ink)
        text_rect = QRectF(MARGIN, top, NAME_WIDTH - 6, ROW)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, name)
        for month in range(1, schedule.columns + 1):
            cell = QRectF(self._column(month).left(), top + 3, CELL, ROW - 6)
            if is_active(row.action, month):
                painter.fillRect(cell.adjusted(1, 0, -1, 0), SHADED)
                if month > schedule.calendar.duration:  # shaded on the card past its end
                    painter.fillRect(cell, QBrush(TODAY_FRAME, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(GRID, 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell)
        pill = QRectF(self._column(schedule.columns + 1).left() + 6, top + 3, STATE_WIDTH, ROW - 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STATE_FILLS[row.state])
        painter.drawRoundedRect(pill, 4, 4)
        painter.setPen(QColor("white") if row.state in DARK_FILLS else QColor("#102a43"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, self.state_labels()[row.state])

    def _today(self, painter: QPainter, schedule: Schedule) -> None:
        if not 1 <= schedule.today_month <= schedule.columns:
            return
        painter.setPen(QPen(TODAY_FRAME, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._column(schedule.today_month).adjusted(1, 0, -1, 0))


class GanttPage(QWidget):
    """The «Cronoprogramma» tab: where today is in the programme, the chart, the legend."""

    def __init__(self) -> None:
        super().__init__()
        self.chart = GanttChart()
        self.note = QLabel(wordWrap=True)
        self.legend = QLabel(wordWrap=True)
        self.legend.setStyleSheet("color: #555555;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addWidget(scroll, 1)
        column.addWidget(self.legend)

    def set_schedule(self, schedule: Schedule | None) -> None:
        self.chart.set_schedule(schedule)
        self.note.setText(self.where_today(schedule))
        self.legend.setText(self.legend_text(schedule))

    def where_today(self, schedule: Schedule | None) -> str:
        if schedule is None:
            return self.tr(
                "Il file del programma non ha una data di avvio: i mesi della scheda restano "
                "numeri e il cronoprogramma non si può collocare nel calendario."
            )
        calendar, month = schedule.calendar, schedule.today_month
        start = format_date(calendar.start)
        end = format_date(calendar.last_day_of_programme())
        if month < 1:
            text = self.tr("Il programma inizia il %1 e termina il %2.")
        elif month <= calendar.duration:
            text = self.tr("Oggi è il mese %3 (%4), riquadrato in rosso; avvio %1, fine %2.")
        else:
            text = self.tr("Il programma, avviato il %1, è terminato il %2; oggi è il mese %3.")
        return (
            text.replace("%1", start)
            .replace("%2", end)
            .replace("%3", str(month))
            .replace("%4", " ".join(self.chart.month_text(calendar, month)))
        )

    def legend_text(self, schedule: Schedule | None) -> str:
        if schedule is None:
            return ""
        text = self.tr(
            "In grigio i mesi ombreggiati sulla scheda. Stato: «non avviata» se nulla è "
            "registrato sull'azione alla fine del suo primo mese, «in ritardo» se i suoi mesi "
            "sono passati senza raggiungere il previsto (A e B), «conclusa» se l'ha raggiunto."
        )
        if schedule.columns > schedule.calendar.duration:
            text += " " + self.tr(
                "Il mese tratteggiato è oltre la durata del programma (%1 mesi): la scheda lo "
                "ombreggia comunque, ed è una sua incoerenza."
            ).replace("%1", str(schedule.calendar.duration))
        return text
