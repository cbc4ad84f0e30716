"""The main window fits the screen's available area (a 1366×768 laptop with its taskbar), its
status bar is never cut, and its geometry comes back only if it still fits a screen (issue 11)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings

from antiviolenza_desktop.ui.archive.app_settings import AppSettings
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.session.store_session import StoreSession
from antiviolenza_desktop.ui.window_placement import (
    FRAME_ALLOWANCE,
    PREFERRED_SIZE,
    TITLE_BAR_HEIGHT,
    fits_a_screen,
    fitted_geometry,
    minimum_size,
)
from tests.ui_support import make_store, make_window, unlock

LAPTOP = QRect(0, 0, 1366, 768)
LAPTOP_WITH_TASKBAR = QRect(0, 0, 1366, 728)


def with_frame(client: QRect) -> QRect:
    border = (FRAME_ALLOWANCE.width() // 2, FRAME_ALLOWANCE.height() - TITLE_BAR_HEIGHT)
    return client.adjusted(-border[0], -TITLE_BAR_HEIGHT, border[0], border[1])


def test_on_a_laptop_the_window_and_its_frame_fit_the_available_area() -> None:
    for available in (LAPTOP, LAPTOP_WITH_TASKBAR, QRect(1920, 0, 1366, 728)):
        client = fitted_geometry(available)
        assert available.contains(with_frame(client)), (available, client)
        assert client.height() >= available.height() - FRAME_ALLOWANCE.height()
        assert minimum_size(available).height() <= client.height()


def test_a_big_screen_gets_the_preferred_size_centred() -> None:
    client = fitted_geometry(QRect(0, 0, 2560, 1400))
    assert client.size() == PREFERRED_SIZE
    assert abs(client.center().x() - 1280) <= 1


def test_a_geometry_fits_only_inside_one_screen() -> None:
    screens = [LAPTOP_WITH_TASKBAR, QRect(1366, 0, 1920, 1040)]
    assert fits_a_screen(QRect(1500, 100, 1280, 800), screens)
    assert not fits_a_screen(QRect(100, 100, 1280, 800), screens)  # too tall for the laptop
    assert not fits_a_screen(QRect(1000, 100, 700, 500), screens)  # across both


def test_the_first_window_is_no_larger_than_the_screen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(make_store(tmp_path))
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    assert window.minimumWidth() <= available.width()


def test_the_status_bar_shows_whole_at_the_laptop_size(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(make_store(tmp_path))
    qtbot.addWidget(window)
    window.setGeometry(fitted_geometry(LAPTOP_WITH_TASKBAR))
    window.show()
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.status_label.text() != "")
    assert window.minimumSizeHint().height() <= window.height()
    status = window.statusBar()
    assert status.isVisible()
    assert status.geometry().bottom() < window.height()
    assert window.rect().contains(status.geometry())


def settings_in(folder: Path) -> AppSettings:
    return AppSettings(QSettings(str(folder / "impostazioni.ini"), QSettings.Format.IniFormat))


def window_with(settings: AppSettings, database: Path) -> MainWindow:
    runner = BackgroundRunner()
    window = MainWindow(StoreSession(database, runner), settings=settings)
    runner.setParent(window)
    return window


def test_the_geometry_is_remembered_when_it_still_fits(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database = make_store(tmp_path)
    first = window_with(settings_in(tmp_path), database)
    qtbot.addWidget(first)
    available = first.screen().availableGeometry()
    first.setGeometry(QRect(available.left() + 4, available.top() + 50, first.minimumWidth(), 600))
    first.show()
    qtbot.waitExposed(first)
    chosen = first.geometry()
    first.close()
    second = window_with(settings_in(tmp_path), database)
    qtbot.addWidget(second)
    assert second.geometry() == chosen
    assert chosen.height() == 600 != fitted_geometry(available).height()


def test_a_geometry_that_no_longer_fits_is_not_restored(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Saved on a big monitor that is gone: the window opens fitted to this screen."""
    database = make_store(tmp_path)
    first = window_with(settings_in(tmp_path), database)
    qtbot.addWidget(first)
    available = first.screen().availableGeometry()
    first.show()
    first.setGeometry(QRect(0, 0, available.width() + 600, available.height() + 400))
    first.close()
    second = window_with(settings_in(tmp_path), database)
    qtbot.addWidget(second)
    assert available.contains(second.geometry())
    assert second.width() < available.width() + 600
