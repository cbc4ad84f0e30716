"""Where the main window opens and how big: the size it had last time if that still fits a
screen (a laptop taken off its big monitor), else a size fitted to the screen's available area
(what the taskbar leaves), never larger, so the status bar is never cut on a 1366×768 laptop.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from antiviolenza_desktop.ui.archive.app_settings import AppSettings

PREFERRED_SIZE = QSize(1280, 800)
MINIMUM_SIZE = QSize(900, 560)
# Title bar and borders around the client area: the frame is not known before the window shows.
FRAME_ALLOWANCE = QSize(16, 40)
TITLE_BAR_HEIGHT = 32


def fitted_geometry(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect:
    """The client area's rectangle, centred in `available` and, with its frame, inside it."""
    size = preferred.boundedTo(available.size() - FRAME_ALLOWANCE)
    left = available.left() + (available.width() - size.width()) // 2
    slack = available.height() - FRAME_ALLOWANCE.height() - size.height()
    top = available.top() + TITLE_BAR_HEIGHT + slack // 2
    return QRect(left, top, size.width(), size.height())


def minimum_size(available: QRect) -> QSize:
    return MINIMUM_SIZE.boundedTo(available.size() - FRAME_ALLOWANCE)


def fits_a_screen(geometry: QRect, screens: Sequence[QRect]) -> bool:
    """True when one screen's available area holds the whole rectangle."""
    return any(screen.contains(geometry) for screen in screens)


def available_areas() -> list[QRect]:
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


def place_window(window: QMainWindow, settings: AppSettings) -> None:
    """Restore the saved geometry if it fits a screen now, else fit the window's screen."""
    available = window.screen().availableGeometry()
    window.setMinimumSize(minimum_size(available))
    saved = settings.window_geometry()
    if (
        saved is not None
        and window.restoreGeometry(saved[0])
        and fits_a_screen(window.geometry(), available_areas())
    ):
        window.restoreState(saved[1])
        return
    window.setGeometry(fitted_geometry(available))


def remember_window(window: QMainWindow, settings: AppSettings) -> None:
    settings.set_window_geometry(window.saveGeometry(), window.saveState())
