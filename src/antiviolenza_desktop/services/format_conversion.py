"""Converting a store left in SQLCipher 3's format, as the CLI (and any front end) does it.

The store layer copies the old file first and converts it; here the converted store is then
unlocked the ordinary way (which proves it opens with the same password) and the conversion
is written to the audit log, naming the safety copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.store_lifecycle import unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.format_conversion import convert_old_format


@dataclass(frozen=True)
class FormatConversion:
    copy: Path


def convert_store_format(database: Path, *, login: str, password: str) -> FormatConversion:
    """Errors: NotOldCipherFormat, WalBeforeConversion, FormatConversionFailed, and every
    refusal of an unlock (WrongPassword, StoreLocked, ...), each leaving the store as it was."""
    copy = convert_old_format(database, user=login, password=password)
    opened = unlock(database, login=login, password=password)
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            audit.record(
                uow,
                action="archivio.formato_convertito",
                entity="store",
                details={"da": "sqlcipher3", "copia": copy.name},
            )
    finally:
        opened.store.close()
    return FormatConversion(copy)
