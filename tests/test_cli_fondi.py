"""`antiviolenza fondi` end to end: totals, payments, reversals, hours, exports, and refusals
that leave the store exactly as it was."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from antiviolenza_desktop.cli.fund_input import parse_minutes, parse_month
from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.services import cofinancing, ledger
from antiviolenza_desktop.services.store_lifecycle import unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.financial_report_support import MONTH, Woman, build_report_store, open_new_store
from tests.funds_support import TODAY
from tests.support import LOGIN, PASSWORD

DAY = TODAY.strftime("%d/%m/%Y")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Woman]]:
    """One filled store, built once; each test works on its own copy of the closed files."""
    folder = tmp_path_factory.mktemp("template")
    opened = open_new_store(folder)
    try:
        women = build_report_store(opened)
    finally:
        opened.store.close()
    return folder, women


@pytest.fixture
def store(
    template: tuple[Path, list[Woman]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, list[Woman]]:
    folder, women = template
    target = tmp_path / "store"
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns("*.lock"))
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    return target / "archivio.avdb", women


def _fondi(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["fondi", args[0], "--store", str(database), "--user", LOGIN, *args[1:], "--json"])
    return code, json.loads(capsys.readouterr().out)


def _state(database: Path) -> tuple:  # type: ignore[type-arg]
    """Everything a refused command must leave as it was."""
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            return (
                tuple(ledger.all_entries(uow)),
                tuple(cofinancing.hours_register(uow)),
                ledger.totals(uow),
            )
    finally:
        opened.store.close()


def test_totals_per_fund(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, _women = store
    code, payload = _fondi(capsys, database, "totali")
    assert code == 0
    active = payload["fondi"][0]
    assert (active["codice"], active["impegnato"], active["erogato"]) == (
        "active_policies",
        "4900.00",
        "2234.56",
    )
    assert active["disponibile"] == "25100.00"  # the whole fund: the Provincia's, not split


def test_a_payment_then_its_reversal(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, women = store
    code, payload = _fondi(
        capsys, database, "eroga", "--impegno", "3", "--importo", "1.000,00", "--data", DAY,
        "--beneficiario", "la beneficiaria", "--documento", "Mandato 20/2026",
    )  # fmt: skip
    assert code == 0, payload
    assert payload["caso"] == women[1].code and payload["residuo"] == "265.44"
    seq = payload["voce"]
    code, payload = _fondi(capsys, database, "storna", "--voce", str(seq), "--motivo", "Doppio")
    assert code == 0 and payload["storna"] == seq
    code, payload = _fondi(capsys, database, "totali")
    assert payload["fondi"][0]["erogato"] == "2234.56"
    code, payload = _fondi(capsys, database, "storna", "--voce", str(seq), "--motivo", "Ancora")
    assert (code, payload["code"]) == (1, "voce_gia_stornata")


@pytest.mark.parametrize(
    ("args", "refusal", "words"),
    [
        (["--impegno", "1", "--importo", "600,00"], "erogazione_oltre_residuo", "€ 500,00"),
        (["--impegno", "999", "--importo", "10,00"], "voce_inesistente", "n. 999"),
        (["--impegno", "6", "--importo", "10,00"], "voce_non_impegno", "n. 6"),
        (["--impegno", "5", "--importo", "10,00"], "impegno_stornato", "n. 5"),
        (["--impegno", "1", "--importo", "12.345"], "importo_ambiguo", "ambiguo"),
        (["--impegno", "1", "--importo", "0"], "importo_non_positivo", "€ 0,00"),
    ],
)
def test_refused_payments_change_nothing(store, capsys, args, refusal, words) -> None:  # type: ignore[no-untyped-def]
    database, _women = store
    before = _state(database)
    code, payload = _fondi(
        capsys, database, "eroga", *args, "--data", DAY, "--beneficiario", "la beneficiaria",
        "--documento", "M1",
    )  # fmt: skip
    assert (code, payload["code"]) == (1, refusal)
    assert words in payload["message"]
    assert _state(database) == before


def test_a_date_that_is_not_a_date_is_refused(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, _women = store
    code, payload = _fondi(
        capsys, database, "eroga", "--impegno", "1", "--importo", "10", "--data", "31/02/2026",
        "--beneficiario", "la beneficiaria", "--documento", "M1",
    )  # fmt: skip
    assert (code, payload["code"], payload["field"]) == (1, "data_non_leggibile", "on")
    assert "gg/mm/aaaa" in payload["message"]


def test_hours_are_recorded_and_bad_ones_refused(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, _women = store
    month = f"{MONTH[5:]}/{MONTH[:4]}"
    common = ["--ente", "Provincia di Cremona", "--persona", "Operatrice CPI", "--mese", month]
    code, payload = _fondi(
        capsys, database, "ore", *common, "--azione", "3.3", "--ore", "2:30",
        "--costo-orario", "20,00",
    )  # fmt: skip
    assert (code, payload["valore"]) == (0, "50.00")
    before = _state(database)
    code, payload = _fondi(
        capsys, database, "ore", *common, "--azione", "9.9", "--ore", "1", "--costo-orario", "20"
    )
    assert (code, payload["code"]) == (1, "azione_sconosciuta")
    code, payload = _fondi(
        capsys, database, "ore", *common, "--azione", "3.3", "--ore", "molte",
        "--costo-orario", "20",
    )  # fmt: skip
    assert (code, payload["field"]) == (1, "minutes")
    assert _state(database) == before


def test_storna_reaches_the_hours_register_with_the_same_rule(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, _women = store
    month = f"{MONTH[5:]}/{MONTH[:4]}"
    code, payload = _fondi(
        capsys, database, "ore", "--ente", "Provincia di Cremona", "--persona", "Operatrice CPI",
        "--mese", month, "--azione", "3.3", "--ore", "1", "--costo-orario", "20",
    )  # fmt: skip
    row = payload["riga"]
    before = _state(database)
    reversal = ["storna", "--registro", "ore", "--voce", str(row)]
    code, payload = _fondi(capsys, database, *reversal, "--motivo", "x" * 201)
    assert (code, payload["code"]) == (1, "motivo_storno_troppo_lungo")
    assert _state(database) == before
    code, payload = _fondi(capsys, database, *reversal, "--motivo", "Registrate due volte")
    assert (code, payload["storna"], payload["registro"]) == (0, row, "hours")


def test_configure_a_fund_and_refuse_an_allocation_below_commitments(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, _women = store
    code, payload = _fondi(
        capsys, database, "configura", "--fondo", "abitativa", "--stanziamento", "10.000,00",
        "--massimale", "2.500,00",
    )  # fmt: skip
    assert (code, payload["stanziamento"], payload["massimale"]) == (0, "10000.00", "2500.00")
    before = _state(database)
    code, payload = _fondi(
        capsys, database, "configura", "--fondo", "attive", "--stanziamento", "100,00"
    )
    assert (code, payload["code"]) == (1, "stanziamento_sotto_impegni")
    assert "€ 4.900,00" in payload["message"]
    code, payload = _fondi(capsys, database, "configura", "--fondo", "x", "--stanziamento", "1")
    assert (code, payload["code"]) == (1, "fondo_sconosciuto")
    assert _state(database) == before


def test_report_and_ledger_exports(store, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, women = store
    code, payload = _fondi(capsys, database, "relazione", "--azione", "4.3", "--testo", "Due case.")
    assert code == 0
    pdf, xlsx, csv_file = tmp_path / "r.pdf", tmp_path / "r.xlsx", tmp_path / "r.csv"
    code, payload = _fondi(capsys, database, "rendiconto", "--pdf", str(pdf), "--xlsx", str(xlsx))
    assert code == 0, payload
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Due case." in text and women[0].code in text and women[0].last_name not in text
    assert openpyxl.load_workbook(xlsx).sheetnames[-1] == "Registro"
    code, payload = _fondi(capsys, database, "registro", "--csv", str(csv_file))
    assert (code, payload["voci"]) == (0, 13)
    for path in (pdf, xlsx, csv_file):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    before = pdf.read_bytes()
    code, payload = _fondi(capsys, database, "rendiconto", "--pdf", str(pdf))
    assert (code, payload["code"]) == (1, "esportazione_esistente")
    assert pdf.read_bytes() == before
    code, payload = _fondi(capsys, database, "rendiconto")
    assert (code, payload["code"]) == (1, "rendiconto_senza_file")


@pytest.mark.slow
def test_human_output_through_a_subprocess(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, _women = store
    result = subprocess.run(
        [sys.executable, "-m", "antiviolenza_desktop", "fondi", "totali", "--store", str(database),
         "--user", LOGIN],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
        env={**os.environ, "ANTIVIOLENZA_PASSWORD": PASSWORD},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Fondo politiche attive" in result.stdout and "€ 4.900,00" in result.stdout
    refused = subprocess.run(
        [sys.executable, "-m", "antiviolenza_desktop", "fondi", "storna", "--store", str(database),
         "--user", LOGIN, "--voce", "11", "--motivo", "prova"],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
        env={**os.environ, "ANTIVIOLENZA_PASSWORD": PASSWORD},
    )  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.startswith("Errore: La voce n. 11 è uno storno")
    assert "Traceback" not in refused.stderr


@pytest.mark.parametrize(
    ("text", "minutes"), [("12", 720), ("1:20", 80), ("12,5", 750), ("0.25", 15)]
)
def test_hours_as_people_write_them(text: str, minutes: int) -> None:
    assert parse_minutes(text) == minutes


def test_months_are_read_as_mm_yyyy() -> None:
    assert parse_month("3/2026") == "2026-03"
    assert parse_month("marzo") == "marzo"  # left for the register's own refusal


def test_totals_list_the_calendars_warnings(store, capsys) -> None:  # type: ignore[no-untyped-def]
    database, _women = store
    code, payload = _fondi(capsys, database, "totali")
    assert code == 0
    outside = [a for a in payload["avvisi"] if a["code"] == "ore_fuori_mesi_azione"]
    assert [a["params"]["action"] for a in outside] == ["3.1", "4.2"]
    assert outside[0]["params"]["months"] == "apr 2018 – nov 2018"
    assert outside[0]["message"].startswith("Azione 3.1: ore di cofinanziamento registrate fuori")
