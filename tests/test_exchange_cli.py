"""`antiviolenza enrol` and `antiviolenza bundle inspect`, in-process, as a coordinator types them.

The capofila issues, the Ambito accepts with the code read out and writes its key file, the
capofila registers it with the fingerprint typed back; refusals exit 1 with Italian messages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.exchange.bundle_io import seal_for_capofila
from antiviolenza_desktop.services.store_lifecycle import unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_stores import make_store
from tests.support import LOGIN, PASSWORD


@pytest.fixture
def stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    made = {}
    for ambito in ("capofila", "cremonese"):
        opened = make_store(tmp_path, ambito)
        made[ambito] = opened.store.database
        opened.store.close()
    return made


def _run(store: Path, *args: str) -> list[str]:
    return [args[0], args[1], "--store", str(store), "--user", LOGIN, *args[2:]]


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    assert main([*argv, "--json"]) == 0, capsys.readouterr()
    return dict(json.loads(capsys.readouterr().out))


def test_enrolment_and_inspect_through_the_cli(
    stores: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    enrolment_file, key_file = tmp_path / "iscrizione.json", tmp_path / "chiave.json"
    capofila, cremonese = stores["capofila"], stores["cremonese"]
    issued = _json(
        capsys,
        _run(capofila, "enrol", "issue", "--ambito", "cremonese", "--out", str(enrolment_file)),
    )
    code = str(issued["codice_monouso"])
    assert enrolment_file.stat().st_mode & 0o077 == 0

    monkeypatch.setenv("ANTIVIOLENZA_ONE_TIME_CODE", code)
    accepted = _json(
        capsys, _run(cremonese, "enrol", "accept", str(enrolment_file), "--out", str(key_file))
    )
    shown = str(accepted["impronta"])

    assert main(_run(capofila, "enrol", "register", str(key_file), "--fingerprint", "1" * 30)) == 1
    assert "NON registrata" in capsys.readouterr().err
    registered = _json(
        capsys,
        _run(capofila, "enrol", "register", str(key_file), "--fingerprint", shown.replace(" ", "")),
    )
    assert registered["id_chiave"] == accepted["id_chiave"]

    listed = _json(capsys, _run(capofila, "enrol", "keys"))
    assert [m["stato"] for m in listed["mittenti"]] == ["attiva"]  # type: ignore[index,union-attr]

    opened = unlock(cremonese, login=LOGIN, password=PASSWORD)
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            bundle = seal_for_capofila(uow, b'{"prova":1}')
    finally:
        opened.store.close()
    bundle_file = tmp_path / "cremonese.avbundle"
    bundle_file.write_bytes(bundle)
    header = _json(capsys, ["bundle", "inspect", str(bundle_file)])
    assert header["id_chiave_destinatario"] == issued["chiave_cifratura"]

    bundle_file.write_bytes(bundle[:-10])
    assert main(["bundle", "inspect", str(bundle_file)]) == 1
    assert "troncato" in capsys.readouterr().err


def test_cli_refusals(
    stores: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    enrolment_file = tmp_path / "iscrizione.json"
    capofila, cremonese = stores["capofila"], stores["cremonese"]
    _json(
        capsys,
        _run(capofila, "enrol", "issue", "--ambito", "cremonese", "--out", str(enrolment_file)),
    )
    assert (
        main(
            _run(capofila, "enrol", "issue", "--ambito", "cremonese", "--out", str(enrolment_file))
        )
        == 1
    )
    assert "esiste già" in capsys.readouterr().err

    other = tmp_path / "altro.json"
    _json(capsys, _run(capofila, "enrol", "issue", "--ambito", "cremonese", "--out", str(other)))
    code_file = tmp_path / "codice.txt"
    code_file.write_text("0000-0000\n")
    assert (
        main(_run(cremonese, "enrol", "accept", str(enrolment_file), "--code-file", str(code_file)))
        == 1
    )
    assert "codice monouso" in capsys.readouterr().err.lower()

    monkeypatch.delenv("ANTIVIOLENZA_ONE_TIME_CODE", raising=False)
    assert main(_run(cremonese, "enrol", "accept", str(enrolment_file))) == 1
    assert "Nessun codice monouso" in capsys.readouterr().err

    assert (
        main(
            _run(cremonese, "enrol", "issue", "--ambito", "cremonese", "--out", str(tmp_path / "x"))
        )
        == 1
    )
    assert "capofila" in capsys.readouterr().err

    not_bundle = tmp_path / "nota.txt"
    not_bundle.write_text("appunti")
    assert main(["bundle", "inspect", str(not_bundle)]) == 1
    assert "non è un pacchetto" in capsys.readouterr().err


def test_rotate_at_the_ambito_writes_the_new_key_file(
    stores: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    enrolment_file = tmp_path / "iscrizione.json"
    capofila, cremonese = stores["capofila"], stores["cremonese"]
    issued = _json(
        capsys,
        _run(capofila, "enrol", "issue", "--ambito", "cremonese", "--out", str(enrolment_file)),
    )
    monkeypatch.setenv("ANTIVIOLENZA_ONE_TIME_CODE", str(issued["codice_monouso"]))
    first = _json(capsys, _run(cremonese, "enrol", "accept", str(enrolment_file)))
    new_key = tmp_path / "nuova.json"
    rotated = _json(capsys, _run(cremonese, "enrol", "rotate", "--out", str(new_key)))
    assert rotated["id_chiave"] != first["id_chiave"]
    assert json.loads(new_key.read_text())["id_chiave"] == rotated["id_chiave"]
    capofila_rotated = _json(capsys, _run(capofila, "enrol", "rotate"))
    assert capofila_rotated["scopo"] == "encryption"
