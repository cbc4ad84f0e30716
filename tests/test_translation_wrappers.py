"""No text reaches Qt's translation through a wrapper the catalogue scan cannot see.

`tools/update_translations.py` collects the literals of `tr(...)` and
`QCoreApplication.translate("context", "text")`. A helper such as
`def _tr(text): return QCoreApplication.translate("Ctx", text)` called as `_tr("Firma…")` hides
"Firma…" from the scan: it is never in the catalogue and stays Italian in English. Wrappers
that translate a vocabulary label (its texts registered in the vocabulary module) are fine; a
wrapper called with a string literal is the bug this test catches.
"""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "antiviolenza_desktop"


def _is_translate(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Name)
    )


def _wrappers(tree: ast.Module) -> set[str]:
    """Module functions whose whole body returns `translate(context, <one of its parameters>)`."""
    names = set()
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.body) != 1:
            continue
        body = node.body[0]
        if not isinstance(body, ast.Return) or body.value is None or not _is_translate(body.value):
            continue
        text = body.value.args[1]
        assert isinstance(text, ast.Name)
        if text.id in {arg.arg for arg in node.args.args}:
            names.add(node.name)
    return names


def _literal_calls(tree: ast.Module, wrappers: set[str]) -> list[str]:
    return [
        f"{node.func.id}({node.args[0].value!r}) line {node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in wrappers
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ]


def test_no_literal_text_is_translated_through_a_wrapper() -> None:
    hidden = {}
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = _literal_calls(tree, _wrappers(tree))
        if calls:
            hidden[str(path.relative_to(SOURCE))] = calls
    assert hidden == {}


def test_the_check_finds_a_wrapper_called_with_a_literal() -> None:
    tree = ast.parse(
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Ctx', text)\n"
        "label = _tr('Firma…')\n"
    )
    assert _literal_calls(tree, _wrappers(tree)) == ["_tr('Firma…') line 3"]
