"""Save PNGs of a case transferred between two Ambiti, on the real main window at 1366×768.

Usage (from the repository root):
    python tools/transfer_screenshots.py OUTPUT_DIR [--lang it|en|pseudo]

Builds, in a temporary folder, a capofila and two enrolled Ambito stores at the KDF floor that
exchanged their «chiave di ricezione» cards, and one synthetic woman at the sender with the
consent a transfer needs. Captures the sender's case, the transfer dialog, the case read-only
after it, the receiver's «Rete › Casi trasferiti», the confirmation, the new case, a replay
refused, and a card refused for a wrong fingerprint. Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from tests.exchange_stores import enrolled_network
from tests.support import LOGIN, PASSWORD
from tests.transfer_support import RECEIVER, SENDER, exchange_cards, woman
from tests.ui_support import make_window

from antiviolenza_desktop.operations import case_transfer
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.translations import install_translator
from antiviolenza_desktop.ui.workspace import Workspace

SIZE = (1366, 768)


def wait_for(app: QApplication, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def unlocked(app: QApplication, database: Path) -> tuple[MainWindow, Workspace]:
    window = make_window(database)
    window.resize(*SIZE)
    window.show()
    window.lock_screen.user.setText(LOGIN)
    window.lock_screen.password.setText(PASSWORD)
    window.lock_screen.unlock_button.click()
    wait_for(app, lambda: window.workspace is not None)
    assert window.workspace is not None
    return window, window.workspace


def send(app: QApplication, out: Path, database: Path, case_id: int, file: Path) -> None:
    window, workspace = unlocked(app, database)
    workspace.open_case(case_id)
    wait_for(app, lambda: workspace.detail.transfer_button.isVisible())
    save(window, out, "01-caso-mittente")
    button = workspace.detail.transfer_button
    button.ask()
    dialog = button.dialog
    dialog.path.setText(str(file))
    wait_for(app, dialog.isVisible)
    save(dialog, out, "02-trasferisci-dialogo")
    dialog.save_button.click()
    wait_for(app, lambda: not workspace.detail.edit_button.isEnabled())
    save(window, out, "03-caso-trasferito-sola-lettura")
    window.close()


def _grab_box(out: Path, name: str) -> None:
    """Save and close the information box as soon as it shows."""

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                save(widget, out, name)
                widget.accept()
                return
        QTimer.singleShot(50, close)

    QTimer.singleShot(50, close)


def receive(app: QApplication, out: Path, database: Path, file: Path) -> None:
    window, workspace = unlocked(app, database)
    workspace.show_network()
    view = workspace.network
    wait_for(app, lambda: view.state is not None)
    view.ambito_tabs.setCurrentWidget(view.transfer_box)
    wait_for(app, lambda: bool(view.transfer_box.partners.text()))
    save(window, out, "04-rete-casi-trasferiti")
    received: list[int] = []
    view.transfer_box.received.connect(received.append)
    _grab_box(out, "05-caso-ricevuto-conferma")
    view.transfer_box.receive_from(file)
    wait_for(app, lambda: bool(received))
    view.transfer_box.receive_from(file)
    wait_for(app, view.transfer_box.error.isVisible)
    save(window, out, "06-rifiuto-gia-ricevuto")
    workspace.open_case(received[0])
    wait_for(app, lambda: workspace.detail.view is not None)
    save(window, out, "07-caso-ricevuto")
    window.close()


def wrong_card(app: QApplication, out: Path, database: Path, card: Path) -> None:
    window, workspace = unlocked(app, database)
    workspace.show_network()
    dialog = workspace.network.transfer_box.register_from(card)
    assert dialog is not None
    dialog.typed.setText("11111 22222 33333 44444 55555 66666")
    dialog.save_button.click()
    wait_for(app, dialog.fields["fingerprint"][1].isVisible)
    save(dialog, out, "08-registra-chiave-impronta-sbagliata")
    dialog.reject()
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", default="it", choices=("it", "en", "pseudo"))
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translator(app, args.lang)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        network = enrolled_network(folder, (SENDER, RECEIVER, "casalasco"))
        sender, receiver = network.ambiti[SENDER], network.ambiti[RECEIVER]
        exchange_cards(sender, receiver)
        case_id = woman(sender)
        case_transfer.write_own_card(network.ambiti["casalasco"], folder / "card.json")
        databases = {code: store.store.database for code, store in network.ambiti.items()}
        network.close()
        file = folder / "caso.avtr"
        send(app, args.output, databases[SENDER], case_id, file)
        receive(app, args.output, databases[RECEIVER], file)
        wrong_card(app, args.output, databases[RECEIVER], folder / "card.json")


if __name__ == "__main__":
    main()
