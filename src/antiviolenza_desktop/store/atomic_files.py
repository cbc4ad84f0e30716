"""Crash-safe file replacement: a reader sees the old file or the new one, never half of either.

Used for the key-slot file, backups and anything else whose partial state could lose data.
A full disk (or a file-size limit) becomes DiskFull and leaves no file under the final name.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlalchemy.exc import SQLAlchemyError

from antiviolenza_desktop.domain.store_errors import DiskFull, FolderNotWritable

_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}
_NO_WRITE_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
_SQLITE_FULL_TEXTS = ("database or disk is full", "disk i/o error")


def temporary_sibling(path: Path) -> Path:
    """A hidden name in the same folder (same file system, so os.replace is atomic)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


def sidecars(database: Path) -> tuple[Path, Path]:
    """SQLite's WAL and shared-memory files of `database`."""
    return database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")


def remove_quietly(*paths: Path) -> None:
    """Best-effort cleanup of temporary files; never hides the error being handled."""
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def fsync_directory(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_disk_full(error: BaseException) -> bool:
    original = getattr(error, "orig", None)  # SQLAlchemy wraps the driver's error
    if isinstance(original, BaseException):
        error = original
    if isinstance(error, sqlcipher3.OperationalError):
        return any(text in str(error).lower() for text in _SQLITE_FULL_TEXTS)
    return isinstance(error, OSError) and error.errno in _DISK_FULL_ERRNOS


@contextlib.contextmanager
def disk_full_as_refusal(folder: Path | None = None) -> Iterator[None]:
    """Turn a full disk (OS or SQLite) into 'disco pieno', a read-only folder into its refusal."""
    try:
        yield
    except (OSError, sqlcipher3.OperationalError, SQLAlchemyError) as error:
        if is_disk_full(error):
            raise DiskFull from error
        if isinstance(error, OSError) and error.errno in _NO_WRITE_ERRNOS:
            raise FolderNotWritable(name=str(folder or "")) from error
        raise


def create_private(path: Path) -> int:
    """Create `path` for writing, readable by this user only (0600), failing if it exists.

    O_BINARY matters on Windows, where a descriptor opened without it is in text mode and every
    LF byte written becomes CRLF: a bundle, key-slot file or PDF would be corrupted. (Python's
    os.open already makes the descriptor non-inheritable: O_NOINHERIT / O_CLOEXEC.)
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, 0o600)


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` privately (0600) to a sibling, fsync, rename over `path`, fsync the folder."""
    tmp = temporary_sibling(path)
    try:
        with disk_full_as_refusal(path.parent):
            fd = create_private(tmp)
            try:
                view = memoryview(data)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, path)
            fsync_directory(path.parent)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
