"""The key-slot file that sits beside each database (`<store>.keys`), read and written whole.

It holds what must be readable before the database opens: the store id, its name and Ambito
(shown on the lock screen; never personal data), a check value of the raw key, and the slots.
It is replaced atomically, so a crash mid-write leaves the old credentials or the new ones.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from antiviolenza_desktop.domain.store_errors import (
    FileNotReadable,
    KeySlotFileDamaged,
    KeySlotFileMissing,
)
from antiviolenza_desktop.store import keyslots
from antiviolenza_desktop.store.atomic_files import write_atomically

MAX_SLOT_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class SlotFile:
    store_id: str
    store_name: str
    ambito: str
    created_at: str
    key_check: str
    slots: tuple[keyslots.KeySlot, ...]

    def password_slot(self, user: str) -> keyslots.KeySlot | None:
        wanted = user.casefold()
        for slot in self.slots:
            if slot.kind == keyslots.KIND_PASSWORD and (slot.user or "").casefold() == wanted:
                return slot
        return None

    def recovery_slot(self) -> keyslots.KeySlot | None:
        return next((s for s in self.slots if s.kind == keyslots.KIND_RECOVERY), None)

    def with_slots(self, slots: tuple[keyslots.KeySlot, ...]) -> SlotFile:
        return replace(self, slots=slots)

    def to_bytes(self) -> bytes:
        document: dict[str, Any] = {
            "format": keyslots.FORMAT,
            "version": keyslots.FORMAT_VERSION,
            "store_id": self.store_id,
            "store_name": self.store_name,
            "ambito": self.ambito,
            "created_at": self.created_at,
            "key_check": self.key_check,
            "slots": [slot.to_json() for slot in self.slots],
        }
        return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def slot_file_path(database: Path) -> Path:
    return database.with_name(database.name + ".keys")


def parse_slot_file(raw: bytes) -> SlotFile:
    document = json.loads(raw.decode("utf-8"))
    if not isinstance(document, dict) or not isinstance(document.get("slots"), list):
        raise ValueError("not a key-slot document")
    if document.get("format") != keyslots.FORMAT:
        raise ValueError("not a key-slot file")
    if document.get("version") != keyslots.FORMAT_VERSION:
        raise ValueError("unsupported key-slot file version")
    slots = tuple(keyslots.KeySlot.from_json(_mapping(item)) for item in document["slots"])
    if not slots:
        raise ValueError("no slots")
    fields = ("store_id", "store_name", "ambito", "created_at", "key_check")
    if not all(isinstance(document.get(name), str) for name in fields):
        raise ValueError("bad store metadata")
    return SlotFile(**{name: document[name] for name in fields}, slots=slots)


def _mapping(item: Any) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ValueError("a slot is not an object")
    return item


def read_slot_file(database: Path) -> SlotFile:
    """Read and parse the slot file of `database`; refuse clearly when missing or damaged."""
    path = slot_file_path(database)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeySlotFileMissing(name=path.name) from None
    except PermissionError:
        raise FileNotReadable(name=path.name) from None
    except IsADirectoryError:
        raise KeySlotFileDamaged(name=path.name, detail="è una cartella") from None
    if len(raw) > MAX_SLOT_FILE_BYTES:
        raise KeySlotFileDamaged(name=path.name, detail="dimensione anomala")
    try:
        return parse_slot_file(raw)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        raise KeySlotFileDamaged(name=path.name, detail="contenuto illeggibile") from error


def write_slot_file(database: Path, slot_file: SlotFile) -> None:
    write_atomically(slot_file_path(database), slot_file.to_bytes())
