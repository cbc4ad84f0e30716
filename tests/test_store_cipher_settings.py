"""Every keyed connection uses SQLCipher 4's settings or refuses; a driver with no cipher is named.

A downgraded driver is simulated for real: `PRAGMA cipher_default_*` changes the defaults of the
whole process, as an old or patched build would ship them. A driver that also ignores our
settings is simulated by dropping the statements that set them, so the weaker values stay.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
import sqlcipher3

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.domain.store_errors import CipherSettingsMismatch, CipherUnavailable
from antiviolenza_desktop.store import keyslots, sqlcipher_connection
from antiviolenza_desktop.store.creation import NewStore
from antiviolenza_desktop.store.kdf import normalise_secret
from antiviolenza_desktop.store.keyslot_file import read_slot_file, slot_file_path
from antiviolenza_desktop.store.unlock import open_with_password
from tests.support import LOGIN, PASSWORD, sha256_of
from tests.ui_support import make_window, unlock

# A weaker process-wide default, and the first setting our check names when it stays.
DOWNGRADES = {
    "cipher_default_compatibility = 3": "kdf_iter",
    "cipher_default_use_hmac = OFF": "cipher_use_hmac",
    "cipher_default_hmac_algorithm = HMAC_SHA1": "cipher_hmac_algorithm",
    "cipher_default_kdf_algorithm = PBKDF2_HMAC_SHA1": "cipher_kdf_algorithm",
    "cipher_default_page_size = 1024": "cipher_page_size",
}
RESTORE_DEFAULTS = "cipher_default_compatibility = 4"


def _pragma(statement: str) -> None:
    with closing(sqlcipher3.connect(":memory:")) as connection:
        connection.execute(f"PRAGMA {statement}").fetchall()


@pytest.fixture
def downgrade() -> Iterator[Callable[[str], None]]:
    """Lower the process-wide cipher defaults; SQLCipher 4's come back at teardown."""
    yield _pragma
    _pragma(RESTORE_DEFAULTS)


@pytest.fixture
def settings_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    """A patched driver that accepts our cipher PRAGMAs but keeps its own values."""
    monkeypatch.setattr(sqlcipher_connection, "_set_cipher_settings", lambda *_args: None)


def _raw_key(database: Path) -> bytes:
    slot_file = read_slot_file(database)
    slot = slot_file.password_slot(LOGIN)
    assert slot is not None
    return keyslots.open_slot(slot, store_id=slot_file.store_id, secret=normalise_secret(PASSWORD))


def _file_settings(path: Path, raw_key: bytes) -> dict[str, str]:
    """The settings with which `path` really decrypts, read with a plain SQLCipher 4 connection."""
    _pragma(RESTORE_DEFAULTS)
    with closing(sqlcipher3.connect(str(path))) as connection:
        connection.execute(f'PRAGMA key = "{sqlcipher_connection.key_literal(raw_key)}"')
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return sqlcipher_connection.reported_cipher_settings(connection, "main")


def _is_current_format(path: Path, raw_key: bytes) -> bool:
    try:
        settings = _file_settings(path, raw_key)
    except sqlcipher3.DatabaseError:
        return False
    return settings == dict(sqlcipher_connection.CIPHER_SETTINGS)


@pytest.mark.real_stores  # the creation itself must run under the weaker defaults
@pytest.mark.parametrize("weaker", DOWNGRADES)
def test_new_store_is_sqlcipher4_under_weaker_defaults(
    store_factory: Callable[..., NewStore], downgrade: Callable[[str], None], weaker: str
) -> None:
    downgrade(weaker)
    created = store_factory()
    created.store.close()
    database = created.store.database
    assert _is_current_format(database, _raw_key(database))


def test_open_backup_and_rekey_keep_sqlcipher4_under_weaker_defaults(
    closed_store: tuple[Path, str], downgrade: Callable[[str], None]
) -> None:
    database, _ = closed_store
    downgrade("cipher_default_compatibility = 3")
    with open_with_password(database, user=LOGIN, password=PASSWORD) as store:
        copy = store.backup(reason="prima-rotazione")  # safety copies never rotate
        store.rekey()
        copy_after_rekey = store.backup(reason="prima-rotazione")
    raw_key = _raw_key(database)
    assert _is_current_format(database, raw_key)
    assert _is_current_format(copy_after_rekey, raw_key)
    first_key = keyslots.open_slot(
        read_slot_file(copy).password_slot(LOGIN),  # type: ignore[arg-type]
        store_id=read_slot_file(copy).store_id,
        secret=normalise_secret(PASSWORD),
    )
    assert _is_current_format(copy, first_key)


@pytest.mark.real_stores
@pytest.mark.parametrize(("weaker", "setting"), DOWNGRADES.items())
def test_creation_refuses_when_a_weaker_setting_stays(
    tmp_path: Path,
    store_factory: Callable[..., NewStore],
    downgrade: Callable[[str], None],
    settings_ignored: None,
    weaker: str,
    setting: str,
) -> None:
    downgrade(weaker)
    with pytest.raises(CipherSettingsMismatch) as caught:
        store_factory()
    assert caught.value.code == "impostazioni_cifratura_diverse"
    assert caught.value.params["setting"] == setting
    assert dict(sqlcipher_connection.CIPHER_SETTINGS)[setting] in caught.value.message
    assert "Reinstalla" in caught.value.message
    database = tmp_path / "archivio.avdb"
    assert not database.exists() and not slot_file_path(database).exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix != ".lock"]


def test_open_refuses_when_a_weaker_setting_stays_and_touches_nothing(
    closed_store: tuple[Path, str], downgrade: Callable[[str], None], settings_ignored: None
) -> None:
    database, _ = closed_store
    before = sha256_of(database)
    downgrade("cipher_default_hmac_algorithm = HMAC_SHA1")
    with pytest.raises(CipherSettingsMismatch) as caught:
        open_with_password(database, user=LOGIN, password=PASSWORD)
    assert caught.value.params == {
        "setting": "cipher_hmac_algorithm",
        "expected": "HMAC_SHA512",
        "actual": "HMAC_SHA1",
    }
    assert sha256_of(database) == before


def test_backup_refuses_when_the_copy_would_be_weaker(
    store_factory: Callable[..., NewStore],
    downgrade: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Only the attached copy keeps the weaker default: the main store is still fine."""
    store = store_factory().store
    real_set = sqlcipher_connection._set_cipher_settings

    def main_schema_only(connection: sqlcipher3.Connection, schema: str, settings: object) -> None:
        if schema == "main":
            real_set(connection, schema, settings)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlcipher_connection, "_set_cipher_settings", main_schema_only)
    downgrade("cipher_default_use_hmac = OFF")
    with pytest.raises(CipherSettingsMismatch) as caught:
        store.backup()
    assert caught.value.params["setting"] == "cipher_use_hmac"
    folder = store.database.parent / "copie-di-sicurezza"
    assert list(folder.iterdir()) == []
    store.close()


def _plain_sqlite(*args: object, **kwargs: object) -> sqlite3.Connection:
    """What a driver built without the codec hands back: SQLite that ignores `PRAGMA key`."""
    return sqlite3.connect(*args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def no_codec(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlcipher3, "connect", _plain_sqlite)


@pytest.mark.real_stores
def test_missing_codec_refuses_creation_and_leaves_no_file(
    tmp_path: Path, store_factory: Callable[..., NewStore], no_codec: None
) -> None:
    with pytest.raises(CipherUnavailable) as caught:
        store_factory()
    assert caught.value.code == "cifratura_non_disponibile"
    assert not [p for p in tmp_path.iterdir() if p.suffix != ".lock"]


def test_missing_codec_has_its_own_cli_message(
    closed_store: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database, _ = closed_store
    before = sha256_of(database)
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    monkeypatch.setattr(sqlcipher3, "connect", _plain_sqlite)
    code = main(["status", "--store", str(database), "--user", LOGIN, "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1
    assert payload["code"] == "cifratura_non_disponibile"
    assert "Reinstalla l'applicazione" in payload["message"]
    assert "nulla è stato scritto" in payload["message"]
    assert sha256_of(database) == before


def test_missing_codec_has_its_own_gui_message(
    qtbot,  # type: ignore[no-untyped-def]
    closed_store: tuple[Path, str],
    no_codec: None,
) -> None:
    database, _ = closed_store
    window = make_window(database)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.lock_screen.error.isVisible(), timeout=10_000)
    assert "Reinstalla l'applicazione" in window.lock_screen.error.text()
    assert window.workspace is None
