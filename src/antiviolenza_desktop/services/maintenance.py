"""Backup, restore, verification and status of a store.

Restore never writes over a store without keeping it: an existing target is moved, whole and
untouched, into a `sostituiti/` folder beside it before the backup takes its place.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from antiviolenza_desktop.domain.audit_chain import ChainReport
from antiviolenza_desktop.domain.store_errors import StoreExists
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store import backup, migrations_runner, process_lock
from antiviolenza_desktop.store.keyslot_file import slot_file_path
from antiviolenza_desktop.store.schema import AuditLog, StoreMeta, User
from antiviolenza_desktop.store.unlock import open_with_password, pending_slot_file_path


@dataclass(frozen=True)
class VerifyReport:
    problems: tuple[str, ...]
    audit: ChainReport

    @property
    def healthy(self) -> bool:
        return not self.problems and self.audit.intact


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
    audit_entries: int
    password_slots: int
    has_recovery_slot: bool
    backups: tuple[str, ...]


def backup_now(opened: OpenStore, *, destination: Path | None = None) -> Path:
    """Verified encrypted copy (plus slot file); audited. Errors: DiskFull, BackupFailed."""
    path = opened.store.backup(destination, reason="manuale")
    with UnitOfWork(opened.store, opened.actor) as uow:
        audit.record(uow, action="copia.creata", entity="store", details={"file": path.name})
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
        revision = migrations_runner.current_revision(session.connection())
    backups = backup.list_backups(backup.default_backup_dir(store.database), store.database)
    return StoreStatus(
        path=str(store.database),
        store_id=meta.get("store_id", ""),
        store_name=meta.get("store_name", ""),
        ambito=meta.get("ambito", ""),
        created_at=meta.get("created_at", ""),
        programme_id=meta.get("programme_id", ""),
        schema_revision=revision,
        users=users,
        audit_entries=entries,
        password_slots=sum(1 for s in store.slot_file.slots if s.kind == "password"),
        has_recovery_slot=store.slot_file.recovery_slot() is not None,
        backups=tuple(b.path.name for b in backups),
    )


def _store_files(database: Path) -> list[Path]:
    candidates = [
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
        slot_file_path(database),
        pending_slot_file_path(database),
    ]
    return [path for path in candidates if path.exists()]


def set_aside(database: Path) -> Path:
    """Move the store's files (database, WAL, slot file) into `sostituiti/<stem>-<stamp>/`."""
    folder = database.parent / "sostituiti" / f"{database.stem}-{datetime.now():%Y%m%d-%H%M%S}"
    folder.mkdir(mode=0o700, parents=True)
    for path in _store_files(database):
        shutil.move(path, folder / path.name)
    return folder


def restore(
    backup_path: Path, *, login: str, password: str, target: Path, replace: bool
) -> tuple[OpenStore, Path | None]:
    """Put the backup at `target`; return the restored store (unlocked) and where the old went.

    The backup is read as it is (no upgrade, no audit entry written into it). The restored
    store records the restore in its own audit log. Errors: StoreExists (target exists and not
    `replace`, or is the backup itself), StoreLocked, WrongPassword, DiskFull, BackupFailed.
    """
    if target.resolve() == backup_path.resolve():
        raise StoreExists(name=target.name)
    exists = target.exists() or slot_file_path(target).exists()
    if exists and not replace:
        raise StoreExists(name=target.name)
    with open_with_password(backup_path, user=login, password=password, migrate=False) as source:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = process_lock.acquire(target)
        try:
            set_aside_to = set_aside(target) if exists else None
            source.export_to(target)
        finally:
            lock.release()
    opened = unlock(target, login=login, password=password)
    with UnitOfWork(opened.store, opened.actor) as uow:
        audit.record(
            uow, action="archivio.ripristinato", entity="store", details={"da": backup_path.name}
        )
    return opened, set_aside_to
