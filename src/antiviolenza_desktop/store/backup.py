"""Encrypted, verified backups made with SQLCipher's own export, and their rotation.

Never a copy of the live file (a plain copy of a WAL database loses committed rows). The export
goes to a hidden temporary name, is fsynced and verified (cipher_integrity_check and
integrity_check) before it takes its final name, so a crash or a full disk never leaves a
partial backup that looks complete. Each backup carries a copy of the slot file, so it is itself
a store that opens with the passwords valid when it was taken.

Names carry the first 8 characters of the store id, so several stores (all called
`archivio.avdb` by default) can share a USB stick without rotating each other's copies away.
Only routine copies rotate; the safety copies taken before an upgrade or a key rotation stay.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from antiviolenza_desktop.domain.backup_rotation import backups_to_keep
from antiviolenza_desktop.domain.store_errors import BackupFailed, NotAFolder
from antiviolenza_desktop.store import damage, sqlcipher_connection
from antiviolenza_desktop.store.atomic_files import (
    disk_full_as_refusal,
    fsync_directory,
    remove_quietly,
    sidecars,
    temporary_sibling,
)
from antiviolenza_desktop.store.keyslot_file import SlotFile, slot_file_path, write_slot_file

BACKUP_SUFFIX = ".avdb"
ROTATING_REASONS = ("manuale", "giornaliera")
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<store>[0-9a-f]{8})-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z-]+?)"
    r"(?:-(?P<counter>\d+))?\.avdb$"
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str


def default_backup_dir(database: Path) -> Path:
    return database.parent / "copie-di-sicurezza"


def free_name(folder: Path, database: Path, store_id: str, taken_at: datetime, reason: str) -> Path:
    stem = f"{database.stem}-{store_id[:8]}-{taken_at.strftime(_STAMP_FORMAT)}-{reason}"
    candidate = folder / f"{stem}{BACKUP_SUFFIX}"
    counter = 2
    while candidate.exists() or slot_file_path(candidate).exists():
        candidate = folder / f"{stem}-{counter}{BACKUP_SUFFIX}"
        counter += 1
    return candidate


def list_backups(backup_dir: Path, database: Path, store_id: str) -> list[BackupFile]:
    """Backups of this store (by name and store id) in `backup_dir`, oldest first."""
    found: list[BackupFile] = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == database.stem and match["store"] == store_id[:8]:
            taken_at = datetime.strptime(match["stamp"], _STAMP_FORMAT)
            found.append(BackupFile(path, taken_at, match["reason"]))
    return sorted(found, key=lambda backup: (backup.taken_at, backup.path.name))


def verify_database(path: Path, raw_key: bytes) -> list[str]:
    """Italian descriptions of every problem found; empty when the file is healthy."""
    try:
        connection = sqlcipher_connection.connect(path, raw_key, read_only=True)
    except sqlcipher3.DatabaseError as error:
        return [damage.describe(str(error))]
    try:
        problems = sqlcipher_connection.cipher_integrity_check(connection)
        if not problems:
            problems = sqlcipher_connection.integrity_check(connection)
        if not problems and connection.execute("PRAGMA foreign_key_check").fetchall():
            return ["riferimenti tra tabelle non validi (foreign_key_check)"]
        return [damage.describe(problem) for problem in problems[:5]]
    except sqlcipher3.DatabaseError as error:
        return [damage.describe(str(error))]
    finally:
        connection.close()


def _export(source: sqlcipher3.Connection, target: Path, raw_key: bytes) -> None:
    literal = sqlcipher_connection.key_literal(raw_key)
    source.execute("ATTACH DATABASE ? AS backup KEY ?", (str(target), literal))
    try:
        sqlcipher_connection.apply_cipher_settings(source, "backup")
        source.execute("SELECT sqlcipher_export('backup')").fetchall()
    finally:
        source.execute("DETACH DATABASE backup")
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    os.chmod(target, 0o600)


def export_verified(database: Path, raw_key: bytes, slot_file: SlotFile, final: Path) -> None:
    """Export to a hidden sibling of `final`, verify it, then publish it with its slot file."""
    tmp = temporary_sibling(final)
    try:
        with disk_full_as_refusal(final.parent):
            source = sqlcipher_connection.connect(database, raw_key)
            try:
                _export(source, tmp, raw_key)
            finally:
                source.close()
            problems = verify_database(tmp, raw_key)
            if problems:
                raise BackupFailed(name=final.name, detail="; ".join(problems))
            write_slot_file(final, slot_file)
            os.replace(tmp, final)
            fsync_directory(final.parent)
    finally:
        remove_quietly(tmp, *sidecars(tmp))


def create_backup(
    database: Path,
    raw_key: bytes,
    slot_file: SlotFile,
    backup_dir: Path,
    *,
    taken_at: datetime,
    reason: str,
) -> Path:
    """Publish `<stem>-<store>-<stamp>-<reason>.avdb` (and its slot file) in `backup_dir`."""
    if backup_dir.exists() and not backup_dir.is_dir():
        raise NotAFolder(name=str(backup_dir))
    with disk_full_as_refusal(backup_dir):
        backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    final = free_name(backup_dir, database, slot_file.store_id, taken_at, reason)
    export_verified(database, raw_key, slot_file, final)
    return final


def rotate_backups(backup_dir: Path, database: Path, store_id: str) -> list[Path]:
    """Delete routine copies the 7-daily + 4-weekly policy does not keep; return what went."""
    routine = [
        b for b in list_backups(backup_dir, database, store_id) if b.reason in ROTATING_REASONS
    ]
    keep = backups_to_keep(backup.taken_at for backup in routine)
    removed = []
    for backup in routine:
        if backup.taken_at not in keep:
            remove_quietly(backup.path, slot_file_path(backup.path))
            removed.append(backup.path)
    return removed
