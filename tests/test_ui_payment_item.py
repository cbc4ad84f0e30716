"""The payment dialog names the intervention it pays, and the case's ledger shows it (issue 11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.project.payment_items import PaymentItemRef
from antiviolenza_desktop.services import ledger
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.funds_tab import CaseFundsTab
from antiviolenza_desktop.ui.funds.dialogs import PaymentDialog
from tests.funds_support import validate_project
from tests.test_payment_items import TWO_INTERVENTIONS
from tests.test_ui_funds_entry import WAIT, ledger_rows, open_payment

LINK_COLUMN = 10


@pytest.fixture
def tab(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, case_id: int) -> CaseFundsTab:
    validate_project(opened, case_id, TWO_INTERVENTIONS)
    widget = CaseFundsTab(opened, runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(case_id)
    qtbot.waitUntil(lambda: bool(widget.commitments.items), timeout=WAIT)
    return widget


def _ready(qtbot: QtBot, dialog: PaymentDialog) -> None:
    qtbot.waitUntil(lambda: dialog.intervention.count() == 3, timeout=WAIT)


def test_the_payment_names_the_intervention_chosen_and_the_ledger_shows_it(
    qtbot: QtBot, tab: CaseFundsTab, opened: OpenStore
) -> None:
    dialog = open_payment(qtbot, tab)  # row 0: the active fund's commitment
    _ready(qtbot, dialog)
    texts = [dialog.intervention.itemText(i) for i in range(3)]
    assert texts == [
        "— nessuno —",
        "1. tirocinio extracurricolare (con indennità)",
        "2. certificazione delle competenze",
    ]
    dialog.intervention.setCurrentIndex(2)
    qtbot.keyClicks(dialog.amount, "100,00")
    qtbot.keyClicks(dialog.payee, "ente di formazione")
    qtbot.keyClicks(dialog.document, "Fattura 7")
    with qtbot.waitSignal(tab.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with UnitOfWork(opened.store, opened.actor) as uow:
        payment = ledger.entries_of_case(uow, tab.case_id or 0)[-1]
    assert payment.intervention == "work.interventions[1]"
    model = tab.panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT)
    links = [model.index(row, LINK_COLUMN).data() for row in range(model.rowCount())]
    assert "sull'impegno n. 1; per l'intervento n. 2" in links


def test_a_refused_item_is_shown_on_the_choice_and_nothing_is_written(
    qtbot: QtBot, tab: CaseFundsTab, opened: OpenStore, case_id: int
) -> None:
    dialog = open_payment(qtbot, tab)
    _ready(qtbot, dialog)
    # an item of the passive fund forced into the active commitment's choice
    dialog.intervention.addItem("sostegno", "passive_supports[0]")
    dialog.intervention.setCurrentIndex(3)
    assert dialog.intervention.value() == PaymentItemRef(case_id, "passive_supports[0]")
    qtbot.keyClicks(dialog.amount, "100,00")
    qtbot.keyClicks(dialog.payee, "la beneficiaria")
    qtbot.keyClicks(dialog.document, "Mandato 3")
    before = ledger_rows(opened)
    problem = dialog.fields["intervention"][1]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(problem.isVisible, timeout=WAIT)
    assert "Fondo politiche passive" in problem.text()
    assert dialog.isVisible() and ledger_rows(opened) == before
