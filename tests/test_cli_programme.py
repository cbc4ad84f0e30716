"""`antiviolenza programme validate|show`, run in-process through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.commands.programme import month_ranges
from antiviolenza_desktop.cli.main import main

CREMONA = Path(__file__).resolve().parents[1] / "resources/programmes/cremona-dgr6947-2017.toml"


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    """The Cremona file with one line changed; `old` must occur exactly once."""
    text = CREMONA.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "rotto.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_validate_cremona_lists_the_card_warnings_and_exits_0(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["programme", "validate", str(CREMONA)]) == 0
    out = capsys.readouterr().out
    assert "Errori: nessuno." in out
    assert "Avvisi (4):" in out
    assert "  1. linee[1].azioni[3.1].totale\n" in out
    assert "     atteso: € 1.315,75; trovato: € 0,00\n" in out
    assert "  2. linee[1].azioni[3.3].mesi\n" in out
    assert "     atteso: mesi da 1 a 18; trovato: 19\n" in out
    assert (
        "     atteso: d.g.r. n. 6947 del 24/07/2017; trovato: d.g.r. n. 6497 del 27/04/2017\n"
    ) in out
    assert "fondi[housing_autonomy].destinatari.casalasco" in out
    assert out.rstrip().endswith("Esito: programma valido (avvisi da conoscere: 4).")


def test_validate_a_broken_file_lists_errors_first_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = broken_copy(tmp_path, 'importo_a = "659.73"', 'importo_a = "600.00"')
    assert main(["programme", "validate", str(path)]) == 1
    out = capsys.readouterr().out
    errors, warnings = out.split("Avvisi (5):")
    assert "Errori (2):" in errors
    assert "  1. linee[1].totale_a\n" in errors
    assert "     atteso: € 44.600,00; trovato: € 44.659,73\n" in errors
    assert "  2. linee[1].totale\n" in errors
    assert "linee[1].azioni[3.4].totale" in warnings
    assert "Esito: programma NON valido (errori: 2), va corretto." in warnings


def test_validate_json_reports_not_ok_with_every_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = broken_copy(tmp_path, 'azione = "4.3"', 'azione = "4.9"')
    assert main(["programme", "validate", str(path), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] is False
    assert payload["valido"] is False
    assert payload["errori"] == [
        {
            "gravita": "errore",
            "posizione": "fondi[housing_autonomy].azione",
            "messaggio": "Riferimento all'azione «4.9», che non esiste nel programma.",
            "codice": "programma_azione_inesistente",
            "atteso": "uno tra: 3.0, 3.1, 3.2-attive, 3.2-passive, 3.3, 3.4, "
            "4.0, 4.1, 4.2, 4.3, 4.4",
            "trovato": "4.9",
        }
    ]
    assert len(payload["avvisi"]) == 4


def test_validate_a_missing_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nessuno.toml"
    assert main(["programme", "validate", str(missing)]) == 1
    assert capsys.readouterr().err == f"Errore: File del programma non trovato: {missing}.\n"


def test_validate_a_toml_syntax_error_names_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = broken_copy(tmp_path, "durata_mesi = 18", "durata_mesi = = 18")
    assert main(["programme", "validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Errore: Il file del programma {path} non è un TOML valido (riga 23,")


def test_show_prints_the_programme_with_italian_money(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["programme", "show"]) == 0
    out = capsys.readouterr().out
    assert "Risorse: A € 79.866,48 · B € 7.986,64 · totale € 87.853,12" in out
    assert "Linea 1 – Inserimento lavorativo (azione regionale n. 3)" in out
    assert (
        "A € 0,00 · B € 1.315,75 · totale stampato € 0,00 (A + B = € 1.315,75) · mesi 3–10"
    ) in out
    assert "mesi 18–19" in out
    assert (
        "dotazione € 30.000,00 · massimale per donna € 3.000,00 · "
        "gestore: Provincia di Cremona – Settore Lavoro e Formazione"
    ) in out
    assert "dotazione € 35.206,75 · massimale per donna configurabile" in out
    assert "Casalasco (casalasco): capofila Comune di Casalmaggiore" in out
    assert "  Donne contro la violenza (Crema)" in out
    assert "  Linea 2: almeno 6 donne" in out
    assert "Ampliare la Rete territoriale antiviolenza entro la fine del progetto: 10%" in out
    assert "Avvisi sulla scheda (4):" in out


@pytest.mark.parametrize(
    "argv",
    [["programme", "show", "--json"], ["programme", "--json", "show"]],
)
def test_show_json_carries_the_programme_as_data(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] is True
    programme = payload["programma"]
    assert programme["id"] == "cremona-dgr6947-2017"
    assert (programme["totale_a"], programme["totale_b"], programme["totale"]) == (
        "79866.48",
        "7986.64",
        "87853.12",
    )
    work = programme["linee"][0]
    assessment = work["azioni"][1]
    assert (assessment["codice"], assessment["importo_b"], assessment["totale"]) == (
        "3.1",
        "1315.75",
        "0.00",
    )
    assert work["azioni"][4]["mesi"] == [18, 19]
    caps = {fund["codice"]: fund["massimale_per_donna"] for fund in programme["fondi"]}
    assert caps == {
        "active_policies": "3000.00",
        "passive_policies": "1400.00",
        "housing_autonomy": None,
    }
    assert [a["capofila"] for a in programme["ambiti"]] == [
        "Comune di Cremona",
        "Comune di Crema",
        "Comune di Casalmaggiore",
    ]
    assert [w["posizione"] for w in payload["avvisi"]] == [
        "linee[1].azioni[3.1].totale",
        "linee[1].azioni[3.3].mesi",
        "riferimenti_normativi[#3]",
        "fondi[housing_autonomy].destinatari.casalasco",
    ]


def test_show_refuses_a_file_with_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = broken_copy(tmp_path, 'totale_b = "7986.64"', 'totale_b = "7986.00"')
    assert main(["programme", "show", "--file", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"Errore: Il programma «{path}» non è valido (errori: 1). Il primo, in "
        "programma.totale_b: Il totale del programma (€ 7.986,00) non è la somma dei "
        "totali B delle linee (€ 7.986,64).\n"
    )


def test_show_json_refusal_carries_the_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = broken_copy(tmp_path, "donne_minimo = 6 ", "donne_minimo = -6 ")
    assert main(["programme", "show", "--file", str(path), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] is False
    assert payload["code"] == "programma_non_valido"
    assert "linee[2].donne_minimo" in payload["message"]


@pytest.mark.parametrize(
    ("months", "text"),
    [((), "nessuno"), ((3, 4, 5), "3–5"), ((18, 19), "18–19"), ((1, 2, 5), "1–2, 5"), ((7,), "7")],
)
def test_month_ranges_read_like_the_timeline(months: tuple[int, ...], text: str) -> None:
    assert month_ranges(months) == text


def test_validate_a_file_without_a_start_date_warns_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = broken_copy(tmp_path, "data_avvio = 2018-02-01\n", "")
    assert main(["programme", "validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Avvisi (5):" in out
    assert "programma.data_avvio\n" in out
    assert "Il programma non ha una data di avvio (data_avvio)" in out
    assert main(["programme", "show", "--file", str(path)]) == 0
    assert "durata 18 mesi · data di avvio non indicata" in capsys.readouterr().out


def test_show_writes_the_start_and_each_actions_calendar_months(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["programme", "show"]) == 0
    out = capsys.readouterr().out
    assert "durata 18 mesi · avvio 01/02/2018" in out
    assert "mesi 18–19 (lug 2019 – ago 2019)" in out
    assert main(["programme", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["programma"]["data_avvio"] == "2018-02-01"
