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

from antiviolenza_desktop.domain.store_errors import DiskFull

_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


def temporary_sibling(path: Path) -> Path:
    """A hidden name in the same folder (same file system, so os.replace is atomic)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


def fsync_directory(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_disk_full(error: BaseException) -> bool:
    return isinstance(error, OSError) and error.errno in _DISK_FULL_ERRNOS


@contextlib.contextmanager
def disk_full_as_refusal() -> Iterator[None]:
    """Turn ENOSPC/EFBIG into the Italian 'disco pieno' refusal."""
    try:
        yield
    except OSError as error:
        if is_disk_full(error):
            raise DiskFull from error
        raise


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` privately (0600) to a sibling, fsync, rename over `path`, fsync the folder."""
    tmp = temporary_sibling(path)
    try:
        with disk_full_as_refusal():
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
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
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
