"""Helpers for GUI tests: a real store and the real main window, offscreen."""

from __future__ import annotations

from pathlib import Path

from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.session.store_session import StoreSession
from tests.store_template import new_store
from tests.support import LOGIN, PASSWORD


def make_store(folder: Path) -> Path:
    """A new closed store of the coordinator LOGIN/PASSWORD (a copy: see tests.store_template)."""
    return new_store(folder)


def make_window(database: Path, idle_ms: int = 60_000) -> MainWindow:
    runner = BackgroundRunner()
    window = MainWindow(StoreSession(database, runner), idle_ms=idle_ms)
    runner.setParent(window)
    return window


def unlock(qtbot, window: MainWindow, password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    window.lock_screen.user.setText(LOGIN)
    window.lock_screen.password.setText(password)
    window.lock_screen.unlock_button.click()
