"""One process per store: a lock file beside the database, held while the store is open.

filelock gives the same semantics on Windows and POSIX (the lock is released by the OS when a
process dies, so a crash never leaves the store locked forever). Not thread-local: the GUI
unlocks on a worker thread and locks again on the GUI thread.

A second lock file, the maintenance gate, lets a command read the store while the holder (the
GUI) has it open (`store.shared_read`): the reader holds the gate for its whole read, and the
holder takes it around everything that changes the file or its key under a reader (rekey,
restore over the store, schema upgrade). Each side waits a little for the other, then refuses
with a clear message; neither ever reads or writes while the other is in the middle.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from antiviolenza_desktop.domain.store_errors import FolderNotWritable, StoreBeingRead, StoreLocked

GATE_WAIT_SECONDS = 10.0


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def gate_path(database: Path) -> Path:
    return database.with_name(database.name + ".gate")


def acquire(database: Path) -> FileLock:
    lock = _lock(lock_path(database))
    try:
        lock.acquire()
    except Timeout:
        raise StoreLocked(name=database.name) from None
    except OSError:
        raise FolderNotWritable(name=str(database.parent)) from None
    return lock


def acquire_gate(database: Path, *, wait: float, busy: Exception) -> FileLock:
    """The maintenance gate, waiting up to `wait` seconds; `busy` is raised after that."""
    gate = _lock(gate_path(database))
    try:
        gate.acquire(timeout=wait)
    except Timeout:
        raise busy from None
    except OSError:
        raise FolderNotWritable(name=str(database.parent)) from None
    return gate


@contextlib.contextmanager
def maintenance(database: Path, wait: float | None = None) -> Iterator[None]:
    """Held by the holder around a rekey, a restore or an upgrade: waits for a command reading
    beside it to finish (`wait` seconds, GATE_WAIT_SECONDS unless given), and keeps new ones
    out until done. Error: StoreBeingRead."""
    seconds = GATE_WAIT_SECONDS if wait is None else wait
    gate = acquire_gate(database, wait=seconds, busy=StoreBeingRead(name=database.name))
    try:
        yield
    finally:
        gate.release()


def _lock(path: Path) -> FileLock:
    return FileLock(path, timeout=0, is_singleton=False, thread_local=False, mode=0o600)
