"""The Makefile's venv: a half-made .venv (creation failed or was interrupted, so its pip does
not run) is removed and made again, and a creation that fails leaves no .venv behind.

Runs the real Makefile's `venv` target in a scratch folder with a stand-in `python` (a shell
script that makes a stand-in venv), so no package is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# A stand-in interpreter: `-m venv DIR` makes DIR/bin/python, a stand-in whose `-m pip ...`
# succeeds and is logged. With FAIL_VENV set, it makes a half venv and fails, like
# `python3 -m venv` without python3-venv on Debian.
FAKE_PYTHON = """#!/bin/sh
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  mkdir -p "$3/bin"
  if [ -n "$FAIL_VENV" ]; then printf '#!/bin/sh\\nexit 1\\n' > "$3/bin/python"; \
chmod +x "$3/bin/python"; exit 1; fi
  printf '#!/bin/sh\\necho "$@" >> "%s/pip.log"\\n' "$PWD" > "$3/bin/python"
  chmod +x "$3/bin/python"
  exit 0
fi
exit 1
"""

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    fake = tmp_path / "fake-python"
    fake.write_text(FAKE_PYTHON)
    fake.chmod(0o755)
    return tmp_path


def _make(project: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "venv", f"PYTHON={project / 'fake-python'}"],
        cwd=project,
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_half_made_venv_is_rebuilt(project: Path) -> None:
    broken = project / ".venv" / "bin" / "python"
    broken.parent.mkdir(parents=True)
    broken.write_text("#!/bin/sh\nexit 1\n")  # an interpreter whose pip does not run
    broken.chmod(0o755)
    done = _make(project)
    assert done.returncode == 0, done.stderr
    assert (project / ".venv" / ".installed").exists()
    assert "install --quiet -e .[test]" in (project / "pip.log").read_text()


def test_a_failed_creation_leaves_no_venv(project: Path) -> None:
    done = _make(project, FAIL_VENV="1")
    assert done.returncode != 0
    assert "python3-venv" in done.stderr
    assert not (project / ".venv").exists()
    assert _make(project).returncode == 0  # the next run starts from nothing and succeeds
    assert (project / ".venv" / ".installed").exists()
