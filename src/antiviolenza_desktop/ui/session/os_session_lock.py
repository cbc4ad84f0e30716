"""The operating system asks the application to lock: the user locked the desktop session
(Win+L, the screen locker) or the computer is about to sleep. The archive must not stay open
behind a locked screen or in a suspended laptop's memory.

A source is a small QObject that emits `lock_requested`; the main window connects it to
`StoreSession.lock`, so the wiring is tested with a fake source, and each platform's decoding on
its own. Linux: systemd-logind over the system D-Bus (the session's `Lock` signal, the
Manager's `PrepareForSleep(true)`), holding a "delay" sleep inhibitor so that logind waits (at
most its InhibitDelayMaxSec, 5 s by default) until the archive is locked before sleeping.
logind sends `Lock` only for `loginctl lock-session`: GNOME's Super+L and KDE's Meta+L lock
through the desktop's own locker, which sets the session's `LockedHint` (a PropertiesChanged
on the session's path), and the desktop's org.freedesktop.ScreenSaver on the session bus says
`ActiveChanged(true)`; both lock too. Windows: ui.windows_session_lock (WTS and power
messages). Missing D-Bus, no system bus, no logind session: no source, nothing else happens;
no session bus or no ScreenSaver service: logind alone.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
MANAGER_INTERFACE = "org.freedesktop.login1.Manager"
SESSION_INTERFACE = "org.freedesktop.login1.Session"
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"
SCREENSAVER_SERVICE = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver"
SLEEP_REASON = "Blocca l'archivio cifrato prima della sospensione"
_LOG = logging.getLogger(__name__)


class SessionLockSource(QObject):
    """Emits `lock_requested` when the operating system locks the session or suspends."""

    lock_requested = Signal()


class LogindLockSource(SessionLockSource):
    """Listens to logind on `bus` (a QDBusConnection) for one session's object path."""

    def __init__(
        self, bus: object, session_path: str | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.session_path = session_path
        session_ok = session_path is None or self._follow_session(session_path)
        sleep_ok = bus.connect(  # type: ignore[attr-defined]
            LOGIND_SERVICE,
            LOGIND_PATH,
            MANAGER_INTERFACE,
            "PrepareForSleep",
            self,
            SLOT("on_prepare_for_sleep(bool)"),
        )
        self.listening = bool(session_ok and sleep_ok)
        self.hears_screensaver = False
        self._delay: object | None = None
        self._hold_sleep()

    def _follow_session(self, session_path: str) -> bool:
        """The session's `Lock` signal and its `LockedHint` property (desktop lockers)."""
        lock_ok = self.bus.connect(  # type: ignore[attr-defined]
            LOGIND_SERVICE, session_path, SESSION_INTERFACE, "Lock", self, SLOT("on_session_lock()")
        )
        hint_ok = self.bus.connect(  # type: ignore[attr-defined]
            LOGIND_SERVICE,
            session_path,
            PROPERTIES_INTERFACE,
            "PropertiesChanged",
            self,
            SLOT("on_session_properties(QString,QVariantMap,QStringList)"),
        )
        return bool(lock_ok and hint_ok)

    def follow_screensaver(self, session_bus: object) -> bool:
        """Also lock on the desktop screensaver's `ActiveChanged(true)` on `session_bus` (a
        QDBusConnection). The service need not be running: nothing is heard until it is."""
        self.hears_screensaver = bool(
            session_bus.connect(  # type: ignore[attr-defined]
                SCREENSAVER_SERVICE,
                SCREENSAVER_PATH,
                SCREENSAVER_SERVICE,
                "ActiveChanged",
                self,
                SLOT("on_screensaver_active(bool)"),
            )
        )
        return self.hears_screensaver

    @property
    def delaying_sleep(self) -> bool:
        return self._delay is not None

    def _hold_sleep(self) -> None:
        """Take logind's delay inhibitor: a file descriptor whose closing lets sleep go on."""
        from PySide6.QtDBus import QDBusInterface, QDBusMessage

        manager = QDBusInterface(LOGIND_SERVICE, LOGIND_PATH, MANAGER_INTERFACE, self.bus)  # type: ignore[arg-type]
        manager.setTimeout(2_000)
        reply = manager.call("Inhibit", "sleep", "antiviolenza-desktop", SLEEP_REASON, "delay")
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            self._delay = reply.arguments()[0]

    @Slot()
    def on_session_lock(self) -> None:
        self.lock_requested.emit()

    @Slot(str, "QVariantMap", "QStringList")
    def on_session_properties(
        self, interface: str, changed: dict[str, object], _invalidated: list[str]
    ) -> None:
        if interface == SESSION_INTERFACE and changed.get("LockedHint") is True:
            self.lock_requested.emit()

    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit()
            self._delay = None  # closed: logind may suspend now
        elif self._delay is None:  # the wake-up: ready for the next sleep
            self._hold_sleep()


def logind_session_path(bus: object) -> str | None:
    """This desktop session's object path, asked to logind (XDG_SESSION_ID, else "auto")."""
    from PySide6.QtDBus import QDBusInterface, QDBusMessage, QDBusObjectPath

    manager = QDBusInterface(LOGIND_SERVICE, LOGIND_PATH, MANAGER_INTERFACE, bus)  # type: ignore[arg-type]
    manager.setTimeout(2_000)
    for session_id in (os.environ.get("XDG_SESSION_ID"), "auto"):
        if not session_id:
            continue
        reply = manager.call("GetSession", session_id)
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            path = reply.arguments()[0]
            return path.path() if isinstance(path, QDBusObjectPath) else str(path)
    return None


def logind_source(parent: QObject | None = None) -> SessionLockSource | None:
    """logind on the system bus, or None when there is no bus, no logind or no session."""
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:  # a Qt without its D-Bus module
        return None
    bus = QDBusConnection.systemBus()
    if not bus.isConnected():
        return None
    path = logind_session_path(bus)
    source = LogindLockSource(bus, path, parent)
    if path is None:
        _LOG.info("logind: no session found, locking on suspend only")
    session_bus = QDBusConnection.sessionBus()
    if session_bus.isConnected():
        source.follow_screensaver(session_bus)
    return source


def os_lock_source(window: QWidget) -> SessionLockSource | None:
    """The source for this platform, owned by `window`; None where there is nothing to hear."""
    if sys.platform == "win32":
        from antiviolenza_desktop.ui.session.windows_session_lock import wts_source

        return wts_source(window)
    if sys.platform.startswith("linux"):
        return logind_source(window)
    return None
