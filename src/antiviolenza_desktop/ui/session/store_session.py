"""The unlocked store as the GUI sees it: unlock in the background, lock at once.

The database stack is imported on the first unlock, not at start-up, so the lock screen shows
quickly.

Locking closes the database (the raw key bytes are overwritten), and tells the window to drop
every widget and model that held personal data. Before that, what the open forms hold unsaved
is read from them; it is written to the store as drafts (`services.form_drafts`) in one short
transaction once every background job has ended (a rekey or a backup may hold the store's
write lock meanwhile), and after the same worker unlocks they are handed back to the new
workspace. Every lock goes through `lock`: Ctrl+L, the idle timeout, closing the window, the
restore of a copy, the OS's lock. If keeping the drafts fails the lock still happens (security
first), and the failure is shown after the next unlock (`DraftsNotKept`) instead of passing in
silence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.hierarchy import REGION_ROLE
from antiviolenza_desktop.services.store_label import StoreLabel, describe_store
from antiviolenza_desktop.ui.background import BackgroundRunner

if TYPE_CHECKING:
    from antiviolenza_desktop.services.form_drafts import FormDraft, KeptDrafts
    from antiviolenza_desktop.services.store_lifecycle import OpenStore


class DraftHolder(Protocol):
    """The workspace, as the session sees it: forms whose unsaved content outlives a lock."""

    def collect_drafts(self) -> list[FormDraft]: ...

    def saving_a_form(self) -> bool: ...

    def restore_drafts(self, kept: KeptDrafts, lost: AppError | None) -> None: ...


class StoreSession(QObject):
    unlocked = Signal()
    locked = Signal()

    def __init__(self, database: Path, runner: BackgroundRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.database = database
        self.runner = runner
        self.opened: OpenStore | None = None
        self.by_recovery_key = False
        self._drafts: DraftHolder | None = None
        self._drafts_lost: dict[int | None, AppError] = {}  # by the worker's user id
        self._drafts_unread = False  # her kept drafts could not be read at this unlock

    @property
    def label(self) -> StoreLabel | None:
        return describe_store(self.database)

    @property
    def regional(self) -> bool:
        """A Region's store only merges provincial totals: it keeps no cases and no funds."""
        label = self.label
        return label is not None and label.ambito == REGION_ROLE

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

    def keep_drafts_of(self, holder: DraftHolder) -> None:
        """Hand `holder` (the new workspace) the drafts kept at the last lock by this worker,
        and keep what its forms hold at the next one. Drafts that could not be read now stay
        in the store: the next lock replaces only the forms it writes."""
        from antiviolenza_desktop.operations.drafts import read_drafts
        from antiviolenza_desktop.services.form_drafts import KeptDrafts

        opened = self.opened
        if opened is None:
            return
        self._drafts = holder
        self._drafts_unread = False
        lost = self._drafts_lost.pop(opened.actor.user_id, None)  # hers only, said once
        try:
            kept = read_drafts(opened)
        except AppError as refused:
            kept, lost, self._drafts_unread = KeptDrafts(), refused, True
        holder.restore_drafts(kept, lost)

    def lock(self) -> None:
        """The forms' drafts are read from the widgets before they go, and written once every
        job has ended: a job (a rekey, a backup) may hold the store's write lock meanwhile."""
        if self.opened is None:
            return
        self._settle_saves()
        if self.opened is None:  # a save's answer locked already (e.g. a forced logout)
            return
        drafts = self._collect_drafts(self.opened)
        opened, self.opened = self.opened, None
        self._drafts = None
        self.locked.emit()
        self.runner.wait()  # a job still running must finish before the key is dropped
        if drafts is not None:
            self._keep_drafts(opened, drafts)
        opened.store.close()

    def _settle_saves(self) -> None:
        """A form's save still running ends first and its answer (only its own) reaches the
        form now, so a saved form is not kept as a draft too (and a refused one is). Other
        answers (a backup's) wait for the event loop: they may open dialogs that would hold
        up the lock."""
        if self._drafts is not None and self._drafts.saving_a_form():
            self.runner.wait()
            self.runner.deliver_answers_at_lock()

    def _collect_drafts(self, opened: OpenStore) -> list[FormDraft] | None:
        """What the open forms hold, or None (no workspace, or reading them failed: then
        nothing is written and the failure is told after the next unlock)."""
        from antiviolenza_desktop.domain.form_drafts import DraftsNotKept

        if self._drafts is None:
            return None
        try:
            return self._drafts.collect_drafts()
        except Exception:  # security first: the store must close regardless
            self._drafts_lost[opened.actor.user_id] = DraftsNotKept()
            return None

    def _keep_drafts(self, opened: OpenStore, drafts: list[FormDraft]) -> None:
        """Write the drafts in one transaction; a failure is remembered, not raised: the lock
        goes ahead whatever happens here."""
        from antiviolenza_desktop.domain.form_drafts import DraftsNotKept
        from antiviolenza_desktop.operations.drafts import keep_drafts

        try:
            keep_drafts(opened, drafts, keep_unread=self._drafts_unread)
        except Exception:  # security first: the store must close regardless
            self._drafts_lost[opened.actor.user_id] = DraftsNotKept()
