"""Creating an office's store and writing its recovery sheet: the one path `antiviolenza init`,
`antiviolenza rekey --new-recovery-key` and the GUI's first-run window share.

The sheet names the Ambito by the programme's label (the same the first-run window offers) and
is dated by ONE rule: the local calendar day of the moment the key was issued, on this
computer's clock (as every date the app shows, `ui.formatting.local_moment`). A store created
at 00:30 in Italy is dated that day, not the UTC day before.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from antiviolenza_desktop.reports import recovery_sheet
from antiviolenza_desktop.services.programme import store_roles
from antiviolenza_desktop.services.store_lifecycle import OpenStore, initialise_store
from antiviolenza_desktop.services.unit_of_work import actor_for
from antiviolenza_desktop.store.creation import NewStore
from antiviolenza_desktop.store.keyslot_file import SlotFile


def check_sheet_target(path: Path) -> None:
    """Refuse the sheet's path before the store or the new key exists: once a key exists,
    failing to write its sheet must never be the first news. Errors: RecoverySheetExists,
    RecoverySheetFolderMissing."""
    recovery_sheet.check_sheet_target(path)


def create_store(
    database: Path, *, store_name: str, ambito: str, login: str, display_name: str, password: str
) -> NewStore:
    """A new store for an Ambito (or the capofila) with its first coordinator; the caller shows
    `recovery_key` once. Errors: InvalidInput, WeakPassword, StoreExists, DiskFull."""
    return initialise_store(
        database,
        store_name=store_name,
        ambito=ambito,
        login=login,
        display_name=display_name,
        password=password,
    )


def opened_new_store(created: NewStore) -> OpenStore:
    """The new store as the session holds an unlocked one, acting as her first coordinator."""
    return OpenStore(created.store, actor_for(created.store, created.store.unlocked_by or ""))


def sheet_day(issued_at: datetime | str, zone: tzinfo | None = None) -> date:
    """The local calendar day of `issued_at` (naive stamps are UTC, as the store writes them);
    `zone` defaults to this computer's time zone and is injected only by tests."""
    moment = datetime.fromisoformat(issued_at) if isinstance(issued_at, str) else issued_at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).date()


def write_recovery_sheet(
    slot_file: SlotFile,
    key: str,
    path: Path,
    *,
    issued_at: datetime | str | None = None,
    zone: tzinfo | None = None,
) -> None:
    """The sheet of `key` for the store `slot_file` describes, dated `sheet_day(issued_at)`:
    the store's creation when None (init, first run), the rotation's moment for a new key.
    Errors: RecoverySheetExists, RecoverySheetFolderMissing, DiskFull."""
    recovery_sheet.write_recovery_sheet(
        path,
        store_name=slot_file.store_name,
        ambito=store_roles().get(slot_file.ambito, slot_file.ambito),
        store_id=slot_file.store_id,
        created_on=sheet_day(slot_file.created_at if issued_at is None else issued_at, zone),
        recovery_key=key,
    )
