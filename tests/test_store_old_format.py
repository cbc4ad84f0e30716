"""A store in SQLCipher 3's format is named as such (not damaged) and converted with a copy first.

The old store is made for real: the rows of a new store exported into a file with SQLCipher 3's
settings (`cipher_compatibility = 3`), keeping its key file, as a store made by an old build.
"""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

import pytest
import sqlcipher3

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.domain.store_errors import (
    FormatConversionFailed,
    NotOldCipherFormat,
    OldCipherFormat,
    WalBeforeConversion,
    WrongPassword,
)
from antiviolenza_desktop.services.format_conversion import convert_store_format
from antiviolenza_desktop.store import backup, cipher_format, keyslots
from antiviolenza_desktop.store.cipher_format import COPY_REASON, is_old_format
from antiviolenza_desktop.store.kdf import normalise_secret
from antiviolenza_desktop.store.keyslot_file import read_slot_file, slot_file_path
from antiviolenza_desktop.store.schema import AuditLog, User
from antiviolenza_desktop.store.sqlcipher_connection import (
    LEGACY_PAGE_SIZE,
    PAGE_SIZE,
    key_literal,
)
from antiviolenza_desktop.store.unlock import open_with_password, open_with_recovery_key
from tests.support import LOGIN, OTHER_PASSWORD, PASSWORD, sha256_of
from tests.ui_support import make_window, unlock


def _raw_key(database: Path) -> bytes:
    slot_file = read_slot_file(database)
    slot = slot_file.password_slot(LOGIN)
    assert slot is not None
    return keyslots.open_slot(slot, store_id=slot_file.store_id, secret=normalise_secret(PASSWORD))


def _rewrite_as_sqlcipher3(database: Path) -> None:
    """Replace the store's file with the same rows in SQLCipher 3's format, same key.

    Tables are added until the size is not a whole number of 4 KiB pages, so the old file
    also looks "truncated" to a check that knows only SQLCipher 4's page size.
    """
    literal = key_literal(_raw_key(database))
    old = database.with_name("old.avdb")
    with closing(sqlcipher3.connect(str(database), isolation_level=None)) as connection:
        connection.execute(f'PRAGMA key = "{literal}"')
        connection.execute("ATTACH DATABASE ? AS old KEY ?", (str(old), literal))
        connection.execute("PRAGMA old.cipher_compatibility = 3")
        connection.execute("SELECT sqlcipher_export('old')").fetchall()
        connection.execute("DETACH DATABASE old")
    padding = 0
    while old.stat().st_size % PAGE_SIZE == 0:
        with closing(sqlcipher3.connect(str(old), isolation_level=None)) as connection:
            connection.execute(f'PRAGMA key = "{literal}"')
            connection.execute("PRAGMA cipher_compatibility = 3")
            connection.execute(f"CREATE TABLE padding_{padding} (x)")
        padding += 1
    old.replace(database)


@pytest.fixture
def old_store(closed_store: tuple[Path, str]) -> tuple[Path, str]:
    database, recovery_key = closed_store
    _rewrite_as_sqlcipher3(database)
    return database, recovery_key


def _users_and_actions(database: Path) -> tuple[list[str], list[str]]:
    """Logins and audit actions, read through an ordinary unlock (and its checks)."""
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD) as store,
        store.sessions() as session,
    ):
        users = [user.login for user in session.query(User).all()]
        return users, [row.action for row in session.query(AuditLog).all()]


def test_old_store_is_named_not_called_damaged(old_store: tuple[Path, str]) -> None:
    database, _ = old_store
    size = database.stat().st_size
    assert size % LEGACY_PAGE_SIZE == 0 and size % PAGE_SIZE != 0
    before = sha256_of(database)
    with pytest.raises(OldCipherFormat) as caught:
        open_with_password(database, user=LOGIN, password=PASSWORD)
    assert caught.value.code == "formato_cifratura_precedente"
    assert "Archivio danneggiato" not in caught.value.message
    assert "migrate-format" in caught.value.message
    assert sha256_of(database) == before


def test_wrong_password_on_an_old_store_is_still_a_wrong_password(
    old_store: tuple[Path, str],
) -> None:
    database, _ = old_store
    with pytest.raises(WrongPassword):
        open_with_password(database, user=LOGIN, password=OTHER_PASSWORD)


def test_conversion_copies_first_then_opens_with_the_same_credentials(
    old_store: tuple[Path, str],
) -> None:
    database, recovery_key = old_store
    old_bytes = sha256_of(database)
    old_keys = slot_file_path(database).read_bytes()
    raw_key = _raw_key(database)

    done = convert_store_format(database, login=LOGIN, password=PASSWORD)

    assert done.copy.parent == database.parent / "copie-di-sicurezza"
    assert COPY_REASON in done.copy.name
    assert sha256_of(done.copy) == old_bytes
    assert slot_file_path(done.copy).read_bytes() == old_keys
    assert is_old_format(done.copy, raw_key)
    assert not is_old_format(database, raw_key)
    users, actions = _users_and_actions(database)
    assert users == [LOGIN]
    assert "archivio.formato_convertito" in actions
    with open_with_recovery_key(database, recovery_key=recovery_key) as store:
        assert store.verify() == []


def _convert_fails(database: Path) -> FormatConversionFailed:
    """Convert, expecting FormatConversionFailed; the store and its key file as they were."""
    before = sha256_of(database)
    keys_before = sha256_of(slot_file_path(database))
    with pytest.raises(FormatConversionFailed) as failed:
        convert_store_format(database, login=LOGIN, password=PASSWORD)
    assert sha256_of(database) == before
    assert sha256_of(slot_file_path(database)) == keys_before
    assert not list(database.parent.glob(f".{database.name}*"))  # no hidden export left
    copy = next(backup.default_backup_dir(database).glob(f"*-{COPY_REASON}.avdb"))
    assert copy.name in failed.value.message
    return failed.value


def test_a_conversion_whose_result_fails_verification_leaves_the_store_as_it_was(
    old_store: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database, _ = old_store
    monkeypatch.setattr(backup, "verify_database", lambda _path, _key: ["pagina 3 illeggibile"])
    failed = _convert_fails(database)
    assert "pagina 3 illeggibile" in failed.message
    assert is_old_format(database, _raw_key(database))


def test_a_conversion_whose_safety_copy_is_unreadable_leaves_the_store_as_it_was(
    old_store: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database, _ = old_store
    copy_file = cipher_format._copy_file

    def damaged_copy(source: Path, target: Path) -> None:
        copy_file(source, target)
        with open(target, "r+b") as handle:
            handle.write(b"\0" * 64)  # the salt and first page: the copy no longer opens

    monkeypatch.setattr(cipher_format, "_copy_file", damaged_copy)
    assert "copia illeggibile" in _convert_fails(database).message
    assert is_old_format(database, _raw_key(database))


def test_conversion_of_a_current_store_is_refused_and_touches_nothing(
    closed_store: tuple[Path, str],
) -> None:
    database, _ = closed_store
    before = sha256_of(database)
    with pytest.raises(NotOldCipherFormat):
        convert_store_format(database, login=LOGIN, password=PASSWORD)
    assert sha256_of(database) == before
    assert not (database.parent / "copie-di-sicurezza").exists()


def test_conversion_with_a_wrong_password_is_refused_and_touches_nothing(
    old_store: tuple[Path, str],
) -> None:
    database, _ = old_store
    before = sha256_of(database)
    with pytest.raises(WrongPassword):
        convert_store_format(database, login=LOGIN, password=OTHER_PASSWORD)
    assert sha256_of(database) == before
    assert not (database.parent / "copie-di-sicurezza").exists()


def test_conversion_with_a_leftover_wal_is_refused_and_touches_nothing(
    old_store: tuple[Path, str],
) -> None:
    database, _ = old_store
    before = sha256_of(database)
    wal = database.with_name(database.name + "-wal")
    wal.write_bytes(b"\x01" * 64)
    with pytest.raises(WalBeforeConversion):
        convert_store_format(database, login=LOGIN, password=PASSWORD)
    assert sha256_of(database) == before and wal.read_bytes() == b"\x01" * 64
    assert not (database.parent / "copie-di-sicurezza").exists()


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_cli_names_the_old_format_and_converts_it(
    old_store: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database, _ = old_store
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    store_args = ("--store", str(database), "--user", LOGIN)
    code, payload = _cli(capsys, "status", *store_args)
    assert code == 1 and payload["code"] == "formato_cifratura_precedente"
    code, payload = _cli(capsys, "migrate-format", *store_args)
    assert code == 0 and Path(payload["copy"]).is_file()
    code, payload = _cli(capsys, "status", *store_args)
    assert code == 0 and payload["ok"]
    code, payload = _cli(capsys, "migrate-format", *store_args)
    assert code == 1 and payload["code"] == "formato_cifratura_attuale"


def test_gui_offers_the_conversion_and_then_opens(
    qtbot,  # type: ignore[no-untyped-def]
    old_store: tuple[Path, str],
) -> None:
    database, _ = old_store
    window = make_window(database)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.lock_screen.error.isVisible(), timeout=10_000)
    assert "SQLCipher (3)" in window.lock_screen.error.text()
    assert window.lock_screen.convert_button.isVisible()
    error = window.lock_screen.error
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()))  # not clipped
    window.lock_screen.convert_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    copies = list((database.parent / "copie-di-sicurezza").glob(f"*{COPY_REASON}*.avdb"))
    assert len(copies) == 1
    window.session.lock()
