"""The programme says which party manages each fund (`gestione`), and who the Provincia is.

The Cremona card gives the active fund to the Provincia (its CPI hours are line 1's
co-financing): the file says so as data, and the validator refuses a file where a Provincia
fund has no Provincia, is also split among the Ambiti, or names an unknown manager or line.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from antiviolenza_desktop.domain.programme.validation import validate_programme

CREMONA = Path(__file__).resolve().parents[1] / "resources/programmes/cremona-dgr6947-2017.toml"

Data = dict[str, Any]


def _cremona() -> Data:
    with CREMONA.open("rb") as file:
        return tomllib.load(file)


def _fund(data: Data, code: str) -> Data:
    return next(item for item in data["fondi"] if item["codice"] == code)


def _error_codes(data: Data) -> set[tuple[str, str]]:
    check = validate_programme(data)
    assert check.programme is None
    return {(finding.location, finding.code or "") for finding in check.errors}


def test_cremona_gives_the_active_fund_and_line_1_hours_to_the_provincia() -> None:
    programme = validate_programme(_cremona()).require("cremona")
    assert programme.provincia is not None
    assert programme.provincia.cofinancing_lines == ("1",)
    assert [f.code for f in programme.funds_managed_by("provincia")] == ["active_policies"]
    assert [f.code for f in programme.funds_managed_by("ambiti")] == [
        "passive_policies",
        "housing_autonomy",
    ]


def test_a_fund_without_gestione_is_the_ambiti_s() -> None:
    data = _cremona()
    del _fund(data, "passive_policies")["gestione"]
    programme = validate_programme(data).require("x")
    assert programme.fund("passive_policies").managed_by == "ambiti"


def test_an_unknown_manager_is_an_error() -> None:
    data = _cremona()
    _fund(data, "passive_policies")["gestione"] = "regione"
    assert ("fondi[passive_policies].gestione", "programma_gestione_sconosciuta") in (
        _error_codes(data)
    )


def test_a_provincia_fund_needs_the_provincia_and_is_not_split() -> None:
    data = _cremona()
    del data["provincia"]
    _fund(data, "active_policies")["ambiti"] = ["cremonese"]
    assert _error_codes(data) >= {
        ("provincia", "programma_provincia_mancante"),
        ("fondi[active_policies].ambiti", "programma_fondo_provincia_ripartito"),
    }


def test_an_unknown_cofinancing_line_of_the_provincia_is_an_error() -> None:
    data = _cremona()
    data["provincia"]["linee_cofinanziamento"] = ["1", "7"]
    assert ("provincia.linee_cofinanziamento", "programma_linea_inesistente") in _error_codes(data)


def test_an_unknown_key_of_the_provincia_is_an_error() -> None:
    data = _cremona()
    data["provincia"]["sede"] = "Cremona"
    assert any(location == "provincia.sede" for location, _ in _error_codes(data))
