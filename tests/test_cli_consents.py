"""`antiviolenza casi consensi|consenso-aggiungi|consenso-revoca` end to end on a real store:
the list with states, a consent added, a withdrawal, and refusals that exit 1 and change
nothing."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.consent_support import store_state
from tests.funds_support import TODAY, new_case
from tests.support import LOGIN, PASSWORD

DAY = f"{TODAY:%d/%m/%Y}"


@pytest.fixture
def store(opened: OpenStore, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    case_id = new_case(opened, 61)
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=case_id).code
    opened.store.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    return opened.store.database, code


def _casi(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> tuple[int, Any]:
    code = main(["casi", args[0], "--store", str(database), "--user", LOGIN, *args[1:], "--json"])
    return code, json.loads(capsys.readouterr().out)


def _state(database: Path) -> object:
    """The register and the consent columns (each unlock adds its own audit entries, so the
    audit is checked by action: no «consenso.» entry at all)."""
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        consents, withdrawals, _audit, columns = store_state(opened)
        with closing(opened.store.raw_connection()) as connection:
            written = connection.execute(
                "SELECT count(*) FROM audit_log WHERE action LIKE 'consenso.%'"
            ).fetchone()
        return consents, withdrawals, columns, written
    finally:
        opened.store.close()


def test_list_add_and_withdraw(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, code = store
    done, listing = _casi(capsys, database, "consensi", "--caso", code.lower())
    assert done == 0 and listing["codice"] == code
    assert {c["finalita"] for c in listing["consensi"]} >= {"care"}
    done, added = _casi(
        capsys, database, "consenso-aggiungi", "--caso", code, "--finalita", "referral",
        "--data", DAY, "--modo", "oral_noted", "--servizio", "servizi_sociali",
    )  # fmt: skip
    assert done == 0
    number = added["numero"]
    done, _ = _casi(
        capsys, database, "consenso-revoca", "--caso", code, "--consenso", str(number),
        "--data", DAY,
    )  # fmt: skip
    assert done == 0
    listing = _casi(capsys, database, "consensi", "--caso", code)[1]
    mine = next(c for c in listing["consensi"] if c["numero"] == number)
    assert (mine["servizio"], mine["stato"], mine["revocato_il"]) == (
        "servizi_sociali",
        "withdrawn",
        TODAY.isoformat(),
    )


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ("--finalita", "referral", "--data", DAY, "--modo", "written_form"),
            "consenso_servizio_mancante",
        ),
        (("--finalita", "care", "--data", "31/02/2026", "--modo", "written_form"), None),
        (
            ("--finalita", "care", "--data", "01/01/2999", "--modo", "written_form"),
            "consenso_data_futura",
        ),
    ],
)
def test_refused_consents_change_nothing(store, capsys, args, error) -> None:  # type: ignore[no-untyped-def]
    database, code = store
    before = _state(database)
    done, refused = _casi(capsys, database, "consenso-aggiungi", "--caso", code, *args)
    assert done == 1 and (error is None or refused["code"] == error)
    assert _state(database) == before


def test_a_withdrawal_refused_changes_nothing(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, code = store
    before = _state(database)
    done, refused = _casi(
        capsys, database, "consenso-revoca", "--caso", code, "--consenso", "999", "--data", DAY
    )
    assert done == 1 and refused["code"] == "consenso_non_trovato"
    done, refused = _casi(capsys, database, "consensi", "--caso", "XXX-0000")
    assert done == 1 and refused["code"] == "scheda_inesistente"
    assert _state(database) == before
