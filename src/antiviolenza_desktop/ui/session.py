"""The unlocked store as the GUI sees it: unlock in the background, lock at once.

Locking closes the database (the raw key bytes are overwritten), and tells the window to drop
every widget and model that held personal data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services.store_lifecycle import (
    OpenStore,
    StoreLabel,
    describe_store,
    unlock,
    unlock_with_recovery_key,
)
from antiviolenza_desktop.ui.background import BackgroundRunner


class StoreSession(QObject):
    unlocked = Signal()
    locked = Signal()

    def __init__(self, database: Path, runner: BackgroundRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.database = database
        self.runner = runner
        self.opened: OpenStore | None = None
        self.by_recovery_key = False

    @property
    def label(self) -> StoreLabel | None:
        return describe_store(self.database)

    @property
    def is_unlocked(self) -> bool:
        return self.opened is not None

    def unlock(self, login: str, password: str, on_error: Callable[[AppError], None]) -> None:
        self.runner.run(
            lambda: unlock(self.database, login=login, password=password),
            lambda opened: self._opened(opened, by_recovery_key=False),
            on_error,
        )

    def unlock_with_recovery_key(self, key: str, on_error: Callable[[AppError], None]) -> None:
        self.runner.run(
            lambda: unlock_with_recovery_key(self.database, recovery_key=key),
            lambda opened: self._opened(opened, by_recovery_key=True),
            on_error,
        )

    def adopt(self, opened: OpenStore) -> None:
        """Take a store opened elsewhere (the first-run wizard creates and opens it)."""
        self._opened(opened, by_recovery_key=False)

    def _opened(self, opened: OpenStore, *, by_recovery_key: bool) -> None:
        self.opened = opened
        self.by_recovery_key = by_recovery_key
        self.unlocked.emit()

    def lock(self) -> None:
        if self.opened is None:
            return
        opened, self.opened = self.opened, None
        self.locked.emit()
        opened.store.close()
