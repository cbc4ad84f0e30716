"""Creating a new store: never over an existing file, never half-made under its final name.

The database is built under a hidden name (schema, metadata and whatever `populate` writes, in
one transaction), the slot file is written, and only then does the database take its final
name. A crash leaves at worst a hidden leftover, never a store that looks usable but is not.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from antiviolenza_desktop.domain.access.recovery_key import format_recovery_key
from antiviolenza_desktop.domain.store_errors import IncompleteCreation, StoreExists
from antiviolenza_desktop.store import keyslots, migrations_runner, process_lock
from antiviolenza_desktop.store.atomic_files import (
    disk_full_as_refusal,
    fsync_directory,
    remove_quietly,
    sidecars,
    temporary_sibling,
)
from antiviolenza_desktop.store.encrypted_store import EncryptedStore
from antiviolenza_desktop.store.engine import make_engine, make_session_factory
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS, KdfParams, normalise_secret
from antiviolenza_desktop.store.keyslot_file import SlotFile, slot_file_path, write_slot_file
from antiviolenza_desktop.store.schema import StoreMeta
from antiviolenza_desktop.store.sqlcipher_connection import connect

Populate = Callable[[Session], None]


@dataclass(frozen=True)
class NewStore:
    store: EncryptedStore
    recovery_key: str


@dataclass(frozen=True)
class StoreIdentity:
    name: str
    ambito: str
    role: str


def _build_database(path: Path, raw_key: bytes, meta: dict[str, str], populate: Populate) -> None:
    engine = make_engine(lambda: connect(path, raw_key, create=True))
    try:
        with engine.begin() as connection:
            migrations_runner.upgrade_to_head(connection)
            session = make_session_factory(engine)(bind=connection)
            session.add_all(StoreMeta(key=k, value=v) for k, v in meta.items())
            populate(session)
            session.flush()
    finally:
        engine.dispose()
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise RuntimeError("the new database kept a WAL after its last connection closed")


def _slots(
    store_id: str, raw_key: bytes, user: str, password: str, params: KdfParams
) -> tuple[tuple[keyslots.KeySlot, ...], bytes]:
    recovery_secret = os.urandom(20)
    password_slot = keyslots.new_slot(
        store_id=store_id,
        kind=keyslots.KIND_PASSWORD,
        user=user,
        secret=normalise_secret(password),
        raw_key=raw_key,
        params=params,
    )
    recovery_slot = keyslots.new_slot(
        store_id=store_id,
        kind=keyslots.KIND_RECOVERY,
        user=None,
        secret=recovery_secret,
        raw_key=raw_key,
        params=FLOOR_PARAMS,
    )
    return (password_slot, recovery_slot), recovery_secret


def _refuse_existing(database: Path) -> None:
    """Never create over anything: a database, its WAL, a slot file or a parked rekey."""
    keys = slot_file_path(database)
    if keys.exists() and not database.exists():
        raise IncompleteCreation(name=database.name, keys=keys.name)
    siblings = (database, keys, *sidecars(database), database.with_name(keys.name + ".pending"))
    if any(path.exists() for path in siblings):
        raise StoreExists(name=database.name)


def _new_slot_file(
    identity: StoreIdentity, raw_key: bytes, user: str, password: str, params: KdfParams
) -> tuple[SlotFile, bytes]:
    store_id = str(uuid.uuid4())
    slots, recovery_secret = _slots(store_id, raw_key, user, password, params)
    slot_file = SlotFile(
        store_id=store_id,
        store_name=identity.name,
        ambito=identity.ambito,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        key_check=keyslots.store_key_check(raw_key, store_id),
        slots=slots,
    )
    return slot_file, recovery_secret


def create_store(
    database: Path,
    *,
    identity: StoreIdentity,
    user: str,
    password: str,
    params: KdfParams,
    populate: Populate,
) -> NewStore:
    """Create the store and its first slot; `populate` adds the first user in the same commit."""
    _refuse_existing(database)
    with disk_full_as_refusal(database.parent):
        database.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    lock = process_lock.acquire(database)
    tmp = temporary_sibling(database)
    try:
        raw_key = os.urandom(keyslots.RAW_KEY_BYTES)
        slot_file, recovery_secret = _new_slot_file(identity, raw_key, user, password, params)
        meta = {
            "store_id": slot_file.store_id,
            "store_name": identity.name,
            "ambito": identity.ambito,
            "role": identity.role,
            "created_at": slot_file.created_at,
        }
        with disk_full_as_refusal(database.parent):
            _build_database(tmp, raw_key, meta, populate)
            write_slot_file(database, slot_file)
            os.replace(tmp, database)
            fsync_directory(database.parent)
    except BaseException:
        lock.release()
        raise
    finally:
        remove_quietly(tmp, *sidecars(tmp))
    store = EncryptedStore(database, slot_file, raw_key, lock, unlocked_by=user)
    return NewStore(store, format_recovery_key(recovery_secret))
