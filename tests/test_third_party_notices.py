"""tools/third_party_notices.py: every run-time distribution is listed with its licence and
its full licence texts; LGPL ones carry the source offer and how to replace them; the
committed THIRD-PARTY-NOTICES.txt is what the tool writes for this environment's closure."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "notices", ROOT / "tools" / "third_party_notices.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["notices"] = module
    spec.loader.exec_module(module)
    return module


def test_the_closure_is_the_runtime_one(tool: ModuleType) -> None:
    names = {tool.normalise(d.metadata["Name"]) for d in tool.runtime_closure()}
    assert {"pyside6-essentials", "shiboken6", "python-stdnum", "sqlcipher3", "faker"} <= names
    assert {"pytest", "ruff", "pyinstaller", "antiviolenza-desktop"}.isdisjoint(names)


def test_a_build_from_src_reads_the_requirements_from_pyproject(
    tool: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Windows build freezes the application from src/ without installing it: the notices
    are generated there too, from pyproject's dependencies, for the Windows closure."""
    installed = {d.metadata["Name"] for d in tool.runtime_closure()}
    real = tool.metadata.distribution

    def not_installed(name: str):  # type: ignore[no-untyped-def]
        if name == tool.APPLICATION:
            raise tool.metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(tool.metadata, "distribution", not_installed)
    assert {d.metadata["Name"] for d in tool.runtime_closure()} == installed


def test_notices_carry_texts_and_the_lgpl_offer(tool: ModuleType, tmp_path: Path) -> None:
    output = tmp_path / "NOTICES.txt"
    assert tool.main([str(output)]) == 0
    text = output.read_text("utf-8")
    for component in tool.components():
        assert f"- {component.name} {component.version}: " in text
        assert component.texts, f"{component.name} has no licence text"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert text.count("Source offer:") == 3  # PySide6, shiboken6, python-stdnum
    assert "_internal/PySide6" in text and "_internal/stdnum" in text
    assert "PSF-2.0" in text


def test_the_committed_notices_list_every_component(tool: ModuleType) -> None:
    """Versions move with the environment; a component missing from the file is a bug."""
    committed = (ROOT / "THIRD-PARTY-NOTICES.txt").read_text("utf-8")
    for component in tool.components():
        assert f"- {component.name} " in committed, component.name
