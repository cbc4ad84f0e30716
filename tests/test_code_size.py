"""Size limits of the source: modules of at most 400 lines, functions of at most 40.

A long function is usually several jobs in one (build a box, fill it, wire its signals); a long
module, several subjects. The limits are checked on the package only (migrations are
exempt: a migration is written once and never edited). A function's length runs from its
`def` line to its last line; decorators do not count.
"""

from __future__ import annotations

import ast
from pathlib import Path

import antiviolenza_desktop

PACKAGE = Path(antiviolenza_desktop.__file__).parent
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 40


def _modules() -> list[tuple[str, str]]:
    return [
        (path.relative_to(PACKAGE).as_posix(), path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
        if "migrations" not in path.relative_to(PACKAGE).parts
    ]


def _too_long() -> tuple[list[str], list[str]]:
    modules: list[str] = []
    functions: list[str] = []
    for relative, text in _modules():
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            modules.append(f"{relative}: {lines} lines")
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                functions.append(f"{relative}:{node.lineno} {node.name}: {length} lines")
    return modules, functions


def test_every_module_and_function_is_within_the_limits() -> None:
    modules, functions = _too_long()
    assert modules == []
    assert functions == []
