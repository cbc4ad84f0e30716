"""The copies of a store (backups and replaced stores): list, delete one, let the expired go.

One place for the GUI's «Copie di sicurezza» page, `antiviolenza backup --elenca/--elimina`,
the rotation at open, and the erasure of a woman's data, which must also reach every copy
taken before it (`delete_copies_taken_before`). How long each kind lives is stated in
`domain/backup_rotation.py`. Only the copies in the store's own backup folder
(`copie-di-sicurezza/`) and in `sostituiti/` are managed: a copy written elsewhere (a USB
stick) is the office's to keep or destroy, and `outside_copies_until` names those from the
audit log, so an erasure can tell which ones to delete by hand.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from antiviolenza_desktop.domain import backup_rotation
from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.backup_rotation import CopyKind
from antiviolenza_desktop.domain.copy_errors import (
    CopiesBusy,
    CopiesNotDeleted,
    CopyNotFound,
    NewestCopyKept,
)
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store import backup
from antiviolenza_desktop.store.keyslot_file import read_slot_file, write_slot_file
from antiviolenza_desktop.store.schema import AuditLog

if TYPE_CHECKING:
    from antiviolenza_desktop.services.store_lifecycle import OpenStore

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CopyInfo:
    """One copy as shown to people. `expires_on` is the latest moment it lives (it may go
    earlier, pushed out by newer copies); None for the newest backup, kept until a newer one."""

    kind: CopyKind
    file_name: str
    path: Path
    taken_at: datetime
    size: int
    expires_on: datetime | None

    @property
    def restorable(self) -> bool:
        """A replaced store is a folder, a copy taken before a format conversion is in the old
        format, and a former store's copy is another store: none is put back from this page."""
        return self.kind in (
            CopyKind.ROUTINE,
            CopyKind.BEFORE_UPGRADE,
            CopyKind.BEFORE_ROTATION,
        )


def list_copies(store_path: Path) -> list[CopyInfo]:
    """Every managed copy of the store at `store_path`, newest first. Needs no password (the
    store id is in the slot file, names and dates are not personal data), so it also works
    for a damaged store whose copy is being chosen. Errors: KeySlotFileMissing/Damaged."""
    store_id = read_slot_file(store_path).store_id
    files = backup.list_copies(store_path, store_id)
    stamps = [copy.stamp for copy in files]
    return [
        CopyInfo(
            kind=copy.kind,
            file_name=copy.path.name,
            path=copy.path,
            taken_at=copy.taken_at,
            size=copy.size,
            expires_on=backup_rotation.expires_on(copy.stamp, stamps),
        )
        for copy in files
    ]


def _locked(folder: Path) -> contextlib.AbstractContextManager[None]:
    return backup.copies_locked(folder) if folder.is_dir() else contextlib.nullcontext()


def copies_locked(opened: OpenStore) -> contextlib.AbstractContextManager[None]:
    """The store's backup folder locked against a restore or a deletion reading its copies
    (CopiesBusy when another process holds it)."""
    return _locked(backup.default_backup_dir(opened.store.database))


def remove_slot_from_copies(opened: OpenStore, login: str) -> int:
    """Remove `login`'s key slot from the slot file of every managed copy of this store
    (backups of any kind in its folder, replaced stores in `sostituiti/`), each file replaced
    atomically; return how many copies changed. Called by `credentials.disable_user` under
    `copies_locked`, so her old password opens no managed copy. A former store's copies are
    another store, with other users: left alone, as is a copy whose slot file cannot be read."""
    database = opened.store.database
    store_id = opened.store.slot_file.store_id
    updated = 0
    for copy in backup.list_copies(database, store_id):
        if copy.kind is CopyKind.FORMER_STORE:
            continue
        copy_database = copy.path / database.name if copy.kind is CopyKind.REPLACED else copy.path
        try:
            slot_file = read_slot_file(copy_database)
        except AppError:
            continue
        slot = slot_file.password_slot(login)
        if slot_file.store_id != store_id or slot is None:
            continue
        remaining = tuple(s for s in slot_file.slots if s.slot_id != slot.slot_id)
        write_slot_file(copy_database, slot_file.with_slots(remaining))
        updated += 1
    return updated


def _delete(opened: OpenStore, doomed: Sequence[backup.CopyFile], *, action: str) -> list[str]:
    """Delete under the backup folder's lock (`_delete_locked`); return the names that went.
    A copy that could not go entirely is named in CopiesNotDeleted."""
    with _locked(backup.default_backup_dir(opened.store.database)):
        gone, stuck = _delete_locked(opened, doomed, action=action)
    if stuck:
        raise CopiesNotDeleted(names=", ".join(stuck))
    return gone


def _delete_locked(
    opened: OpenStore, doomed: Sequence[backup.CopyFile], *, action: str
) -> tuple[list[str], list[str]]:
    """Audit the names first (`action`), then delete, then audit what is still there
    (`copie.non_eliminate`); return (gone, stuck). The intent comes first because a deletion
    cannot be undone: if the audit write failed after it, copies holding personal data would
    be gone with no trace, whereas an intent entry whose copy is still on disk is told by the
    second entry, or seen on disk. Names only, never personal data."""
    _audited(opened, [copy.path.name for copy in doomed], action=action)
    gone: list[str] = []
    stuck: list[str] = []
    for copy in doomed:
        (gone if backup.delete_copy_files(copy) else stuck).append(copy.path.name)
    _audited(opened, stuck, action="copie.non_eliminate")
    return gone, stuck


def _audited(opened: OpenStore, names: list[str], *, action: str) -> list[str]:
    if names:
        with UnitOfWork(opened.store, opened.actor) as uow:
            audit.record(uow, action=action, entity="store", details={"copie": names})
    return names


def delete_copy(opened: OpenStore, *, file_name: str) -> None:
    """Delete one copy chosen by a coordinator. Refused: PermissionDenied, CopyNotFound,
    NewestCopyKept (the store would be left without a copy), CopiesBusy (a restore reads it),
    CopiesNotDeleted (a file held open elsewhere)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.BACKUPS)
    files = backup.list_copies(opened.store.database, opened.store.slot_file.store_id)
    chosen = next((copy for copy in files if copy.path.name == file_name), None)
    if chosen is None:
        raise CopyNotFound(name=file_name)
    if chosen.stamp == backup_rotation.newest_backup([copy.stamp for copy in files]):
        raise NewestCopyKept(name=file_name)
    _delete(opened, [chosen], action="copia.eliminata")


def prune_expired(
    opened: OpenStore, *, now: datetime | None = None, backup_dir: Path | None = None
) -> list[str]:
    """Apply the retention policy now to the copies in `backup_dir` (the store's own folder if
    None; done at every open and after every backup); audited before deleting. Skipped when
    another process holds the copy lock, and a copy that cannot go is left (audited as such):
    the next open or backup retries."""
    store = opened.store
    folder = backup_dir or backup.default_backup_dir(store.database)
    try:
        with _locked(folder):
            expired = backup.expired_copies(
                store.database,
                store.slot_file.store_id,
                now=now or datetime.now(),
                backup_dir=folder,
            )
            return _delete_locked(opened, expired, action="copie.scadute")[0]
    except CopiesBusy:
        return []


def prune_at_open(opened: OpenStore) -> None:
    """The rotation at every open: cheap (a directory listing), and never a reason for an
    open to fail (`prune_quietly`)."""
    prune_quietly(opened)


def prune_quietly(opened: OpenStore, *, backup_dir: Path | None = None) -> None:
    """`prune_expired`, never failing its caller (an open, a backup already made): an
    unreadable folder, a copy that cannot go (AppError) or a name nobody foresaw (ValueError)
    is tried again next time. Only the kind of failure is logged, never a path or a name
    (folders may be named after people)."""
    try:
        prune_expired(opened, backup_dir=backup_dir)
    except (OSError, AppError, ValueError) as error:
        _log.warning("rotation of the copies skipped: %s", type(error).__name__)


@dataclass(frozen=True)
class OutsideCopy:
    """A copy written with `backup --to` outside the store's own folder: where, and when."""

    folder: str
    file_name: str
    taken_at: datetime

    @property
    def path(self) -> Path:
        return Path(self.folder) / self.file_name


def outside_copies_until(opened: OpenStore, moment: datetime | None = None) -> list[OutsideCopy]:
    """The copies written outside the store's own folder (a USB stick, another disk), oldest
    first, as the audit log of `copia.creata` names them: only those taken at or before
    `moment` (naive local time, as in copy names: the ones holding data erased then), or
    every one when None. Neither the rotation nor an erasure reaches them, and the medium may
    not even be attached, so they are listed for a person to delete by hand (a copy already
    deleted by hand is still listed). Copies made before folders were audited are not known.
    Coordinator only (PermissionDenied)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.BACKUPS)
        rows = uow.session.execute(
            select(AuditLog.at, AuditLog.details)
            .where(AuditLog.action == "copia.creata")
            .order_by(AuditLog.seq)
        ).all()
    found = []
    for at, raw in rows:
        details = json.loads(raw)
        taken_at = datetime.fromisoformat(at).astimezone().replace(tzinfo=None)
        if details.get("fuori_archivio") and (moment is None or taken_at <= moment):
            found.append(OutsideCopy(details["cartella"], details["file"], taken_at))
    return found


def delete_copies_taken_before(opened: OpenStore, *, moment: datetime, keep: Path) -> list[str]:
    """For an erasure: delete every managed copy (backups of any kind and replaced stores)
    taken at or before `moment`, except `keep`, so the erased data survives in none of them;
    return the names deleted.

    Contract: the caller has erased the data at `moment` (naive local time, like the names of
    the copies) and then taken `keep` with `maintenance.backup_now`. Unless `keep` is a backup
    of this store in its backup folder stamped in or after the second of `moment`, this
    refuses (NoCopyAfterMoment) and deletes nothing, so the store is never left without a
    copy. A copy stamped in the same second as `moment` is deleted (it may predate it).
    Copies outside the store's backup folder (written with `--to`) are not reached: name them
    to the person erasing (`outside_copies_until`). Coordinator only; audited with the file names.
    Errors: PermissionDenied, NoCopyAfterMoment, CopiesBusy, CopiesNotDeleted (after deleting
    and auditing the others)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.BACKUPS)
    files = backup.list_copies(opened.store.database, opened.store.slot_file.store_id)
    stamps = [copy.stamp for copy in files]
    names = {stamp.name for stamp in backup_rotation.copies_taken_before(stamps, moment, keep.name)}
    doomed = [copy for copy in files if copy.path.name in names]
    return _delete(opened, doomed, action="copie.eliminate")
