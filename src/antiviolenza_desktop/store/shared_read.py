"""Reading a store that another process holds open (the GUI), from the command line.

Why it is safe. The store is SQLite in WAL mode: a second connection reads a consistent
snapshot while the holder writes, and SQLite's own locks order the two writers. The reader
writes exactly one kind of row, its audit entries (who opened the store, what it exported),
each in a short transaction with the usual busy timeout. Whatever code runs, its connections
refuse every other write: an authorizer denies any write but an INSERT into the audit log,
ANALYZE, VACUUM, and every pragma that sets a value (user_version, application_id,
schema_version, foreign_keys, ...) or acts (checkpoint, cipher_migrate, ...), letting through
only pragmas that read. The authorizer cannot see an INSERT's conflict clause, so the audit
log's own triggers stop the rest: an UPSERT's update meets the BEFORE UPDATE trigger, and with
`recursive_triggers` on (set before the authorizer, which then keeps it) the row an INSERT OR
REPLACE would delete meets the BEFORE DELETE trigger. Its transactions begin deferred, so a
long read (an audit export of the whole log) never holds the write lock the GUI needs.

What is not safe, and how it is kept out. A reader must never run beside a rekey (its key
would stop opening the pages), a restore over the store (the file is replaced) or a schema
upgrade. It holds the maintenance gate (`process_lock.maintenance`) for its whole life, which
the holder takes around each of those; a parked `.keys.pending` (a rekey in progress or cut
short) or a schema that is not this build's refuses the read. The reader never finishes an
interrupted rekey, never checkpoints, migrates or prunes copies: all of that is the holder's.
"""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import sqlcipher3
from filelock import FileLock
from sqlalchemy.exc import DBAPIError

from antiviolenza_desktop.domain.store_errors import StoreOpenElsewhere, StoreUnderMaintenance
from antiviolenza_desktop.store import migrations_runner, process_lock
from antiviolenza_desktop.store.encrypted_store import (
    EncryptedStore,
    backup_hint,
    pending_slot_file_path,
)
from antiviolenza_desktop.store.file_checks import check_database_file, check_paths
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS, KdfParams, normalise_secret
from antiviolenza_desktop.store.keyslot_file import read_slot_file
from antiviolenza_desktop.store.unlock import password_chooser, unlock_key, wrong_password

AUDIT_TABLE = "audit_log"
_WRITES = {
    getattr(sqlcipher3, name)
    for name in dir(sqlcipher3)
    if name.startswith(("SQLITE_CREATE_", "SQLITE_DROP_"))
} | {
    sqlcipher3.SQLITE_INSERT,
    sqlcipher3.SQLITE_UPDATE,
    sqlcipher3.SQLITE_DELETE,
    sqlcipher3.SQLITE_ALTER_TABLE,
    sqlcipher3.SQLITE_ATTACH,
    sqlcipher3.SQLITE_REINDEX,
    sqlcipher3.SQLITE_ANALYZE,
}
# The authorizer's answers, typed here once (sqlcipher3 carries no type information).
_ALLOW: int = sqlcipher3.SQLITE_OK
_DENY: int = sqlcipher3.SQLITE_DENY
# Denied whatever their argument: they act on the file, or touch its key or journal.
_FORBIDDEN_PRAGMAS = {
    "rekey",
    "key",
    "journal_mode",
    "wal_checkpoint",
    "writable_schema",
    "optimize",
    "incremental_vacuum",
    "cipher_migrate",
}
# Pragmas whose argument names what to read (a table, an index) or bounds it (a row limit):
# every other pragma given a value is setting something, and is denied.
_READING_PRAGMAS_WITH_ARGUMENT = {
    "table_info",
    "table_xinfo",
    "table_list",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
    "foreign_key_check",
    "integrity_check",
    "quick_check",
}


def reader_authorizer(
    action: int, first: str | None, second: str | None, *_rest: str | None
) -> int:
    """Allow reads and appending to the audit log; deny every other write (SQLite authorizer).
    For a pragma, `first` is its name and `second` its value or argument (None: a plain read)."""
    if action == sqlcipher3.SQLITE_INSERT and first == AUDIT_TABLE:
        return _ALLOW
    if action in _WRITES:
        return _DENY
    if action == sqlcipher3.SQLITE_PRAGMA and not _reading_pragma((first or "").lower(), second):
        return _DENY
    return _ALLOW


def _reading_pragma(name: str, argument: str | None) -> bool:
    if name in _FORBIDDEN_PRAGMAS:
        return False
    return argument is None or name in _READING_PRAGMAS_WITH_ARGUMENT


class SharedReadStore(EncryptedStore):
    """A store opened beside its holder: reads, and audit rows, only. `close()` drops the key
    and the maintenance gate (the process lock stays the holder's)."""

    shared = True
    begin = "BEGIN"

    def raw_connection(self) -> sqlcipher3.Connection:
        connection = super().raw_connection()
        # REPLACE's implicit delete fires delete triggers only with recursive triggers on.
        connection.execute("PRAGMA recursive_triggers = ON")
        connection.set_authorizer(reader_authorizer)
        return connection

    def _refuse(self) -> NoReturn:
        raise StoreOpenElsewhere(name=self.database.name)

    def backup(
        self, backup_dir: Path | None = None, *, reason: str = "manuale", rotate: bool = True
    ) -> NoReturn:
        self._refuse()

    def export_to(self, target: Path) -> NoReturn:
        self._refuse()

    def set_password(self, user: str, password: str, params: KdfParams) -> NoReturn:
        self._refuse()

    def remove_password(self, user: str) -> NoReturn:
        self._refuse()

    def new_recovery_key(self, params: KdfParams = FLOOR_PARAMS) -> NoReturn:
        self._refuse()

    def rekey(self) -> NoReturn:
        self._refuse()


def open_beside_holder(database: Path, *, user: str, password: str) -> SharedReadStore:
    """Open `database` for reading while another process holds it. Errors: as an unlock
    (WrongPassword, UnknownUser, StoreDamaged, ...), and StoreUnderMaintenance."""
    check_paths(database)
    busy = StoreUnderMaintenance(name=database.name)
    gate = process_lock.acquire_gate(database, wait=process_lock.GATE_WAIT_SECONDS, busy=busy)
    try:
        return _open_gated(database, gate, user, password)
    except BaseException:
        if gate.is_locked:
            gate.release()
        raise


def _open_gated(database: Path, gate: FileLock, user: str, password: str) -> SharedReadStore:
    """Behind the gate, so the slot file and the key read here stay those of the pages."""
    if pending_slot_file_path(database).exists():
        raise StoreUnderMaintenance(name=database.name)
    slot_file = read_slot_file(database)
    check_database_file(database, backup_hint(database, slot_file.store_id))
    raw_key, throttle = unlock_key(
        database, slot_file, password_chooser(user), normalise_secret(password), wrong_password
    )
    store = SharedReadStore(
        database, slot_file, raw_key, gate, unlocked_by=user, failed_attempts=throttle.reset()
    )
    try:
        _check_schema(store)
    except BaseException:
        store.close()
        raise
    return store


def _check_schema(store: SharedReadStore) -> None:
    """The pages open with the proven key, and the schema is this build's: the holder upgrades
    a store at its open, a reader never does. Errors: StoreUnderMaintenance,
    StoreFromNewerVersion."""
    try:
        with store.engine.connect() as connection:
            upgrade_needed = migrations_runner.needs_upgrade(connection)
    except DBAPIError:
        raise StoreUnderMaintenance(name=store.database.name) from None
    if upgrade_needed:
        raise StoreUnderMaintenance(name=store.database.name)
