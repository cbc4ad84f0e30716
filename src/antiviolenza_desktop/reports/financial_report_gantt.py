"""The report's «Cronoprogramma» page: the card's timeline as calendar months, and its state.

One row per action: its number as printed, its name, a cell per programme month (the card's
shaded months filled), and its state on the day of extraction (`domain.funds.schedule`, the
rule the dashboard's Gantt uses). The month of extraction is framed; a month past the
programme's duration (the card's month 19 of action 3.3) is kept and its heading marked, with a
note, so the card's own inconsistency stays visible. Under the table: the calendar's warnings
(rows dated outside their action's months, co-financing beyond the card). The PDF page and the
XLSX sheet share the words of `schedule_note` and `STATE_LABELS`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from antiviolenza_desktop.domain.funds.figures import FundWarning
from antiviolenza_desktop.domain.funds.schedule import LATE, NOT_STARTED, STATE_LABELS, Schedule

from . import form_styles as fs
from .financial_report_layout import TEXT_WIDTH, band
from .fonts import SANS, SANS_BOLD
from .form_styles import fmt_date, para

TITLE = "Cronoprogramma delle azioni"
SHADED = colors.HexColor("#829ab1")
BEYOND = colors.HexColor("#f8d7da")
TODAY_FRAME = colors.HexColor("#cf1124")
STATE_SHADES = {LATE: colors.HexColor("#f8d7da"), NOT_STARTED: colors.HexColor("#fff3c4")}
_CODE, _NAME, _STATE = 13 * mm, 72 * mm, 24 * mm


def schedule_note(schedule: Schedule | None) -> str:
    """Where the extraction day falls in the programme, and how to read the states."""
    if schedule is None:
        return (
            "Il file del programma non ha una data di avvio: i mesi della scheda restano numeri "
            "e il cronoprogramma non si può collocare nel calendario."
        )
    calendar, month = schedule.calendar, schedule.today_month
    span = f"avvio {fmt_date(calendar.start)}, fine {fmt_date(calendar.last_day_of_programme())}"
    if 1 <= month <= calendar.duration:
        where = f"Alla data di estrazione il programma è al mese {month} ({calendar.label(month)})"
    elif month < 1:
        where = "Alla data di estrazione il programma non è ancora iniziato"
    else:
        where = f"Alla data di estrazione il programma è terminato (mese {month} dall'avvio)"
    text = (
        f"{where}; {span}. In grigio i mesi ombreggiati sulla scheda. «Non avviata»: nulla "
        "registrato sull'azione alla fine del suo primo mese; «in ritardo»: mesi passati senza "
        "raggiungere il previsto (A e B); «conclusa»: previsto raggiunto."
    )
    if schedule.columns > calendar.duration:
        text += (
            f" Il mese {calendar.duration + 1} è oltre la durata del programma "
            f"({calendar.duration} mesi): la scheda lo ombreggia comunque, ed è una sua "
            "incoerenza."
        )
    return text


def gantt_story(schedule: Schedule | None, warnings: Sequence[FundWarning]) -> list[Flowable]:
    """The page: band, note, the table (when there is a start date), the warnings."""
    story: list[Flowable] = [PageBreak(), band(TITLE), para(schedule_note(schedule), "note")]
    if schedule is not None:
        story += [Spacer(0, 2 * mm), _table(schedule)]
    if warnings:
        story += [Spacer(0, 3 * mm), para("Avvisi sul calendario", "label")]
        story += [para(f"• {warning.text}", "note") for warning in warnings]
    return story


def _table(schedule: Schedule) -> Table:
    columns = schedule.columns
    cell = (TEXT_WIDTH - _CODE - _NAME - _STATE) / columns
    head = ["Azione", "Descrizione"]
    for month in range(1, columns + 1):
        name, year = schedule.calendar.label(month).split()
        head.append(f"{month}\n{name}\n{year[2:]}")
    head.append("Stato")
    rows: list[list[Any]] = [head]
    for row in schedule.rows:
        name = fs.fitted(row.action.name, "cell", _NAME - 6)
        rows.append([row.action.printed_code, name, *[""] * columns, STATE_LABELS[row.state]])
    table = Table(rows, colWidths=[_CODE, _NAME, *[cell] * columns, _STATE], repeatRows=1)
    table.setStyle(TableStyle(_style(schedule)))
    return table


def _style(schedule: Schedule) -> list[tuple[Any, ...]]:
    columns, last = schedule.columns, schedule.columns + 2
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 6.5, 8),
        ("FONT", (0, 1), (-1, -1), SANS, 8, 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), fs.INK),
        ("BACKGROUND", (0, 0), (-1, 0), fs.SHADE),
        ("ALIGN", (2, 0), (-2, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (2, 1), (last - 1, -1), 0.3, fs.RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, fs.INK),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, fs.INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    for month in range(schedule.calendar.duration + 1, columns + 1):
        commands.append(("BACKGROUND", (month + 1, 0), (month + 1, 0), BEYOND))
    for index, row in enumerate(schedule.rows, start=1):
        for month in row.action.months:
            if 1 <= month <= columns:
                commands.append(("BACKGROUND", (month + 1, index), (month + 1, index), SHADED))
        if row.state in STATE_SHADES:
            commands.append(("BACKGROUND", (last, index), (last, index), STATE_SHADES[row.state]))
    if 1 <= schedule.today_month <= columns:
        column = schedule.today_month + 1
        commands.append(("BOX", (column, 0), (column, -1), 1.2, TODAY_FRAME))
    return commands
