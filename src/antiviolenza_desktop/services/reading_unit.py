"""One unit of work for a read and its audit row, also on a store another program holds.

On a store this process holds (`EncryptedStore`), every transaction begins IMMEDIATE and the
work runs once. On a store read beside its holder (`store.shared_read.SharedReadStore`, the
CLI while the GUI has the store open) the reads run in a deferred transaction, so a long
export never keeps the GUI from writing; the audit row at its end then needs SQLite's write
lock, and if the holder committed since the read began SQLite refuses it at once
(SQLITE_BUSY) instead of letting it write over a stale snapshot. Reading is repeatable and
the refused transaction left nothing, so the whole unit runs again, a few times at most.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import OperationalError

from antiviolenza_desktop.domain.store_errors import StoreBusyBesideHolder
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

T = TypeVar("T")

SHARED_ATTEMPTS = 5
SQLITE_BUSY = 5


def read_in_unit(opened: OpenStore, work: Callable[[UnitOfWork], T]) -> T:
    """`work` in one unit of work (its audit rows commit with it, before the caller writes any
    file); run again when a store shared with its holder had a write in between. Error, on a
    shared store only: StoreBusyBesideHolder when the holder wrote at every attempt."""
    if not opened.store.shared:
        return _once(opened, work)
    for _attempt in range(SHARED_ATTEMPTS):
        try:
            return _once(opened, work)
        except OperationalError as error:
            if getattr(error.orig, "sqlite_errorcode", None) != SQLITE_BUSY:
                raise
    raise StoreBusyBesideHolder(name=opened.store.database.name)


def _once(opened: OpenStore, work: Callable[[UnitOfWork], T]) -> T:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return work(uow)
