"""Windows: lock the archive when the user locks the workstation (Win+L, WTS_SESSION_LOCK) or
the computer suspends (PBT_APMSUSPEND). The window registers for session notifications with
WTSRegisterSessionNotification (wtsapi32, through ctypes: no new dependency) and a native event
filter reads Windows' MSG structures.

`MSG` is declared here rather than taken from ctypes.wintypes so that the decoding (`asks_to_lock`)
is the same code, and is tested, on every platform with a fabricated message.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication
from PySide6.QtWidgets import QWidget

from antiviolenza_desktop.ui.session.os_session_lock import SessionLockSource

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0
WINDOWS_MESSAGE = b"windows_generic_MSG"
_LOG = logging.getLogger(__name__)


class POINT(ctypes.Structure):
    _fields_ = (("x", ctypes.c_int32), ("y", ctypes.c_int32))


class MSG(ctypes.Structure):
    """winuser.h's MSG: WPARAM is pointer-sized unsigned, LPARAM pointer-sized signed."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt", POINT),
        ("lPrivate", ctypes.c_uint32),
    )


def asks_to_lock(message: MSG) -> bool:
    """The workstation is being locked, or the computer is going to sleep."""
    if message.message == WM_WTSSESSION_CHANGE:
        return message.wParam == WTS_SESSION_LOCK
    return message.message == WM_POWERBROADCAST and message.wParam == PBT_APMSUSPEND


class WindowsMessageFilter(QAbstractNativeEventFilter):
    """Calls `on_lock` for the messages that ask to lock; lets every message through."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, eventType: QByteArray | bytes, message: int) -> object:
        if self.asks_to_lock(bytes(eventType), int(message)):
            self._on_lock()
        return False, 0

    @staticmethod
    def asks_to_lock(event_type: bytes, address: int) -> bool:
        """A Windows message (an MSG at `address`) that asks to lock."""
        return (
            event_type == WINDOWS_MESSAGE
            and address != 0
            and asks_to_lock(MSG.from_address(address))
        )


class WtsLockSource(SessionLockSource):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = WindowsMessageFilter(self.lock_requested.emit)


def wts_source(window: QWidget) -> SessionLockSource | None:
    """Register `window` for session notifications and filter the messages; None on failure."""
    try:
        wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    hwnd = ctypes.c_void_p(int(window.winId()))
    if not wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
        _LOG.info("WTSRegisterSessionNotification failed: locking on suspend only")
    source = WtsLockSource(window)
    app = QCoreApplication.instance()
    if app is not None:
        app.installNativeEventFilter(source.filter)
        message_filter = source.filter
        source.destroyed.connect(lambda: _stop(app, message_filter, wtsapi32, hwnd))
    return source


def _stop(
    app: QCoreApplication, message_filter: WindowsMessageFilter, wtsapi32: object, hwnd: object
) -> None:
    app.removeNativeEventFilter(message_filter)
    wtsapi32.WTSUnRegisterSessionNotification(hwnd)  # type: ignore[attr-defined]
