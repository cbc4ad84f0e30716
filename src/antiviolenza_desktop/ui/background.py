"""One runner for work that must not freeze the window: unlock, backup, verify, rekey.

The function runs on a pool thread; its result or its exception comes back to the GUI thread
through a queued signal (Anki's operation runner, in Qt terms). Expected failures (AppError) go
to `on_error`; anything else goes to the application's unexpected-error hook.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal, Slot

from antiviolenza_desktop.domain.errors import AppError


class _Relay(QObject):
    """Lives on the GUI thread: signals emitted by the pool thread reach its slots queued."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self, on_done: Callable[[object], None], on_fail: Callable[[BaseException], None]
    ) -> None:
        super().__init__()
        self.answered_at_lock = False
        self._on_done = on_done
        self._on_fail = on_fail
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self._on_fail(error)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, never swallowed
            self._relay.failed.emit(error)
            return
        self._relay.finished.emit(result)


class BackgroundRunner(QObject):
    """Runs one job at a time; `busy` lets the window disable itself meanwhile."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # One thread for the runner's life: an expiring thread would leave its keyed
        # connection behind and open another for the next job (see store/engine.py).
        self._pool.setExpiryTimeout(-1)
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[AppError], None],
        *,
        answered_at_lock: bool = False,
    ) -> None:
        """`answered_at_lock`: a form's save, whose answer a lock delivers before it keeps
        the forms' drafts (`deliver_answers_at_lock`)."""

        def finish(result: object) -> None:
            if not shiboken6.isValid(self):
                return  # the window that asked was destroyed while the job ran
            self._release(relay)
            on_done(result)

        def fail(error: BaseException) -> None:
            if shiboken6.isValid(self):
                self._release(relay)
            elif isinstance(error, AppError):
                return  # an expected refusal nobody is left to show
            if isinstance(error, AppError):
                on_error(error)
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        relay = _Relay(finish, fail)
        relay.answered_at_lock = answered_at_lock
        self._relays.add(relay)
        self.busy_changed.emit(True)
        self._pool.start(_Job(work, relay))

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def deliver_answers_at_lock(self) -> None:
        """After `wait`: the answers of the forms' saves reach them now; every other answer
        (a backup's, which may open a dialog and its event loop) waits for the event loop, so
        nothing holds up a lock."""
        for relay in [relay for relay in self._relays if relay.answered_at_lock]:
            QCoreApplication.sendPostedEvents(relay, QEvent.Type.MetaCall)

    def _release(self, relay: _Relay) -> None:
        # The relay and its callbacks reference each other, so only the cyclic collector would
        # free it, on whatever thread happens to run the collector (a pool thread in the middle
        # of an export, say): a QObject must die on its own thread, so it is deleted here, by
        # the GUI thread's event loop, once its signal has been delivered.
        relay.deleteLater()
        self._relays.discard(relay)
        if not self._relays:
            self.busy_changed.emit(False)
