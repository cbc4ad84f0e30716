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

Copies on other media (a USB stick chosen with `backup --to`) cannot be reached here (the
medium may not even be attached): the audit log names each one (`copia.creata` carries its
folder), and the purge lists those taken at or before the erasure for the person to delete
by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services import copies
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.copies import CopyInfo, OutsideCopy
from antiviolenza_desktop.services.erasure import last_erasure_at
from antiviolenza_desktop.services.maintenance import backup_now
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


class NothingErased(AppError):
    code = "nessuna_cancellazione"
    template = (
        "In questo archivio non è mai stato eliminato alcun caso: non ci sono copie da ripulire."
    )


@dataclass(frozen=True)
class PurgeResult:
    """The fresh backup that replaced them, the copies with erased data now gone, and those
    on other media that still hold them, to be deleted by hand (`outside`)."""

    fresh_backup: Path
    removed: tuple[CopyInfo, ...]
    outside: tuple[OutsideCopy, ...] = ()


def _latest_erasure(opened: OpenStore) -> datetime | None:
    """The latest erasure as the naive local time that copy names carry (None if none)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.ERASURE)
        stamp = last_erasure_at(uow)
    return (
        None if stamp is None else datetime.fromisoformat(stamp).astimezone().replace(tzinfo=None)
    )


def _copies_until(opened: OpenStore, moment: datetime) -> list[CopyInfo]:
    every = copies.list_copies(opened.store.database)
    return sorted((c for c in every if c.taken_at <= moment), key=lambda c: c.taken_at)


def copies_with_erased_data(opened: OpenStore) -> list[CopyInfo]:
    """Copies made at or before the latest erasure, oldest first (empty if none happened).

    Coordinator only (PermissionDenied)."""
    moment = _latest_erasure(opened)
    return [] if moment is None else _copies_until(opened, moment)


def outside_copies_with_erased_data(opened: OpenStore) -> list[OutsideCopy]:
    """Copies written on other media at or before the latest erasure, oldest first: to be
    deleted by hand (empty if no erasure happened). Coordinator only (PermissionDenied)."""
    moment = _latest_erasure(opened)
    return [] if moment is None else copies.outside_copies_until(opened, moment)


def purge_copies_after_erasure(opened: OpenStore) -> PurgeResult:
    """Make a fresh verified backup, then delete every copy made at or before the latest erasure
    (`copies.delete_copies_taken_before`, which audits the names).

    Coordinator only. The fresh backup comes first and is verified by `backup_now`, so a
    failure there (DiskFull, BackupFailed) deletes nothing; its own rotation may already take
    some of the old routine copies, which are still reported as removed. The copies on
    other media taken at or before the erasure are named in `outside`, not touched.
    Errors: PermissionDenied, NothingErased, DiskFull, BackupFailed, CopiesBusy,
    CopiesNotDeleted."""
    moment = _latest_erasure(opened)
    if moment is None:
        raise NothingErased
    old = _copies_until(opened, moment)
    fresh = backup_now(opened)
    copies.delete_copies_taken_before(opened, moment=moment, keep=fresh)
    removed = tuple(copy for copy in old if not copy.path.exists())
    return PurgeResult(fresh, removed, tuple(copies.outside_copies_until(opened, moment)))
