"""`antiviolenza casi da-fare` and `casi soglie-da-fare` end to end on a real store: the same
reading as the GUI's area, mine or everyone's, keyed under --json; a refused threshold exits 1
and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.domain.tasks import kinds
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.support import LOGIN, PASSWORD
from tests.test_tasks import waiting_case


@pytest.fixture
def store(opened: OpenStore, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A closed store with one woman waiting for 13 weeks: (path, her case code)."""
    case_id = waiting_case(opened, weeks_ago=13)
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=case_id).code
    opened.store.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    return opened.store.database, code


def _casi(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> tuple[int, Any]:
    code = main(["casi", args[0], "--store", str(database), "--user", LOGIN, *args[1:], "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_the_list_is_keyed_and_sorted(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, code = store
    status, shown = _casi(capsys, database, "da-fare")
    assert status == 0 and shown["tutti"] is True
    [task] = shown["compiti"]
    assert task["codice_caso"] == code and task["scaduto"] is True
    assert task["code"] == kinds.WAITING_LONG.code and task["params"]["weeks"] == 12
    assert task["per"] == [LOGIN]
    assert _casi(capsys, database, "da-fare", "--tutti")[1]["compiti"] == [task]


def test_the_plain_list_marks_what_is_late(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, code = store
    assert main(["casi", "da-fare", "--store", str(database), "--user", LOGIN]) == 0
    text = capsys.readouterr().out
    assert "Da fare dell'archivio: 1 (scaduti: 1)" in text
    assert f"{code}  SCADUTO entro il" in text


def test_thresholds_are_shown_set_and_a_bad_one_changes_nothing(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, _code = store
    assert _casi(capsys, database, "soglie-da-fare")[1]["waiting_weeks"] == 12
    assert _casi(capsys, database, "soglie-da-fare", "--attesa-settimane", "20")[0] == 0
    assert _casi(capsys, database, "da-fare")[1]["compiti"] == []
    status, refused = _casi(capsys, database, "soglie-da-fare", "--preavviso-giorni", "500")
    assert status == 1 and refused["code"] == "soglia_da_fare_non_valida"
    assert refused["field"] == "horizon_days"
    kept = _casi(capsys, database, "soglie-da-fare")[1]
    assert kept["waiting_weeks"] == 20 and kept["horizon_days"] == 14


def test_the_list_works_beside_the_application_and_a_change_is_refused(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, code = store
    holder = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        status, shown = _casi(capsys, database, "da-fare")
        assert status == 0 and [t["codice_caso"] for t in shown["compiti"]] == [code]
        assert _casi(capsys, database, "soglie-da-fare")[1]["waiting_weeks"] == 12
        status, refused = _casi(capsys, database, "soglie-da-fare", "--attesa-settimane", "20")
        assert (status, refused["code"]) == (1, "archivio_aperto_altrove")
    finally:
        holder.store.close()
    assert _casi(capsys, database, "soglie-da-fare")[1]["waiting_weeks"] == 12
