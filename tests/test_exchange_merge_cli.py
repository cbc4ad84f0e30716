"""`antiviolenza bundle export|import [--dry-run]` and `antiviolenza province totals`, in-process:
the Ambito exports, the capofila looks first (nothing written), merges, repeats (già
importato), and reads the provincial totals; refusals exit 1 with an Italian message. Several
files in one import merge oldest first whatever the order given, and one refused file merges
none; `province report` writes the PDF and the XLSX.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.services.store_lifecycle import unlock
from tests.exchange_merge_support import row_counts, woman
from tests.exchange_stores import enrolled_network
from tests.support import LOGIN, PASSWORD


@pytest.fixture
def stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    network = enrolled_network(tmp_path, ("cremonese",))
    woman(network.ambiti["cremonese"], 51, active=90_000)
    paths = {"capofila": network.capofila.store.database}
    paths["cremonese"] = network.ambiti["cremonese"].store.database
    network.close()
    return paths


def _argv(store: Path, *args: str) -> list[str]:
    return [args[0], args[1], "--store", str(store), "--user", LOGIN, *args[2:]]


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    assert main([*argv, "--json"]) == 0, capsys.readouterr()
    return dict(json.loads(capsys.readouterr().out))


def _rows(database: Path) -> dict[str, int]:
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        return row_counts(opened)
    finally:
        opened.store.close()


def test_export_dry_run_import_and_totals_through_the_cli(
    stores: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capofila, bundle = stores["capofila"], tmp_path / "cremonese-1.avbundle"
    exported = _json(capsys, _argv(stores["cremonese"], "bundle", "export", "--out", str(bundle)))
    assert (exported["numero"], exported["donne"]) == (1, 1)
    assert bundle.stat().st_mode & 0o077 == 0
    assert main(_argv(stores["cremonese"], "bundle", "export", "--out", str(bundle))) == 1
    assert "esiste già" in capsys.readouterr().err

    snapshots_before = _rows(capofila)["exchange_snapshots"]
    assert main(_argv(capofila, "bundle", "import", str(bundle), "--dry-run")) == 0
    shown = capsys.readouterr().out
    assert "Schede: 1 nuove" in shown and "nulla è stato unito" in shown
    assert _rows(capofila)["exchange_snapshots"] == snapshots_before

    merged = _json(capsys, _argv(capofila, "bundle", "import", str(bundle)))
    assert (merged["unito"], merged["gia_importato"]) == (True, False)
    again = _json(capsys, _argv(capofila, "bundle", "import", str(bundle)))
    assert (again["unito"], again["gia_importato"]) == (False, True)
    assert _rows(capofila)["exchange_snapshots"] == snapshots_before + 1

    totals = _json(capsys, _argv(capofila, "province", "totals"))
    assert totals["donne"] == 1
    active = totals["fondi"]["active_policies"]  # type: ignore[index]
    assert (active["impegnato"], active["impegnato_progetti"]) == (0, 90_000)  # the Provincia's
    assert totals["rete"]["base"] == 0 and totals["ambiti"][0]["registro_accorciato"] is False  # type: ignore[index]
    assert main(_argv(capofila, "province", "totals")) == 0
    text = capsys.readouterr().out
    assert "Totali provinciali" in text and "DA AGGIORNARE" in text  # two Ambiti never sent
    assert "Rete territoriale: 0 membri" in text

    assert main(_argv(stores["cremonese"], "bundle", "import", str(bundle))) == 1
    assert "capofila" in capsys.readouterr().err
    assert main(_argv(stores["cremonese"], "province", "totals")) == 1


def test_import_of_several_files_merges_the_oldest_first(
    stores: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capofila, cremonese = stores["capofila"], stores["cremonese"]
    first, second = tmp_path / "n1.avbundle", tmp_path / "n2.avbundle"
    for path in (first, second):
        assert main(_argv(cremonese, "bundle", "export", "--out", str(path))) == 0
    capsys.readouterr()

    looked = _json(
        capsys, _argv(capofila, "bundle", "import", str(second), str(first), "--dry-run")
    )
    assert [p["numero"] for p in looked["pacchetti"]] == [1, 2]  # type: ignore[index]
    assert _rows(capofila)["exchange_snapshots"] == 0

    merged = _json(capsys, _argv(capofila, "bundle", "import", str(second), str(first)))
    shown = [(p["numero"], p["unito"]) for p in merged["pacchetti"]]  # type: ignore[index]
    assert shown == [(1, True), (2, True)]
    totals = _json(capsys, _argv(capofila, "province", "totals"))
    assert [a["numero"] for a in totals["ambiti"] if a["ambito"] == "cremonese"] == [2]  # type: ignore[index]


def test_one_refused_file_of_several_merges_none(
    stores: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capofila, cremonese = stores["capofila"], stores["cremonese"]
    first, second = tmp_path / "n1.avbundle", tmp_path / "n2.avbundle"
    for path in (first, second):
        assert main(_argv(cremonese, "bundle", "export", "--out", str(path))) == 0
    assert main(_argv(capofila, "bundle", "import", str(second))) == 0
    capsys.readouterr()
    before = _rows(capofila)["exchange_snapshots"]  # the audit log grows with each unlock

    assert main(_argv(capofila, "bundle", "import", str(first), str(second))) == 1
    error = capsys.readouterr().err
    assert "n1.avbundle" in error and "Nessun pacchetto è stato unito" in error
    assert _rows(capofila)["exchange_snapshots"] == before


def test_province_report_writes_the_pdf_and_the_xlsx(
    stores: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capofila = stores["capofila"]
    pdf, xlsx = tmp_path / "provincia.pdf", tmp_path / "provincia.xlsx"
    written = _json(
        capsys, _argv(capofila, "province", "report", "--pdf", str(pdf), "--xlsx", str(xlsx))
    )
    assert written["file"] == [str(pdf), str(xlsx)]
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_mode & 0o077 == 0
    assert xlsx.read_bytes().startswith(b"PK")

    for refused, code in (("--pdf", "esportazione_esistente"), (None, "rendiconto_senza_file")):
        targets = [refused, str(pdf)] if refused else []
        assert main([*_argv(capofila, "province", "report", *targets), "--json"]) == 1
        assert json.loads(capsys.readouterr().out)["code"] == code
