"""`antiviolenza fondi rete`, `rete-aggiungi`, `rete-uscita` end to end on a real store: the
card's target bodies are accepted and listed in the help, the growth over the card's month is
printed, and refusals (an unknown kind, a leaving before the joining) leave the store as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.domain.funds.network_training import KIND_CODES
from antiviolenza_desktop.services import network_members
from antiviolenza_desktop.services.store_lifecycle import unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.financial_report_support import open_new_store
from tests.support import LOGIN, PASSWORD


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    opened = open_new_store(tmp_path)
    path = opened.store.database
    opened.store.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    return Path(path)


def _fondi(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["fondi", args[0], "--store", str(database), "--user", LOGIN, *args[1:], "--json"])
    return code, json.loads(capsys.readouterr().out)


def _rows(database: Path) -> tuple:  # type: ignore[type-arg]
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            return tuple(network_members.network_register(uow))
    finally:
        opened.store.close()


def _add(capsys, database: Path, name: str, kind: str, day: str) -> tuple[int, dict]:  # type: ignore[no-untyped-def, type-arg]
    return _fondi(
        capsys, database, "rete-aggiungi", "--organizzazione", name, "--tipo", kind,
        "--adesione", day,
    )  # fmt: skip


def test_target_bodies_join_and_the_growth_is_printed(database: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, payload = _fondi(capsys, database, "rete")
    assert code == 0 and payload["crescita_percento"] is None and payload["mese_base"] == "2018-01"
    assert payload["crescita"]["code"] == "rete_crescita_non_calcolabile"
    assert _add(capsys, database, "ATS Prova", "ats_asst", "18/01/2016")[0] == 0
    code, payload = _add(capsys, database, "Servimpresa", "servimpresa", "16/04/2018")
    assert (code, payload["tipo"]) == (0, "servimpresa")
    code, payload = _fondi(capsys, database, "rete")
    assert code == 0
    assert (payload["base"], payload["crescita_percento"], payload["obiettivo_percento"]) == (
        1,
        100,
        10,
    )
    assert payload["per_tipo"] == {**dict.fromkeys(KIND_CODES, 0), "ats_asst": 1, "servimpresa": 1}
    assert payload["crescita"]["code"] == "rete_obiettivo_raggiunto"
    assert payload["crescita"]["params"]["needed"] == 2
    main(["fondi", "rete", "--store", str(database), "--user", LOGIN])
    text = capsys.readouterr().out
    assert "Servimpresa · Servimpresa · dal 16/04/2018" in text
    assert "a fine 01/2018 erano 1, crescita 100 %" in text


def test_a_member_leaves_and_a_leaving_before_joining_is_refused(database: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _code, added = _add(capsys, database, "Aler Prova", "aler", "12/11/2018")
    before = _rows(database)
    code, payload = _fondi(capsys, database, "rete-uscita", "--riga", str(added["riga"]),
                           "--data", "01/01/2018")  # fmt: skip
    assert (code, payload["code"]) == (1, "uscita_prima_dell_adesione")
    assert _rows(database) == before
    code, payload = _fondi(capsys, database, "rete-uscita", "--riga", str(added["riga"]),
                           "--data", "28/02/2019")  # fmt: skip
    assert (code, payload["uscita"]) == (0, "2019-02-28")
    assert _fondi(capsys, database, "rete")[1]["membri"] == []


def test_an_unknown_kind_is_refused_naming_the_known_ones(database: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, payload = _add(capsys, database, "Parrocchia Prova", "parrocchia", "01/03/2019")
    assert (code, payload["code"], payload["field"]) == (1, "tipo_ente_sconosciuto", "kind")
    assert "camera_commercio" in payload["message"] and "aler" in payload["message"]
    assert _rows(database) == ()


def test_the_help_lists_every_kind(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["fondi", "rete-aggiungi", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert all(code in text for code in KIND_CODES)
    assert "operatore_accreditato (Operatore accreditato lavoro e formazione)" in text
