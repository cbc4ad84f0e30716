"""The copies of a store: listed with their expiry, rotated at open, deleted whole (issue 12)."""

from __future__ import annotations

import json
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from antiviolenza_desktop.domain.backup_rotation import CopyKind
from antiviolenza_desktop.domain.copy_errors import (
    CopiesBusy,
    CopiesNotDeleted,
    CopyNotFound,
    NewestCopyKept,
    NoCopyAfterMoment,
)
from antiviolenza_desktop.domain.errors import PermissionDenied
from antiviolenza_desktop.services import copies
from antiviolenza_desktop.services.credentials import rekey
from antiviolenza_desktop.services.maintenance import backup_now
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import Actor
from antiviolenza_desktop.store import backup
from tests.copies_support import aged_copies, replaced_store
from tests.support import LOGIN, PASSWORD


def _days_ago(days: int) -> datetime:
    return (datetime.now() - timedelta(days=days)).replace(microsecond=0)


def _audit_actions(opened: OpenStore) -> list[str]:
    with closing(opened.store.raw_connection()) as connection:
        return [row[0] for row in connection.execute("SELECT action FROM audit_log ORDER BY seq")]


def _audit_entries(opened: OpenStore) -> list[tuple[str, object]]:
    with closing(opened.store.raw_connection()) as connection:
        rows = connection.execute("SELECT action, details FROM audit_log ORDER BY seq")
        return [(action, json.loads(details)) for action, details in rows]


def _names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()} if folder.is_dir() else set()


def test_safety_copies_and_replaced_stores_expire_at_open(opened: OpenStore) -> None:
    database = opened.store.database
    upgrades = aged_copies(opened, [(_days_ago(days), "prima-aggiornamento") for days in (1, 2, 3)])
    old_rotation = aged_copies(opened, [(_days_ago(120), "prima-rotazione")])[0]
    old_replaced = replaced_store(database, _days_ago(100))
    recent_replaced = replaced_store(database, _days_ago(5))
    opened.store.close()

    reopened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        left = _names(backup.default_backup_dir(database))
        assert upgrades[0].name in left and upgrades[1].name in left
        for gone in (upgrades[2], old_rotation):
            assert gone.name not in left and gone.name + ".keys" not in left
        assert not old_replaced.exists() and recent_replaced.exists()
        assert _audit_actions(reopened)[-1] == "copie.scadute"
    finally:
        reopened.store.close()


def test_list_copies_names_kind_size_and_expiry(opened: OpenStore) -> None:
    database = opened.store.database
    older = aged_copies(opened, [(_days_ago(2), "prima-aggiornamento")])[0]
    replaced_store(database, _days_ago(1))
    listed = copies.list_copies(database)
    assert [copy.kind for copy in listed] == [
        CopyKind.ROUTINE,
        CopyKind.REPLACED,
        CopyKind.BEFORE_UPGRADE,
    ]
    assert all(copy.size > 0 for copy in listed)
    assert listed[0].expires_on is None
    assert listed[2].file_name == older.name
    assert listed[2].expires_on == listed[2].taken_at + timedelta(days=90)


def test_delete_copy_removes_every_file_of_it(opened: OpenStore) -> None:
    doomed = aged_copies(opened, [(_days_ago(1), "manuale")])[0]
    for suffix in ("-wal", "-shm"):
        doomed.with_name(doomed.name + suffix).write_bytes(b"\0" * 16)
    copies.delete_copy(opened, file_name=doomed.name)
    assert not any(name.startswith(doomed.stem) for name in _names(doomed.parent))
    assert _audit_actions(opened)[-1] == "copia.eliminata"


def test_delete_copy_refusals_touch_nothing(opened: OpenStore) -> None:
    older = aged_copies(opened, [(_days_ago(1), "manuale")])[0]
    folder = older.parent
    before = _names(folder)
    newest = copies.list_copies(opened.store.database)[0].file_name
    with pytest.raises(NewestCopyKept):
        copies.delete_copy(opened, file_name=newest)
    with pytest.raises(CopyNotFound):
        copies.delete_copy(opened, file_name="archivio-00000000-20260101-000000-manuale.avdb")
    operator = OpenStore(opened.store, Actor(user_id=None, login="op", role="operator"))
    with pytest.raises(PermissionDenied):
        copies.delete_copy(operator, file_name=older.name)
    with backup.copies_locked(folder), pytest.raises(CopiesBusy):
        copies.delete_copy(opened, file_name=older.name)
    assert _names(folder) == before


def test_delete_copies_taken_before_an_erasure(opened: OpenStore) -> None:
    database = opened.store.database
    old = aged_copies(opened, [(_days_ago(3), "prima-aggiornamento"), (_days_ago(2), "manuale")])
    replaced = replaced_store(database, _days_ago(1))
    erased_at = datetime.now()
    before = _names(backup.default_backup_dir(database))
    with pytest.raises(NoCopyAfterMoment):
        copies.delete_copies_taken_before(opened, moment=erased_at, keep=old[1])
    assert _names(backup.default_backup_dir(database)) == before and replaced.exists()

    fresh = backup_now(opened)  # most likely in the same second as the erasure
    gone = copies.delete_copies_taken_before(opened, moment=erased_at, keep=fresh)
    # the copy aged_copies took today may already have left with the fresh backup's rotation
    assert {old[0].name, old[1].name, replaced.name} <= set(gone)
    assert [copy.path for copy in copies.list_copies(database)] == [fresh]
    assert _audit_actions(opened)[-1] == "copie.eliminate"


def test_a_copy_that_cannot_go_entirely_is_named(opened: OpenStore) -> None:
    stuck = aged_copies(opened, [(_days_ago(1), "manuale")])[0]
    keys = stuck.with_name(stuck.name + ".keys")
    keys.unlink()
    keys.mkdir()  # cannot be unlinked like a file: the copy is not entirely gone
    with pytest.raises(CopiesNotDeleted) as refused:
        copies.delete_copy(opened, file_name=stuck.name)
    assert stuck.name in refused.value.params["names"]
    assert _audit_entries(opened)[-2:] == [
        ("copia.eliminata", {"copie": [stuck.name]}),
        ("copie.non_eliminate", {"copie": [stuck.name]}),
    ]


def test_the_intent_is_audited_before_any_copy_is_deleted(
    opened: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = aged_copies(opened, [(_days_ago(1), "manuale")])[0]

    def failing(_copy: backup.CopyFile) -> bool:
        raise OSError("simulated failure while deleting")

    monkeypatch.setattr(backup, "delete_copy_files", failing)
    with pytest.raises(OSError):
        copies.delete_copy(opened, file_name=doomed.name)
    assert _audit_entries(opened)[-1] == ("copia.eliminata", {"copie": [doomed.name]})
    assert doomed.exists()


def test_copies_on_other_media_are_named_from_the_audit_log(
    opened: OpenStore, tmp_path: Path
) -> None:
    started = datetime.now().replace(microsecond=0)
    backup_now(opened)
    stick = tmp_path / "chiavetta"
    outside = backup_now(opened, destination=stick)
    assert _audit_entries(opened)[-1] == (
        "copia.creata",
        {"file": outside.name, "cartella": str(stick.absolute()), "fuori_archivio": True},
    )
    listed = copies.outside_copies_until(opened)
    assert [(c.path, c.file_name) for c in listed] == [(outside, outside.name)]
    assert started <= listed[0].taken_at <= datetime.now()
    assert copies.outside_copies_until(opened, started - timedelta(seconds=1)) == []
    operator = OpenStore(opened.store, Actor(user_id=None, login="op", role="operator"))
    with pytest.raises(PermissionDenied):
        copies.outside_copies_until(operator)


def test_the_rotation_after_a_backup_is_audited(opened: OpenStore) -> None:
    expired = aged_copies(opened, [(_days_ago(120), "prima-rotazione")])[0]
    backup_now(opened)
    assert not expired.exists()
    entries = _audit_entries(opened)
    assert [entry[0] for entry in entries[-2:]] == ["copia.creata", "copie.scadute"]
    # The helper's own copy of today goes too when the new one lands in a later second.
    gone = entries[-1][1]["copie"]
    assert expired.name in gone
    assert not any((expired.parent / name).exists() for name in gone)


def test_the_rotation_after_the_safety_copy_of_a_rekey_is_audited(opened: OpenStore) -> None:
    expired = aged_copies(opened, [(_days_ago(120), "manuale")])[0]
    safety_copy, _recovery = rekey(opened, new_recovery_key=False)
    assert not expired.exists() and safety_copy.exists()
    assert ("copie.scadute", {"copie": [expired.name]}) in _audit_entries(opened)
