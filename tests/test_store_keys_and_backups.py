"""Key management and backups on real stores: passwords, slots, rekey, backup and restore."""

from __future__ import annotations

import shutil
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, text

from antiviolenza_desktop.domain.store_errors import NotAFolder, WrongPassword, WrongRecoveryKey
from antiviolenza_desktop.store import backup
from antiviolenza_desktop.store.bulk import bulk_insert
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.store.keyslot_file import read_slot_file, slot_file_path
from antiviolenza_desktop.store.unlock import open_with_password, open_with_recovery_key
from tests.support import LOGIN, OTHER_PASSWORD, PASSWORD


def _rows(store, table: str = "users") -> list[tuple]:  # type: ignore[no-untyped-def]
    with closing(store.raw_connection()) as connection:
        return connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()  # noqa: S608


def test_change_password_never_reencrypts(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    with open_with_password(database, user=LOGIN, password=PASSWORD) as store:
        before = database.read_bytes()[:4096]
        store.set_password(LOGIN, OTHER_PASSWORD, FLOOR_PARAMS)
        assert database.read_bytes()[:4096] == before
    with pytest.raises(WrongPassword):
        open_with_password(database, user=LOGIN, password=PASSWORD)
    with open_with_password(database, user=LOGIN, password=OTHER_PASSWORD) as store:
        assert store.is_open


def test_added_slot_opens_and_removed_slot_does_not(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    with open_with_password(database, user=LOGIN, password=PASSWORD) as store:
        store.set_password("collega", OTHER_PASSWORD, FLOOR_PARAMS)
        assert len(store.slot_file.slots) == 3
    with open_with_password(database, user="collega", password=OTHER_PASSWORD) as store:
        store.remove_password("collega")
    assert read_slot_file(database).password_slot("collega") is None


def test_rekey_keeps_every_credential_and_voids_the_old_slot_file(
    closed_store: tuple[Path, str], tmp_path: Path
) -> None:
    database, recovery_key = closed_store
    old_slots = tmp_path / "vecchio.keys"
    shutil.copy(slot_file_path(database), old_slots)
    with open_with_password(database, user=LOGIN, password=PASSWORD) as store:
        users_before = _rows(store)
        store.rekey()
        assert _rows(store) == users_before
    with open_with_password(database, user=LOGIN, password=PASSWORD) as store:
        assert _rows(store) == users_before and store.verify() == []
    with open_with_recovery_key(database, recovery_key=recovery_key) as store:
        assert store.is_open
    shutil.copy(old_slots, slot_file_path(database))
    with pytest.raises(Exception) as caught:
        open_with_password(database, user=LOGIN, password=PASSWORD)
    assert getattr(caught.value, "code", "") == "archivio_danneggiato"


def test_new_recovery_key_voids_the_old_sheet(closed_store: tuple[Path, str]) -> None:
    database, old_key = closed_store
    with open_with_password(database, user=LOGIN, password=PASSWORD) as store:
        new_key = store.new_recovery_key()
    with pytest.raises(WrongRecoveryKey):
        open_with_recovery_key(database, recovery_key=old_key)
    with open_with_recovery_key(database, recovery_key=new_key) as store:
        assert store.is_open


def test_backup_is_verified_opens_alone_and_equals_the_store(store_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    created = store_factory()
    store = created.store
    with closing(store.raw_connection()) as connection:
        connection.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, x TEXT)")
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO filler (x) VALUES (?)", [(f"riga {i}",) for i in range(5000)]
        )
        connection.execute("COMMIT")
    path = store.backup(tmp_path / "copie")
    expected = _rows(store, "filler")
    store.close()
    assert path.name.startswith("archivio-") and path.name.endswith("-manuale.avdb")
    assert store.slot_file.store_id[:8] in path.name
    assert slot_file_path(path).exists()
    hidden = [p for p in path.parent.iterdir() if p.name.startswith(".")]
    assert [p.name for p in hidden] == [backup.COPIES_LOCK_NAME]  # no temporary file left
    with open_with_password(path, user=LOGIN, password=PASSWORD, migrate=False) as copy:
        assert _rows(copy, "filler") == expected
        assert copy.verify() == []


def test_backup_of_live_wal_store_keeps_uncheckpointed_rows(store_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    created = store_factory()
    store = created.store
    writer = store.raw_connection()
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE filler (x TEXT)")
    writer.executemany("INSERT INTO filler VALUES (?)", [(str(i),) for i in range(500)])
    wal = store.database.with_name(store.database.name + "-wal")
    assert wal.stat().st_size > 0
    path = store.backup(tmp_path / "copie")
    writer.close()
    store.close()
    with open_with_password(path, user=LOGIN, password=PASSWORD, migrate=False) as copy:
        assert len(_rows(copy, "filler")) == 500


def test_backups_rotate_only_routine_copies_of_this_store(
    closed_store: tuple[Path, str], tmp_path: Path
) -> None:
    database, _ = closed_store
    store_id = read_slot_file(database).store_id
    other_store = "f" * 8
    folder = tmp_path / "copie"
    folder.mkdir()
    names = []
    for day in range(1, 21):
        for owner, reason in ((store_id[:8], "manuale"), (other_store, "manuale")):
            names.append(f"{database.stem}-{owner}-202610{day:02d}-120000-{reason}.avdb")
    names.append(f"{database.stem}-{store_id[:8]}-20261001-090000-prima-rotazione.avdb")
    for name in names:
        (folder / name).write_bytes(b"x")
        slot_file_path(folder / name).write_bytes(b"x")
    removed = backup.rotate_backups(folder, database, store_id)
    kept = backup.list_backups(folder, database, store_id)
    assert len(kept) + len(removed) == 21
    assert 7 <= len([b for b in kept if b.reason == "manuale"]) <= 11
    assert kept[-1].taken_at.day == 20
    assert any(b.reason == "prima-rotazione" for b in kept)
    assert all(other_store not in p.name for p in removed)
    assert len(list(folder.glob(f"*-{other_store}-*.avdb"))) == 20
    assert all(not slot_file_path(p).exists() for p in removed)


def test_two_backups_in_the_same_second_both_survive(store_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = store_factory().store
    moment = datetime(2026, 11, 25, 10, 0, 0)
    key = bytes(store._raw_key)
    made = [
        backup.create_backup(
            store.database,
            key,
            store.slot_file,
            tmp_path / "copie",
            taken_at=moment,
            reason="manuale",
        )
        for _ in range(2)
    ]
    assert made[0] != made[1] and all(path.exists() for path in made)
    assert made[1].name.endswith("-manuale-2.avdb")
    assert (
        len(backup.list_backups(tmp_path / "copie", store.database, store.slot_file.store_id)) == 2
    )


def test_backup_to_a_file_is_refused(store_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = store_factory().store
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    with pytest.raises(NotAFolder):
        store.backup(not_a_folder)


def test_store_connection_settings(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD) as store,
        store.engine.connect() as connection,
    ):

        def pragma(name: str) -> object:
            return connection.execute(text(f"PRAGMA {name}")).scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2
        assert pragma("secure_delete") == 1
        assert pragma("foreign_keys") == 1
        assert pragma("temp_store") == 2
        assert pragma("cache_size") <= -64 * 1024  # type: ignore[operator]
        assert pragma("cipher_version")


def test_bulk_insert_is_one_transaction(store_factory) -> None:  # type: ignore[no-untyped-def]
    table = Table("bulk", MetaData(), Column("id", Integer, primary_key=True), Column("x", String))
    store = store_factory().store
    with store.engine.begin() as connection:
        table.create(connection)
    with store.engine.begin() as connection:
        assert bulk_insert(connection, table, ((i, f"r{i}") for i in range(25_000))) == 25_000
    with pytest.raises(ValueError, match="2 values"), store.engine.begin() as connection:
        bulk_insert(connection, table, [(25_001, "ok"), (25_002,)])
    with pytest.raises(Exception, match="UNIQUE"), store.engine.begin() as connection:
        bulk_insert(
            connection, table, [(30_000 + i, "nuovo") for i in range(15_000)] + [(1, "dup")]
        )
    assert len(_rows(store, "bulk")) == 25_000
