"""Stores written by SQLCipher 3: recognised as such (never called damaged), and converted.

The key slots already prove the key before any page is read, so a key that opens the slot but
not the pages means damage or an old format; a read-only connection in SQLCipher 3's settings
tells them apart. Conversion first copies the untouched file and its keys byte for byte beside
the other safety copies, then exports every row into a new SQLCipher 4 file under a hidden
name, verifies it, and only then puts it in place: a crash leaves the old store or the new one.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import sqlcipher3

from antiviolenza_desktop.domain.store_errors import (
    CipherSettingsMismatch,
    FormatConversionFailed,
    OldCipherFormat,
    WalBeforeConversion,
)
from antiviolenza_desktop.store import backup, sqlcipher_connection
from antiviolenza_desktop.store.atomic_files import (
    disk_full_as_refusal,
    fsync_directory,
    remove_quietly,
    sidecars,
    temporary_sibling,
    write_atomically,
)
from antiviolenza_desktop.store.keyslot_file import slot_file_path

COPY_REASON = "prima-conversione"


def is_old_format(database: Path, raw_key: bytes) -> bool:
    """True when `raw_key` opens `database` only with SQLCipher 3's settings."""
    try:
        connection = sqlcipher_connection.connect_legacy(database, raw_key)
    except (sqlcipher3.DatabaseError, CipherSettingsMismatch):
        return False
    connection.close()
    return True


def refuse_old_format(database: Path, raw_key: bytes) -> None:
    if is_old_format(database, raw_key):
        raise OldCipherFormat(name=database.name)


def _refuse_wal(database: Path) -> None:
    """A closed store has no WAL content; one left by a crash would be lost by the copy."""
    wal = sidecars(database)[0]
    if wal.exists() and wal.stat().st_size:
        raise WalBeforeConversion(name=database.name, wal=wal.name)


def _copy_file(source: Path, target: Path) -> None:
    tmp = temporary_sibling(target)
    try:
        shutil.copyfile(source, tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    finally:
        remove_quietly(tmp)


def safety_copy(database: Path, store_id: str, taken_at: datetime) -> Path:
    """Copy the store and its key file as they are, beside the pre-upgrade copies."""
    folder = backup.default_backup_dir(database)
    with disk_full_as_refusal(folder):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        copy = backup.free_name(folder, database, store_id, taken_at, COPY_REASON)
        write_atomically(slot_file_path(copy), slot_file_path(database).read_bytes())
        _copy_file(database, copy)
        fsync_directory(folder)
    return copy


def _export_current_format(database: Path, target: Path, raw_key: bytes) -> None:
    source = sqlcipher_connection.connect_legacy(database, raw_key)
    literal = sqlcipher_connection.key_literal(raw_key)
    try:
        source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), literal))
        sqlcipher_connection.apply_cipher_settings(source, "converted")
        source.execute("SELECT sqlcipher_export('converted')").fetchall()
        source.execute("DETACH DATABASE converted")
    finally:
        source.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    os.chmod(target, 0o600)


def convert(database: Path, raw_key: bytes, store_id: str, taken_at: datetime) -> Path:
    """Rewrite an old-format store (closed, locked by the caller) in SQLCipher 4.

    Returns the safety copy. The key and the key file stay as they are: every password and
    the recovery sheet keep working.
    """
    _refuse_wal(database)
    copy = safety_copy(database, store_id, taken_at)
    if not is_old_format(copy, raw_key):
        raise FormatConversionFailed(name=database.name, detail="copia illeggibile", copy=copy.name)
    tmp = temporary_sibling(database)
    try:
        with disk_full_as_refusal(database.parent):
            _export_current_format(database, tmp, raw_key)
            problems = backup.verify_database(tmp, raw_key)
            if problems:
                detail = "; ".join(problems)
                raise FormatConversionFailed(name=database.name, detail=detail, copy=copy.name)
            remove_quietly(*sidecars(database))
            os.replace(tmp, database)
            fsync_directory(database.parent)
    finally:
        remove_quietly(tmp, *sidecars(tmp))
    return copy
