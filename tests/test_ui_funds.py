"""The "Fondi" area: figures equal to the services', and every figure opens its entries.

Synthetic women with validated projects (tests/funds_support.py) on a real encrypted store;
the view reads on the real background runner, the tests click the drawn bars, the month
column, a warning and a table cell, and wait for the answers (no sleeps).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.services import fund_figures, fund_settings, ledger, ledger_writes
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.funds.charts import ClickableChart
from antiviolenza_desktop.ui.funds.dashboard import SPENT_COLUMN, FundsView
from antiviolenza_desktop.ui.funds.entries import EntriesDialog
from tests.funds_support import TODAY, new_case, validate_project, work_project

WAIT = 15_000


@pytest.fixture
def funded(opened: OpenStore) -> list[int]:
    """Three women: 3.000 + 3.000 + 3.000 € of the active fund (90% of the 10.000 € this
    Ambito set by hand — the Provincia's fund is not split by default: a near-exhaustion
    warning), 200 € of the passive one, and one payment."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        fund_settings.configure_fund(
            uow, fund="active_policies", allocation=1_000_000, cap_per_woman=None
        )
    cases = [new_case(opened, seed) for seed in range(3)]
    validate_project(opened, cases[0], work_project(300_000, 20_000))
    validate_project(opened, cases[1], work_project(300_000))
    validate_project(opened, cases[2], work_project(300_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_writes.record_disbursement(
            uow,
            commitment_seq=1,
            amount=30_000,
            on=TODAY,
            payee="la beneficiaria",
            document_ref="M1",
        )
    return cases


@pytest.fixture
def view(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, funded: list[int]) -> FundsView:
    widget = FundsView(opened, runner)
    qtbot.addWidget(widget)
    widget.resize(1180, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    qtbot.waitUntil(lambda: bool(widget.snapshot.totals), timeout=WAIT)
    return widget


def click_region(qtbot: QtBot, chart: ClickableChart, key: tuple[str, str]) -> None:
    chart.repaint()  # regions are laid out by painting
    region = next(r for r in chart.regions if r.key == key)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=region.rect.center().toPoint())


def opened_list(qtbot: QtBot, view: FundsView) -> EntriesDialog:
    qtbot.waitUntil(lambda: view.entries_dialog is not None, timeout=WAIT)
    dialog = view.entries_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.panel.status.text().endswith("voci"), timeout=WAIT)
    return dialog


def cells(dialog: EntriesDialog, row: int) -> list[str]:
    model = dialog.panel.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_bars_show_the_services_figures_in_words(view: FundsView, opened: OpenStore) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        expected = ledger.totals(uow)
    assert view.bars.totals == expected
    description = view.bars.accessibleDescription()
    assert (
        "Fondo politiche attive: stanziato € 10.000,00, impegnato € 9.000,00, "
        "erogato € 300,00, disponibile € 1.000,00"
    ) in description
    assert "Fondo politiche passive: stanziato € 4.666,67, impegnato € 200,00" in description
    view.bars.repaint()
    tips = {region.key: region.tip for region in view.bars.regions}
    assert tips["active_policies", "disbursed"] == "Fondo politiche attive: erogato € 300,00"


def test_clicking_the_disbursed_bar_lists_the_payments_behind_it(
    qtbot: QtBot, view: FundsView, opened: OpenStore
) -> None:
    click_region(qtbot, view.bars, ("active_policies", "disbursed"))
    dialog = opened_list(qtbot, view)
    with UnitOfWork(opened.store, opened.actor) as uow:
        behind = fund_figures.entries_behind(uow, figure="disbursed", fund="active_policies")
    assert [e.seq for e in dialog.panel.model.items] == [e.seq for e in behind] == [5]
    row = cells(dialog, 0)
    assert row[1] == f"{TODAY:%d/%m/%Y}"
    assert row[2] == behind[0].case_code
    assert row[3:6] == ["Fondo politiche attive", "erogazione", "€ 300,00"]
    assert row[7:9] == ["la beneficiaria", "M1"]
    assert row[10] == "sull'impegno n. 1"


def test_clicking_a_committed_figure_lists_the_commitments_with_their_residuals(
    qtbot: QtBot, view: FundsView
) -> None:
    click_region(qtbot, view.bars, ("active_policies", "committed"))
    dialog = opened_list(qtbot, view)
    assert [e.seq for e in dialog.panel.model.items] == [1, 3, 4]
    assert [cells(dialog, row)[6] for row in range(3)] == ["€ 2.700,00", "€ 3.000,00", "€ 3.000,00"]
    assert {cells(dialog, row)[4] for row in range(3)} == {"impegno"}


def test_the_month_column_lists_that_month_s_payments(qtbot: QtBot, view: FundsView) -> None:
    month = f"{TODAY:%Y-%m}"
    assert view.months.months == [month]
    click_region(qtbot, view.months, (month, ""))
    dialog = opened_list(qtbot, view)
    assert [e.kind for e in dialog.panel.model.items] == ["disbursement"]
    assert dialog.title.text() == f"Erogazioni di {TODAY:%m/%Y}"


def test_a_warning_opens_the_commitments_of_its_fund(qtbot: QtBot, view: FundsView) -> None:
    first = view.warnings.item(0)
    assert first.text().startswith("Fondo politiche attive: impegnato il 90%")
    rect = view.warnings.visualItemRect(first)
    qtbot.mouseClick(view.warnings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = opened_list(qtbot, view)
    assert {e.fund for e in dialog.panel.model.items} == {"active_policies"}
    assert dialog.title.text() == "Fondo politiche attive: impegni e loro storni"


def test_the_actions_table_shows_planned_against_actual_and_opens_a_cell(
    qtbot: QtBot, view: FundsView
) -> None:
    model = view.actions_model
    codes = [model.index(row, 0).data() for row in range(model.rowCount())]
    row = codes.index("3.2 attive")
    assert [model.index(row, column).data() for column in (2, 3, 4)] == [
        "€ 30.000,00",
        "€ 9.000,00",
        "€ 300,00",
    ]
    view.pages.setCurrentIndex(1)
    table = view.actions_table
    rect = table.visualRect(model.index(row, SPENT_COLUMN))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = opened_list(qtbot, view)
    assert [e.kind for e in dialog.panel.model.items] == ["disbursement"]


def test_the_keyboard_reaches_every_figure(qtbot: QtBot, view: FundsView) -> None:
    view.bars.repaint()
    view.bars.setFocus()
    keys = [region.key for region in view.bars.regions]
    target = keys.index(("active_policies", "disbursed"))
    qtbot.keyClick(view.bars, Qt.Key.Key_Left)
    for _ in range(target + 1):
        qtbot.keyClick(view.bars, Qt.Key.Key_Right)
    assert view.bars.accessibleName() == "Fondo politiche attive: erogato € 300,00"
    qtbot.keyClick(view.bars, Qt.Key.Key_Return)
    dialog = opened_list(qtbot, view)
    assert [e.seq for e in dialog.panel.model.items] == [5]


def test_fund_settings_refuse_an_allocation_below_the_commitments_inline(
    qtbot: QtBot, view: FundsView, opened: OpenStore
) -> None:
    dialog = view.open_settings()
    assert dialog is not None
    assert dialog.fund.currentData() == "active_policies"
    dialog.allocation.setText("8.999,99")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    problem = dialog.fields["allocation"][1]
    qtbot.waitUntil(problem.isVisible, timeout=WAIT)
    assert "non può scendere a €\u00a08.999,99" in problem.text()
    assert dialog.allocation.styleSheet()
    dialog.fund.setCurrentIndex(2)
    dialog.allocation.setText("12.000,00")
    dialog.cap.setText("4.000,00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(
        lambda: any(s.cap_per_woman == 400_000 for s in view.snapshot.setups), timeout=WAIT
    )
    housing = next(t for t in view.bars.totals if t.fund == "housing_autonomy")
    assert housing.allocated == 1_200_000


def test_the_month_chart_fills_the_months_without_payments() -> None:
    from antiviolenza_desktop.ui.funds.charts import _month_range

    assert _month_range(["2025-11", "2026-02"]) == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert _month_range([]) == []


def test_clicking_outside_any_figure_opens_nothing(qtbot: QtBot, view: FundsView) -> None:
    view.bars.repaint()
    qtbot.mouseClick(view.bars, Qt.MouseButton.LeftButton, pos=QPoint(view.bars.width() - 2, 1))
    assert view.entries_dialog is None


def test_the_fund_models_pass_the_model_tester(view: FundsView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.actions_model)
    qtmodeltester.check(view.hours.model)
    dialog = view.open_figure("active_policies", "committed")
    qtmodeltester.check(dialog.panel.model)
