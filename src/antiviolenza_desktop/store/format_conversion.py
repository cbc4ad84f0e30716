"""Converting a closed store from SQLCipher 3's format, by someone who holds one of its passwords.

The same checks as an unlock come first (the files are what they claim, nobody else has the
store open, the wait after wrong passwords, the password opens its slot), so a conversion
never runs on a file that an unlock would have refused for another reason.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from antiviolenza_desktop.domain.store_errors import NotOldCipherFormat
from antiviolenza_desktop.store import process_lock
from antiviolenza_desktop.store.cipher_format import convert, is_old_format
from antiviolenza_desktop.store.encrypted_store import backup_hint
from antiviolenza_desktop.store.file_checks import check_database_file, check_paths
from antiviolenza_desktop.store.kdf import normalise_secret
from antiviolenza_desktop.store.keyslot_file import read_slot_file
from antiviolenza_desktop.store.unlock import password_chooser, unlock_key, wrong_password


def convert_old_format(database: Path, *, user: str, password: str) -> Path:
    """Convert `database` to SQLCipher 4 in place; return the safety copy of the old file.

    Refuses (touching nothing) a store already in the current format.
    """
    check_paths(database)
    slot_file = read_slot_file(database)
    check_database_file(database, backup_hint(database, slot_file.store_id))
    lock = process_lock.acquire(database)
    try:
        raw_key, _throttle = unlock_key(
            database,
            slot_file,
            password_chooser(user),
            normalise_secret(password),
            wrong_password,
        )
        if not is_old_format(database, raw_key):
            raise NotOldCipherFormat(name=database.name)
        return convert(database, raw_key, slot_file.store_id, datetime.now())
    finally:
        lock.release()
