"""`antiviolenza usermod`: the CLI calls the same user rules as Archivio › Utenti…."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.store.keyslot_file import slot_file_path
from tests.store_template import new_store_and_key
from tests.support import OTHER_PASSWORD, PASSWORD


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    database, recovery_key = new_store_and_key(tmp_path)
    (tmp_path / "chiave.txt").write_text(recovery_key, encoding="utf-8")
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    monkeypatch.setenv("ANTIVIOLENZA_NEW_PASSWORD", OTHER_PASSWORD)
    return database


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_role_disable_enable_and_refusals(store: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["--store", str(store), "--user", "coord"]
    add = ["--new-user", "op.una", "--display-name", "Operatrice Una"]
    assert _run(capsys, "useradd", *base, *add)[0] == 0
    slots_before = slot_file_path(store).read_bytes()
    code, payload = _run(capsys, "usermod", *base, "--target", "coord", "--disable")
    assert (code, payload["code"]) == (1, "ultima_coordinatrice")
    code, payload = _run(capsys, "usermod", *base, "--target", "coord", "--role", "operator")
    assert (code, payload["code"]) == (1, "ultima_coordinatrice")
    assert slot_file_path(store).read_bytes() == slots_before
    code, payload = _run(capsys, "usermod", *base, "--target", "op.una", "--role", "coordinator")
    assert code == 0 and payload["user"]["role"] == "coordinator"
    code, payload = _run(capsys, "usermod", *base, "--target", "coord", "--disable")
    assert (code, payload["code"]) == (1, "utente_proprio")
    code, payload = _run(capsys, "usermod", *base, "--target", "op.una", "--disable")
    assert code == 0 and payload["user"]["active"] is False
    code, payload = _run(capsys, "usermod", *base)
    assert [(u["login"], u["active"]) for u in payload["users"]] == [
        ("coord", True),
        ("op.una", False),
    ]
    code, payload = _run(capsys, "status", "--store", str(store), "--user", "op.una")
    assert (code, payload["code"]) == (1, "utente_sconosciuto")
    slots_before = slot_file_path(store).read_bytes()
    code, payload = _run(capsys, "usermod", *base, "--target", "op.una", "--enable")
    assert code == 1 and slot_file_path(store).read_bytes() == slots_before  # no recovery key
    key_file = str(store.parent / "chiave.txt")
    enable = ["--target", "op.una", "--enable", "--recovery-key-file", key_file]
    assert _run(capsys, "usermod", *base, *enable)[0] == 0
    code, payload = _run(capsys, "status", "--store", str(store), "--user", "op.una")
    assert code == 1 and payload["code"] == "password_errata"  # PASSWORD is not hers


def test_an_operator_cannot_list_users(store: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    base = ["--store", str(store)]
    add = ["--new-user", "op.una", "--display-name", "Operatrice Una"]
    assert _run(capsys, "useradd", *base, "--user", "coord", *add)[0] == 0
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", OTHER_PASSWORD)
    code, payload = _run(capsys, "usermod", *base, "--user", "op.una")
    assert (code, payload["code"]) == (1, "permesso_negato")
