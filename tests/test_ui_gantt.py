"""The «Cronoprogramma» tab: the Gantt drawn from the dashboard's snapshot, on a real store."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry
from antiviolenza_desktop.operations.funds_reading import read_funds
from antiviolenza_desktop.services import cofinancing
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.funds.dashboard import WARNING_ROLE, FundsView
from antiviolenza_desktop.ui.funds.gantt import GanttPage
from tests.funds_support import TODAY


def test_the_gantt_shows_every_action_with_its_state(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner
) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        hours = HoursEntry("Comune di Cremona", "Assistente", "3.1", "2018-05", 60, 2_550)
        cofinancing.record_hours(uow, entry=hours, today=TODAY)
    view = FundsView(opened, runner)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.show_snapshot(read_funds(opened, date(2019, 1, 15)))
    view.pages.setCurrentWidget(view.gantt)
    chart = view.gantt.chart
    assert chart.schedule is not None and len(chart.schedule.rows) == 11
    assert chart.sizeHint().width() <= 1366 - 40  # 19 months fit the smallest screen
    assert view.gantt.note.text().startswith("Oggi è il mese 12 (gen 2019)")
    assert "tratteggiato" in view.gantt.legend.text()
    description = chart.accessibleDescription().splitlines()
    assert description[1].startswith("3.1 Valutazione multidimensionale")
    assert description[1].endswith(
        "mesi 3, 4, 5, 6, 7, 8, 9, 10 (apr 2018 – nov 2018) – In ritardo"
    )
    assert description[4].endswith("mesi 18, 19 (lug 2019 – ago 2019) – Da avviare")
    row_y = int(chart.sizeHint().height() - 20)  # inside the last row, above the margin
    assert chart.row_at(QPoint(10, row_y).toPointF()) == chart.schedule.rows[-1]
    chart.grab()  # paints without error


def test_without_a_start_date_the_page_says_why_it_is_empty(qtbot: QtBot) -> None:
    page = GanttPage()
    qtbot.addWidget(page)
    page.set_schedule(None)
    assert "non ha una data di avvio" in page.note.text()
    assert page.chart.sizeHint().isEmpty() and page.legend.text() == ""


def test_a_calendar_warning_opens_the_register_of_its_rows(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner
) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        hours = HoursEntry("Comune di Cremona", "Assistente", "3.1", "2019-03", 60, 2_550)
        cofinancing.record_hours(uow, entry=hours, today=TODAY)
    view = FundsView(opened, runner)
    qtbot.addWidget(view)
    view.show_snapshot(read_funds(opened, date(2019, 4, 15)))
    item = view.warnings.item(0)
    assert item.data(WARNING_ROLE).message.code == "ore_fuori_mesi_azione"
    assert item.toolTip() == "Apri le voci del registro"
    assert view.open_warning(item.data(WARNING_ROLE)) is None
    assert view.pages.currentWidget() is view.hours
