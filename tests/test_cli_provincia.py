"""`antiviolenza provincia` end to end on a real capofila: commit, pay, CPI hours, register,
reversal, and keyed refusals that leave the store as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.services.store_lifecycle import unlock
from tests.provincia_support import TODAY, merged_network, pseudonyms, row_counts
from tests.support import LOGIN, PASSWORD

DAY = TODAY.strftime("%d/%m/%Y")


@pytest.fixture
def capofila(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    network = merged_network(tmp_path)
    woman = pseudonyms(network.capofila, "cremonese")[0]
    network.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    return tmp_path / "capofila.avdb", woman


def _run(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(
        ["provincia", args[0], "--store", str(database), "--user", LOGIN, *args[1:], "--json"]
    )
    return code, json.loads(capsys.readouterr().out)


def _counts(database: Path) -> dict[str, int]:
    """The register's rows (each unlock itself writes audit entries: those are not compared)."""
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        counts = row_counts(opened)
        del counts["audit_log"]
        return counts
    finally:
        opened.store.close()


def test_commit_pay_hours_register_and_reverse(capofila, capsys) -> None:  # type: ignore[no-untyped-def]
    database, woman = capofila
    code, done = _run(
        capsys, database, "impegna", "--ambito", "cremonese", "--donna", woman[:8],
        "--intervento", "extracurricular_traineeship", "--importo", "1.500,00", "--data", DAY,
    )  # fmt: skip
    assert (code, done["riga"], done["importo"]) == (0, 1, "1500.00")
    code, paid = _run(
        capsys, database, "paga", "--impegno", "1", "--importo", "500,00", "--data", DAY,
        "--beneficiario", "la tirocinante",
    )  # fmt: skip
    assert code == 0
    code, hours = _run(
        capsys, database, "ore", "--sede", "CPI di Crema", "--persona", "Orientatrice",
        "--azione", "3.1", "--mese", TODAY.strftime("%m/%Y"), "--ore", "8:30",
        "--costo-orario", "24,00",
    )  # fmt: skip
    assert (code, hours["valore"]) == (0, "204.00")
    code, register = _run(capsys, database, "registro")
    assert register["impegni"][0]["donna"] == woman and register["impegni"][0]["pagato"] == 50_000
    code, refused = _run(
        capsys, database, "storna", "--registro", "impegni", "--riga", "1", "--motivo", "Errore"
    )
    assert (code, refused["code"]) == (1, "provincia_impegno_con_pagamenti")
    code, undone = _run(
        capsys, database, "storna", "--registro", "pagamenti", "--riga", str(paid["riga"]),
        "--motivo", "Errore",
    )  # fmt: skip
    assert code == 0 and undone["storna"] == paid["riga"]


@pytest.mark.parametrize(
    ("args", "refusal"),
    [
        (("--ambito", "cremonese", "--importo", "30.000,01"), "provincia_oltre_dotazione"),
        (("--ambito", "bergamasco", "--importo", "10,00"), "provincia_ambito_sconosciuto"),
        (("--ambito", "cremonese", "--importo=-10,00"), "provincia_importo_non_positivo"),
        (
            ("--ambito", "cremonese", "--importo", "10,00", "--donna", "ffffffff"),
            "provincia_donna_sconosciuta",
        ),
    ],
)
def test_refused_commitments_change_nothing(capofila, capsys, args, refusal) -> None:  # type: ignore[no-untyped-def]
    database, _woman = capofila
    before = _counts(database)
    code, payload = _run(
        capsys, database, "impegna", "--intervento", "skills_certification", "--data", DAY, *args
    )
    assert (code, payload["code"]) == (1, refusal)
    assert _counts(database) == before
