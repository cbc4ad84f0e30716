"""Core dumps off at the start of both front ends (issue 12): a crash while a store is unlocked
must not write the raw key and decrypted pages to disk.

Each front end starts in a child process (hardening changes the process for good), which then
reports what the kernel says: the core size limit and, on Linux, the dumpable flag.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from antiviolenza_desktop.store.process_hardening import (
    SEM_FAILCRITICALERRORS,
    SEM_NOGPFAULTERRORBOX,
    WER_FAULT_REPORTING_FLAG_NOHEAP,
    harden_windows,
)

REPORT = """
import ctypes, json, resource, sys
dumpable = None
if sys.platform.startswith("linux"):
    dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
print(json.dumps({"core": resource.getrlimit(resource.RLIMIT_CORE), "dumpable": dumpable}))
"""

CLI_START = """
from antiviolenza_desktop.cli.main import main
assert main(["bundle", "inspect", sys.argv[1]]) == 1  # a missing file: refused, not a crash
"""

GUI_START = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from antiviolenza_desktop.ui import app
qt = QApplication(sys.argv[:1])
QTimer.singleShot(0, qt.quit)
app.main(["--store", sys.argv[1]])
"""


def _child_report(start: str, tmp_path: Path) -> dict[str, object]:
    code = "import sys\n" + start + REPORT
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "manca.avdb")],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX limits, read in a child")
@pytest.mark.parametrize("start", [CLI_START, GUI_START], ids=["cli", "gui"])
def test_front_end_start_turns_core_dumps_off(start: str, tmp_path: Path) -> None:
    report = _child_report(start, tmp_path)
    assert report["core"] == [0, 0]
    if sys.platform.startswith("linux"):
        assert report["dumpable"] == 0


class OldKernel32:
    """Stands in for kernel32 of a system without WerSetFlags; records the error mode."""

    def __init__(self, mode: int = 0) -> None:
        self.mode = mode

    def GetErrorMode(self) -> int:
        return self.mode

    def SetErrorMode(self, mode: int) -> int:
        previous, self.mode = self.mode, mode
        return previous


class Kernel32(OldKernel32):
    """Stands in for kernel32 with Windows Error Reporting; records the flags asked for."""

    def __init__(self, mode: int = 0, wer_result: int = 0) -> None:
        super().__init__(mode)
        self.wer_flags: list[int] = []
        self._wer_result = wer_result

    def WerSetFlags(self, flags: int) -> int:
        self.wer_flags.append(flags)
        return self._wer_result


def test_windows_turns_error_reporting_off_and_keeps_earlier_flags() -> None:
    kernel32 = Kernel32(mode=0x8000)
    applied = harden_windows(kernel32)
    assert kernel32.mode == 0x8000 | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX
    assert kernel32.wer_flags == [WER_FAULT_REPORTING_FLAG_NOHEAP]
    assert applied == {"no_error_reporting", "no_heap_in_reports"}


def test_windows_without_wer_or_refusing_it_still_starts() -> None:
    old = OldKernel32()
    assert harden_windows(old) == {"no_error_reporting"}
    assert old.mode == SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX
    refused = Kernel32(wer_result=-2147024891)  # E_ACCESSDENIED as a signed HRESULT
    assert harden_windows(refused) == {"no_error_reporting"}
    assert harden_windows(None) == frozenset()
