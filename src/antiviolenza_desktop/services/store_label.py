"""What the lock screen may show before unlocking: the store's name, Ambito and users.

Kept apart from the unlock machinery so the lock screen appears without importing the database
stack (SQLAlchemy, Alembic), which loads only when a store is opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services.programme import store_roles
from antiviolenza_desktop.store.keyslot_file import read_slot_file


@dataclass(frozen=True)
class StoreLabel:
    """Never personal data: the slot file holds none."""

    name: str
    ambito: str
    ambito_name: str
    users: tuple[str, ...]


def describe_store(database: Path) -> StoreLabel | None:
    """Name and Ambito from the slot file, or None when there is no readable store there."""
    try:
        slot_file = read_slot_file(database)
    except AppError:
        return None
    users = tuple(slot.user for slot in slot_file.slots if slot.user)
    name = store_roles().get(slot_file.ambito, slot_file.ambito)
    return StoreLabel(slot_file.store_name, slot_file.ambito, name, users)
