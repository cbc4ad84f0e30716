"""`antiviolenza casi aggiungi --file` end to end on a real store: the documented example is
recorded as the GUI's form records it (same rules, same audit entry); every refusal (the
file's encoding and shape, an unknown field, a value of the wrong kind, the form's own rules,
a possible duplicate) exits 1, names each problem with its field and code, and writes
nothing."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.domain.case.intake import CaseDraft
from antiviolenza_desktop.domain.case.intake_file import draft_from_file, empty_template
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from tests.case_cli_support import audit_actions, casi, closed_store, data_state
from tests.support import LOGIN

EXAMPLE = Path(__file__).parents[1] / "docs" / "examples" / "scheda-esempio.json"


@pytest.fixture
def store(opened: OpenStore, monkeypatch: pytest.MonkeyPatch) -> Path:
    return closed_store(opened, monkeypatch)[0]


def _add(capsys, database: Path, raw: bytes, tmp_path: Path, *extra: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "scheda.json"
    path.write_bytes(raw)
    return casi(capsys, database, "aggiungi", "--file", str(path), *extra)


def _example() -> dict[str, object]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_the_template_is_the_empty_form(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as done:
        main(["casi", "aggiungi", "--modello"])
    assert done.value.code == 0
    printed = capsys.readouterr().out
    assert printed == empty_template()
    assert draft_from_file(printed.encode()) == CaseDraft()
    assert set(json.loads(printed)) == set(_example())


def test_the_template_is_written_to_a_new_file_in_utf8(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "scheda.json"
    with pytest.raises(SystemExit) as done:
        main(["casi", "aggiungi", "--modello", str(path)])
    assert done.value.code == 0
    assert path.read_bytes() == empty_template().encode("utf-8")
    with pytest.raises(SystemExit) as refused:
        main(["casi", "aggiungi", "--modello", str(path)])
    assert refused.value.code == 2 and "esiste già" in capsys.readouterr().err
    assert path.read_bytes() == empty_template().encode("utf-8")


def test_the_example_is_recorded_like_the_gui_form(store, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    status, saved = _add(capsys, store, EXAMPLE.read_bytes(), tmp_path)
    assert status == 0 and saved["avvisi"] == []
    shown = casi(capsys, store, "mostra", saved["codice"])[1]
    assert (shown["cognome"], shown["fase"]) == ("Prova", "taken_in_charge")
    assert shown["linee"] == ["work"]
    assert shown["date_del_percorso"]["contact"] == "2026-11-28"
    assert [c["finalita"] for c in shown["consensi"]] == ["care"]
    created = audit_actions(store, "caso.creato")
    assert len(created) == 3  # the two of the fixture, and this one


def test_a_bom_is_dropped(store, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    status, saved = _add(capsys, store, codecs.BOM_UTF8 + EXAMPLE.read_bytes(), tmp_path)
    assert status == 0 and saved["codice"]


def _refused(store, capsys, tmp_path, raw: bytes, *extra: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    before = data_state(store)
    status, refused = _add(capsys, store, raw, tmp_path, *extra)
    assert status == 1 and refused["ok"] is False
    assert data_state(store) == before
    return refused


def _codes(refused: dict[str, object]) -> list[tuple[object, object]]:
    return [(p["campo"], p["codice"]) for p in refused["problemi"]]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("Scheda di Prova".encode("utf-16"), "file_scheda_non_utf8"),
        (json.dumps({"last_name": "Perù"}).encode("cp1252").replace(b"\\u00f9", b"\xf9"),
         "file_scheda_non_utf8"),
        (b'{"first_name": "Esempia",', "file_scheda_malformato"),
        (b"[1, 2]", "file_scheda_non_oggetto"),
        (b'{"first_name": "A", "first_name": "B"}', "campo_ripetuto"),
        (b" " * (300 * 1024), "file_scheda_troppo_grande"),
        (b'{"children": [{"age": ' + b"9" * 5000 + b"}]}", "file_scheda_non_una_scheda"),
        (b"[" * 100_000, "file_scheda_non_una_scheda"),
    ],
)  # fmt: skip
def test_a_file_not_one_json_object_in_utf8_is_refused(store, capsys, tmp_path, raw, code) -> None:  # type: ignore[no-untyped-def]
    refused = _refused(store, capsys, tmp_path, raw)
    assert refused["code"] == "file_scheda_rifiutato"
    assert [c for _f, c in _codes(refused)] == [code]


def test_unknown_fields_and_wrong_values_are_each_named(store, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = _example() | {
        "nome": "Esempia",
        "referral_date": "2026-12-01",
        "safe_to_call": "sì",
        "lines_requested": "work",
        "children": [{"age": "sette", "minor": True}, {"eta": 3}],
        "statutory": {"services": [{"kind": "listening", "day": "ieri"}]},
    }
    refused = _refused(store, capsys, tmp_path, json.dumps(data).encode())
    assert _codes(refused) == [
        ("referral_date", "data_non_valida"),
        ("safe_to_call", "campo_non_vero_falso"),
        ("children[0].age", "campo_non_numero"),
        ("children[1].eta", "campo_sconosciuto"),
        ("lines_requested", "campo_non_elenco"),
        ("statutory.services[0].day", "data_non_valida"),
        ("nome", "campo_sconosciuto"),
    ]
    assert "Esempia" not in json.dumps(refused)


def test_the_form_s_own_rules_refuse_with_every_issue(store, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = _example() | {"consent_date": None, "lines_requested": [], "referring_cav": "nessuno"}
    refused = _refused(store, capsys, tmp_path, json.dumps(data).encode())
    assert refused["code"] == "scheda_con_errori"
    assert set(_codes(refused)) >= {
        ("consent_date", "consenso_mancante"),
        ("lines_requested", "linee_mancanti"),
        ("referring_cav", "cav_sconosciuto"),
    }


def test_a_possible_duplicate_is_refused_until_confirmed(store, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = _add(capsys, store, EXAMPLE.read_bytes(), tmp_path)[1]["codice"]
    refused = _refused(store, capsys, tmp_path, EXAMPLE.read_bytes())
    assert refused["code"] == "possibile_doppione"
    assert refused["casi"] == [
        {"codice": first, "motivo": "same_name_birth_date", "confermabile": True}
    ]
    again = _refused(store, capsys, tmp_path, EXAMPLE.read_bytes(), "--non-doppione", "XXX-0")
    assert again["code"] == "scheda_inesistente"
    status, saved = _add(capsys, store, EXAMPLE.read_bytes(), tmp_path, "--non-doppione", first)
    assert status == 0 and saved["codice"] != first
    [(_action, details)] = audit_actions(store, "caso.creato")[-1:]
    assert json.loads(details) == {"duplicati_confermati": 1}


def test_a_missing_file_is_refused_with_its_name(store, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = data_state(store)
    status, refused = casi(capsys, store, "aggiungi", "--file", str(tmp_path / "manca.json"))
    assert status == 1 and refused["code"] == "file_scheda_illeggibile"
    assert data_state(store) == before


def test_the_plain_refusal_lists_field_message_and_code(store, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "scheda.json"
    path.write_text('{"nome": 1}', encoding="utf-8")
    args = ["casi", "aggiungi", "--file", str(path), "--store", str(store), "--user", LOGIN]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("Errore: Il file della scheda non si può usare (1 problemi")
    assert "  nome: Campo sconosciuto «nome»" in err and "[campo_sconosciuto]" in err


def test_warnings_do_not_stop_the_save_and_are_listed(store, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = _example() | {"codice_fiscale": "PRVSMP88C54D150A"}
    status, saved = _add(capsys, store, json.dumps(data).encode(), tmp_path)
    assert status == 0
    assert [(w["campo"], w["gravita"], w["codice"]) for w in saved["avvisi"]] == [
        ("codice_fiscale", "warning", "cf_carattere_di_controllo")
    ]
    assert casi(capsys, store, "mostra", saved["codice"])[1]["codice"] == saved["codice"]


def test_a_broken_file_asks_no_password(store, capsys, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ANTIVIOLENZA_PASSWORD")
    status, refused = _add(capsys, store, b"{", tmp_path)
    assert status == 1 and refused["code"] == "file_scheda_rifiutato"  # no password asked
