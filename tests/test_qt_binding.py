"""Guards against a broken Qt binding: PySide6 6.12.0 released a reference to None on every
void call, so a long session (a few hundred form checks) aborted the app with
`none_dealloc`. pyproject.toml pins below it; this test fails if such a build comes back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_leak_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        label.clear()
    assert abs(sys.getrefcount(None) - before) < 50
