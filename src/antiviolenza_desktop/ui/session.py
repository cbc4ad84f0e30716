"""The unlocked store as the GUI sees it: unlock in the background, lock at once.

The database stack is imported on the first unlock, not at start-up, so the lock screen shows
quickly.

Locking closes the database (the raw key bytes are overwritten), and tells the window to drop
every widget and model that held personal data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services.store_label import StoreLabel, describe_store
from antiviolenza_desktop.ui.background import BackgroundRunner

if TYPE_CHECKING:
    from antiviolenza_desktop.services.store_lifecycle import OpenStore


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
        from antiviolenza_desktop.services.store_lifecycle import unlock

        self.runner.run(
            lambda: unlock(self.database, login=login, password=password),
            lambda opened: self._opened(opened, by_recovery_key=False),
            on_error,
        )

    def convert_and_unlock(
        self, login: str, password: str, on_error: Callable[[AppError], None]
    ) -> None:
        """Convert a store left in SQLCipher 3's format (copy first), then unlock it."""
        from antiviolenza_desktop.services.format_conversion import convert_store_format
        from antiviolenza_desktop.services.store_lifecycle import unlock

        def work() -> OpenStore:
            convert_store_format(self.database, login=login, password=password)
            return unlock(self.database, login=login, password=password)

        self.runner.run(work, lambda opened: self._opened(opened, by_recovery_key=False), on_error)

    def unlock_with_recovery_key(self, key: str, on_error: Callable[[AppError], None]) -> None:
        from antiviolenza_desktop.services.store_lifecycle import unlock_with_recovery_key

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
        self.runner.wait()  # a save still running must finish before the key is dropped
        opened.store.close()
