"""Transfer on the real main window at 1366×768: «Trasferisci a un altro Ambito…» on the
sender's case (the file written, the case read-only with its notice), then «Ricevi un caso
trasferito…» in the receiver's «Rete › Casi trasferiti» (the new case, the replay refused
inline with the store unchanged), and the card registered through its dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.operations import case_transfer as ops
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case
from antiviolenza_desktop.ui.ambito_names import ambito_name
from tests.exchange_stores import enrolled_network
from tests.test_ui_form_drafts import _unlock, _window
from tests.transfer_support import RECEIVER, SENDER, dump, exchange_cards, woman


@pytest.fixture
def stores(tmp_path: Path) -> tuple[Path, Path, int]:
    network = enrolled_network(tmp_path, (SENDER, RECEIVER))
    sender, receiver = network.ambiti[SENDER], network.ambiti[RECEIVER]
    exchange_cards(sender, receiver)
    case_id = woman(sender)
    paths = (sender.store.database, receiver.store.database)
    network.close()
    return paths[0], paths[1], case_id


def test_send_from_the_case_and_receive_in_the_network_area(
    qtbot: QtBot, stores: tuple[Path, Path, int], tmp_path: Path
) -> None:
    sender_path, receiver_path, case_id = stores
    window = _window(qtbot, sender_path)
    workspace = _unlock(qtbot, window)
    workspace.open_case(case_id)
    detail = workspace.detail
    button = detail.transfer_button
    assert button.isVisible() and detail.edit_button.isEnabled()
    button.ask()
    dialog = button.dialog
    assert dialog.ambito.currentData() == RECEIVER
    out = tmp_path / "caso.avtr"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.written, timeout=10_000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: not detail.edit_button.isEnabled())
    assert out.exists()
    assert not button.isVisible()
    assert ambito_name(RECEIVER) != RECEIVER  # the notice names the Ambito, not its code
    assert ambito_name(RECEIVER) in detail.notice.text()
    assert detail.read_only_hint.text() == "Sola lettura: caso trasferito"
    window.close()

    window = _window(qtbot, receiver_path)
    workspace = _unlock(qtbot, window)
    workspace.show_network()
    view = workspace.network
    view.ambito_tabs.setCurrentWidget(view.transfer_box)
    box = view.transfer_box
    assert ambito_name(SENDER) in box.partners.text()
    with qtbot.waitSignal(box.received, timeout=10_000) as blocker:
        _accept_information(qtbot)
        box.receive_from(out)
    assert isinstance(blocker.args[0], int)
    opened = window.session.opened
    assert opened is not None
    state = dump(opened)
    box.receive_from(out)
    qtbot.waitUntil(lambda: box.error.isVisible())
    assert "già stato ricevuto" in box.error.text()
    assert dump(opened) == state


def _accept_information(qtbot: QtBot, shown: list[tuple[object, str]] | None = None) -> None:
    """Close the «Caso ricevuto» box as soon as it shows (its icon and text kept in `shown`)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                if shown is not None:
                    shown.append((widget.icon(), widget.text()))
                widget.accept()
                return
        QTimer.singleShot(50, close)

    QTimer.singleShot(50, close)


def test_register_card_dialog_refuses_a_wrong_fingerprint(qtbot: QtBot, tmp_path: Path) -> None:
    network = enrolled_network(tmp_path, (SENDER, RECEIVER))
    card_file = tmp_path / "card.json"
    ops.write_own_card(network.ambiti[RECEIVER], card_file)
    card = ops.own_card(network.ambiti[RECEIVER])
    sender_path = network.ambiti[SENDER].store.database
    network.close()
    window = _window(qtbot, sender_path)
    workspace = _unlock(qtbot, window)
    workspace.show_network()
    box = workspace.network.transfer_box
    dialog = box.register_from(card_file)
    assert dialog is not None
    dialog.typed.setText("11111 22222 33333 44444 55555 66666")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "NON registrata" in _problems(dialog))
    dialog.typed.setText(card.fingerprint)
    with qtbot.waitSignal(dialog.written, timeout=10_000):
        dialog.save_button.click()
    assert ambito_name(RECEIVER) in box.partners.text()


def _problems(dialog: object) -> str:
    fields = getattr(dialog, "fields")  # noqa: B009 - WriteDialog's rows
    return " ".join(label.text() for _widget, label in fields.values())


def test_missing_consent_is_shown_in_the_dialog_and_nothing_is_written(
    qtbot: QtBot, tmp_path: Path
) -> None:
    network = enrolled_network(tmp_path, (SENDER, RECEIVER))
    exchange_cards(network.ambiti[SENDER], network.ambiti[RECEIVER])
    case_id = woman(network.ambiti[SENDER], consent=False)
    sender_path = network.ambiti[SENDER].store.database
    network.close()
    window = _window(qtbot, sender_path)
    workspace = _unlock(qtbot, window)
    workspace.open_case(case_id)
    button = workspace.detail.transfer_button
    button.ask()
    dialog = button.dialog
    assert dialog.ambito.currentText() == "Cremasco"
    out = tmp_path / "caso.avtr"
    dialog.path.setText(str(out))
    opened = window.session.opened
    assert opened is not None
    state = dump(opened)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "Manca il consenso" in dialog.error.text())
    assert not out.exists()
    assert dump(opened) == state
    assert workspace.detail.edit_button.isEnabled()


def test_a_woman_already_known_here_is_received_with_a_warning_naming_her_case(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    network = enrolled_network(tmp_path, (SENDER, RECEIVER))
    sender, receiver = network.ambiti[SENDER], network.ambiti[RECEIVER]
    exchange_cards(sender, receiver)
    known_here = woman(receiver, seed=3, consent=False)
    with UnitOfWork(receiver.store, receiver.actor) as uow:
        known_code = uow.session.get(Case, known_here).code  # type: ignore[union-attr]
    out = tmp_path / "caso.avtr"
    ops.transfer_case(sender, woman(sender, seed=3), RECEIVER, out)
    receiver_path = receiver.store.database
    network.close()

    window = _window(qtbot, receiver_path)
    workspace = _unlock(qtbot, window)
    workspace.show_network()
    box = workspace.network.transfer_box
    shown: list[tuple[object, str]] = []
    with qtbot.waitSignal(box.received, timeout=10_000):
        _accept_information(qtbot, shown)
        box.receive_from(out)
    qtbot.waitUntil(lambda: bool(shown))
    icon, text = shown[0]
    assert icon == QMessageBox.Icon.Warning
    assert known_code in text


def test_a_transfer_waits_for_unsaved_edits_and_then_says_where_the_file_is(
    qtbot: QtBot, stores: tuple[Path, Path, int], tmp_path: Path
) -> None:
    sender_path, _receiver_path, case_id = stores
    window = _window(qtbot, sender_path)
    workspace = _unlock(qtbot, window)
    workspace.open_case(case_id)
    detail = workspace.detail
    detail.start_editing()
    detail.form.sections.first_name.setText("Altronome")
    assert detail.has_unsaved_work()
    shown: list[tuple[object, str]] = []
    _accept_information(qtbot, shown)
    detail.transfer_button.ask()
    assert shown and detail.transfer_button.dialog is None  # nothing asked, nothing written
    detail.form.cancel_button.click()
    assert not detail.has_unsaved_work()
    detail.transfer_button.ask()
    dialog = detail.transfer_button.dialog
    out = tmp_path / "caso.avtr"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(detail.transfer_button.transferred, timeout=10_000):
        dialog.save_button.click()
    assert str(out) in detail.notice.text()
    window.close()
