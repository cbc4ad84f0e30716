"""Period approval in the «Rete» area, driven like a person would: the capofila's table shows
the Ambito's submitted period, approving it writes the decision file, the Ambito's box imports
it and shows the period approved; a send-back without a reason is refused in words; for an
operator the buttons are disabled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import Actor
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.view import ExchangeView
from antiviolenza_desktop.ui.exchange.widgets import table_texts
from tests.approval_support import LAST_MONTH, export_submitting, merge
from tests.exchange_stores import Network, enrolled_network

WAIT = 20_000


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    built = enrolled_network(tmp_path, ("cremonese",))
    merge(built.capofila, export_submitting(built.ambiti["cremonese"], LAST_MONTH))
    yield built
    built.close()


def _view(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> ExchangeView:
    view = ExchangeView(opened, runner)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.state is not None, timeout=WAIT)
    return view


def test_approve_at_the_capofila_then_import_at_the_ambito(
    qtbot: QtBot, network: Network, runner: BackgroundRunner, tmp_path: Path
) -> None:
    capofila = _view(qtbot, network.capofila, runner)
    table = capofila.province_periods.table
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=WAIT)
    assert table_texts(table)[0][1:3] == [LAST_MONTH.label, "sottomesso, in attesa"]
    capofila.province_periods.ask_and_decide("approve")  # nothing selected: said in words
    assert "Seleziona" in capofila.province_periods.error.text()
    table.selectRow(0)
    row = capofila.province_periods.selected()
    assert row is not None
    path = tmp_path / "decisioni.avdecisioni"
    capofila.province_periods.decide(row, "approve", path)
    qtbot.waitUntil(lambda: "APPROVATO" in table_texts(table)[0][2], timeout=WAIT)
    assert path.exists() and "decisioni" in capofila.province_periods.status.text()

    ambito = _view(qtbot, network.ambiti["cremonese"], runner)
    box = ambito.ambito_periods
    qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=WAIT)
    assert table_texts(box.table)[0][1] == "sottomesso, in attesa"
    box.import_file(path)
    qtbot.waitUntil(lambda: "APPROVATO" in table_texts(box.table)[0][1], timeout=WAIT)
    assert "n. 1 applicato" in box.status.text()
    box.import_file(path)  # the same file again: refused in words
    qtbot.waitUntil(lambda: "non è più recente" in box.error.text(), timeout=WAIT)


def test_a_send_back_without_reason_is_refused_in_words(
    qtbot: QtBot, network: Network, runner: BackgroundRunner, tmp_path: Path
) -> None:
    capofila = _view(qtbot, network.capofila, runner)
    panel = capofila.province_periods
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    path = tmp_path / "d.avdecisioni"
    panel.decide(panel.rows[0], "send_back", path, "  ")
    qtbot.waitUntil(lambda: "motivo" in panel.error.text(), timeout=WAIT)
    assert not path.exists()
    panel.decide(panel.rows[0], "send_back", path, "Mancano le ore di cofinanziamento")
    qtbot.waitUntil(lambda: "rinviato" in table_texts(panel.table)[0][2], timeout=WAIT)
    assert table_texts(panel.table)[0][4] == "Mancano le ore di cofinanziamento"


def test_an_operator_sees_the_buttons_disabled(
    qtbot: QtBot, network: Network, runner: BackgroundRunner
) -> None:
    capofila = network.capofila
    operator = OpenStore(capofila.store, Actor(user_id=None, login="op", role="operator"))
    view = ExchangeView(operator, runner)
    qtbot.addWidget(view)
    panel = view.province_periods
    buttons = (panel.approve_button, panel.send_back_button, panel.reopen_button)
    assert not any(button.isEnabled() for button in buttons)
    box = view.ambito_periods
    assert not box.submit_button.isEnabled() and not box.import_button.isEnabled()
