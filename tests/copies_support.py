"""Copies of a store with chosen ages: a real backup renamed to an older moment and reason."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from antiviolenza_desktop.services.maintenance import backup_now
from antiviolenza_desktop.services.store_lifecycle import OpenStore

STAMP = "%Y%m%d-%H%M%S"


def aged_copies(opened: OpenStore, wanted: list[tuple[datetime, str]]) -> list[Path]:
    """One verified backup of `opened` (taken now, kept), copied under older names: one per
    (taken_at, reason), made without running the rotation between them."""
    made = backup_now(opened)
    stem = f"{opened.store.database.stem}-{opened.store.slot_file.store_id[:8]}"
    copies = []
    for taken_at, reason in wanted:
        aged = made.with_name(f"{stem}-{taken_at:{STAMP}}-{reason}.avdb")
        shutil.copyfile(made.with_name(made.name + ".keys"), aged.with_name(aged.name + ".keys"))
        shutil.copyfile(made, aged)
        copies.append(aged)
    return copies


def replaced_store(database: Path, set_aside_at: datetime) -> Path:
    """A folder in `sostituiti/` as a restore leaves it (a copy of the store's files)."""
    folder = database.parent / "sostituiti" / f"{database.stem}-{set_aside_at:%Y%m%d-%H%M%S-%f}"
    folder.mkdir(parents=True)
    shutil.copyfile(database, folder / database.name)
    keys = database.with_name(database.name + ".keys")
    shutil.copyfile(keys, folder / keys.name)
    return folder
