"""Encrypted, verified backups made with SQLCipher's own export, and their rotation.

Never a copy of the live file (a plain copy of a WAL database loses committed rows). The export
goes to a hidden temporary name, is fsynced and verified (cipher_integrity_check and
integrity_check) before it takes its final name, so a crash or a full disk never leaves a
partial backup that looks complete. Each backup carries a copy of the slot file, so it is itself
a store that opens with the passwords valid when it was taken.

Names carry the first 8 characters of the store id, so several stores (all called
`archivio.avdb` by default) can share a USB stick without rotating each other's copies away:
a store manages only its own copies and, in its default folder, those of a former store at its
path (one a restore set aside; its id is kept in `sostituiti/.STEM-archivi-precedenti`). A
name that only looks like a copy's (an impossible date) is ignored, never an error.

Every copy rotates (`domain/backup_rotation.py` states how long each kind lives): routine
copies, the safety copies taken before an upgrade or a key rotation, and the stores a restore
set aside in `sostituiti/STEM-STAMP/`. Deleting a copy removes all its files together
(database, slot file, any `-wal`/`-shm`), so no half copy is left that still holds data.

A lock file in the backup folder keeps deletion away from a restore that is reading a copy
there (another process, or the CLI while the GUI runs). Replaced stores are only deleted while
the store itself is open, and a restore needs the store's own lock to set one aside.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3
from filelock import FileLock, Timeout

from antiviolenza_desktop.domain.backup_rotation import (
    KIND_BY_REASON,
    CopyKind,
    CopyStamp,
    copies_to_delete,
)
from antiviolenza_desktop.domain.copy_errors import CopiesBusy
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.store_errors import BackupFailed, NotAFolder
from antiviolenza_desktop.store import damage, sqlcipher_connection
from antiviolenza_desktop.store.atomic_files import (
    disk_full_as_refusal,
    fsync_directory,
    remove_quietly,
    sidecars,
    temporary_sibling,
    write_atomically,
)
from antiviolenza_desktop.store.keyslot_file import (
    SlotFile,
    read_slot_file,
    slot_file_path,
    write_slot_file,
)

BACKUP_SUFFIX = ".avdb"
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
    sequence: int = 0


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
    return [b for store, b in _backups_named_for(backup_dir, database) if store == store_id[:8]]


def _backups_named_for(backup_dir: Path, database: Path) -> list[tuple[str, BackupFile]]:
    """Backups named after `database` (any store id), with the store id's 8 characters."""
    found: list[tuple[str, BackupFile]] = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        taken_at = _parsed(match["stamp"], _STAMP_FORMAT) if match else None
        if match and taken_at and match["stem"] == database.stem:
            sequence = int(match["counter"] or 1)
            found.append((match["store"], BackupFile(path, taken_at, match["reason"], sequence)))
    return sorted(found, key=lambda item: (item[1].taken_at, item[1].sequence))


def _parsed(stamp: str, stamp_format: str) -> datetime | None:
    """The moment a name carries; None for a name that only looks like ours (a hand-renamed
    file with month 13): such a file is not a copy we made, and never stops an open."""
    try:
        return datetime.strptime(stamp, stamp_format)
    except ValueError:
        return None


REPLACED_FOLDER = "sostituiti"
COPIES_LOCK_NAME = ".copie.lock"
_REPLACED_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})$")
_REPLACED_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_STORE_ID8 = re.compile(r"[0-9a-f]{8}")


@dataclass(frozen=True)
class CopyFile:
    """A copy on disk. `path` is the `.avdb` of a backup or the folder of a replaced store."""

    path: Path
    kind: CopyKind
    taken_at: datetime
    size: int
    sequence: int = 0
    store: str = ""

    @property
    def stamp(self) -> CopyStamp:
        return CopyStamp(self.path.name, self.kind, self.taken_at, self.sequence, self.store)


def replaced_folder(database: Path) -> Path:
    return database.parent / REPLACED_FOLDER


def _backup_files(backup: Path) -> list[Path]:
    return [backup, *sidecars(backup), slot_file_path(backup)]


def _size(paths: Iterator[Path] | list[Path]) -> int:
    return sum(path.stat().st_size for path in paths if path.is_file())


def _replaced_copies(database: Path) -> list[CopyFile]:
    folder = replaced_folder(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _REPLACED_NAME.match(path.name)
        taken_at = _parsed(match["stamp"], _REPLACED_STAMP_FORMAT) if match else None
        if path.is_dir() and match and taken_at and match["stem"] == database.stem:
            found.append(CopyFile(path, CopyKind.REPLACED, taken_at, _size(path.iterdir())))
    return found


def _backup_kind(store: str, reason: str, store_id: str) -> CopyKind:
    if store != store_id[:8]:
        return CopyKind.FORMER_STORE
    return KIND_BY_REASON.get(reason, CopyKind.ROUTINE)


def _former_ids_file(database: Path) -> Path:
    return replaced_folder(database) / f".{database.stem}-archivi-precedenti"


def former_store_ids(database: Path) -> set[str]:
    """The store ids (8 characters, as copy names carry them) of the stores a restore set
    aside from this path: their slot files in `sostituiti/` say which stores this path held,
    and `remember_former_stores` keeps them once those folders have expired. Read from the
    files alone (no password); an unreadable slot file names no store."""
    ids = _remembered_ids(database)
    for replaced in _replaced_copies(database):
        with contextlib.suppress(AppError, OSError):
            ids.add(read_slot_file(replaced.path / database.name).store_id[:8])
    return ids


def _remembered_ids(database: Path) -> set[str]:
    try:
        text = _former_ids_file(database).read_text(encoding="ascii", errors="replace")
    except OSError:
        return set()
    return {word for word in text.split() if _STORE_ID8.fullmatch(word)}


def remember_former_stores(database: Path) -> None:
    """Write the former store ids to a file in `sostituiti/` (ids only, never personal data),
    so a former store's last copy stays managed (listed, reachable by an erasure) after its
    set-aside folder expires. Best effort: a medium that cannot take it keeps the folders."""
    ids = former_store_ids(database)
    path = _former_ids_file(database)
    if not ids or not path.parent.is_dir():
        return
    if _remembered_ids(database) != ids:
        with contextlib.suppress(OSError, AppError):
            write_atomically(path, "".join(f"{i}\n" for i in sorted(ids)).encode("ascii"))


def list_copies(database: Path, store_id: str, backup_dir: Path | None = None) -> list[CopyFile]:
    """The store's backups in `backup_dir` (default folder if None) and its replaced stores,
    newest first. In the default folder beside the store, the backups of a former store at
    this path (one a restore set aside in `sostituiti/`) are listed too (FORMER_STORE). The
    copies of any other store id are never listed, so never touched: on a shared USB stick,
    store A's `backup --to` copies may sit in store B's folder."""
    default = default_backup_dir(database)
    folder = backup_dir or default
    ours = store_id[:8]
    managed = {ours} | (former_store_ids(database) if folder == default else set())
    copies = [
        CopyFile(
            backup.path,
            _backup_kind(store, backup.reason, store_id),
            backup.taken_at,
            _size(_backup_files(backup.path)),
            backup.sequence,
            store,
        )
        for store, backup in _backups_named_for(folder, database)
        if store in managed
    ]
    copies.extend(_replaced_copies(database))
    return sorted(copies, key=lambda copy: copy.stamp.order, reverse=True)


@contextlib.contextmanager
def copies_locked(folder: Path) -> Iterator[None]:
    """Hold the folder's copy lock, or refuse with CopiesBusy when someone else holds it.
    A folder that cannot hold a lock file (read-only medium) cannot lose copies either."""
    lock = FileLock(
        folder / COPIES_LOCK_NAME, timeout=0, is_singleton=False, thread_local=False, mode=0o600
    )
    held = True
    try:
        lock.acquire()
    except Timeout:
        raise CopiesBusy(folder=str(folder)) from None
    except OSError:
        held = False
    try:
        yield
    finally:
        if held:
            lock.release()


def delete_copy_files(copy: CopyFile) -> bool:
    """Remove the whole copy: every file of a backup, or the folder of a replaced store.
    True when nothing of it is left (on Windows a file held open elsewhere cannot go)."""
    if copy.path.is_dir():
        shutil.rmtree(copy.path, ignore_errors=True)
        left = copy.path.exists()
    else:
        files = _backup_files(copy.path)
        remove_quietly(*files)
        left = any(path.exists() for path in files)
    with contextlib.suppress(OSError):
        fsync_directory(copy.path.parent)
    return not left


def expired_copies(
    database: Path, store_id: str, *, now: datetime, backup_dir: Path | None = None
) -> list[CopyFile]:
    """The copies the retention policy no longer keeps at `now` (the caller holds the lock).
    The former store ids are remembered first: a set-aside folder may be among the expired."""
    remember_former_stores(database)
    copies = list_copies(database, store_id, backup_dir)
    by_name = {copy.path.name: copy for copy in copies}
    return [by_name[s.name] for s in copies_to_delete([c.stamp for c in copies], now)]


def prune(
    database: Path, store_id: str, *, now: datetime, backup_dir: Path | None = None
) -> list[CopyFile]:
    """Delete what the retention policy no longer keeps; return what went. Skipped (nothing
    deleted) when another process holds the copy lock: the next backup or open retries."""
    folder = backup_dir or default_backup_dir(database)
    try:
        with copies_locked(folder) if folder.is_dir() else contextlib.nullcontext():
            expired = expired_copies(database, store_id, now=now, backup_dir=folder)
            return [copy for copy in expired if delete_copy_files(copy)]
    except CopiesBusy:
        return []


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
    """After a backup: apply the retention policy to every copy of the store; return what went."""
    return [
        copy.path for copy in prune(database, store_id, now=datetime.now(), backup_dir=backup_dir)
    ]
