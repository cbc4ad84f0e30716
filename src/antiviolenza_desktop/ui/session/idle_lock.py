"""Locks the application after a period without keyboard or mouse input, or on suspend.

An application-wide event filter restarts the idle timer on every input event (the KeePassXC
approach), so no widget needs to know about it. Before locking, the last `warning_ms` of the
idle period are a countdown: `warning_started`, then `seconds_left_changed` every second, so
the window can say "L'archivio si blocca tra N secondi"; any input during the countdown (or
`keep_working`, the bar's button) cancels it and starts the idle period again. At zero it calls
`lock` (the session's, which keeps open forms as drafts first).

When the platform reports the application as suspended (the laptop sleeping, the session
locking, where Qt is told), it locks at once, without a countdown.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QDeadlineTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 15
DEFAULT_WARNING_MS = 30_000
_TICK_MS = 1_000
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    warning_started = Signal()
    seconds_left_changed = Signal(int)
    warning_ended = Signal()

    def __init__(
        self,
        lock: Callable[[], None],
        idle_ms: int,
        parent: QObject | None = None,
        *,
        warning_ms: int = DEFAULT_WARNING_MS,
    ) -> None:
        super().__init__(parent)
        self._lock = lock
        self._idle_ms = idle_ms
        self._warning_ms = warning_ms
        self._deadline = QDeadlineTimer()
        self._last_announced = 0
        self._quiet = self._single_shot(self._start_warning)
        self._countdown = self._single_shot(self._on_timeout)
        self._tick = QTimer(self)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self._announce_seconds_left)
        self._set_intervals()
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            raise RuntimeError("IdleLock needs a running QGuiApplication")
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._on_state_changed)

    def _single_shot(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    @property
    def idle_ms(self) -> int:
        return self._idle_ms

    @property
    def warning_ms(self) -> int:
        """The countdown's length: at most half the idle period, so a short one still warns."""
        return min(self._warning_ms, self._idle_ms // 2)

    @property
    def armed(self) -> bool:
        return self._quiet.isActive() or self.warning

    @property
    def warning(self) -> bool:
        return self._countdown.isActive()

    def set_idle_ms(self, idle_ms: int) -> None:
        """A new idle period (from the settings), counted from now if the lock was armed."""
        self._idle_ms = idle_ms
        self._set_intervals()
        if self.armed:
            self.arm()

    def _set_intervals(self) -> None:
        self._quiet.setInterval(self._idle_ms - self.warning_ms)
        self._countdown.setInterval(self.warning_ms)
        self._tick.setInterval(min(_TICK_MS, max(1, self.warning_ms)))

    def arm(self) -> None:
        """Start counting (when the store is unlocked), cancelling a countdown under way."""
        self._stop_countdown()
        self._quiet.start()

    def disarm(self) -> None:
        self._stop_countdown()
        self._quiet.stop()

    def keep_working(self) -> None:
        """The countdown bar's "Continua a lavorare": the idle period starts again."""
        if self.armed:
            self.arm()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.armed:
            self.arm()
        return False

    def seconds_left(self) -> int:
        """Seconds until the lock, to the nearest (timers fire a little early or late), at
        least 1 while the countdown runs; 0 when it does not."""
        if not self.warning:
            return 0
        return max(1, math.floor(self._deadline.remainingTime() / 1000 + 0.5))

    def _start_warning(self) -> None:
        self._deadline = QDeadlineTimer(self.warning_ms)
        self._last_announced = 0
        self._countdown.start()
        self._tick.start()
        self.warning_started.emit()
        self._announce_seconds_left()

    def _announce_seconds_left(self) -> None:
        seconds = self.seconds_left()
        if self.warning and seconds != self._last_announced:
            self._last_announced = seconds
            self.seconds_left_changed.emit(seconds)

    def _stop_countdown(self) -> None:
        self._tick.stop()
        if self._countdown.isActive():
            self._countdown.stop()
            self.warning_ended.emit()

    def _on_timeout(self) -> None:
        self._tick.stop()
        self._quiet.stop()
        self.warning_ended.emit()
        self._lock()

    def _on_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended and self.armed:
            self.disarm()
            self._lock()
