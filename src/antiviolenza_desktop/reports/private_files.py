"""Writing a printed document so that nobody else can read it and a crash never leaves half of it.

Recovery sheets carry the key to every record, and filled forms carry a woman's name: the file
is created 0o600 with O_EXCL beside its target, fsynced, renamed into place (over an existing
file only when the person asked to replace it), and the rename made durable.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.store.atomic_files import create_private


def write_private_file(
    path: Path, build: Callable[[BinaryIO], None], exists: Callable[[], AppError] | None
) -> None:
    """Build into a private temporary sibling, then rename; `exists()` is raised if `path`
    appeared meanwhile (the caller checked it before building). With `exists` None the
    rename replaces an existing `path` in one step (the person asked to overwrite it)."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    descriptor = create_private(temporary)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            build(stream)
            stream.flush()
            os.fsync(stream.fileno())
        if (
            exists is not None and path.exists()
        ):  # narrows the window in which a concurrent writer could be clobbered
            raise exists()
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable on POSIX; Windows has no directory handles to sync."""
    if os.name == "nt":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # some filesystems (network mounts) refuse it
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
