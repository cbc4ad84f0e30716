"""The «Formazione e rete» tab of an Ambito store, and the capofila's view of its figures.

A session and an organisation are added through their dialogs, a refusal shows under its
field with nothing written, a leaving day and a reversal go through; an operator only reads.
At the capofila, a bundle from an Ambito whose audit log was really cut short is merged and
the provincial view warns about it in words; the network and training figures are shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.funds.network_training import (
    KIND_CODES,
    MemberEntry,
    TrainingEntry,
)
from antiviolenza_desktop.operations.exchange_bundles import (
    export_bundle_file,
    merge_files,
    preview_files,
)
from antiviolenza_desktop.services import network_members, training
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.province_view import ProvinceView
from antiviolenza_desktop.ui.exchange.view import ExchangeView
from antiviolenza_desktop.ui.exchange.widgets import table_texts
from antiviolenza_desktop.ui.funds.network_registers import TrainingNetworkView
from tests.exchange_stores import Network, enrolled_network

WAIT = 20_000


@pytest.fixture
def view(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> TrainingNetworkView:
    widget = TrainingNetworkView(opened, runner)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.training.summary.text() != "", timeout=WAIT)
    return widget


def test_a_session_is_added_through_the_dialog(qtbot: QtBot, view: TrainingNetworkView) -> None:
    dialog = view.training.add()
    assert dialog is not None and dialog.action.currentData() == "3.4"
    qtbot.keyClicks(dialog.topic, "Modulo 2")
    dialog.hours.setValue(3)
    dialog.counts["cav"].setValue(4)
    dialog.counts["sanita"].setValue(2)
    with qtbot.waitSignal(view.training.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.training.model.rowCount() == 1, timeout=WAIT)
    assert view.training.summary.text() == "Sessioni: 1 · durata 3 h · partecipanti 6"
    assert view.training.model.index(0, 5).data().startswith("6 (")


def test_a_session_without_participants_is_refused_under_its_field(
    qtbot: QtBot, view: TrainingNetworkView, opened: OpenStore
) -> None:
    dialog = view.training.add()
    assert dialog is not None
    qtbot.keyClicks(dialog.topic, "Modulo 3")
    dialog.hours.setValue(2)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    problem = dialog.fields["participants"][1]
    qtbot.waitUntil(problem.isVisible, timeout=WAIT)
    assert "almeno un partecipante" in problem.text()
    assert dialog.isVisible()
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert training.training_register(uow) == []


def test_a_member_joins_leaves_and_another_is_reversed(
    qtbot: QtBot, view: TrainingNetworkView, opened: OpenStore
) -> None:
    dialog = view.members.add()
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Consultorio Prova")
    dialog.kind.setCurrentIndex(dialog.kind.findData("sanita"))
    with qtbot.waitSignal(view.members.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.members.model.rowCount() == 1, timeout=WAIT)
    assert view.members.summary.text() == "Organizzazioni nella rete oggi: 1"
    assert view.members.model.index(0, 2).data() == "Sanità (altri enti)"
    view.members.table.selectRow(0)
    assert view.members.leave_button.isEnabled()
    leaving = view.members.leave()
    assert leaving is not None
    with qtbot.waitSignal(view.members.changed, timeout=WAIT):
        qtbot.mouseClick(leaving.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "oggi: 0" in view.members.summary.text(), timeout=WAIT)
    view.members.table.selectRow(0)
    assert not view.members.leave_button.isEnabled()
    reversal = view.members.reverse()
    assert reversal is not None
    qtbot.keyClicks(reversal.reason, "Inserita per errore")
    reversal.confirm.setChecked(True)
    with qtbot.waitSignal(view.members.changed, timeout=WAIT):
        qtbot.mouseClick(reversal.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.members.model.rowCount() == 2, timeout=WAIT)
    with UnitOfWork(opened.store, opened.actor) as uow:
        rows = network_members.network_register(uow)
    assert rows[0].left_on == date.today() and rows[1].reverses_id == rows[0].id


def test_a_target_body_of_the_card_joins_and_the_growth_is_shown(
    qtbot: QtBot, view: TrainingNetworkView, opened: OpenStore
) -> None:
    """No member at the end of the card's month: the growth cannot be computed, and the
    view says why; once a baseline member is in, a Camera di Commercio joining is growth."""
    assert view.members.growth.text().startswith("Crescita non calcolabile")
    assert "01/2018" in view.members.growth.text()
    with UnitOfWork(opened.store, opened.actor) as uow:
        entry = MemberEntry("Servizio Prova", "servizi_sociali", date(2016, 1, 4))
        network_members.add_member(uow, entry=entry, today=date.today())
    dialog = view.members.add()
    assert dialog is not None
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == list(KIND_CODES)
    qtbot.keyClicks(dialog.name, "Camera Prova")
    dialog.kind.setCurrentIndex(dialog.kind.findData("camera_commercio"))
    with qtbot.waitSignal(view.members.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.members.model.rowCount() == 2, timeout=WAIT)
    assert view.members.model.index(1, 2).data() == "Camera di Commercio"
    assert view.members.growth.text() == (
        "A fine 01/2018 erano 1: crescita 100 % (obiettivo +10 %, cioè 2); obiettivo raggiunto."
    )


def test_an_operator_only_reads(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> None:
    operator = OpenStore(opened.store, Actor(user_id=None, login="op", role="operator"))
    widget = TrainingNetworkView(operator, runner)
    qtbot.addWidget(widget)
    assert not widget.training.add_button.isEnabled()
    assert not widget.members.add_button.isEnabled()
    assert widget.training.add() is None and widget.members.leave() is None


# --- the capofila ---------------------------------------------------------------------------


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    made = enrolled_network(tmp_path, ("cremonese",))
    yield made
    made.close()


def _merge(network: Network, path: Path) -> None:
    export_bundle_file(network.ambiti["cremonese"], path)
    outcomes = merge_files(
        network.capofila, preview_files(network.capofila, [path]), all_or_none=False
    )
    assert [o.merged for o in outcomes] == [True]


def test_the_provincial_view_warns_of_a_shortened_audit_log(
    qtbot: QtBot, network: Network, runner: BackgroundRunner, tmp_path: Path
) -> None:
    ambito = network.ambiti["cremonese"]
    today = date.today()
    with UnitOfWork(ambito.store, ambito.actor) as uow:
        training.record_training(
            uow, entry=TrainingEntry(today, "Modulo Prova", 150, {"cav": 5}), today=today
        )
        network_members.add_member(
            uow,
            entry=MemberEntry("Cooperativa Prova", "terzo_settore", today - timedelta(days=3)),
            today=today,
        )
    _merge(network, tmp_path / "primo.avbundle")
    with closing(ambito.store.raw_connection()) as connection:
        (head,) = connection.execute("SELECT max(seq) FROM audit_log").fetchone()
        connection.execute("DROP TRIGGER audit_log_no_delete")
        connection.execute("DELETE FROM audit_log WHERE seq > ?", (head - 3,))
        connection.commit()
    _merge(network, tmp_path / "secondo.avbundle")

    widget = ProvinceView(network.capofila, runner)
    qtbot.addWidget(widget)
    widget.resize(1180, 760)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.totals is not None, timeout=WAIT)
    assert widget.audit_warning.isVisible()
    assert "più corto dell'ultima volta" in widget.audit_warning.text()
    assert "manomissione" in widget.audit_warning.text()
    states = [row[4] for row in table_texts(widget.ambiti_table)]
    assert any("registro delle attività più corto" in state for state in states)
    assert "Organizzazioni nella rete: 1." in widget.registers.network.text()
    assert "Crescita non calcolabile" in widget.registers.network.text()
    assert table_texts(widget.registers.network_table) == [["Terzo settore", "1"]]
    training_rows = {row[0]: row for row in table_texts(widget.registers.training_table)}
    assert training_rows["Cremonese"][1:] == ["1", "2 h 30 min", "5"]


def test_an_ambito_store_has_the_training_and_network_tab(
    qtbot: QtBot, network: Network, runner: BackgroundRunner
) -> None:
    widget = ExchangeView(network.ambiti["cremonese"], runner)
    qtbot.addWidget(widget)
    widget.refresh()
    qtbot.waitUntil(lambda: widget.state is not None, timeout=WAIT)
    assert widget.ambito_tabs.tabText(1).replace("&", "") == "Formazione e rete"
    qtbot.waitUntil(lambda: widget.registers.members.summary.text() != "", timeout=WAIT)
