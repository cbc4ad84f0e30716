"""Opening a store: every refusal is clear, happens before SQLCipher where it can, touches nothing.

Covers ST-01, ST-03, ST-04, ST-05, ST-10, ST-14, KS-01, KS-02 of the reliability catalogue.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from antiviolenza_desktop.domain.store_errors import (
    IncompleteCreation,
    KeySlotFileDamaged,
    KeySlotFileMissing,
    NotAStore,
    RecoveryKeyTypo,
    StoreDamaged,
    StoreExists,
    StoreFromNewerVersion,
    StoreLocked,
    StoreMissing,
    UnknownUser,
    WrongPassword,
    WrongRecoveryKey,
)
from antiviolenza_desktop.store.creation import create_store
from antiviolenza_desktop.store.keyslot_file import slot_file_path
from antiviolenza_desktop.store.schema import User
from antiviolenza_desktop.store.unlock import open_with_password, open_with_recovery_key
from antiviolenza_desktop.store.unlock_throttle import attempts_path
from tests.support import LOGIN, PASSWORD, sha256_of


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file in the store's folder (lock file aside) with its hash."""
    return {
        p.name: sha256_of(p)
        for p in folder.iterdir()
        if p.is_file() and not p.name.endswith((".lock", ".attempts"))
    }


def test_opens_with_password_and_reads_data(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    with open_with_password(database, user=LOGIN, password=PASSWORD) as store:
        with store.sessions() as session:
            assert [u.login for u in session.query(User).all()] == [LOGIN]
        assert store.verify() == []


def test_login_is_case_insensitive(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    with open_with_password(database, user="COORD", password=PASSWORD) as store:
        assert store.is_open


def test_wrong_password_touches_nothing_and_is_silent(
    closed_store: tuple[Path, str], capfd: pytest.CaptureFixture[str]
) -> None:
    database, _ = closed_store
    before = _snapshot(database.parent)
    with pytest.raises(WrongPassword) as caught:
        open_with_password(database, user=LOGIN, password="sbagliata-davvero-sbagliata")
    assert "Password errata" in caught.value.message
    assert _snapshot(database.parent) == before
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""
    assert json.loads(attempts_path(database).read_text())["failures"] == 1


def test_unknown_user(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    with pytest.raises(UnknownUser) as caught:
        open_with_password(database, user="nessuna", password=PASSWORD)
    assert "nessuna" in caught.value.message


def test_recovery_key_opens_and_typo_is_named_before_any_kdf(
    closed_store: tuple[Path, str],
) -> None:
    database, recovery_key = closed_store
    groups = recovery_key.split("-")
    wrong_check = "Z" if groups[2][4] != "Z" else "Y"
    groups[2] = groups[2][:4] + wrong_check
    with pytest.raises(RecoveryKeyTypo) as caught:
        open_with_recovery_key(database, recovery_key="-".join(groups))
    assert caught.value.params["group"] == 3
    assert not attempts_path(database).exists()
    with open_with_recovery_key(database, recovery_key=recovery_key) as store:
        assert store.unlocked_by is None


def test_another_stores_recovery_key_is_refused(store_factory) -> None:  # type: ignore[no-untyped-def]
    first = store_factory("uno.avdb")
    second = store_factory("due.avdb")
    first.store.close()
    second.store.close()
    with pytest.raises(WrongRecoveryKey):
        open_with_recovery_key(first.store.database, recovery_key=second.recovery_key)


def test_missing_slot_file(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    before = sha256_of(database)
    slot_file_path(database).unlink()
    with pytest.raises(KeySlotFileMissing) as caught:
        open_with_password(database, user=LOGIN, password=PASSWORD)
    assert "copia di sicurezza" in caught.value.message
    assert sha256_of(database) == before


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "renamed_user", "weakened_kdf", "swapped_sealed_key", "key_check"],
)
def test_damaged_slot_file(closed_store: tuple[Path, str], damage: str) -> None:
    database, _ = closed_store
    path = slot_file_path(database)
    before = sha256_of(database)
    document = json.loads(path.read_text())
    slots = document["slots"]
    if damage == "garbage":
        path.write_text("{ non json")
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:200])
    else:
        if damage == "renamed_user":
            slots[0]["user"] = "altra"
        elif damage == "weakened_kdf":
            slots[0]["kdf"]["memory_kib"] = 65537
        elif damage == "swapped_sealed_key":
            slots[0]["sealed_key"] = slots[1]["sealed_key"]
        else:
            document["key_check"] = "0" * 64
        path.write_text(json.dumps(document))
    user = "altra" if damage == "renamed_user" else LOGIN
    with pytest.raises((KeySlotFileDamaged, WrongPassword)) as caught:
        open_with_password(database, user=user, password=PASSWORD)
    if damage != "weakened_kdf":
        assert isinstance(caught.value, KeySlotFileDamaged)
    assert sha256_of(database) == before


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["first_page", "middle_page", "last_page"])
def test_flipped_byte_is_named_and_file_kept(store_factory, where: str) -> None:  # type: ignore[no-untyped-def]
    created = store_factory()
    with closing(created.store.raw_connection()) as connection:
        connection.execute("CREATE TABLE filler (x BLOB)")
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO filler VALUES (?)", [(os.urandom(300),)] * 400)
        connection.execute("COMMIT")
    created.store.close()
    database = created.store.database
    size = database.stat().st_size
    offset = {"first_page": 100, "middle_page": size // 2 + 50, "last_page": size - 20}[where]
    _flip(database, offset)
    damaged = sha256_of(database)
    with pytest.raises(StoreDamaged) as caught:
        open_with_password(database, user=LOGIN, password=PASSWORD)
    message = caught.value.message
    assert "Archivio danneggiato" in message and "ripristina" in message.lower()
    if where != "first_page":
        assert "pagina" in message
    assert database.exists() and sha256_of(database) == damaged


@pytest.mark.parametrize("cut", [1000, 4096])
def test_truncated_database(closed_store: tuple[Path, str], cut: int) -> None:
    database, _ = closed_store
    data = database.read_bytes()
    database.write_bytes(data[:-cut])
    with pytest.raises(StoreDamaged) as caught:
        open_with_password(database, user=LOGIN, password=PASSWORD)
    assert "danneggiato" in caught.value.message


@pytest.mark.parametrize("content", ["empty", "random", "plaintext"])
def test_not_a_store_is_refused_and_never_replaced(
    closed_store: tuple[Path, str], content: str
) -> None:
    database, _ = closed_store
    database.unlink()
    if content == "empty":
        database.write_bytes(b"")
    elif content == "random":
        database.write_bytes(os.urandom(4096 * 3))
    else:
        connection = sqlite3.connect(database)
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
        connection.close()
    before = sha256_of(database)
    with pytest.raises((NotAStore, StoreDamaged)):
        open_with_password(database, user=LOGIN, password=PASSWORD)
    assert sha256_of(database) == before
    assert database.read_bytes()[:16] != b"" or content == "empty"


def test_missing_database_is_never_created(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    database.unlink()
    with pytest.raises(IncompleteCreation) as caught:
        open_with_password(database, user=LOGIN, password=PASSWORD)
    assert "solo il file chiavi" in caught.value.message
    assert not database.exists()
    elsewhere = database.parent / "altro.avdb"
    with pytest.raises(StoreMissing):
        open_with_password(elsewhere, user=LOGIN, password=PASSWORD)
    assert not elsewhere.exists()


def test_a_folder_is_not_a_store(tmp_path: Path) -> None:
    folder = tmp_path / "cartella.avdb"
    folder.mkdir()
    with pytest.raises(NotAStore, match="cartella"):
        open_with_password(folder, user=LOGIN, password=PASSWORD)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: [],
        lambda d: {**d, "slots": [42]},
        lambda d: {**d, "slots": [{**d["slots"][0], "user": 42}]},
        lambda d: {**d, "slots": [{**d["slots"][0], "sealed_key": 7}]},
        lambda d: {**d, "slots": [{**d["slots"][0], "kdf": {**d["slots"][0]["kdf"], "salt": 5}}]},
        lambda d: {**d, "slots": [{**d["slots"][0], "kdf": {**d["slots"][0]["kdf"], "lanes": 0}}]},
        lambda d: {
            **d,
            "slots": [{**d["slots"][0], "kdf": {**d["slots"][0]["kdf"], "memory_kib": 2**32 - 1}}],
        },
        lambda d: {
            **d,
            "slots": [{**d["slots"][0], "kdf": {**d["slots"][0]["kdf"], "iterations": 10**9}}],
        },
        lambda d: {**d, "store_id": None},
    ],
)
def test_hostile_slot_file_values_are_damage_not_crashes(closed_store, edit) -> None:  # type: ignore[no-untyped-def]
    database, _ = closed_store
    path = slot_file_path(database)
    before = sha256_of(database)
    path.write_text(json.dumps(edit(json.loads(path.read_text()))))
    with pytest.raises(KeySlotFileDamaged):
        open_with_password(database, user=LOGIN, password=PASSWORD)
    assert sha256_of(database) == before


def test_damaged_store_with_a_stale_wal_is_left_exactly_as_it_was(store_factory) -> None:  # type: ignore[no-untyped-def]
    created = store_factory()
    store = created.store
    writer = store.raw_connection()
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE filler (x BLOB)")
    writer.executemany("INSERT INTO filler VALUES (?)", [(os.urandom(200),)] * 300)
    database = store.database
    wal = database.with_name(database.name + "-wal")
    # simulate a crash: copy the files while the writer is still open
    crashed = database.with_name("crash.avdb")
    for source, target in ((database, crashed), (wal, crashed.with_name("crash.avdb-wal"))):
        target.write_bytes(source.read_bytes())
    slot_file_path(crashed).write_bytes(slot_file_path(database).read_bytes())
    writer.close()
    store.close()
    _flip(crashed, 4096 * 2 + 50)
    crashed_wal = crashed.with_name("crash.avdb-wal")
    before = (sha256_of(crashed), sha256_of(crashed_wal))
    with pytest.raises(StoreDamaged):
        open_with_password(crashed, user=LOGIN, password=PASSWORD)
    assert (sha256_of(crashed), sha256_of(crashed_wal)) == before


def test_create_never_overwrites(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    before = sha256_of(database)
    with pytest.raises(StoreExists):
        create_store(
            database,
            identity=None,  # type: ignore[arg-type]
            user=LOGIN,
            password=PASSWORD,
            params=None,  # type: ignore[arg-type]
            populate=lambda session: None,
        )
    assert sha256_of(database) == before


def test_second_opener_is_refused_in_process(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    with open_with_password(database, user=LOGIN, password=PASSWORD):
        with pytest.raises(StoreLocked) as caught:
            open_with_password(database, user=LOGIN, password=PASSWORD)
        assert "già aperto" in caught.value.message
    with open_with_password(database, user=LOGIN, password=PASSWORD) as store:
        assert store.is_open


def test_second_opener_is_refused_across_processes(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    child = (
        "import sys\n"
        "from antiviolenza_desktop.store.unlock import open_with_password\n"
        "from antiviolenza_desktop.domain.store_errors import StoreLocked\n"
        "try:\n"
        "    open_with_password(__import__('pathlib').Path(sys.argv[1]), user=sys.argv[2],"
        " password=sys.argv[3])\n"
        "except StoreLocked as e:\n"
        "    print(e.code); sys.exit(0)\n"
        "sys.exit(3)\n"
    )
    with open_with_password(database, user=LOGIN, password=PASSWORD):
        result = subprocess.run(
            [sys.executable, "-c", child, str(database), LOGIN, PASSWORD],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "archivio_in_uso"


def test_store_from_newer_version_is_refused_untouched(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD) as store,
        closing(store.raw_connection()) as connection,
    ):
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(StoreFromNewerVersion) as caught:
        open_with_password(database, user=LOGIN, password=PASSWORD)
    assert "versione più recente" in caught.value.message
    assert "9999_future" in caught.value.message
