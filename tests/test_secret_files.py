"""Passwords, recovery keys and one-time codes from files and variables (issue 12).

A file saved by Windows Notepad (UTF-8 with BOM, CR LF) used to give «Password errata», and a
store created from one never opened with the typed password. One rule (domain.secret_text)
now turns a file or a variable into exactly what the person types.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.commands import enrol
from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.domain.access.secret_text import (
    SecretFileNotUtf8,
    SecretOnSeveralLines,
    secret_from_file,
    secret_from_text,
)
from antiviolenza_desktop.services.store_lifecycle import initialise_store
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from tests.store_template import new_store
from tests.support import OTHER_PASSWORD, PASSWORD, sha256_of

NOTEPAD = "\ufeff{}\r\n"
ACCENTED = "perché-la-rosa-è-rossa-42"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (NOTEPAD.format(PASSWORD), PASSWORD),
        (PASSWORD + "\n", PASSWORD),
        (PASSWORD + "\r", PASSWORD),
        (PASSWORD, PASSWORD),
        ("\ufeff" + PASSWORD, PASSWORD),
        (" spazi attorno \n", " spazi attorno "),
        (NOTEPAD.format(ACCENTED), ACCENTED),
    ],
)
def test_a_file_gives_what_she_types(written: str, read: str) -> None:
    assert secret_from_file(written.encode("utf-8"), name="pw.txt") == read
    assert secret_from_text(written, source="ANTIVIOLENZA_PASSWORD") == read


@pytest.mark.parametrize("written", [PASSWORD + "\n\n", PASSWORD + "\r\n\r\n", "una\ndue\n"])
def test_only_one_line_ending_is_dropped_and_a_second_line_is_refused(written: str) -> None:
    with pytest.raises(SecretOnSeveralLines) as refused:
        secret_from_file(written.encode("utf-8"), name="pw.txt")
    assert refused.value.params == {"source": "pw.txt"}
    assert PASSWORD not in refused.value.message


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_another_encoding_is_refused_by_name(encoding: str) -> None:
    with pytest.raises(SecretFileNotUtf8) as refused:
        secret_from_file((ACCENTED + "\r\n").encode(encoding), name="pw.txt")
    assert "pw.txt" in refused.value.message and "UTF-8" in refused.value.message


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    database = new_store(tmp_path)
    for variable in ("ANTIVIOLENZA_PASSWORD", "ANTIVIOLENZA_NEW_PASSWORD"):
        monkeypatch.delenv(variable, raising=False)
    return database


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_a_notepad_password_file_opens_the_store(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notepad = _file(tmp_path, "pw.txt", NOTEPAD.format(PASSWORD).encode("utf-8"))
    base = ["--store", str(store), "--user", "coord"]
    code, payload = _run(capsys, "status", *base, "--password-file", str(notepad))
    assert code == 0, payload
    unix = _file(tmp_path, "pw-lf.txt", (PASSWORD + "\n").encode("utf-8"))
    assert _run(capsys, "status", *base, "--password-file", str(unix))[0] == 0


def test_a_store_created_from_a_notepad_file_opens_with_the_typed_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ANTIVIOLENZA_NEW_PASSWORD", raising=False)
    notepad = _file(tmp_path, "nuova.txt", NOTEPAD.format(ACCENTED).encode("utf-8"))
    target = tmp_path / "nuovo.avdb"
    code, payload = _run(
        capsys,
        "init", "--store", str(target), "--name", "Nuovo", "--ambito", "cremasco",
        "--user", "coord", "--display-name", "Coordinatrice Prova",
        "--recovery-sheet", str(tmp_path / "foglio.pdf"), "--new-password-file", str(notepad),
    )  # fmt: skip
    assert code == 0, payload
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", ACCENTED)  # as typed at the keyboard
    code, payload = _run(capsys, "status", "--store", str(target), "--user", "coord")
    assert code == 0, payload


def test_a_password_variable_loses_its_bom_and_one_line_ending(
    store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", NOTEPAD.format(PASSWORD))
    assert _run(capsys, "status", "--store", str(store), "--user", "coord")[0] == 0


def test_refused_new_password_files_leave_the_store_as_it_was(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    keys = store.with_name(store.name + ".keys")
    slots_before = sha256_of(keys)
    two_lines = _file(tmp_path, "due.txt", (OTHER_PASSWORD + "\n\n").encode("utf-8"))
    cp1252 = _file(tmp_path, "ansi.txt", (ACCENTED + "\r\n").encode("cp1252"))
    base = ["passwd", "--store", str(store), "--user", "coord", "--new-password-file"]
    code, payload = _run(capsys, *base, str(two_lines))
    assert (code, payload["code"]) == (1, "segreto_su_piu_righe")
    code, payload = _run(capsys, *base, str(cp1252))
    assert (code, payload["code"]) == (1, "segreto_non_utf8")
    assert "ansi.txt" in payload["message"]
    assert sha256_of(keys) == slots_before
    assert _run(capsys, "status", "--store", str(store), "--user", "coord")[0] == 0


def test_a_notepad_recovery_key_file_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    created = initialise_store(
        tmp_path / "a.avdb",
        store_name="Archivio di prova",
        ambito="cremonese",
        login="coord",
        display_name="Coordinatrice Prova",
        password=PASSWORD,
        params=FLOOR_PARAMS,
    )
    created.store.close()
    key_file = _file(tmp_path, "chiave.txt", NOTEPAD.format(created.recovery_key).encode())
    monkeypatch.setenv("ANTIVIOLENZA_NEW_PASSWORD", OTHER_PASSWORD)
    code, payload = _run(
        capsys,
        "recover", "--store", str(tmp_path / "a.avdb"), "--user", "coord",
        "--recovery-key-file", str(key_file),
    )  # fmt: skip
    assert code == 0, payload


def test_a_notepad_one_time_code_file_is_read(tmp_path: Path) -> None:
    code = "ABCD-EFGH-JKLM"
    code_file = _file(tmp_path, "codice.txt", NOTEPAD.format(code).encode("utf-8"))
    assert enrol.read_code(argparse.Namespace(code_file=code_file)) == code
