"""One process per store: a lock file beside the database, held while the store is open.

filelock gives the same semantics on Windows and POSIX (the lock is released by the OS when a
process dies, so a crash never leaves the store locked forever). Not thread-local: the GUI
unlocks on a worker thread and locks again on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from antiviolenza_desktop.domain.store_errors import FolderNotWritable, StoreLocked


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def acquire(database: Path) -> FileLock:
    lock = FileLock(
        lock_path(database), timeout=0, is_singleton=False, thread_local=False, mode=0o600
    )
    try:
        lock.acquire()
    except Timeout:
        raise StoreLocked(name=database.name) from None
    except OSError:
        raise FolderNotWritable(name=str(database.parent)) from None
    return lock
