"""An unlocked store: the keyed engine, the slot file, the process lock, and key management.

Opening decides, in this order and touching nothing on refusal: the files are what they claim
(slot file readable, database neither empty, plaintext nor truncated), nobody else has the store
open, the wait after wrong passwords has passed, the secret opens its slot (wrong password is
decided here, before SQLCipher), the raw key matches the store, the pages authenticate and the
structure is sound, and the schema is not newer than this build. Older schemas are backed up,
then upgraded.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import sqlcipher3
from filelock import FileLock
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from antiviolenza_desktop.domain.access.recovery_key import format_recovery_key
from antiviolenza_desktop.domain.store_errors import MigrationFailed, StoreDamaged, UnknownUser
from antiviolenza_desktop.store import backup, damage, keyslots, migrations_runner, process_lock
from antiviolenza_desktop.store.atomic_files import fsync_directory, sidecars, write_atomically
from antiviolenza_desktop.store.engine import make_engine, make_session_factory
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS, KdfParams, normalise_secret
from antiviolenza_desktop.store.keyslot_file import SlotFile, slot_file_path, write_slot_file
from antiviolenza_desktop.store.sqlcipher_connection import (
    cipher_integrity_check,
    connect,
    key_literal,
    quick_check,
)


def pending_slot_file_path(database: Path) -> Path:
    """Where a rekey parks the new slot file until the database is re-encrypted."""
    return database.with_name(database.name + ".keys.pending")


def backup_hint(database: Path, store_id: str) -> str:
    backups = backup.list_backups(backup.default_backup_dir(database), database, store_id)
    return f" (la più recente è {backups[-1].path.name})" if backups else ""


def _damaged(database: Path, store_id: str, problem: str) -> StoreDamaged:
    hint = backup_hint(database, store_id)
    return StoreDamaged(detail=damage.describe(problem), backup_hint=hint)


def _logical_problems(database: Path, raw_key: bytes) -> list[str]:
    """quick_check through a read-only connection: it reads the WAL as SQLite would, and
    closing it never writes the main file nor deletes the WAL."""
    connection = connect(database, raw_key, read_only=True)
    try:
        problems = quick_check(connection)
        if problems:
            return cipher_integrity_check(connection) or problems
        return []
    except sqlcipher3.DatabaseError as error:
        try:
            return cipher_integrity_check(connection) or [str(error)]
        except sqlcipher3.DatabaseError:
            return [str(error)]
    finally:
        connection.close()


def _checkpoint(database: Path, raw_key: bytes) -> None:
    """Fold a WAL left by a crash into the main file (only once it is known to be readable)."""
    connection = connect(database, raw_key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        connection.close()


def check_pages(database: Path, raw_key: bytes, store_id: str) -> None:
    """The checks of every open, in an order that never rewrites a damaged file.

    First the logical database (main file plus WAL) is read without writing; only if it is
    sound is a leftover WAL checkpointed, and then every page of the file is authenticated.
    """
    try:
        problems = _logical_problems(database, raw_key)
    except sqlcipher3.DatabaseError as error:
        raise _damaged(database, store_id, str(error)) from None
    if problems:
        raise _damaged(database, store_id, problems[0])
    wal = sidecars(database)[0]
    if wal.exists() and wal.stat().st_size:
        _checkpoint(database, raw_key)
    connection = connect(database, raw_key, read_only=True)
    try:
        problems = cipher_integrity_check(connection)
    except sqlcipher3.DatabaseError as error:
        problems = [str(error)]
    finally:
        connection.close()
    if problems:
        raise _damaged(database, store_id, problems[0])


class EncryptedStore:
    """Holds the raw key in memory only while unlocked; `close()` drops it and the lock."""

    shared = False
    """True for a store read beside the process that holds it (`store.shared_read`)."""
    begin = "BEGIN IMMEDIATE"

    def __init__(
        self,
        database: Path,
        slot_file: SlotFile,
        raw_key: bytes,
        lock: FileLock,
        *,
        unlocked_by: str | None,
        failed_attempts: int = 0,
    ) -> None:
        self.database = database
        self.slot_file = slot_file
        self.unlocked_by = unlocked_by
        self.failed_attempts = failed_attempts
        self._raw_key = bytearray(raw_key)
        self._lock = lock
        self.engine: Engine = make_engine(self.raw_connection, self.begin)
        self.sessions: sessionmaker[Session] = make_session_factory(self.engine)

    def __enter__(self) -> EncryptedStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return bool(self._raw_key)

    def raw_connection(self) -> sqlcipher3.Connection:
        """A fresh keyed connection with every promised setting (bulk paths, checks, backup)."""
        return connect(self.database, bytes(self._raw_key))

    def key_of_copy(self, slot_file: SlotFile) -> bytes | None:
        """This store's key if it is also the key of `slot_file`'s store (another copy of this
        store, not rekeyed since): a restore reads the store it replaces with it, without a
        password; None otherwise."""
        key = bytes(self._raw_key)
        same = slot_file.store_id == self.slot_file.store_id
        if not same or keyslots.store_key_check(key, slot_file.store_id) != slot_file.key_check:
            return None
        return key

    def close(self) -> None:
        self.engine.dispose()
        for index in range(len(self._raw_key)):
            self._raw_key[index] = 0
        self._raw_key = bytearray()
        self._lock.release()

    def backup(
        self, backup_dir: Path | None = None, *, reason: str = "manuale", rotate: bool = True
    ) -> Path:
        """A verified copy in `backup_dir` (the default folder if None), then the rotation of
        that folder unless `rotate` is False (a service that audits the rotation runs it)."""
        target_dir = backup_dir or backup.default_backup_dir(self.database)
        path = backup.create_backup(
            self.database,
            bytes(self._raw_key),
            self.slot_file,
            target_dir,
            taken_at=datetime.now(),
            reason=reason,
        )
        if rotate:
            backup.rotate_backups(target_dir, self.database, self.slot_file.store_id)
        return path

    def verify(self) -> list[str]:
        return backup.verify_database(self.database, bytes(self._raw_key))

    def export_to(self, target: Path) -> None:
        """Write a verified encrypted copy under `target` (used by restore)."""
        backup.export_verified(self.database, bytes(self._raw_key), self.slot_file, target)

    def _save_slots(self, slot_file: SlotFile) -> None:
        write_slot_file(self.database, slot_file)
        self.slot_file = slot_file

    def set_password(self, user: str, password: str, params: KdfParams) -> None:
        """Give `user` a slot for `password`, replacing her old one (atomic file swap)."""
        slot = keyslots.new_slot(
            store_id=self.slot_file.store_id,
            kind=keyslots.KIND_PASSWORD,
            user=user,
            secret=normalise_secret(password),
            raw_key=bytes(self._raw_key),
            params=params,
        )
        old = self.slot_file.password_slot(user)
        slots = tuple(s for s in self.slot_file.slots if old is None or s.slot_id != old.slot_id)
        self._save_slots(self.slot_file.with_slots((*slots, slot)))

    def remove_password(self, user: str) -> None:
        old = self.slot_file.password_slot(user)
        if old is None:
            raise UnknownUser(user=user)
        remaining = tuple(s for s in self.slot_file.slots if s.slot_id != old.slot_id)
        self._save_slots(self.slot_file.with_slots(remaining))

    def new_recovery_key(self, params: KdfParams = FLOOR_PARAMS) -> str:
        """Replace the recovery slot; the old sheet stops working. Returns the new key."""
        secret = os.urandom(20)
        slot = keyslots.new_slot(
            store_id=self.slot_file.store_id,
            kind=keyslots.KIND_RECOVERY,
            user=None,
            secret=secret,
            raw_key=bytes(self._raw_key),
            params=params,
        )
        others = tuple(s for s in self.slot_file.slots if s.kind != keyslots.KIND_RECOVERY)
        self._save_slots(self.slot_file.with_slots((*others, slot)))
        return format_recovery_key(secret)

    def _rekey_to(self, new_key: bytes, new_file: SlotFile) -> None:
        pending = pending_slot_file_path(self.database)
        write_atomically(pending, new_file.to_bytes())
        self.engine.dispose()
        connection = self.raw_connection()
        try:
            connection.execute(f'PRAGMA rekey = "{key_literal(new_key)}"')
            # Best effort: if another connection keeps the WAL busy, the next open folds it in.
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            connection.close()
        os.replace(pending, slot_file_path(self.database))
        fsync_directory(self.database.parent)

    def rekey(self) -> None:
        """Re-encrypt the database under a new random key and reseal every slot to it.

        The new slot file is parked as `.keys.pending` before `PRAGMA rekey`; opening a store
        whose database only answers to the pending key finishes the swap, so a crash at any
        point leaves exactly one working set of credentials. A command reading beside this
        process is waited for (`process_lock.maintenance`), never rekeyed under.
        """
        new_key = os.urandom(keyslots.RAW_KEY_BYTES)
        store_id = self.slot_file.store_id
        new_file = replace(
            self.slot_file,
            key_check=keyslots.store_key_check(new_key, store_id),
            slots=tuple(
                keyslots.seal(s, store_id=store_id, raw_key=new_key) for s in self.slot_file.slots
            ),
        )
        with process_lock.maintenance(self.database):
            self._rekey_to(new_key, new_file)
        self.slot_file = new_file
        for index in range(len(self._raw_key)):
            self._raw_key[index] = 0
        self._raw_key = bytearray(new_key)


def prepare_schema(store: EncryptedStore) -> None:
    """Refuse newer schemas; back up, then upgrade older ones in one transaction."""
    with store.engine.connect() as connection:
        upgrade_needed = migrations_runner.needs_upgrade(connection)
    if not upgrade_needed:
        return
    with process_lock.maintenance(store.database):
        backup_path = store.backup(reason="prima-aggiornamento")
        try:
            with store.engine.begin() as connection:
                migrations_runner.upgrade_to_head(connection)
        except Exception as error:
            raise MigrationFailed(backup=backup_path.name, detail=type(error).__name__) from error


def close_quietly(store: EncryptedStore) -> None:
    with contextlib.suppress(Exception):
        store.close()
