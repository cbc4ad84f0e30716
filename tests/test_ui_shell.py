"""The real main window on a real store, offscreen: unlock, refuse, lock, auto-lock, clipboard.

Covers UI-01, UI-02 and ST-10 of the reliability catalogue.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from antiviolenza_desktop.ui.case.list_model import CaseListModel
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from tests.support import PASSWORD
from tests.ui_support import make_store, make_window, unlock


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return make_store(tmp_path)


def test_wrong_password_is_shown_inline(qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(database)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window, password="non-e-questa-la-password")
    qtbot.waitUntil(lambda: window.lock_screen.error.isVisible(), timeout=10_000)
    assert "Password errata" in window.lock_screen.error.text()
    assert window.workspace is None
    assert window.lock_screen.unlock_button.isEnabled()


def test_unlock_shows_workspace_and_status(qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(database)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    assert window.stack.currentWidget() is window.workspace
    assert "Archivio di prova" in window.status_label.text()
    assert "Cremonese" in window.status_label.text()
    assert window.lock_screen.password.text() == PASSWORD  # kept until locking
    window.session.lock()
    assert window.lock_screen.password.text() == ""


def test_ctrl_l_locks_closes_store_and_drops_views(qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(database)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    opened = window.session.opened
    assert opened is not None
    model = window.workspace.case_list.model  # type: ignore[union-attr]
    with qtbot.waitSignal(window.session.locked):
        window.lock_action.trigger()
    assert window.workspace is None and window.session.opened is None
    assert not opened.store.is_open
    assert model.rowCount() == 0
    assert window.stack.currentWidget() is window.lock_screen


def test_idle_timeout_locks(qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(database, idle_ms=300)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    with qtbot.waitSignal(window.session.locked, timeout=5_000):
        pass
    assert window.workspace is None
    assert not window.backup_action.isEnabled()


def test_second_window_on_the_same_store_is_refused(qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    first = make_window(database)
    second = make_window(database)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    first.show()
    second.show()
    with qtbot.waitSignal(first.session.unlocked, timeout=10_000):
        unlock(qtbot, first)
    unlock(qtbot, second)
    qtbot.waitUntil(lambda: second.lock_screen.error.isVisible(), timeout=10_000)
    assert "già aperto" in second.lock_screen.error.text()
    first.session.lock()


def test_clipboard_is_cleared_after_the_delay(qtbot) -> None:  # type: ignore[no-untyped-def]
    guard = ClipboardGuard(clear_after_ms=100)
    clipboard = QGuiApplication.clipboard()
    guard.copy_sensitive("SNTPRV85M41D150X")
    assert clipboard.text() == "SNTPRV85M41D150X"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2_000)


def test_clipboard_keeps_what_she_copied_afterwards(qtbot) -> None:  # type: ignore[no-untyped-def]
    guard = ClipboardGuard(clear_after_ms=100)
    clipboard = QGuiApplication.clipboard()
    guard.copy_sensitive("+39 333 0000000")
    clipboard.setText("altro testo")
    qtbot.wait(300)
    assert clipboard.text() == "altro testo"


def test_case_list_model_passes_the_model_tester(qtbot, qtmodeltester, database: Path) -> None:  # type: ignore[no-untyped-def]
    from antiviolenza_desktop.services.demo import fill_with_synthetic_cases
    from antiviolenza_desktop.services.store_lifecycle import unlock as unlock_store

    opened = unlock_store(database, login="coord", password=PASSWORD)
    try:
        fill_with_synthetic_cases(opened, 30)
        model = CaseListModel(opened, {"aida": "AIDA"})
        model.refresh()
        assert model.rowCount() == 30
        qtmodeltester.check(model)
        model.sort(1, Qt.SortOrder.AscendingOrder)
        names = [model.index(row, 1).data() for row in range(model.rowCount())]
        assert names == sorted(names, key=str.casefold) or len(set(names)) < len(names)
    finally:
        opened.store.close()


def test_unlock_lock_unlock_again(qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    """The store opens on a worker thread and closes on the GUI thread: the lock must follow."""
    window = make_window(database)
    qtbot.addWidget(window)
    window.show()
    for _ in range(2):
        with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
            unlock(qtbot, window)
        window.session.lock()
    assert window.workspace is None


def test_rekey_from_the_menu_runs_in_the_background(qtbot, database: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    window = make_window(database)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window.rekey_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "prima-rotazione" in shown[0]
    window.session.lock()
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    window.session.lock()
