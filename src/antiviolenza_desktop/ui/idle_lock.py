"""Locks the application after a period without keyboard or mouse input, or on suspend.

An application-wide event filter restarts a single-shot timer on every input event (the
KeePassXC approach), so no widget needs to know about it. When the platform reports the
application as suspended (the laptop sleeping, the session locking, where Qt is told), it locks
at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 15
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    def __init__(
        self, lock: Callable[[], None], idle_ms: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._lock = lock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self._on_timeout)
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            raise RuntimeError("IdleLock needs a running QGuiApplication")
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._on_state_changed)

    @property
    def idle_ms(self) -> int:
        return self._timer.interval()

    def set_idle_ms(self, idle_ms: int) -> None:
        self._timer.setInterval(idle_ms)
        if self._timer.isActive():
            self._timer.start()

    def arm(self) -> None:
        """Start counting (when the store is unlocked)."""
        self._timer.start()

    def disarm(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._timer.isActive() and event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False

    def _on_timeout(self) -> None:
        self._timer.stop()
        self._lock()

    def _on_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended and self._timer.isActive():
            self._on_timeout()
