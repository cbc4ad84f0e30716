"""The CLI with the new roles: `useradd`/`usermod` with a CAV, the role-fit refusals, and what a
CAV worker and an équipe member are refused, keyed, through the same services as the GUI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.store.keyslot_file import slot_file_path
from tests.store_template import new_store_and_key
from tests.support import OTHER_PASSWORD, PASSWORD


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    database, _recovery_key = new_store_and_key(tmp_path)
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    monkeypatch.setenv("ANTIVIOLENZA_NEW_PASSWORD", OTHER_PASSWORD)
    return database


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def _add(capsys: pytest.CaptureFixture[str], store: Path, login: str, *role: str) -> Any:
    base = ["--store", str(store), "--user", "coord"]
    return _run(capsys, "useradd", *base, "--new-user", login, "--display-name", login, *role)


def test_useradd_checks_the_role_and_the_cav(store: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    slots = slot_file_path(store).read_bytes()
    for role, code in (
        (["--role", "cav"], "cav_utente_mancante"),
        (["--role", "cav", "--cav", "telefono_rosa"], "cav_utente_sconosciuto"),
        (["--role", "operator", "--cav", "aida"], "cav_solo_per_operatrice_cav"),
        (["--role", "provincia"], "ruolo_non_previsto_qui"),
    ):
        assert _add(capsys, store, "nuova", *role)[1]["code"] == code
    assert slot_file_path(store).read_bytes() == slots
    status, payload = _add(capsys, store, "cav.mia", "--role", "cav", "--cav", "mia")
    assert status == 0 and (payload["user"]["role"], payload["user"]["cav"]) == ("cav", "mia")


def test_usermod_moves_a_worker_to_another_cav(store: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _add(capsys, store, "una", "--role", "cav", "--cav", "aida")
    base = ["--store", str(store), "--user", "coord", "--target", "una"]
    status, payload = _run(capsys, "usermod", *base, "--role", "cav", "--cav", "mia")
    assert status == 0 and payload["user"]["cav"] == "mia"
    status, payload = _run(capsys, "usermod", *base, "--role", "cav")
    assert (status, payload["code"]) == (1, "cav_utente_mancante")
    main(["usermod", "--store", str(store), "--user", "coord"])
    assert "una · una · cav (mia) · attiva" in capsys.readouterr().out


def test_a_cav_worker_and_an_equipe_member_are_refused_by_the_cli(  # type: ignore[no-untyped-def]
    store: Path, capsys, monkeypatch, tmp_path: Path
) -> None:
    _add(capsys, store, "una", "--role", "cav", "--cav", "aida")
    _add(capsys, store, "equipe", "--role", "operator")
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", OTHER_PASSWORD)
    target = tmp_path / "tabelle.csv"
    tables = ["--dal", "01/01/2026", "--al", "30/06/2026", "--csv", str(target)]
    for user, command in (
        ("una", ["casi", "istat", *tables]),
        ("una", ["casi", "soglie-da-fare", "--attesa-settimane", "8"]),
        ("una", ["usermod"]),
        ("equipe", ["usermod"]),
        ("equipe", ["casi", "conservazione", "--anni", "12"]),
        ("equipe", ["casi", "da-eliminare"]),
    ):
        status, payload = _run(capsys, *command, "--store", str(store), "--user", user)
        assert (status, payload["code"]) == (1, "permesso_negato"), (user, command)
    assert not target.exists()
