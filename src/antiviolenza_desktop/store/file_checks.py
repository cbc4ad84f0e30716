"""Cheap checks on a database file before any key is used, so wrong files are named precisely.

An empty file would be taken by SQLCipher as a new database, and a plaintext SQLite file must
never be opened as if it were ours: both are refused here, before anything can write to them.
A size that is a whole number of SQLCipher 3 pages (1 KiB) but not of ours (4 KiB) may be an
old-format store rather than a truncated one: that verdict waits until the key is proven
(`check_whole_pages`), so an old store is never called truncated.
"""

from __future__ import annotations

from pathlib import Path

from antiviolenza_desktop.domain.store_errors import (
    FileNotReadable,
    IncompleteCreation,
    NotAStore,
    StoreDamaged,
    StoreMissing,
)
from antiviolenza_desktop.store.keyslot_file import slot_file_path
from antiviolenza_desktop.store.sqlcipher_connection import (
    LEGACY_PAGE_SIZE,
    PAGE_SIZE,
    PLAINTEXT_HEADER,
)


def check_paths(database: Path) -> None:
    """Name the situation before anything else: no store, a folder, a lone slot file."""
    keys = slot_file_path(database)
    if database.is_dir():
        raise NotAStore(name=database.name, detail="è una cartella")
    if not database.exists():
        if keys.exists():
            raise IncompleteCreation(name=database.name, keys=keys.name)
        raise StoreMissing(name=str(database))


def check_database_file(database: Path, backup_hint: str) -> None:
    size = database.stat().st_size
    if size == 0:
        raise NotAStore(name=database.name, detail="il file è vuoto")
    try:
        with open(database, "rb") as handle:
            header = handle.read(len(PLAINTEXT_HEADER))
    except PermissionError:
        raise FileNotReadable(name=database.name) from None
    if header == PLAINTEXT_HEADER:
        raise NotAStore(name=database.name, detail="è un database SQLite non cifrato")
    if size < LEGACY_PAGE_SIZE:
        raise NotAStore(name=database.name, detail="il file è troppo piccolo")
    if size % LEGACY_PAGE_SIZE:
        raise _truncated(size, backup_hint)


def check_whole_pages(database: Path, backup_hint: str) -> None:
    """Once the file is known not to be an old-format store: a partial last page is truncation."""
    size = database.stat().st_size
    if size % PAGE_SIZE:
        raise _truncated(size, backup_hint)


def _truncated(size: int, backup_hint: str) -> StoreDamaged:
    return StoreDamaged(
        detail=f"la pagina {size // PAGE_SIZE + 1} è incompleta (file troncato)",
        backup_hint=backup_hint,
    )
