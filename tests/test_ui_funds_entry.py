"""Writing from the fund screens: payments, reversals, hours; refusals inline, nothing written.

A synthetic woman with a validated project (1.500 € of the active fund) on a real encrypted
store; the dialogs are filled like a coordinator would and answered by the background runner.
An operator sees the same figures with every write button disabled.
"""

from __future__ import annotations

from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.services import cofinancing, ledger
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.funds_tab import CaseFundsTab
from antiviolenza_desktop.ui.funds.dashboard import FundsView
from antiviolenza_desktop.ui.funds.dialogs import PaymentDialog
from tests.funds_support import TODAY, validate_project, work_project

WAIT = 15_000
OPERATOR = Actor(user_id=None, login="operatrice", role="operator")


def ledger_rows(opened: OpenStore) -> int:
    with closing(opened.store.raw_connection()) as connection:
        return connection.execute("SELECT count(*) FROM ledger_entries").fetchone()[0]


@pytest.fixture
def tab(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, case_id: int) -> CaseFundsTab:
    validate_project(opened, case_id, work_project(150_000))
    widget = CaseFundsTab(opened, runner)
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(case_id)
    qtbot.waitUntil(lambda: bool(widget.commitments.items), timeout=WAIT)
    return widget


def open_payment(qtbot: QtBot, tab: CaseFundsTab) -> PaymentDialog:
    tab.commitments_table.selectRow(0)
    assert tab.pay_button.isEnabled()
    qtbot.mouseClick(tab.pay_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(PaymentDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_tab_shows_her_commitment_and_residual(tab: CaseFundsTab) -> None:
    assert tab.summary.text() == (
        "Fondo politiche attive: impegnati € 1.500,00, erogati € 0,00, residuo € 1.500,00"
    )
    assert [tab.commitments.index(0, c).data() for c in range(5)] == [
        "1",
        "Fondo politiche attive",
        "€ 1.500,00",
        "€ 0,00",
        "€ 1.500,00",
    ]


def test_a_payment_is_recorded_and_the_residual_follows(
    qtbot: QtBot, tab: CaseFundsTab, opened: OpenStore
) -> None:
    dialog = open_payment(qtbot, tab)
    assert "residuo € 1.500,00" in dialog.figures.text()
    assert "la beneficiaria" in dialog.payee.placeholderText()
    qtbot.keyClicks(dialog.amount, "1.234,56")
    qtbot.keyClicks(dialog.payee, "la beneficiaria")
    qtbot.keyClicks(dialog.document, "Mandato 12/2026")
    with qtbot.waitSignal(tab.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with UnitOfWork(opened.store, opened.actor) as uow:
        payment = ledger.entry(uow, 2)
    assert (payment.kind, payment.amount, payment.commitment_seq) == ("disbursement", 123_456, 1)
    assert (payment.on, payment.payee, payment.document_ref) == (
        TODAY,
        "la beneficiaria",
        "Mandato 12/2026",
    )
    qtbot.waitUntil(lambda: "residuo € 265,44" in tab.summary.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: tab.panel.model.rowCount() == 2, timeout=WAIT)
    assert tab.panel.model.index(1, 4).data() == "erogazione"


def test_a_payment_over_the_residual_is_refused_at_the_amount_and_nothing_is_written(
    qtbot: QtBot, tab: CaseFundsTab, opened: OpenStore
) -> None:
    before = ledger_rows(opened)
    dialog = open_payment(qtbot, tab)
    qtbot.keyClicks(dialog.amount, "1.500,01")
    qtbot.keyClicks(dialog.payee, "Ente di formazione Prova")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    widget, problem = dialog.fields["amount"]
    qtbot.waitUntil(problem.isVisible, timeout=WAIT)
    text = problem.text().replace("\u00a0", " ")
    assert "L'erogazione di € 1.500,01 supera il residuo dell'impegno n. 1 (€ 1.500,00" in text
    assert "border" in widget.styleSheet()
    assert widget.accessibleDescription() == problem.text()
    assert dialog.isVisible() and dialog.amount.text() == "1.500,01"
    assert ledger_rows(opened) == before


def test_an_amount_that_is_not_an_amount_is_refused_before_writing(
    qtbot: QtBot, tab: CaseFundsTab, opened: OpenStore
) -> None:
    before = ledger_rows(opened)
    dialog = open_payment(qtbot, tab)
    qtbot.keyClicks(dialog.amount, "1.234")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    problem = dialog.fields["amount"][1]
    assert problem.isVisible() and "ambiguo" in problem.text()
    assert ledger_rows(opened) == before


def test_a_reversal_needs_the_tick_and_a_reason(
    qtbot: QtBot, tab: CaseFundsTab, opened: OpenStore
) -> None:
    tab.panel.table.selectRow(0)
    dialog = tab.panel.reverse()
    assert dialog is not None
    assert dialog.heading.text().startswith("Voce n. 1 · impegno · caso ")
    assert not dialog.save_button.isEnabled()
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields["note"][1].text() == "Scrivi il motivo dello storno."
    assert ledger_rows(opened) == 1
    qtbot.keyClicks(dialog.reason, "Progetto validato per errore")
    with qtbot.waitSignal(tab.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with UnitOfWork(opened.store, opened.actor) as uow:
        reversal = ledger.entry(uow, 2)
    assert (reversal.kind, reversal.reverses_seq, reversal.note) == (
        "reversal",
        1,
        "Progetto validato per errore",
    )
    qtbot.waitUntil(lambda: tab.commitments.rowCount() == 0, timeout=WAIT)


def test_an_operator_sees_the_figures_but_cannot_write(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, case_id: int
) -> None:
    validate_project(opened, case_id, work_project(150_000))
    operator = OpenStore(opened.store, OPERATOR)
    tab = CaseFundsTab(operator, runner)
    qtbot.addWidget(tab)
    tab.load(case_id)
    qtbot.waitUntil(lambda: bool(tab.commitments.items), timeout=WAIT)
    tab.commitments_table.selectRow(0)
    tab.panel.table.selectRow(0)
    buttons = (tab.pay_button, tab.panel.pay_button, tab.panel.reverse_button)
    assert not any(button.isEnabled() for button in buttons)
    assert tab.pay() is None and tab.panel.pay() is None and tab.panel.reverse() is None
    assert not tab.panel.read_only_hint.isHidden()
    view = FundsView(operator, runner)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: bool(view.snapshot.totals), timeout=WAIT)
    assert view.bars.totals[0].committed == 150_000
    assert not view.settings_button.isEnabled() and view.open_settings() is None
    assert not view.hours.add_button.isEnabled() and view.hours.add() is None
    assert not view.expenses.add_button.isEnabled()
    assert view.narratives.text.isReadOnly()
    assert ledger_rows(opened) == 1


@pytest.fixture
def view(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> FundsView:
    widget = FundsView(opened, runner)
    qtbot.addWidget(widget)
    widget.resize(1180, 760)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: bool(widget.snapshot.setups), timeout=WAIT)
    return widget


def test_hours_are_recorded_with_their_value(
    qtbot: QtBot, view: FundsView, opened: OpenStore
) -> None:
    dialog = view.hours.add()
    assert dialog is not None
    assert dialog.body.currentText() == "Comune di Cremona"
    assert "Provincia di Cremona" in [dialog.body.itemText(i) for i in range(dialog.body.count())]
    dialog.action.setCurrentIndex(dialog.action.findData("3.1"))
    qtbot.keyClicks(dialog.person, "Assistente sociale")
    dialog.hours.setValue(2)
    dialog.minutes.setValue(30)
    qtbot.keyClicks(dialog.cost, "25,50")
    assert dialog.value.text() == "Valore: 2 h 30 min × € 25,50 = € 63,75"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.hours.model.rowCount() == 1, timeout=WAIT)
    with UnitOfWork(opened.store, opened.actor) as uow:
        (row,) = cofinancing.hours_register(uow)
    assert (row.entry.action_code, row.entry.minutes, row.value) == ("3.1", 150, 6_375)
    assert row.entry.month == f"{TODAY:%Y-%m}"
    assert [view.hours.model.index(0, c).data() for c in (4, 5, 7)] == [
        f"{TODAY:%m/%Y}",
        "2 h 30 min",
        "€ 63,75",
    ]
    actions = view.actions_model
    row_31 = [actions.index(r, 0).data() for r in range(actions.rowCount())].index("3.1")
    assert actions.index(row_31, 6).data() == "€ 63,75"


def test_hours_without_time_are_refused_at_the_hours_and_nothing_is_written(
    qtbot: QtBot, view: FundsView, opened: OpenStore
) -> None:
    dialog = view.hours.add()
    assert dialog is not None
    qtbot.keyClicks(dialog.person, "Educatrice")
    qtbot.keyClicks(dialog.cost, "20,00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    widget, problem = dialog.fields["minutes"]
    qtbot.waitUntil(problem.isVisible, timeout=WAIT)
    assert widget is dialog.hours and "Le ore devono essere più di zero" in problem.text()
    assert dialog.isVisible()
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert cofinancing.hours_register(uow) == []


def test_a_training_expense_and_a_narrative_are_saved(
    qtbot: QtBot, view: FundsView, opened: OpenStore
) -> None:
    dialog = view.expenses.add()
    assert dialog is not None
    assert [dialog.action.itemData(i) for i in range(dialog.action.count())] == ["3.4"]
    qtbot.keyClicks(dialog.amount, "300,00")
    qtbot.keyClicks(dialog.payee, "Ente di formazione Prova")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.expenses.model.rowCount() == 1, timeout=WAIT)
    page = view.narratives
    page.action.setCurrentIndex(page.action.findData("3.4"))
    page.text.setPlainText("Due giornate di formazione per le équipe.")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notice.text() == "Relazione salvata.", timeout=WAIT)
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert cofinancing.narratives(uow) == {"3.4": "Due giornate di formazione per le équipe."}
        assert [row.entry.amount for row in cofinancing.expenses(uow)] == [30_000]
