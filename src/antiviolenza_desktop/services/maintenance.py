"""Backup, restore, verification and status of a store.

Restore never writes over a store without keeping it: an existing target is moved, whole and
untouched, into a `sostituiti/` folder beside it before the backup takes its place. Nor does
it put one store's copy over another store (another office, another Ambito) without an
explicit confirmation: the store ids in the two slot files tell them apart, before any KDF.
A slot file edited to claim another store id does not open (the id is bound to its key check).

Nor does a restore bring back a woman whose data were erased after the copy was made: the
replaced store's tombstones (codes, dates, reasons: no personal data) are read before the swap,
with the copy's key (the same store's, unless rekeyed since: then with the password), and the
same erasures are applied again in the restored store before anyone gets it
(`services.erasure.reapply_erasures`). The copy file itself is not modified.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from antiviolenza_desktop.domain.audit.chain import ChainReport
from antiviolenza_desktop.domain.copy_errors import BackupOfAnotherStore
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.store_errors import BackupFailed, StoreExists
from antiviolenza_desktop.services import audit, copies, erasure, restore_access
from antiviolenza_desktop.services.erasure import StoreErasures
from antiviolenza_desktop.services.programme import store_roles
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from antiviolenza_desktop.store import backup, migrations_runner, process_lock
from antiviolenza_desktop.store.atomic_files import disk_full_as_refusal, fsync_directory, sidecars
from antiviolenza_desktop.store.encrypted_store import EncryptedStore, pending_slot_file_path
from antiviolenza_desktop.store.file_checks import check_paths
from antiviolenza_desktop.store.keyslot_file import read_slot_file, slot_file_path
from antiviolenza_desktop.store.schema import AuditLog, Case, StoreMeta, User
from antiviolenza_desktop.store.unlock import open_with_key_of, open_with_password

_ERASURE_REVISION = "0008"  # the first schema with tombstones


@dataclass(frozen=True)
class VerifyReport:
    problems: tuple[str, ...]
    audit: ChainReport

    @property
    def healthy(self) -> bool:
        return not self.problems and self.audit.intact


@dataclass(frozen=True)
class StoreOrigin:
    """Which store a file belongs to (by store id), with names to show: never personal data."""

    store_id: str
    name: str
    ambito: str


@dataclass(frozen=True)
class Restored:
    """The restored store (unlocked), where the old one went, and how many erasures of the old
    one were applied again to the copy (None: the old store could not be told or read, so its
    erasures are unknown and must be redone by hand), and how many of its disabled users
    were disabled again in the copy (`restore_access.reapply_disables`)."""

    opened: OpenStore
    set_aside: Path | None
    erasures_reapplied: int | None
    disables_reapplied: int = 0


@dataclass(frozen=True)
class StoreStatus:
    path: str
    store_id: str
    store_name: str
    ambito: str
    created_at: str
    programme_id: str
    schema_revision: str | None
    users: int
    cases: int
    audit_entries: int
    password_slots: int
    has_recovery_slot: bool
    backups: tuple[str, ...]


def backup_now(opened: OpenStore, *, destination: Path | None = None) -> Path:
    """Verified encrypted copy (plus slot file) in `destination` (the store's own folder if
    None), audited with its file name and folder (a path, never personal data); then that
    folder's rotation, audited (`copies.prune_quietly`: a failure there never undoes the
    copy). A copy written outside the store's own folder is marked `fuori_archivio`: only a
    later backup to the same folder rotates it, no erasure reaches it, so
    `copies.outside_copies_until` names it from the audit log for the person who has to
    delete it by hand. Errors: DiskFull, BackupFailed."""
    path = opened.store.backup(destination, reason="manuale", rotate=False)
    folder = path.parent.absolute()
    details: dict[str, object] = {"file": path.name, "cartella": str(folder)}
    if folder.resolve() != backup.default_backup_dir(opened.store.database).resolve():
        details["fuori_archivio"] = True
    with UnitOfWork(opened.store, opened.actor) as uow:
        audit.record(uow, action="copia.creata", entity="store", details=details)
    copies.prune_quietly(opened, backup_dir=path.parent)
    return path


def verify(opened: OpenStore) -> VerifyReport:
    """Full integrity_check, cipher_integrity_check, foreign keys and the audit chain."""
    return VerifyReport(tuple(opened.store.verify()), audit.verify(opened.store))


def status(opened: OpenStore) -> StoreStatus:
    store = opened.store
    with store.sessions() as session:
        meta = {
            key: value for key, value in session.execute(select(StoreMeta.key, StoreMeta.value))
        }
        users = session.scalar(select(func.count()).select_from(User)) or 0
        entries = session.scalar(select(func.count()).select_from(AuditLog)) or 0
        cases = session.scalar(select(func.count()).select_from(Case)) or 0
        revision = migrations_runner.current_revision(session.connection())
    backups = backup.list_backups(
        backup.default_backup_dir(store.database), store.database, store.slot_file.store_id
    )
    return StoreStatus(
        path=str(store.database),
        store_id=meta.get("store_id", ""),
        store_name=meta.get("store_name", ""),
        ambito=meta.get("ambito", ""),
        created_at=meta.get("created_at", ""),
        programme_id=meta.get("programme_id", ""),
        schema_revision=revision,
        users=users,
        cases=cases,
        audit_entries=entries,
        password_slots=sum(1 for s in store.slot_file.slots if s.kind == "password"),
        has_recovery_slot=store.slot_file.recovery_slot() is not None,
        backups=tuple(b.path.name for b in backups),
    )


def _store_files(database: Path) -> list[Path]:
    candidates = [
        database,
        *sidecars(database),
        slot_file_path(database),
        pending_slot_file_path(database),
    ]
    return [path for path in candidates if path.exists()]


def set_aside(database: Path) -> Path:
    """Move the store's files (database, WAL, slot file) into `sostituiti/<stem>-<stamp>/`."""
    folder = database.parent / "sostituiti" / f"{database.stem}-{datetime.now():%Y%m%d-%H%M%S-%f}"
    folder.mkdir(mode=0o700, parents=True)
    for path in _store_files(database):
        shutil.move(path, folder / path.name)
    return folder


def _stage_copy(backup_path: Path, staging: Path) -> Path:
    """Copy the (closed) backup and its slot file into a private staging folder."""
    staged = staging / backup_path.name
    for source in (backup_path, *sidecars(backup_path), slot_file_path(backup_path)):
        if source.exists():
            shutil.copyfile(source, staging / source.name)
    return staged


def _put_in_place(staged: Path, target: Path) -> None:
    for source, destination in (
        (staged, target),
        *zip(sidecars(staged), sidecars(target), strict=True),
        (slot_file_path(staged), slot_file_path(target)),
    ):
        if source.exists():
            os.replace(source, destination)
    fsync_directory(target.parent)


def _check_restore_target(backup_path: Path, target: Path, replace: bool) -> bool:
    if target.resolve() == backup_path.resolve():
        raise StoreExists(name=target.name)
    exists = target.exists() or slot_file_path(target).exists()
    if exists and not replace:
        raise StoreExists(name=target.name)
    return exists


def restore(
    backup_path: Path,
    *,
    login: str,
    password: str,
    target: Path,
    replace: bool,
    other_store: bool = False,
) -> Restored:
    """Put the backup at `target`; return the restored store (unlocked) and where the old went.

    The backup is never written to: it is copied into a hidden staging folder beside the
    target, opened and fully verified there, and only then does the old store (if any) move to
    `sostituiti/` and the copy take its place. A copy of another store (another store id) over
    an existing store is refused unless `other_store` confirms it; a target whose slot file is
    missing or unreadable cannot be named, so its copy goes in (the old files are kept). Over
    the same store, the old store's erasures and disables are applied again to the copy.
    Over an existing store, `login` must be an active coordinator (`restore_access`), or
    nothing is touched. The restored store records the restore in its own audit log.
    Errors: StoreExists, BackupOfAnotherStore, PermissionDenied, StoreLocked, CopiesBusy,
    WrongPassword, StoreDamaged, DiskFull.
    """
    exists = _check_restore_target(backup_path, target, replace)
    check_paths(backup_path)
    copy_origin = _slot_origin(backup_path)
    target_origin = _slot_origin(target) if exists else None
    _refuse_other_store(backup_path.name, copy_origin, target_origin, other_store)
    facts, set_aside_to = _stage_verify_swap(backup_path, target, exists, login, password)
    other = bool(copy_origin and target_origin and copy_origin.store_id != target_origin.store_id)
    opened = _audit_restore(target, login, password, backup_path, other)
    try:
        erasures = facts.erasures
        reapplied = None if erasures is None else erasure.reapply_erasures(opened, erasures)
        disabled = restore_access.reapply_disables(opened, facts.inactive)
    except BaseException:
        opened.store.close()
        raise
    return Restored(opened, set_aside_to, reapplied, disabled)


def _stage_verify_swap(
    backup_path: Path, target: Path, exists: bool, login: str, password: str
) -> tuple[_ReplacedFacts, Path | None]:
    """Copy the backup into a hidden staging folder beside `target`, verify it there, then
    swap it in; the staging folder goes whatever happens. Returns what the replaced store
    held and where it was set aside."""
    with disk_full_as_refusal(target.parent):
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".ripristino-", dir=target.parent))
    try:
        with disk_full_as_refusal(target.parent), backup.copies_locked(backup_path.parent):
            staged = _stage_copy(backup_path, staging)
        facts = _verify_staged(staged, login, password, target if exists else None)
        return facts, _swap_in(staged, target, exists)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@dataclass(frozen=True)
class _ReplacedFacts:
    """What a restore carries over from the store it replaces: its erasures (None: unknown)
    and the logins it had disabled."""

    erasures: StoreErasures | None
    inactive: tuple[str, ...] = ()


def _facts_of_replaced(
    replaced: Path | None, copy: EncryptedStore, login: str, password: str
) -> _ReplacedFacts:
    """Check that `login` may restore over `replaced` (`restore_access.check_may_restore`, on
    the replaced store when it can be read, else on the copy), and read what the copy must
    undo again; a replaced store that cannot be read but whose slot file can must still hold
    `login`'s key slot (`restore_access.check_holds_slot`). Nothing to carry without a store
    to replace; over another store, no erasures or disables (its own users and cases); None
    erasures when that store cannot be told (its slot file is missing or unreadable) or read
    (damaged, or rekeyed since the copy and not opened by this password)."""
    if replaced is None:
        return _ReplacedFacts(StoreErasures(None, ()))
    origin = _slot_origin(replaced)
    same_store = origin is not None and origin.store_id == copy.slot_file.store_id
    live = _open_replaced(replaced, copy, login, password) if origin else None
    if live is None:
        if origin is not None:
            restore_access.check_holds_slot(read_slot_file(replaced), login)
        restore_access.check_may_restore(copy, login)
        return _ReplacedFacts(None if origin is None or same_store else StoreErasures(None, ()))
    with live:
        restore_access.check_may_restore(live, login)
        if not same_store:
            return _ReplacedFacts(StoreErasures(None, ()))
        return _ReplacedFacts(_tombstones(live, login), restore_access.inactive_logins(live))


def _open_replaced(
    replaced: Path, copy: EncryptedStore, login: str, password: str
) -> EncryptedStore | None:
    """The replaced store opened only to read it, with the copy's key or else the password;
    None when neither opens it."""
    try:
        return open_with_key_of(replaced, copy) or open_with_password(
            replaced, user=login, password=password, migrate=False
        )
    except AppError:
        return None


def _tombstones(live: EncryptedStore, login: str) -> StoreErasures:
    with UnitOfWork(live, Actor(user_id=None, login=login, role="")) as uow:
        revision = migrations_runner.current_revision(uow.session.connection())
        if revision is None or revision < _ERASURE_REVISION:
            return StoreErasures(None, ())
        return erasure.read_erasures(uow)


def _audit_restore(
    target: Path, login: str, password: str, backup_path: Path, other_store: bool
) -> OpenStore:
    opened = unlock(target, login=login, password=password)
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            details: dict[str, object] = {"da": backup_path.name}
            if other_store:
                details["altro_archivio"] = True
            audit.record(uow, action="archivio.ripristinato", entity="store", details=details)
    except BaseException:
        opened.store.close()
        raise
    return opened


def _slot_origin(database: Path) -> StoreOrigin | None:
    try:
        slot_file = read_slot_file(database)
    except AppError:
        return None
    return StoreOrigin(slot_file.store_id, slot_file.store_name, slot_file.ambito)


def _refuse_other_store(
    backup_name: str,
    copy: StoreOrigin | None,
    target: StoreOrigin | None,
    confirmed: bool,
) -> None:
    """The one rule, for CLI and GUI: another store's copy needs an explicit confirmation."""
    if confirmed or copy is None or target is None or copy.store_id == target.store_id:
        return
    names = store_roles()
    raise BackupOfAnotherStore(
        backup=backup_name,
        backup_store=copy.name,
        backup_ambito=names.get(copy.ambito, copy.ambito),
        target_store=target.name,
        target_ambito=names.get(target.ambito, target.ambito),
    )


def _verify_staged(
    staged: Path, login: str, password: str, replaced: Path | None
) -> _ReplacedFacts:
    """Verify the staged copy; while it is open, check the restorer and read the erasures and
    disables of the store it replaces."""
    with open_with_password(staged, user=login, password=password, migrate=False) as copy:
        problems = copy.verify()
        if problems:
            raise BackupFailed(name=staged.name, detail="; ".join(problems))
        return _facts_of_replaced(replaced, copy, login, password)


def _swap_in(staged: Path, target: Path, exists: bool) -> Path | None:
    """Set the old store aside, move the copy in; on failure put the old store back."""
    lock = process_lock.acquire(target)
    try:
        with process_lock.maintenance(target):
            return _swap_locked(staged, target, exists)
    finally:
        lock.release()


def _swap_locked(staged: Path, target: Path, exists: bool) -> Path | None:
    """The swap itself, under the process lock and the maintenance gate."""
    set_aside_to = set_aside(target) if exists else None
    try:
        _put_in_place(staged, target)
    except BaseException:
        if set_aside_to is not None:
            for path in set_aside_to.iterdir():
                os.replace(path, target.parent / path.name)
        raise
    return set_aside_to
