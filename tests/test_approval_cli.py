"""`antiviolenza bundle export --sottometti`, `periodi decidi|file|importa|elenco`, in-process:
a period submitted with the bundle, approved at the capofila, the decision file imported at
the Ambito, then reopened; refusals exit 1 and change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from tests.approval_support import LAST_MONTH
from tests.exchange_stores import enrolled_network
from tests.support import LOGIN, PASSWORD


@pytest.fixture
def stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    network = enrolled_network(tmp_path, ("cremonese",))
    paths = {"capofila": network.capofila.store.database}
    paths["cremonese"] = network.ambiti["cremonese"].store.database
    network.close()
    return paths


def _argv(store: Path, *args: str) -> list[str]:
    return [args[0], args[1], "--store", str(store), "--user", LOGIN, *args[2:]]


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    assert main([*argv, "--json"]) == 0, capsys.readouterr()
    return dict(json.loads(capsys.readouterr().out))


def _states(capsys: pytest.CaptureFixture[str], store: Path) -> list[tuple[object, ...]]:
    listed = _json(capsys, _argv(store, "periodi", "elenco"))
    return [(p["ambito"], p["periodo"], p["stato"]) for p in listed["periodi"]]  # type: ignore[attr-defined]


def test_submit_approve_import_reopen_through_the_cli(
    stores: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ambito, capofila = stores["cremonese"], stores["capofila"]
    label, bundle = LAST_MONTH.label, tmp_path / "b1.avbundle"
    exported = _json(
        capsys, _argv(ambito, "bundle", "export", "--out", str(bundle), "--sottometti", label)
    )
    assert exported["periodi_sottomessi"] == [label]
    assert main(_argv(capofila, "bundle", "import", str(bundle))) == 0
    capsys.readouterr()
    assert _states(capsys, capofila) == [("cremonese", label, "submitted")]

    approved = tmp_path / "d1.avdecisioni"
    decide = ("periodi", "decidi", "--ambito", "cremonese", "--periodo", label)
    done = _json(capsys, _argv(capofila, *decide, "--approva", "--out", str(approved)))
    assert (done["stato"], done["numero"]) == ("approved", 1)
    assert approved.stat().st_mode & 0o077 == 0
    applied = _json(capsys, _argv(ambito, "periodi", "importa", str(approved)))
    assert applied["numero"] == 1
    assert _states(capsys, ambito) == [("cremonese", label, "approved")]
    assert main(_argv(ambito, "periodi", "importa", str(approved))) == 1
    assert "non è più recente" in capsys.readouterr().err
    hours = ("fondi", "ore", "--ente", "Comune di Cremona", "--persona", "Assistente sociale")
    hours += ("--azione", "3.1", "--mese", label, "--ore", "2", "--costo-orario", "20")
    assert main([*_argv(ambito, *hours), "--json"]) == 1
    refused = json.loads(capsys.readouterr().out)
    assert refused["code"] == "periodo_approvato_bloccato" and label in refused["message"]

    reopened = tmp_path / "d2.avdecisioni"
    assert main(_argv(capofila, *decide, "--riapri", "--out", str(reopened))) == 0
    capsys.readouterr()
    assert main(_argv(ambito, "periodi", "importa", str(reopened))) == 0
    assert "riaperto" in capsys.readouterr().out
    assert main(_argv(ambito, *hours)) == 0
    capsys.readouterr()
    again = tmp_path / "d3.avdecisioni"
    rewritten = _json(
        capsys, _argv(capofila, "periodi", "file", "--ambito", "cremonese", "--out", str(again))
    )
    assert (rewritten["numero"], rewritten["periodi"]) == (2, 1)


def test_refusals_exit_1_and_change_nothing(
    stores: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ambito, capofila = stores["cremonese"], stores["capofila"]
    bundle = tmp_path / "b.avbundle"
    assert (
        main(_argv(ambito, "bundle", "export", "--out", str(bundle), "--sottometti", "13/2026"))
        == 1
    )
    assert "non è valido" in capsys.readouterr().err and not bundle.exists()
    out = tmp_path / "d.avdecisioni"
    decide = ("periodi", "decidi", "--ambito", "cremonese", "--periodo", LAST_MONTH.label)
    assert main(_argv(capofila, *decide, "--approva", "--out", str(out))) == 1
    assert "non si può approvarlo" in capsys.readouterr().err and not out.exists()
    assert main(_argv(capofila, *decide, "--rinvia", " ", "--out", str(out))) == 1
    assert not out.exists()
    capsys.readouterr()
    assert _states(capsys, capofila) == [] and _states(capsys, ambito) == []
    assert (
        main(
            _argv(
                ambito,
                "periodi",
                "decidi",
                "--ambito",
                "cremonese",
                "--periodo",
                "T1/2026",
                "--approva",
                "--out",
                str(out),
            )
        )
        == 1
    )
    assert "capofila" in capsys.readouterr().err
