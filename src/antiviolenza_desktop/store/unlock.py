"""Opening an existing store by password or by recovery key, refusing clearly and touching nothing.

See `encrypted_store` for the order of the checks. A crash in the middle of a rekey is finished
here: when the database answers only to the parked `.keys.pending` slot file, that file wins.
A proven key that does not open the pages may also mean a store in SQLCipher 3's format: that
is named as such (`cipher_format`), never as damage.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock

from antiviolenza_desktop.domain.access.recovery_key import parse_recovery_key
from antiviolenza_desktop.domain.store_errors import (
    KeySlotFileDamaged,
    StoreDamaged,
    UnknownUser,
    WrongPassword,
    WrongRecoveryKey,
)
from antiviolenza_desktop.store import keyslots, process_lock
from antiviolenza_desktop.store.cipher_format import refuse_old_format
from antiviolenza_desktop.store.encrypted_store import (
    EncryptedStore,
    backup_hint,
    check_pages,
    close_quietly,
    pending_slot_file_path,
    prepare_schema,
)
from antiviolenza_desktop.store.file_checks import (
    check_database_file,
    check_paths,
    check_whole_pages,
)
from antiviolenza_desktop.store.kdf import normalise_secret
from antiviolenza_desktop.store.keyslot_file import (
    SlotFile,
    parse_slot_file,
    read_slot_file,
    slot_file_path,
)
from antiviolenza_desktop.store.unlock_throttle import UnlockThrottle

SlotChooser = Callable[[SlotFile], keyslots.KeySlot]


def _raw_key_from(slot_file: SlotFile, choose: SlotChooser, secret: bytes) -> bytes:
    slot = choose(slot_file)
    raw_key = keyslots.open_slot(slot, store_id=slot_file.store_id, secret=secret)
    if keyslots.store_key_check(raw_key, slot_file.store_id) != slot_file.key_check:
        raise keyslots.SlotCorrupted
    return raw_key


def _finish_interrupted_rekey(
    database: Path, choose: SlotChooser, secret: bytes
) -> tuple[SlotFile, bytes] | None:
    """If a rekey was cut short after re-encrypting, return the parked slot file and its key."""
    pending = pending_slot_file_path(database)
    if not pending.is_file():
        return None
    try:
        slot_file = parse_slot_file(pending.read_bytes())
        raw_key = _raw_key_from(slot_file, choose, secret)
    except (ValueError, KeyError, TypeError, keyslots.SlotCorrupted, keyslots.SlotSecretMismatch):
        return None
    try:
        check_pages(database, raw_key, slot_file.store_id)
    except StoreDamaged:
        return None
    os.replace(pending, slot_file_path(database))
    return slot_file, raw_key


def _open(
    database: Path,
    choose: SlotChooser,
    secret: bytes,
    wrong_secret: Callable[[], Exception],
    unlocked_by: str | None,
    migrate: bool = True,
) -> EncryptedStore:
    check_paths(database)
    slot_file = read_slot_file(database)
    check_database_file(database, backup_hint(database, slot_file.store_id))
    lock = process_lock.acquire(database)
    try:
        store = _unlock_locked(database, slot_file, lock, choose, secret, wrong_secret, unlocked_by)
    except BaseException:
        if lock.is_locked:
            lock.release()
        raise
    if migrate:
        try:
            prepare_schema(store)
        except BaseException:
            close_quietly(store)
            raise
    return store


def unlock_key(
    database: Path,
    slot_file: SlotFile,
    choose: SlotChooser,
    secret: bytes,
    wrong_secret: Callable[[], Exception],
) -> tuple[bytes, UnlockThrottle]:
    """The raw key `secret` opens, after the wait; wrong secrets count as failures."""
    throttle = UnlockThrottle(database)
    throttle.check()
    try:
        return _raw_key_from(slot_file, choose, secret), throttle
    except keyslots.SlotSecretMismatch:
        throttle.record_failure()
        raise wrong_secret() from None
    except UnknownUser:
        throttle.record_failure()
        raise
    except keyslots.SlotCorrupted:
        raise KeySlotFileDamaged(
            name=slot_file_path(database).name, detail="una chiave non corrisponde all'archivio"
        ) from None


def _checked_pages(
    database: Path, slot_file: SlotFile, raw_key: bytes, choose: SlotChooser, secret: bytes
) -> tuple[SlotFile, bytes]:
    """Pages checked with the proven key; else a finished rekey, an old format, or damage."""
    try:
        check_pages(database, raw_key, slot_file.store_id)
    except StoreDamaged:
        finished = _finish_interrupted_rekey(database, choose, secret)
        if finished is None:
            refuse_old_format(database, raw_key)
            check_whole_pages(database, backup_hint(database, slot_file.store_id))
            raise
        return finished
    return slot_file, raw_key


def _unlock_locked(
    database: Path,
    slot_file: SlotFile,
    lock: FileLock,
    choose: SlotChooser,
    secret: bytes,
    wrong_secret: Callable[[], Exception],
    unlocked_by: str | None,
) -> EncryptedStore:
    raw_key, throttle = unlock_key(database, slot_file, choose, secret, wrong_secret)
    slot_file, raw_key = _checked_pages(database, slot_file, raw_key, choose, secret)
    pending_slot_file_path(database).unlink(missing_ok=True)
    return EncryptedStore(
        database,
        slot_file,
        raw_key,
        lock,
        unlocked_by=unlocked_by,
        failed_attempts=throttle.reset(),
    )


def password_chooser(user: str) -> SlotChooser:
    """Pick `user`'s password slot, refusing an unknown user."""

    def choose(slot_file: SlotFile) -> keyslots.KeySlot:
        slot = slot_file.password_slot(user)
        if slot is None:
            raise UnknownUser(field="user", user=user)
        return slot

    return choose


def open_with_password(
    database: Path, *, user: str, password: str, migrate: bool = True
) -> EncryptedStore:
    """`migrate=False` leaves the schema as it is (restore verifies a staged copy that way);
    opening still switches the copy to WAL mode, so it is never used on the original backup."""
    return _open(
        database, password_chooser(user), normalise_secret(password), wrong_password, user, migrate
    )


def prove_password(database: Path, slot_file: SlotFile, *, user: str, password: str) -> int:
    """Check that `password` opens `user`'s own key slot of an open store (a signature on a
    project), with the unlock's wait and count of failures: a wrong password counts as a failed
    attempt at the store, so guessing a colleague's password at a signature is as slow as at
    the lock screen. Returns the failures counted before it (then forgotten), for the audit.
    Errors: TooManyAttempts, UnknownUser, WrongPassword, KeySlotFileDamaged."""
    secret = normalise_secret(password)
    _raw_key, throttle = unlock_key(
        database, slot_file, password_chooser(user), secret, wrong_password
    )
    return throttle.reset()


def open_with_recovery_key(database: Path, *, recovery_key: str) -> EncryptedStore:
    """Typos are named by group before any key derivation; a wrong key counts as a failure."""
    secret = parse_recovery_key(recovery_key)

    def choose(slot_file: SlotFile) -> keyslots.KeySlot:
        slot = slot_file.recovery_slot()
        if slot is None:
            raise KeySlotFileDamaged(
                name=slot_file_path(database).name, detail="manca la chiave di recupero"
            )
        return slot

    return _open(database, choose, secret, _wrong_recovery_key, None)


def open_with_key_of(database: Path, copy: EncryptedStore) -> EncryptedStore | None:
    """`database` opened with the key of `copy`, an open copy of the same store; None when the
    keys differ (a rekey since the copy). No secret is tried, so nothing counts as a failed
    attempt, and the schema is left as it is: the caller only reads."""
    check_paths(database)
    slot_file = read_slot_file(database)
    raw_key = copy.key_of_copy(slot_file)
    if raw_key is None:
        return None
    check_database_file(database, backup_hint(database, slot_file.store_id))
    lock = process_lock.acquire(database)
    try:
        check_pages(database, raw_key, slot_file.store_id)
    except BaseException:
        lock.release()
        raise
    return EncryptedStore(database, slot_file, raw_key, lock, unlocked_by=copy.unlocked_by)


def wrong_password() -> WrongPassword:
    return WrongPassword(field="password")


def _wrong_recovery_key() -> WrongRecoveryKey:
    return WrongRecoveryKey(field="recovery_key")
