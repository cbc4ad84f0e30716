"""The CLI writes UTF-8 whatever the console's code page.

Under a Windows console or a redirect with cp1252, Python encodes the standard streams in
cp1252: «→», «Ș», «Ł» or «Ольга» raised UnicodeEncodeError in the middle of the output. Here
the child's streams are forced to cp1252 (PYTHONIOENCODING, UTF-8 mode off); its stdout and
stderr must be UTF-8 bytes with the whole text.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.store_template import new_store
from tests.support import LOGIN, PASSWORD

STORE_NAME = "CAV Ștefănescu → Łucja Ольга"
CP1252 = {"PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0", "ANTIVIOLENZA_PASSWORD": PASSWORD}


def _cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "antiviolenza_desktop", *args],
        capture_output=True,
        env={**os.environ, **CP1252},
        cwd=cwd,
        timeout=120,
        check=False,
    )


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return new_store(tmp_path, store_name=STORE_NAME)


def test_stdout_is_utf8_under_a_cp1252_console(store: Path, tmp_path: Path) -> None:
    status = _cli(["status", "--store", str(store), "--user", LOGIN], tmp_path)
    assert status.returncode == 0, status.stderr.decode("utf-8", "replace")
    assert STORE_NAME in status.stdout.decode("utf-8")


def test_stderr_is_utf8_under_a_cp1252_console(tmp_path: Path) -> None:
    missing = tmp_path / "Ольга→.avdb"
    refused = _cli(["status", "--store", str(missing), "--user", LOGIN], tmp_path)
    assert refused.returncode == 1
    text = refused.stderr.decode("utf-8")
    assert text.startswith("Errore: ")
    assert "Ольга→.avdb" in text
    assert "Traceback" not in text
