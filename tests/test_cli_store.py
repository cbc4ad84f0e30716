"""The `antiviolenza` command end to end: the coordinator's whole day with her store.

One flow runs through real subprocesses (as a person would type it); the refusals run
in-process for speed and check the exit code and the Italian message.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from antiviolenza_desktop.cli.main import main
from tests.store_template import new_store
from tests.support import OTHER_PASSWORD, PASSWORD


def _cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "antiviolenza_desktop", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=cwd,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_full_lifecycle_through_subprocesses(tmp_path: Path) -> None:
    store = tmp_path / "cav.avdb"
    base = ["--store", str(store)]
    env = {"ANTIVIOLENZA_NEW_PASSWORD": PASSWORD}
    created = _cli(
        [
            "init",
            *base,
            "--name",
            "CAV di prova",
            "--ambito",
            "cremasco",
            "--user",
            "coord",
            "--display-name",
            "Coordinatrice Prova",
            "--recovery-sheet",
            str(tmp_path / "foglio.pdf"),
            "--json",
        ],
        env,
        tmp_path,
    )
    assert created.returncode == 0, created.stderr
    recovery_key = json.loads(created.stdout)["recovery_key"]
    sheet_text = PdfReader(tmp_path / "foglio.pdf").pages[0].extract_text()
    assert recovery_key.split("-")[0] in sheet_text

    env = {"ANTIVIOLENZA_PASSWORD": PASSWORD}
    status = _cli(["status", *base, "--user", "coord", "--json"], env, tmp_path)
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["ambito"] == "cremasco"

    wrong = _cli(["status", *base, "--user", "coord"], {"ANTIVIOLENZA_PASSWORD": "no"}, tmp_path)
    assert wrong.returncode == 1
    assert "Password errata" in wrong.stderr
    assert "Traceback" not in wrong.stderr

    backup = _cli(["backup", *base, "--user", "coord", "--json"], env, tmp_path)
    assert backup.returncode == 0, backup.stderr
    backup_path = json.loads(backup.stdout)["backup"]

    recover_env = {
        "ANTIVIOLENZA_RECOVERY_KEY": recovery_key,
        "ANTIVIOLENZA_NEW_PASSWORD": OTHER_PASSWORD,
    }
    recovered = _cli(["recover", *base, "--user", "coord"], recover_env, tmp_path)
    assert recovered.returncode == 0, recovered.stderr
    env = {"ANTIVIOLENZA_PASSWORD": OTHER_PASSWORD}
    assert _cli(["verify", *base, "--user", "coord"], env, tmp_path).returncode == 0

    restored = tmp_path / "ripristino.avdb"
    restore = _cli(
        ["restore", backup_path, "--store", str(restored), "--user", "coord"],
        {"ANTIVIOLENZA_PASSWORD": PASSWORD},
        tmp_path,
    )
    assert restore.returncode == 0, restore.stderr
    audit = _cli(
        ["audit", "verify", "--store", str(restored), "--user", "coord", "--json"],
        {"ANTIVIOLENZA_PASSWORD": PASSWORD},
        tmp_path,
    )
    assert json.loads(audit.stdout)["intact"] is True

    usage = _cli(["status", *base], env, tmp_path)
    assert usage.returncode == 2


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    database = new_store(tmp_path)
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    monkeypatch.delenv("ANTIVIOLENZA_NEW_PASSWORD", raising=False)
    return database


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_wrong_password_exit_1_with_code(store: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", "non-questa")
    code, payload = _run(capsys, "status", "--store", str(store), "--user", "coord")
    assert code == 1
    assert payload == {
        "ok": False,
        "code": "password_errata",
        "message": "Password errata. Controlla maiuscole e tastiera, poi riprova.",
        "field": "password",
    }


def test_password_file_is_read(store: Path, capsys, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ANTIVIOLENZA_PASSWORD")
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSWORD + "\n")
    code, payload = _run(
        capsys, "status", "--store", str(store), "--user", "coord", "--password-file", str(secret)
    )
    assert code == 0 and payload["users"] == 1


def test_no_password_and_no_terminal_refuses(store: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ANTIVIOLENZA_PASSWORD")
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115
    code, payload = _run(capsys, "status", "--store", str(store), "--user", "coord")
    assert code == 1 and "ANTIVIOLENZA_PASSWORD" in payload["message"]


def test_weak_new_password_is_refused_and_old_still_works(store: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ANTIVIOLENZA_NEW_PASSWORD", "corta")
    code, payload = _run(capsys, "passwd", "--store", str(store), "--user", "coord")
    assert code == 1 and payload["code"] == "password_troppo_corta"
    code, _ = _run(capsys, "status", "--store", str(store), "--user", "coord")
    assert code == 0


def test_passwd_then_old_password_fails(store: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ANTIVIOLENZA_NEW_PASSWORD", OTHER_PASSWORD)
    assert _run(capsys, "passwd", "--store", str(store), "--user", "coord")[0] == 0
    assert _run(capsys, "status", "--store", str(store), "--user", "coord")[0] == 1
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", OTHER_PASSWORD)
    assert _run(capsys, "status", "--store", str(store), "--user", "coord")[0] == 0


def test_useradd_by_coordinator_then_operator_cannot(store: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ANTIVIOLENZA_NEW_PASSWORD", OTHER_PASSWORD)
    base = ["--store", str(store)]
    code, payload = _run(
        capsys,
        "useradd",
        *base,
        "--user",
        "coord",
        "--new-user",
        "op.una",
        "--display-name",
        "Operatrice Una",
    )
    assert code == 0 and payload["user"]["role"] == "operator"
    code, payload = _run(
        capsys,
        "useradd",
        *base,
        "--user",
        "coord",
        "--new-user",
        "op.una",
        "--display-name",
        "Doppione",
    )
    assert code == 1 and payload["code"] == "utente_esistente"
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", OTHER_PASSWORD)
    code, payload = _run(
        capsys,
        "useradd",
        *base,
        "--user",
        "op.una",
        "--new-user",
        "op.due",
        "--display-name",
        "Operatrice Due",
    )
    assert code == 1 and payload["code"] == "permesso_negato"
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    code, payload = _run(capsys, "status", *base, "--user", "coord")
    assert payload["users"] == 2 and payload["password_slots"] == 2


def test_rekey_with_new_recovery_key(store: Path, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "nuovo-foglio.pdf"
    code, payload = _run(
        capsys,
        "rekey",
        "--store",
        str(store),
        "--user",
        "coord",
        "--new-recovery-key",
        "--recovery-sheet",
        str(sheet),
    )
    assert code == 0
    assert "prima-rotazione" in payload["backup"]
    assert payload["recovery_key"] and sheet.exists()
    assert _run(capsys, "verify", "--store", str(store), "--user", "coord")[0] == 0


def test_restore_refuses_to_overwrite_without_replace(store: Path, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, payload = _run(capsys, "backup", "--store", str(store), "--user", "coord")
    copy = payload["backup"]
    code, payload = _run(capsys, "restore", copy, "--store", str(store), "--user", "coord")
    assert code == 1 and payload["code"] == "archivio_esistente"
    code, payload = _run(
        capsys, "restore", copy, "--store", str(store), "--user", "coord", "--replace"
    )
    assert code == 0
    set_aside = Path(payload["set_aside"])
    assert (set_aside / store.name).exists()
    assert (set_aside / (store.name + ".keys")).exists()
    assert _run(capsys, "verify", "--store", str(store), "--user", "coord")[0] == 0


def test_init_refuses_unknown_ambito_and_touches_nothing(
    tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ANTIVIOLENZA_NEW_PASSWORD", PASSWORD)
    target = tmp_path / "nuovo.avdb"
    code, payload = _run(
        capsys,
        "init",
        "--store",
        str(target),
        "--name",
        "X",
        "--ambito",
        "milano",
        "--user",
        "coord",
        "--display-name",
        "C P",
    )
    assert code == 1 and payload["field"] == "ambito"
    assert list(tmp_path.iterdir()) == []


def test_demo_creates_then_reopens(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "demo.avdb"
    code, first = _run(capsys, "demo", "--store", str(target))
    assert code == 0 and first["created"] is True
    code, payload = _run(capsys, "demo", "--store", str(target))
    assert code == 0 and payload["created"] is False
    assert payload["audit_entries"] == first["audit_entries"] + 1
