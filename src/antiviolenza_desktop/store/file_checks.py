"""Cheap checks on a database file before any key is used, so wrong files are named precisely.

An empty file would be taken by SQLCipher as a new database, and a plaintext SQLite file must
never be opened as if it were ours: both are refused here, before anything can write to them.
"""

from __future__ import annotations

from pathlib import Path

from antiviolenza_desktop.domain.store_errors import NotAStore, StoreDamaged, StoreMissing
from antiviolenza_desktop.store.sqlcipher_connection import PAGE_SIZE, PLAINTEXT_HEADER


def check_database_file(database: Path, backup_hint: str) -> None:
    if not database.is_file():
        raise StoreMissing(name=database.name)
    size = database.stat().st_size
    if size == 0:
        raise NotAStore(name=database.name, detail="il file è vuoto")
    with open(database, "rb") as handle:
        header = handle.read(len(PLAINTEXT_HEADER))
    if header == PLAINTEXT_HEADER:
        raise NotAStore(name=database.name, detail="è un database SQLite non cifrato")
    if size < PAGE_SIZE:
        raise NotAStore(name=database.name, detail="il file è troppo piccolo")
    if size % PAGE_SIZE:
        raise StoreDamaged(
            detail=f"la pagina {size // PAGE_SIZE + 1} è incompleta (file troncato)",
            backup_hint=backup_hint,
        )
