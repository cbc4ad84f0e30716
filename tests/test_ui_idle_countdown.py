"""The idle lock warns before locking: a countdown bar on the real window, cancelled by any
input or by «Continua a lavorare», locking through the session at zero (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.session.idle_lock import IdleLock
from antiviolenza_desktop.ui.session.idle_warning import countdown_text
from tests.ui_support import make_store, make_window, unlock


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """Unlocked, locking after 1.6 s of quiet, the last 0.8 s of which is the countdown."""
    made = make_window(make_store(tmp_path), idle_ms=1_600)
    qtbot.addWidget(made)
    made.show()
    with qtbot.waitSignal(made.session.unlocked, timeout=10_000):
        unlock(qtbot, made)
    return made


def test_the_countdown_shows_then_locks_through_the_session(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(window.idle_bar.isVisible, timeout=5_000)
    assert window.session.is_unlocked
    assert "L'archivio si blocca tra" in window.idle_bar.label.text()
    assert window.idle_bar.keep_button.text() == "Continua a lavorare"
    with qtbot.waitSignal(window.session.locked, timeout=5_000):
        pass
    assert window.workspace is None
    assert not window.idle_bar.isVisible()


def test_a_key_press_cancels_the_countdown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(window.idle_bar.isVisible, timeout=5_000)
    QTest.keyClick(window.workspace, Qt.Key.Key_Shift)  # type: ignore[arg-type]
    assert not window.idle_bar.isVisible()
    assert window.idle.armed and not window.idle.warning
    assert window.session.is_unlocked
    qtbot.waitUntil(window.idle_bar.isVisible, timeout=5_000)  # quiet again: warns again


def test_keep_working_cancels_the_countdown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(window.idle_bar.isVisible, timeout=5_000)
    window.idle_bar.keep_button.click()
    assert not window.idle_bar.isVisible()
    assert window.idle.armed and window.idle.seconds_left() == 0
    assert window.session.is_unlocked


def test_seconds_count_down_to_the_lock(qtbot) -> None:  # type: ignore[no-untyped-def]
    locks: list[int] = []
    idle = IdleLock(lambda: locks.append(1), 3_600, warning_ms=1_800)
    seconds: list[int] = []
    idle.seconds_left_changed.connect(seconds.append)
    idle.arm()
    qtbot.waitUntil(lambda: locks == [1], timeout=10_000)
    assert seconds == [2, 1]
    assert not idle.armed
    idle.deleteLater()


def test_a_short_idle_period_still_warns_for_half_of_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    idle = IdleLock(lambda: None, 60_000)
    assert idle.warning_ms == 30_000
    idle.set_idle_ms(20_000)
    assert idle.warning_ms == 10_000
    idle.deleteLater()


def test_the_countdown_text_names_the_seconds(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert "12 secondi" in countdown_text(12)


def test_suspend_locks_at_once_without_a_countdown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    app = QGuiApplication.instance()
    with qtbot.waitSignal(window.session.locked, timeout=2_000):
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)  # type: ignore[union-attr]
    assert not window.idle_bar.isVisible()
