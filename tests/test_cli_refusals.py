"""Refusals found in review: each gives an Italian message and exit 1, never a traceback,
never a lost recovery key, never a store half-replaced."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.services import maintenance
from tests.store_template import new_store
from tests.support import PASSWORD, sha256_of


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    database = new_store(tmp_path)
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    return database


def _init_args(target: Path, sheet: Path) -> list[str]:
    return [
        "init", "--store", str(target), "--name", "Nuovo", "--ambito", "cremasco",
        "--user", "coord", "--display-name", "Coordinatrice Prova",
        "--recovery-sheet", str(sheet),
    ]  # fmt: skip


def test_init_with_an_impossible_sheet_path_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTIVIOLENZA_NEW_PASSWORD", PASSWORD)
    target = tmp_path / "nuovo" / "a.avdb"
    code, payload = _run(capsys, *_init_args(target, tmp_path / "manca" / "foglio.pdf"))
    assert code == 1 and payload["code"] == "foglio_cartella_mancante"
    assert not target.exists()
    existing = tmp_path / "foglio.pdf"
    existing.write_bytes(b"un altro foglio")
    code, payload = _run(capsys, *_init_args(target, existing))
    assert code == 1 and payload["code"] == "foglio_esistente"
    assert not target.exists() and existing.read_bytes() == b"un altro foglio"


def test_init_shows_the_key_even_when_the_sheet_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTIVIOLENZA_NEW_PASSWORD", PASSWORD)

    def refuse(*_args: object, **_kwargs: object) -> None:
        from antiviolenza_desktop.reports.recovery_sheet import RecoverySheetExists

        raise RecoverySheetExists(name="foglio.pdf")

    monkeypatch.setattr("antiviolenza_desktop.cli.commands.init.write_recovery_sheet", refuse)
    target = tmp_path / "a.avdb"
    code, payload = _run(capsys, *_init_args(target, tmp_path / "foglio.pdf"))
    assert code == 1
    assert payload["recovery_key"] and payload["recovery_sheet_error"]
    assert target.exists()
    monkeypatch.setenv("ANTIVIOLENZA_RECOVERY_KEY", payload["recovery_key"])
    monkeypatch.setenv("ANTIVIOLENZA_NEW_PASSWORD", "lanterna-gelso-ruscello-mirtillo")
    code, _ = _run(capsys, "recover", "--store", str(target), "--user", "coord")
    assert code == 0


@pytest.mark.parametrize(
    "password",
    [
        "".join(hashlib.sha256(str(i).encode()).hexdigest() for i in range(n))[:size]
        for n, size in ((2, 80), (4, 256))
    ],
)
def test_long_passwords_are_scored_not_crashed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    password: str,
) -> None:  # fmt: skip
    monkeypatch.setenv("ANTIVIOLENZA_NEW_PASSWORD", password)
    target = tmp_path / "a.avdb"
    code, payload = _run(
        capsys, "init", "--store", str(target), "--name", "N", "--ambito", "cremonese",
        "--user", "coord", "--display-name", "Coordinatrice Prova",
    )  # fmt: skip
    assert code == 0, payload


def test_password_file_not_in_utf8_is_refused_without_echo(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "pw.txt"
    secret.write_bytes("segr\xe8to-della-coordinatrice".encode("latin-1"))
    code, payload = _run(
        capsys, "status", "--store", str(store), "--user", "coord",
        "--password-file", str(secret),
    )  # fmt: skip
    assert code == 1 and "UTF-8" in payload["message"]
    assert "segr" not in payload["message"]


def test_unexpected_errors_print_no_details(
    store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(_opened: object) -> None:
        raise RuntimeError("ROSSI MARIA RSSMRA80A41D150X")

    monkeypatch.setattr("antiviolenza_desktop.cli.commands.status.status", explode)
    code, payload = _run(capsys, "status", "--store", str(store), "--user", "coord")
    assert code == 1 and payload["code"] == "errore_imprevisto"
    assert "RSSMRA" not in json.dumps(payload) and "RuntimeError" in payload["message"]


def test_backup_to_a_file_is_a_clear_refusal(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "nota.txt"
    not_a_folder.write_text("x")
    code, payload = _run(
        capsys, "backup", "--store", str(store), "--user", "coord", "--to", str(not_a_folder)
    )
    assert code == 1 and payload["code"] == "non_una_cartella"


def test_failed_restore_puts_the_old_store_back(
    store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, payload = _run(capsys, "backup", "--store", str(store), "--user", "coord")
    copy = payload["backup"]
    before = sha256_of(store)

    def fail(_staged: Path, _target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(maintenance, "_put_in_place", fail)
    with pytest.raises(OSError, match="No space"):
        maintenance.restore(
            Path(copy), login="coord", password=PASSWORD, target=store, replace=True
        )
    assert sha256_of(store) == before
    assert (store.parent / "archivio.avdb.keys").exists()
    assert not list(store.parent.glob(".ripristino-*"))
    code, _ = _run(capsys, "verify", "--store", str(store), "--user", "coord")
    assert code == 0


def test_restore_never_writes_beside_the_backup(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, payload = _run(capsys, "backup", "--store", str(store), "--user", "coord",
                         "--to", str(tmp_path / "chiavetta"))  # fmt: skip
    backup_folder = Path(payload["backup"]).parent
    before = sorted(os.listdir(backup_folder))
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", "sbagliata-sbagliata")
    code, payload = _run(capsys, "restore", str(Path(payload["backup"])),
                         "--store", str(tmp_path / "nuovo.avdb"), "--user", "coord")  # fmt: skip
    assert code == 1 and payload["code"] == "password_errata"
    assert sorted(os.listdir(backup_folder)) == before


@pytest.mark.parametrize(
    ("leftover", "code"),
    [("archivio.avdb.keys", "creazione_interrotta"), ("archivio.avdb-wal", "archivio_esistente")],
)
def test_init_never_creates_over_leftovers(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    leftover: str,
    code: str,
) -> None:
    monkeypatch.setenv("ANTIVIOLENZA_NEW_PASSWORD", PASSWORD)
    (tmp_path / leftover).write_bytes(b"resto di un crash")
    target = tmp_path / "archivio.avdb"
    code_out, payload = _run(
        capsys, "init", "--store", str(target), "--name", "N", "--ambito", "cremonese",
        "--user", "coord", "--display-name", "Coordinatrice Prova",
    )  # fmt: skip
    assert code_out == 1 and payload["code"] == code
    assert not target.exists()
    assert (tmp_path / leftover).read_bytes() == b"resto di un crash"


def test_rekey_refuses_a_sheet_without_a_new_key_and_changes_nothing(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha256_of(store)
    sheet = tmp_path / "foglio.pdf"
    args = ("rekey", "--store", str(store), "--user", "coord", "--recovery-sheet", str(sheet))
    code, payload = _run(capsys, *args)
    assert (code, payload["code"]) == (1, "foglio_senza_nuova_chiave")
    assert sha256_of(store) == before and not sheet.exists()
