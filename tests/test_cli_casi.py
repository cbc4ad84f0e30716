"""`antiviolenza casi` end to end: retention, the list of cases due, erasure with its typed
confirmation and the purge of older copies; refusals exit 1 and change nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.backup import default_backup_dir
from tests.erasure_support import case_tables, marked_case, plain_case
from tests.support import LOGIN, PASSWORD


@pytest.fixture
def store(opened: OpenStore, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str, str]:
    """A closed store with a woman closed 6 years ago and the marked one: (path, codes)."""
    old = plain_case(opened, 51, closed_years_ago=6)
    marked, _cf = marked_case(opened, with_project=False)
    with UnitOfWork(opened.store, opened.actor) as uow:
        codes = [load_case(uow, case_id=i).code for i in (old, marked)]
    opened.store.backup(reason="manuale")
    opened.store.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    return opened.store.database, codes[0], codes[1]


def _tables(database: Path) -> dict[str, list[Any]]:
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        return case_tables(opened.store)
    finally:
        opened.store.close()


def _casi(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["casi", args[0], "--store", str(database), "--user", LOGIN, *args[1:], "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_retention_is_shown_set_and_checked(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, _old, _marked = store
    assert _casi(capsys, database, "conservazione") == (0, {"ok": True, "anni": 5})
    assert _casi(capsys, database, "conservazione", "--anni", "8")[1]["anni"] == 8
    code, refused = _casi(capsys, database, "conservazione", "--anni", "0")
    assert code == 1 and refused["field"] == "years"
    assert _casi(capsys, database, "conservazione")[1]["anni"] == 8


def test_due_cases_then_erasure_then_the_purge_of_copies(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, old, _marked = store
    code, due = _casi(capsys, database, "da-eliminare")
    assert code == 0 and [c["codice"] for c in due["casi"]] == [old]
    code, erased = _casi(capsys, database, "elimina", "--caso", old, "--conferma", old)
    assert code == 0 and erased["motivo"] == "scadenza" and erased["copie_da_ripulire"] == 1
    assert _casi(capsys, database, "da-eliminare")[1]["casi"] == []
    code, purged = _casi(capsys, database, "ripulisci-copie")
    assert code == 0 and len(purged["eliminate"]) <= 1
    remaining = sorted(default_backup_dir(database).glob("*.avdb"))
    assert [str(p) for p in remaining] == [purged["nuova_copia"]]


def _backup_to(capsys: pytest.CaptureFixture[str], database: Path, folder: Path) -> Path:
    args = ["backup", "--store", str(database), "--user", LOGIN, "--to", str(folder), "--json"]
    assert main(args) == 0
    return Path(json.loads(capsys.readouterr().out)["backup"])


def test_the_purge_names_the_copies_made_on_other_media(store, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    database, old, _marked = store
    stick = tmp_path / "chiavetta" / "copie"
    before = _backup_to(capsys, database, stick)
    own_folder = _backup_to(capsys, database, default_backup_dir(database))
    assert _casi(capsys, database, "elimina", "--caso", old, "--conferma", old)[0] == 0
    after = _backup_to(capsys, database, stick)
    code, purged = _casi(capsys, database, "ripulisci-copie")
    assert code == 0 and purged["da_cancellare_a_mano"] == [str(before)]
    assert not own_folder.exists()  # the store's own folder is purged, not listed
    args = ["casi", "ripulisci-copie", "--store", str(database), "--user", LOGIN]
    assert main(args) == 0
    said = capsys.readouterr().out
    assert f"da cancellare a mano: {stick / before.name}" in said
    assert str(after) not in said  # (a fresh copy of the same second may share its name)


def test_refused_erasures_change_nothing(store, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    database, old, marked = store
    before = _tables(database)
    refusals = (
        ("--caso", marked, "--conferma", marked),
        ("--caso", old, "--conferma", marked),
        ("--caso", "CRE-1999-9999", "--conferma", "CRE-1999-9999"),
    )
    for args in refusals:
        code, refused = _casi(capsys, database, "elimina", *args)
        assert code == 1 and refused["ok"] is False, args
    assert _tables(database) == before
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, refused = _casi(capsys, database, "elimina", "--caso", old)
    assert (code, refused["code"]) == (1, "conferma_codice_errata")
    assert _tables(database) == before
    code, refused = _casi(capsys, database, "ripulisci-copie")
    assert (code, refused["code"]) == (1, "nessuna_cancellazione")


def test_restoring_a_copy_from_before_the_erasure_says_it_erased_her_again(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, _old, marked = store
    (copy,) = default_backup_dir(database).glob("*.avdb")
    erase = ("elimina", "--caso", marked, "--conferma", marked, "--motivo", "richiesta")
    assert _casi(capsys, database, *erase)[0] == 0
    code = main(
        ["restore", str(copy), "--store", str(database), "--user", LOGIN, "--replace", "--json"]
    )
    restored = json.loads(capsys.readouterr().out)
    assert code == 0 and restored["erasures_reapplied"] == 1
    (row,) = [r for r in _tables(database)["cases"] if marked in r]
    assert "Zqxmarker" not in repr(row)
