"""The lock screen on a 1366×768 laptop: the recovery key fits its field, whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.access.recovery_key import KEY_BYTES, format_recovery_key
from tests.ui_support import make_store, make_window


def test_the_whole_recovery_key_shows_in_its_field_at_1366x768(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(make_store(tmp_path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    screen = window.lock_screen
    qtbot.mouseClick(screen.toggle, Qt.MouseButton.LeftButton)
    field = screen.recovery_key
    assert field.isVisible()
    # The widest key: every character a W (the format itself is fixed: 8 groups of 5).
    key = format_recovery_key(bytes([0xFF]) * KEY_BYTES)
    widest = "-".join("W" * len(group) for group in key.split("-"))
    for text in (key, widest, field.placeholderText()):
        field.setText(text)
        field.end(False)  # a field too narrow scrolls its text left to show the cursor
        shown_until = field.cursorRect().center().x()
        assert shown_until >= field.fontMetrics().horizontalAdvance(text), text
        assert field.cursorRect().right() <= field.rect().right()
    assert screen.geometry().width() <= 1366
