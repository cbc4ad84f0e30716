"""Keep the unlocked store's raw key and decrypted pages out of crash dumps.

Called first thing by both front ends (`ui.app.main`, `cli.main.main`), before any password is
read. It lives in `store` because what it protects is the key the store holds in memory, and
both front ends sit above it.

What each system allows:
- Linux: RLIMIT_CORE = 0 (soft and hard, so nothing later in the process can raise it) and
  `prctl(PR_SET_DUMPABLE, 0)`, which also stops core helpers such as systemd-coredump and
  refuses `ptrace` and `/proc/PID/mem` to other processes of the same user (root still can).
- macOS and other POSIX systems: RLIMIT_CORE = 0.
- Windows has no per-process "no dumps" switch. `SetErrorMode(SEM_NOGPFAULTERRORBOX)` tells
  the system not to invoke Windows Error Reporting on a crash (no WER report, so no WER
  minidump), and `WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)` keeps the heap out of any
  report that is made anyway. Windows cannot stop a debugger or another process of the same
  user from reading memory (MiniDumpWriteDump, ReadProcessMemory) unless the process DACL is
  restricted as KeePassXC does; that is not done here (see docs/architecture.md).
  `WerAddExcludedApplication` is deliberately not used: it writes a persistent registry entry
  keyed by the executable name, which for `python.exe` would silence every Python program.

No call may stop the application: a protection the system refuses is skipped, and nothing
is logged (there is nothing personal to log, and nothing the person could act on).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

PR_SET_DUMPABLE = 4
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
WER_FAULT_REPORTING_FLAG_NOHEAP = 0x0001
S_OK = 0


def harden_process() -> frozenset[str]:
    """Apply what this platform offers; return the names of the protections now in force."""
    if sys.platform == "win32":
        return harden_windows(_kernel32())
    applied = set()
    if _no_core_files():
        applied.add("core_limit_zero")
    if sys.platform.startswith("linux") and _not_dumpable():
        applied.add("not_dumpable")
    return frozenset(applied)


def _no_core_files() -> bool:
    try:
        import resource
    except ImportError:
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return True


def _not_dumpable() -> bool:
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return False
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    prctl.restype = ctypes.c_int
    return int(prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0


def _kernel32() -> Any:
    try:
        return ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
    except (OSError, AttributeError):
        return None


def harden_windows(kernel32: Any) -> frozenset[str]:
    """Windows: no error-reporting dump on a crash, and no heap in any report made anyway.

    Takes kernel32 as a parameter so the logic is tested with a stand-in on every system.
    The error mode keeps the flags already set (a child inherits its parent's mode).
    """
    if kernel32 is None:
        return frozenset()
    applied = set()
    try:
        current = int(kernel32.GetErrorMode())
        kernel32.SetErrorMode(current | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
        applied.add("no_error_reporting")
    except (AttributeError, OSError):
        pass
    try:
        if int(kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)) == S_OK:
            applied.add("no_heap_in_reports")
    except (AttributeError, OSError):
        pass
    return frozenset(applied)
