"""`antiviolenza casi invii|invio-aggiungi|invio-stato` end to end on a real store: a referral
sent under her consent, its status moved on, the listing with the history, and refusals (no
consent, out of order, a refusal without reason) that exit 1 and change nothing."""

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
from tests.funds_support import TODAY, new_case
from tests.referral_support import referral_consent
from tests.support import LOGIN, PASSWORD

DAY = f"{TODAY:%d/%m/%Y}"


@pytest.fixture
def store(opened: OpenStore, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    case_id = new_case(opened, 61)
    referral_consent(opened, case_id, "centro_impiego", TODAY)
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=case_id).code
    opened.store.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    return opened.store.database, code


def _casi(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> tuple[int, Any]:
    code = main(["casi", args[0], "--store", str(database), "--user", LOGIN, *args[1:], "--json"])
    return code, json.loads(capsys.readouterr().out)


def _state(database: Path) -> object:
    """The register and the count of «invio.» audit entries (each unlock audits itself)."""
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        with closing(opened.store.raw_connection()) as connection:
            return (
                connection.execute("SELECT * FROM case_referrals").fetchall(),
                connection.execute("SELECT * FROM case_referral_statuses").fetchall(),
                connection.execute(
                    "SELECT count(*) FROM audit_log WHERE action LIKE 'invio.%'"
                ).fetchone(),
            )
    finally:
        opened.store.close()


def test_send_move_on_and_list(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, code = store
    done, sent = _casi(
        capsys, database, "invio-aggiungi", "--caso", code.lower(), "--servizio",
        "centro_impiego", "--data", DAY,
    )  # fmt: skip
    assert done == 0 and sent["codice"] == code
    number = sent["numero"]
    done, moved = _casi(
        capsys, database, "invio-stato", "--caso", code, "--invio", str(number), "--stato",
        "accepted", "--data", DAY,
    )  # fmt: skip
    assert done == 0 and (moved["numero"], moved["stato"]) == (number, "accepted")
    done, listing = _casi(capsys, database, "invii", "--caso", code)
    assert done == 0 and listing["codice"] == code
    (only,) = listing["invii"]
    assert (only["servizio"], only["inviante"], only["stato"]) == (
        "centro_impiego",
        "cav",
        "accepted",
    )
    assert [step["stato"] for step in only["storia"]] == ["accepted"]
    assert only["consenso"] is not None


def test_plain_listing_reads_and_is_recorded(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, code = store
    assert main(["casi", "invii", "--store", str(database), "--user", LOGIN, "--caso", code]) == 0
    assert f"Invii del caso {code}: 0" in capsys.readouterr().out
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        with closing(opened.store.raw_connection()) as connection:
            read = connection.execute(
                "SELECT details FROM audit_log WHERE action = 'lettura.scheda' ORDER BY seq DESC"
            ).fetchone()
    finally:
        opened.store.close()
    assert read is not None and code in read[0]


def test_refusals_exit_1_and_change_nothing(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, code = store
    before = _state(database)
    done, refused = _casi(
        capsys, database, "invio-aggiungi", "--caso", code, "--servizio", "aler", "--data", DAY
    )
    assert done == 1 and refused["code"] == "consenso_non_registrato"
    assert _state(database) == before
    _done, sent = _casi(
        capsys, database, "invio-aggiungi", "--caso", code, "--servizio", "centro_impiego",
        "--data", DAY,
    )  # fmt: skip
    before = _state(database)
    number = str(sent["numero"])
    for extra, key in (
        (("--stato", "closed"), "invio_stato_fuori_ordine"),
        (("--stato", "refused"), "invio_motivo_mancante"),
    ):
        done, refused = _casi(
            capsys, database, "invio-stato", "--caso", code, "--invio", number, "--data", DAY,
            *extra,
        )  # fmt: skip
        assert done == 1 and refused["code"] == key
    assert _state(database) == before
