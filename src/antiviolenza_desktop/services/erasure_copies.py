"""The copies that still hold erased data, and removing them after a fresh verified backup.

An erasure changes the store, not the copies made before it: routine and manual backups and
the safety copies taken before an upgrade or a key rotation (all in `copie-di-sicurezza/`),
and the whole stores set aside by a restore (`sostituiti/<stem>-<stamp>/`). Each is encrypted
with the same raw key as the live store, and its slot file opens with the same passwords, so
deleting only a copy's `.keys` would protect nothing: the live store's slot file unwraps the
very key that decrypts the old copy. The copy itself has to go.

So, after an erasure: make a fresh verified backup (the store may never be without one), then
delete every copy of this store taken at or before the latest erasure: its `.avdb`, `-wal`,
`-shm` and `.keys`, and the set-aside folders whole. Files are unlinked, not overwritten:
on SSDs and copy-on-write file systems an overwrite lands on new blocks and the old ones stay
until the drive reuses them, so overwriting would only pretend. What may survive on the disk
is ciphertext under the store's key; `antiviolenza rekey` after the purge gives the live store
a new key, so a later theft of the live store and a password no longer opens those remnants
(the old slot files, remnants too, still do: full-disk encryption is the real answer there).

Copies on other media (a USB stick chosen with `backup --to`) are not seen here: the person
has to delete them by hand, and the message says so.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.erasure import last_erasure_at
from antiviolenza_desktop.services.maintenance import backup_now
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.services.users import require_coordinator
from antiviolenza_desktop.store.atomic_files import fsync_directory, remove_quietly, sidecars
from antiviolenza_desktop.store.backup import default_backup_dir, list_backups
from antiviolenza_desktop.store.keyslot_file import read_slot_file, slot_file_path

KIND_BACKUP = "copia"
KIND_REPLACED = "sostituito"
_SET_ASIDE_STAMP = "%Y%m%d-%H%M%S-%f"


class NothingErased(AppError):
    code = "nessuna_cancellazione"
    template = (
        "In questo archivio non è mai stato eliminato alcun caso: non ci sono copie da ripulire."
    )


@dataclass(frozen=True)
class OldCopy:
    """A copy of this store made at or before the latest erasure."""

    path: Path
    kind: str
    taken_at: datetime


@dataclass(frozen=True)
class PurgeResult:
    fresh_backup: Path
    removed: tuple[OldCopy, ...]


def _local(stamp: str) -> datetime:
    """An audit-style UTC stamp as the naive local time that copy names carry."""
    return datetime.fromisoformat(stamp).astimezone().replace(tzinfo=None)


def _set_aside_copies(database: Path, store_id: str) -> list[OldCopy]:
    """The restores' set-aside folders of this store (same stem, same store id)."""
    folder = database.parent / "sostituiti"
    found: list[OldCopy] = []
    if not folder.is_dir():
        return found
    prefix = f"{database.stem}-"
    for candidate in folder.iterdir():
        if not candidate.is_dir() or not candidate.name.startswith(prefix):
            continue
        try:
            taken_at = datetime.strptime(candidate.name[len(prefix) :], _SET_ASIDE_STAMP)
            owner = read_slot_file(candidate / database.name).store_id
        except (ValueError, AppError):
            continue
        if owner == store_id:
            found.append(OldCopy(candidate, KIND_REPLACED, taken_at))
    return found


def _copies_until(opened: OpenStore, moment: datetime) -> list[OldCopy]:
    store = opened.store
    store_id = store.slot_file.store_id
    backups = [
        OldCopy(b.path, KIND_BACKUP, b.taken_at)
        for b in list_backups(default_backup_dir(store.database), store.database, store_id)
    ]
    every = backups + _set_aside_copies(store.database, store_id)
    return sorted((c for c in every if c.taken_at <= moment), key=lambda c: c.taken_at)


def copies_with_erased_data(opened: OpenStore) -> list[OldCopy]:
    """Copies made at or before the latest erasure, oldest first (empty if none happened).

    Coordinator only (PermissionDenied)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        require_coordinator(uow, "vedere le copie con dati eliminati")
        stamp = last_erasure_at(uow)
    return [] if stamp is None else _copies_until(opened, _local(stamp))


def _remove(copy: OldCopy) -> None:
    if copy.kind == KIND_REPLACED:
        shutil.rmtree(copy.path)
    else:
        remove_quietly(copy.path, *sidecars(copy.path), slot_file_path(copy.path))
    fsync_directory(copy.path.parent)


def purge_copies_after_erasure(opened: OpenStore) -> PurgeResult:
    """Make a fresh verified backup, then delete every copy made at or before the latest erasure.

    Coordinator only; audited (counts only). The fresh backup comes first and is verified by
    `backup_now`, so a failure there (DiskFull, BackupFailed) deletes nothing.
    Errors: PermissionDenied, NothingErased, DiskFull, BackupFailed."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        require_coordinator(uow, "eliminare le copie con dati eliminati")
        stamp = last_erasure_at(uow)
    if stamp is None:
        raise NothingErased
    old = _copies_until(opened, _local(stamp))
    fresh = backup_now(opened)  # its rotation may already remove some routine copies of `old`
    for copy in old:
        if copy.path.exists():
            _remove(copy)
    with UnitOfWork(opened.store, opened.actor) as uow:
        details = {
            "copie": sum(1 for c in old if c.kind == KIND_BACKUP),
            "archivi_sostituiti": sum(1 for c in old if c.kind == KIND_REPLACED),
        }
        audit.record(uow, action="copie.ripulite", entity="store", details=details)
    return PurgeResult(fresh, tuple(old))
