"""The operations layer stays Qt-free: every module under `operations/` (found by walking the
package, so a new one is checked without listing it here) imports without loading PySide6.

A fresh interpreter is used because the test session itself has Qt loaded by the GUI tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import antiviolenza_desktop.operations as operations

WALK = """
import importlib, pkgutil, sys
import antiviolenza_desktop.operations as operations
names = [m.name for m in pkgutil.walk_packages(operations.__path__, operations.__name__ + ".")]
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m == "PySide6" or m.startswith("PySide6."))
assert not loaded, loaded
print(len(names))
"""


def test_every_operation_imports_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", WALK], check=True, timeout=120, capture_output=True, text=True
    )
    modules = [p for p in Path(operations.__file__).parent.glob("*.py") if p.stem != "__init__"]
    assert int(done.stdout) == len(modules) > 10
