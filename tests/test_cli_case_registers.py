"""`antiviolenza casi elenco|mostra|storia|valutazioni|progetto|attesa` end to end on a real
store: the GUI's case list with its filters, one case's overview, history, assessments and
project register, the waiting lists; each an audited read like the GUI's, and each refusal
exits 1 and changes nothing."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.case_history_lines import KIND_LABELS, summary
from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.domain.project.revisions import MonitoringUpdate
from antiviolenza_desktop.operations.assessment import save_assessment
from antiviolenza_desktop.operations.case_consents import case_id_of
from antiviolenza_desktop.operations.project import add_monitoring, save_draft
from antiviolenza_desktop.services import case_history as history
from antiviolenza_desktop.services.case_history import HistoryEvent
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from tests.case_cli_support import audit_actions, casi, closed_store, data_state, two_cases
from tests.funds_support import TODAY, assessment_on, work_project
from tests.support import LOGIN, PASSWORD


@pytest.fixture
def store(opened: OpenStore, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, tuple[str, str]]:
    return closed_store(opened, monkeypatch)


def test_the_list_shows_the_gui_columns_and_records_whom_it_showed(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, codes = store
    status, shown = casi(capsys, database, "elenco")
    assert status == 0
    assert {row["codice"] for row in shown["casi"]} == set(codes)
    assert set(shown["casi"][0]) == {
        "codice", "cognome", "nome", "codice_fiscale", "segnalata_il", "cav", "fase", "linee",
    }  # fmt: skip
    [(_action, details)] = audit_actions(database, "lettura.elenco")
    assert sorted(json.loads(details)["codici"]) == sorted(codes)


def test_the_list_filters_as_the_gui_does(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, codes = store
    assert casi(capsys, database, "elenco", "--cerca", codes[1])[1]["casi"][0]["codice"] == codes[1]
    assert len(casi(capsys, database, "elenco", "--cerca", codes[1])[1]["casi"]) == 1
    assert casi(capsys, database, "elenco", "--fase", "concluded")[1]["casi"] == []
    assert len(casi(capsys, database, "elenco", "--fase", "taken_in_charge")[1]["casi"]) == 2
    assert casi(capsys, database, "elenco", "--linea", "housing")[1]["casi"] == []
    assert len(casi(capsys, database, "elenco", "--cav", "aida")[1]["casi"]) == 2
    ordered = casi(capsys, database, "elenco", "--ordina", "code", "--crescente")[1]["casi"]
    assert [row["codice"] for row in ordered] == sorted(codes)
    assert len(casi(capsys, database, "elenco", "--limite", "1")[1]["casi"]) == 1


def test_the_plain_list_is_a_table(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, codes = store
    assert main(["casi", "elenco", "--store", str(database), "--user", LOGIN]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Casi: 2\n")
    assert all(code in text for code in codes) and "presa in carico" in text


def test_an_unknown_cav_is_refused_before_any_read(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, _codes = store
    before = data_state(database)
    status, refused = casi(capsys, database, "elenco", "--cav", "nessuno")
    assert status == 1 and refused["code"] == "cav_sconosciuto_filtro"
    assert refused["field"] == "cav"
    assert data_state(database) == before
    assert audit_actions(database, "lettura.elenco") == []


def test_the_overview_has_each_tab_s_state_and_is_an_audited_opening(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, (with_project, without) = store
    status, shown = casi(capsys, database, "mostra", with_project.lower())
    assert status == 0 and shown["codice"] == with_project
    assert shown["fase"] == "taken_in_charge" and shown["linee"] == ["work"]
    assert shown["valutazioni"] == 1 and shown["ultima_valutazione"] == TODAY.isoformat()
    assert shown["progetto"] == {
        "revisione": 1, "stato": "validated", "validato_il": TODAY.isoformat(), "monitoraggi": 0,
    }  # fmt: skip
    assert shown["prossimo_monitoraggio"] > TODAY.isoformat()
    assert shown["verifica_progetto"] > TODAY.isoformat()
    assert {consent["finalita"] for consent in shown["consensi"]} >= {"care"}
    other = casi(capsys, database, "mostra", without)[1]
    assert other["progetto"] is None and other["prossimo_monitoraggio"] is None
    opened = [json.loads(d)["codice"] for _a, d in audit_actions(database, "lettura.scheda")]
    assert opened == [with_project, without]


def test_the_plain_overview_reads_like_the_case_header(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, (with_project, _without) = store
    assert main(["casi", "mostra", with_project, "--store", str(database), "--user", LOGIN]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"Scheda {with_project} · ")
    assert "Fase: presa in carico" in text
    assert f"Progetto: revisione 1 · validata il {TODAY:%d/%m/%Y}" in text
    assert "Prossimo monitoraggio entro il" in text and "Consensi:" in text


@pytest.mark.parametrize("action", ["mostra", "storia"])
def test_an_unknown_case_is_refused_and_nothing_is_recorded(store, capsys, action) -> None:  # type: ignore[no-untyped-def]
    database, _codes = store
    before = data_state(database)
    status, refused = casi(capsys, database, action, "CRE-1999-0001")
    assert status == 1 and refused["code"] == "scheda_inesistente"
    assert data_state(database) == before
    assert audit_actions(database, "lettura.scheda") == []


def test_the_history_is_the_overview_tab_newest_first(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, (with_project, _without) = store
    status, shown = casi(capsys, database, "storia", with_project)
    assert status == 0 and shown["codice"] == with_project
    kinds = [event["tipo"] for event in shown["eventi"]]
    assert {"referral", "assessment", "project_confirmed", "commitment"} <= set(kinds)
    days = [event["giorno"] for event in shown["eventi"]]
    assert days == sorted(days, reverse=True)
    referral = next(e for e in shown["eventi"] if e["tipo"] == "referral")
    assert referral["chi"] == LOGIN and referral["descrizione"] == "Scheda di segnalazione creata"
    assert len(audit_actions(database, "lettura.scheda")) == 1
    assert main(["casi", "storia", with_project, "--store", str(database), "--user", LOGIN]) == 0
    text = capsys.readouterr().out
    assert f"Storia del caso {with_project}: {len(kinds)} eventi" in text
    assert "Progetto validato" in text and f"({LOGIN})" in text


def test_the_waiting_lists_rank_both_lines_and_record_one_reading(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, codes = store
    status, shown = casi(capsys, database, "attesa")
    assert status == 0 and shown["liste"]["housing"] == []
    work = shown["liste"]["work"]
    assert sorted(row["codice"] for row in work) == sorted(codes)
    assert [row["posizione"] for row in work] == [1, 2]
    assert all(row["nome"] and row["giorni_di_attesa"] >= 0 for row in work)
    [(_action, details)] = audit_actions(database, "lettura.elenco")
    assert json.loads(details)["elenco"] == "lista_attesa"
    assert main(["casi", "attesa", "--store", str(database), "--user", LOGIN]) == 0
    assert "Lista d'attesa, inserimento lavorativo: 2" in capsys.readouterr().out


def test_riservato_shows_what_the_gui_s_privacy_mode_shows(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, _codes = store
    full = casi(capsys, database, "elenco")[1]["casi"]
    masked = casi(capsys, database, "elenco", "--riservato")[1]["casi"]
    for plain, hidden in zip(full, masked, strict=True):
        assert hidden["cognome"] == f"{plain['cognome'][0].upper()}."
        assert hidden["codice_fiscale"] in (None, "•" * 16)
        assert plain["cognome"] not in json.dumps(masked)
    waiting = casi(capsys, database, "attesa", "--riservato")[1]["liste"]["work"]
    assert all(row["nome"].replace(". ", "").endswith(".") for row in waiting)


def test_the_assessments_register_lists_scores_and_changes(opened, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, without = two_cases(opened)
    first = assessment_on(TODAY)
    better = tuple(replace(score, need=1) for score in first.scores)
    save_assessment(opened, case_id_of(opened, code), replace(first, scores=better), today=TODAY)
    opened.store.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    database = opened.store.database
    status, shown = casi(capsys, database, "valutazioni", code)
    assert status == 0 and [a["numero"] for a in shown["valutazioni"]] == [1, 2]
    domain = first.scores[0].domain
    assert shown["valutazioni"][1]["punteggi"][domain] == {"bisogno": 1, "risorse": 2}
    assert set(shown["variazioni"].values()) == {"improved"}
    assert casi(capsys, database, "valutazioni", without)[1]["variazioni"] == {}
    assert len(audit_actions(database, "lettura.scheda")) == 2
    assert main(["casi", "valutazioni", code, "--store", str(database), "--user", LOGIN]) == 0
    text = capsys.readouterr().out
    assert "Valutazione 2 del" in text and ": migliorata" in text


def test_the_project_register_lists_revisions_and_monitoring(opened, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, without = two_cases(opened)
    case_id = case_id_of(opened, code)
    add_monitoring(opened, case_id, MonitoringUpdate(TODAY, "cpi"), today=TODAY)
    save_draft(opened, case_id, work_project(100_000))
    opened.store.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    database = opened.store.database
    status, shown = casi(capsys, database, "progetto", code)
    assert status == 0
    assert [(r["numero"], r["stato"]) for r in shown["revisioni"]] == [
        (1, "validated"),
        (2, "draft"),
    ]
    assert shown["monitoraggi"] == [{"giorno": TODAY.isoformat(), "fonte": "cpi", "interventi": 0}]
    assert casi(capsys, database, "progetto", without)[1]["revisioni"] == []
    assert len(audit_actions(database, "lettura.scheda")) == 2
    assert main(["casi", "progetto", code, "--store", str(database), "--user", LOGIN]) == 0
    text = capsys.readouterr().out
    assert "Revisione 2 · bozza" in text and f"{TODAY:%d/%m/%Y} · Centro per l'Impiego" in text


SAMPLE_PARAMS: dict[str, str | int] = {
    "stage": "reception",
    "revision": 2,
    "form": "scheda_segnalazione",
    "purpose": "care",
    "consent": 3,
    "act": "validazione",
    "signer": "m.rossi",
    "referral": 1,
    "service": "centro_impiego",
    "status": "accepted",
    "ambito": "cremasco",
    "from_code": "CMA-2026-0001",
    "entry": 4,
    "fund": "attive",
    "amount": 12_345,
}


@pytest.mark.parametrize("kind", history.KINDS)
def test_every_kind_of_her_history_has_its_words_in_the_shell(kind: str) -> None:
    event = HistoryEvent(kind, date(2026, 3, 1), None, None, SAMPLE_PARAMS)
    assert kind in KIND_LABELS
    described = summary(event)
    assert described and "?" not in described
