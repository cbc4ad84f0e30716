"""The programme file: the Cremona card loads with exactly its own contradictions as warnings,
and each kind of defect in a file is refused with its location and the value that was due."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from antiviolenza_desktop.domain.money import format_decimal, format_eur
from antiviolenza_desktop.domain.programme.validation import (
    Finding,
    ProgrammeCheck,
    ProgrammeInvalid,
    validate_programme,
)
from antiviolenza_desktop.services.programme import (
    ProgrammeFileMissing,
    ProgrammeFileSyntax,
    ProgrammeFileUnreadable,
    default_programme_path,
    load_default_programme,
    load_programme_file,
)

CREMONA = Path(__file__).resolve().parents[1] / "resources/programmes/cremona-dgr6947-2017.toml"

CARD_WARNINGS = {
    ("linee[1].azioni[3.1].totale", "€ 1.315,75", "€ 0,00"),
    ("linee[1].azioni[3.3].mesi", "mesi da 1 a 18", "19"),
    (
        "riferimenti_normativi[#3]",
        "d.g.r. n. 6947 del 24/07/2017",
        "d.g.r. n. 6497 del 27/04/2017",
    ),
    (
        "fondi[housing_autonomy].destinatari.casalasco",
        "Comune di Casalmaggiore",
        "Consorzio Casalasco dei Servizi Sociali",
    ),
}

Data = dict[str, Any]


@pytest.fixture(scope="module")
def cremona_data() -> Data:
    with CREMONA.open("rb") as file:
        return tomllib.load(file)


def cremona() -> Data:
    with CREMONA.open("rb") as file:
        return tomllib.load(file)


def line(data: Data, code: str) -> Data:
    return next(item for item in data["linee"] if item["codice"] == code)


def action(data: Data, code: str) -> Data:
    return next(a for item in data["linee"] for a in item["azioni"] if a["codice"] == code)


def fund(data: Data, code: str) -> Data:
    return next(item for item in data["fondi"] if item["codice"] == code)


def triples(findings: tuple[Finding, ...]) -> set[tuple[str, str | None, str | None]]:
    return {(finding.location, finding.expected, finding.found) for finding in findings}


def errors_at(check: ProgrammeCheck) -> dict[str, Finding]:
    return {finding.location: finding for finding in check.errors}


# The Cremona card ----------------------------------------------------------------------------


def test_cremona_loads_with_exactly_the_cards_contradictions_as_warnings(
    cremona_data: Data,
) -> None:
    check = validate_programme(cremona_data)
    assert check.errors == ()
    assert check.programme is not None
    assert triples(check.warnings) == CARD_WARNINGS


def test_cremona_warnings_are_worded_in_italian(cremona_data: Data) -> None:
    messages = {f.location: f.message_it for f in validate_programme(cremona_data).warnings}
    assert messages["linee[1].azioni[3.1].totale"] == (
        "Il totale stampato dell'azione 3.1 (€ 0,00) non è A + B (€ 0,00 + € 1.315,75): "
        "i totali di linea e tutte le somme usano A + B."
    )
    assert messages["linee[1].azioni[3.3].mesi"] == (
        "L'azione 3.3 è prevista nel mese 19, fuori dalla durata del programma (18 mesi)."
    )
    assert "Tabella 2.1" in messages["riferimenti_normativi[#3]"]


def test_cremona_money_is_in_cents_as_printed(cremona_data: Data) -> None:
    programme = validate_programme(cremona_data).require("cremona")
    assert (programme.total_a, programme.total_b, programme.total) == (
        7_986_648,
        798_664,
        8_785_312,
    )
    work, housing = programme.lines
    assert (work.total_a, work.total_b, work.total) == (4_465_973, 446_597, 4_912_570)
    assert (housing.total_a, housing.total_b, housing.total) == (3_520_675, 352_067, 3_872_742)
    assessment = programme.action("3.1")
    assert (assessment.amount_a, assessment.amount_b) == (0, 131_575)
    assert (assessment.printed_total, assessment.total) == (0, 131_575)
    assert [a.printed_code for a in work.actions] == ["3.0", "3.1", "3.2", "3.2", "3.3", "3.4"]
    assert programme.action("4.3").total == 3_614_675


def test_cremona_funds_caps_and_actions(cremona_data: Data) -> None:
    programme = validate_programme(cremona_data).require("cremona")
    active = programme.fund("active_policies")
    passive = programme.fund("passive_policies")
    housing = programme.fund("housing_autonomy")
    assert (active.allocation, active.cap_per_woman, active.action) == (
        3_000_000,
        300_000,
        "3.2-attive",
    )
    assert active.managing_entity == "Provincia di Cremona – Settore Lavoro e Formazione"
    assert active.ambiti == ()
    assert (passive.allocation, passive.cap_per_woman, passive.action) == (
        1_400_000,
        140_000,
        "3.2-passive",
    )
    assert passive.ambiti == ("cremonese", "cremasco", "casalasco")
    assert (housing.allocation, housing.cap_per_woman, housing.action) == (
        3_520_675,
        None,
        "4.3",
    )
    assert programme.action("3.2-attive").funds == ("active_policies",)
    assert programme.action("4.3").funds == ("housing_autonomy",)
    assert programme.action("3.1").funds == ()


def test_cremona_timeline_targets_and_network(cremona_data: Data) -> None:
    programme = validate_programme(cremona_data).require("cremona")
    assert programme.duration_months == 18
    assert programme.card_date == date(2018, 1, 31)
    assert programme.basis.label() == "d.g.r. n. 6947 del 24/07/2017"
    assert programme.action("3.3").months == (18, 19)
    assert programme.action("3.2-passive").months == tuple(range(3, 18))
    assert programme.action("4.4").months == (16, 17, 18)
    work, housing = programme.lines
    assert (work.target_women, housing.target_women) == (10, 6)
    assert work.priority_criteria == ("minor_or_disabled_children", "in_shelter", "unemployed")
    assert housing.priority_criteria[-1] == "greatest_economic_disadvantage"
    assert [(t.code, t.value, t.unit) for t in programme.targets] == [
        ("network_growth", 10, "percento")
    ]
    assert [(a.code, a.capofila) for a in programme.ambiti] == [
        ("cremonese", "Comune di Cremona"),
        ("cremasco", "Comune di Crema"),
        ("casalasco", "Comune di Casalmaggiore"),
    ]
    assert [(c.name, c.town) for c in programme.cav] == [
        ("AIDA", "Cremona"),
        ("MIA", "Cremona"),
        ("Donne contro la violenza", "Crema"),
    ]
    assert [c.value for c in programme.context] == [105, 53, 10, 8]


# Errors: one defect each ---------------------------------------------------------------------

Defect = Callable[[Data], None]


def _set(path: Callable[[Data], Data], key: str, value: Any) -> Defect:
    def apply(data: Data) -> None:
        path(data)[key] = value

    return apply


def _delete(path: Callable[[Data], Data], key: str) -> Defect:
    def apply(data: Data) -> None:
        del path(data)[key]

    return apply


ERRORS: list[tuple[str, Defect, str, str | None, str | None]] = [
    (
        "fund citing an unknown action",
        _set(lambda d: fund(d, "active_policies"), "azione", "9.9"),
        "fondi[active_policies].azione",
        "uno tra: 3.0, 3.1, 3.2-attive, 3.2-passive, 3.3, 3.4, 4.0, 4.1, 4.2, 4.3, 4.4",
        "9.9",
    ),
    (
        "fund citing an unknown Ambito",
        _set(lambda d: fund(d, "passive_policies"), "ambiti", ["cremonese", "lodigiano"]),
        "fondi[passive_policies].ambiti",
        "uno tra: casalasco, cremasco, cremonese",
        "lodigiano",
    ),
    (
        "target citing an unknown line",
        _set(lambda d: d["obiettivi"][0], "linea", "3"),
        "obiettivi[network_growth].linea",
        "uno tra: 1, 2",
        "3",
    ),
    (
        "negative money",
        _set(lambda d: action(d, "3.4"), "importo_b", "-172.00"),
        "linee[1].azioni[3.4].importo_b",
        "≥ € 0,00",
        "-€ 172,00",
    ),
    (
        "grand total not the sum of the lines",
        _set(lambda d: d["programma"], "totale_b", "7986.00"),
        "programma.totale_b",
        "€ 7.986,64",
        "€ 7.986,00",
    ),
    (
        "duplicate action code",
        _set(lambda d: action(d, "3.4"), "codice", "3.3"),
        "linee[1].azioni[#6].codice",
        "un codice non ancora usato",
        "3.3",
    ),
    (
        "duplicate Ambito code",
        _set(lambda d: d["ambiti"][2], "codice", "cremasco"),
        "ambiti[#3].codice",
        "un codice non ancora usato",
        "cremasco",
    ),
    (
        "missing field",
        _delete(lambda d: line(d, "2"), "donne_minimo"),
        "linee[2].donne_minimo",
        "un numero intero",
        None,
    ),
    (
        "money written as a TOML float",
        _set(lambda d: action(d, "3.2-attive"), "importo_a", 30000.0),
        "linee[1].azioni[3.2-attive].importo_a",
        'un importo come testo, es. "1234.56"',
        "numero decimale 30000.0",
    ),
    (
        "duration written as text",
        _set(lambda d: d["programma"], "durata_mesi", "18"),
        "programma.durata_mesi",
        "un numero intero",
        "testo '18'",
    ),
    (
        "month written as text",
        _set(lambda d: action(d, "3.0"), "mesi", [1, "2"]),
        "linee[1].azioni[3.0].mesi[#2]",
        "un numero intero",
        "testo '2'",
    ),
    (
        "amount with three decimals",
        _set(lambda d: action(d, "3.3"), "importo_b", "318.225"),
        "linee[1].azioni[3.3].importo_b",
        'un importo come "1234.56"',
        "318.225",
    ),
    (
        "misspelt key",
        _set(lambda d: fund(d, "active_policies"), "massimale_per_dona", "3000.00"),
        "fondi[active_policies].massimale_per_dona",
        None,
        "massimale_per_dona",
    ),
    (
        "fund allocation above its action's regional money",
        _set(lambda d: fund(d, "active_policies"), "dotazione", "31000.00"),
        "linee[1].azioni[3.2-attive].importo_a",
        "almeno € 31.000,00",
        "€ 30.000,00",
    ),
    (
        "recipient for an Ambito that does not share the fund",
        _set(lambda d: fund(d, "housing_autonomy")["destinatari"], "lodigiano", "Comune di Lodi"),
        "fondi[housing_autonomy].destinatari.lodigiano",
        "uno tra: casalasco, cremasco, cremonese",
        "lodigiano",
    ),
    (
        "start date written as text",
        _set(lambda d: d["programma"], "data_avvio", "01/02/2018"),
        "programma.data_avvio",
        "una data AAAA-MM-GG",
        "testo '01/02/2018'",
    ),
    (
        "unsupported format version",
        lambda d: d.update(versione_formato=2),
        "versione_formato",
        "1",
        "2",
    ),
]


@pytest.mark.parametrize(
    ("defect", "location", "expected", "found"),
    [case[1:] for case in ERRORS],
    ids=[case[0] for case in ERRORS],
)
def test_each_defect_is_an_error_with_location_and_expected_value(
    defect: Defect, location: str, expected: str | None, found: str | None
) -> None:
    data = cremona()
    defect(data)
    check = validate_programme(data)
    assert check.programme is None
    finding = errors_at(check)[location]
    assert finding.severity == "error"
    assert finding.found == found
    if expected is not None:
        assert finding.expected == expected
    assert finding.message_it


def test_an_action_amount_off_breaks_its_line_totals_a_and_total() -> None:
    data = cremona()
    action(data, "3.4")["importo_a"] = "600.00"
    check = validate_programme(data)
    assert triples(check.errors) == {
        ("linee[1].totale_a", "€ 44.600,00", "€ 44.659,73"),
        ("linee[1].totale", "€ 49.065,97", "€ 49.125,70"),
    }
    assert errors_at(check)["linee[1].totale_a"].message_it == (
        "Il totale stampato della linea 1 (€ 44.659,73) non è la somma degli importi A "
        "delle sue azioni (€ 44.600,00)."
    )
    # The row total no longer matches either, and the card's own contradictions stay listed.
    assert triples(check.warnings) == CARD_WARNINGS | {
        ("linee[1].azioni[3.4].totale", "€ 772,00", "€ 831,73")
    }


@given(
    st.sampled_from(["3.0", "3.1", "3.3", "3.4", "4.0", "4.1", "4.2", "4.4"]),
    st.integers(min_value=1, max_value=10**7),
)
def test_any_change_to_a_co_financing_amount_is_caught_at_its_line(code: str, delta: int) -> None:
    data = cremona()
    before = validate_programme(data).require("cremona")
    target = before.action(code)
    action(data, code)["importo_b"] = format_decimal(target.amount_b + delta)
    found = errors_at(validate_programme(data))[f"linee[{target.line}].totale_b"]
    assert found.expected == format_eur(before.line(target.line).total_b + delta)


def test_missing_sections_are_each_reported() -> None:
    check = validate_programme({"versione_formato": 1})
    locations = {finding.location for finding in check.errors}
    assert {"programma", "linee", "fondi", "ambiti", "cav"} <= locations
    assert check.programme is None


def test_a_reference_with_both_date_and_year_is_refused() -> None:
    data = cremona()
    data["riferimenti_normativi"][0]["anno"] = 2017
    assert "riferimenti_normativi[#1].anno" in errors_at(validate_programme(data))


def test_require_raises_the_refusal_with_every_error() -> None:
    data = cremona()
    fund(data, "active_policies")["azione"] = "9.9"
    del line(data, "1")["totale"]
    with pytest.raises(ProgrammeInvalid) as caught:
        validate_programme(data).require("prova.toml")
    assert caught.value.code == "programma_non_valido"
    assert [f.location for f in caught.value.findings] == ["linee[1].totale"]
    assert caught.value.message == (
        "Il programma «prova.toml» non è valido (errori: 1). "
        "Il primo, in linee[1].totale: Campo obbligatorio mancante."
    )


# Further warnings ----------------------------------------------------------------------------


def _warnings_beyond_the_card(defect: Defect) -> set[tuple[str, str | None, str | None]]:
    data = cremona()
    defect(data)
    check = validate_programme(data)
    assert check.errors == ()
    assert check.programme is not None
    return triples(check.warnings) - CARD_WARNINGS


def test_a_month_before_the_first_is_a_warning() -> None:
    extra = _warnings_beyond_the_card(_set(lambda d: action(d, "4.4"), "mesi", [0, 16]))
    assert extra == {("linee[2].azioni[4.4].mesi", "mesi da 1 a 18", "0")}


def test_an_unscheduled_action_is_a_warning() -> None:
    extra = _warnings_beyond_the_card(_set(lambda d: action(d, "4.1"), "mesi", []))
    assert extra == {("linee[2].azioni[4.1].mesi", "mesi da 1 a 18", "nessun mese")}


def test_a_card_dated_before_its_act_is_a_warning() -> None:
    extra = _warnings_beyond_the_card(
        _set(lambda d: d["programma"], "data_scheda", date(2017, 1, 31))
    )
    assert extra == {("programma.data_scheda", "dal 24/07/2017 in poi", "31/01/2017")}


def test_a_file_without_a_start_date_loads_with_a_warning_that_months_stay_numbers() -> None:
    data = cremona()
    del data["programma"]["data_avvio"]
    check = validate_programme(data)
    assert check.programme is not None and check.programme.start_date is None
    extra = [f for f in check.warnings if f.location == "programma.data_avvio"]
    assert [(f.code, f.expected, f.found) for f in extra] == [
        ("programma_senza_data_avvio", "una data AAAA-MM-GG", None)
    ]
    assert triples(check.warnings) - CARD_WARNINGS == {
        ("programma.data_avvio", "una data AAAA-MM-GG", None)
    }


def test_a_start_before_the_programmes_act_is_a_warning() -> None:
    extra = _warnings_beyond_the_card(
        _set(lambda d: d["programma"], "data_avvio", date(2017, 7, 1))
    )
    assert extra == {("programma.data_avvio", "dal 24/07/2017 in poi", "01/07/2017")}


def test_the_cremona_start_date_is_read(cremona_data: Data) -> None:
    programme = validate_programme(cremona_data).require("cremona")
    assert programme.start_date == date(2018, 2, 1)


def test_a_cap_too_high_for_the_lines_target_is_a_warning() -> None:
    extra = _warnings_beyond_the_card(
        _set(lambda d: fund(d, "active_policies"), "massimale_per_donna", "3500.00")
    )
    assert extra == {
        ("fondi[active_policies].massimale_per_donna", "al massimo € 3.000,00", "€ 3.500,00")
    }


def test_an_action_numbered_outside_its_regional_action_is_a_warning() -> None:
    extra = _warnings_beyond_the_card(_set(lambda d: action(d, "3.4"), "codice_scheda", "4.5"))
    assert extra == {("linee[1].azioni[3.4].codice", "3.…", "4.5")}


# Files on disk -------------------------------------------------------------------------------


def test_the_default_programme_is_the_bundled_cremona_file() -> None:
    assert default_programme_path() == CREMONA
    programme = load_default_programme()
    assert programme.id == "cremona-dgr6947-2017"
    assert programme.total == 8_785_312
    # Frozen all the way down, so a loaded programme can key a cache.
    assert hash(programme) == hash(load_default_programme())


def test_loading_a_file_gives_the_same_check_as_the_data(cremona_data: Data) -> None:
    assert load_programme_file(CREMONA) == validate_programme(cremona_data)


def test_a_missing_file_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(ProgrammeFileMissing) as caught:
        load_programme_file(tmp_path / "assente.toml")
    assert caught.value.message == f"File del programma non trovato: {tmp_path / 'assente.toml'}."


def test_a_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "rotto.toml"
    path.write_text('versione_formato = 1\n[programma]\nid = "x\n', encoding="utf-8")
    with pytest.raises(ProgrammeFileSyntax) as caught:
        load_programme_file(path)
    assert caught.value.code == "programma_sintassi_toml"
    assert caught.value.params["position"] == "riga 3, colonna 8"
    assert str(path) in caught.value.message


def test_a_syntax_error_at_the_end_says_so(tmp_path: Path) -> None:
    path = tmp_path / "troncato.toml"
    path.write_text("versione_formato = ", encoding="utf-8")
    with pytest.raises(ProgrammeFileSyntax) as caught:
        load_programme_file(path)
    assert caught.value.params == {
        "path": str(path),
        "position": "alla fine del file",
        "detail": "Invalid value",
    }


def test_a_folder_or_non_utf8_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(ProgrammeFileUnreadable) as folder:
        load_programme_file(tmp_path)
    assert folder.value.params["reason"] == "è una cartella, non un file"
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes('capofila = "Comunità"\n'.encode("latin-1"))
    with pytest.raises(ProgrammeFileUnreadable) as encoding:
        load_programme_file(latin1)
    assert encoding.value.params["reason"] == "non è testo UTF-8"


def test_a_byte_order_mark_from_a_windows_editor_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + CREMONA.read_bytes())
    assert load_programme_file(path).programme is not None
