"""`antiviolenza copie`: list without a password, delete as a coordinator (issue 12)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from tests.copies_support import aged_copies
from tests.support import LOGIN, PASSWORD


@pytest.fixture
def with_copies(opened: OpenStore, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[Path]]:
    yesterday = datetime.now() - timedelta(days=1)
    made = aged_copies(opened, [(yesterday, "prima-aggiornamento")])
    database = opened.store.database
    opened.store.close()
    monkeypatch.delenv("ANTIVIOLENZA_PASSWORD", raising=False)
    return database, made


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_list_needs_no_password(with_copies, capsys) -> None:  # type: ignore[no-untyped-def]
    database, made = with_copies
    code, payload = _run(capsys, "copie", "elenca", "--store", str(database))
    assert code == 0
    rows = payload["copies"]
    assert [row["kind"] for row in rows] == ["ordinaria", "prima-aggiornamento"]
    assert rows[0]["expires_on"] is None and rows[1]["file"] == made[0].name
    assert rows[1]["expires_on"].startswith(str((datetime.now() + timedelta(days=89)).date()))


def test_delete_needs_the_user_then_deletes(with_copies, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    database, made = with_copies
    code, payload = _run(capsys, "copie", "elimina", made[0].name, "--store", str(database))
    assert code == 1 and payload["field"] == "user" and made[0].exists()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    args = ("copie", "elimina", made[0].name, "--store", str(database), "--user", LOGIN)
    code, payload = _run(capsys, *args)
    assert code == 0 and payload["deleted"] == [made[0].name]
    assert not made[0].exists() and not made[0].with_name(made[0].name + ".keys").exists()


def test_the_newest_copy_is_refused(with_copies, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    database, _ = with_copies
    newest = _run(capsys, "copie", "elenca", "--store", str(database))[1]["copies"][0]["file"]
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    args = ("copie", "elimina", newest, "--store", str(database), "--user", LOGIN)
    code, payload = _run(capsys, *args)
    assert code == 1 and payload["code"] == "copia_piu_recente"
    assert (database.parent / "copie-di-sicurezza" / newest).exists()
