"""Small widgets shared by every screen: the inline error label and the demo banner."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

ButtonT = TypeVar("ButtonT", bound=QAbstractButton)


def writer_only(button: ButtonT, writer: bool) -> ButtonT:
    """The button as given to a role that may write here; hidden (and off, so no shortcut
    reaches it) for anyone else: the GUI hides what a role cannot do, and the services refuse
    it anyway."""
    if not writer:
        button.setEnabled(False)
        button.setVisible(False)
    return button


class ErrorLabel(QLabel):
    """Red text under a field or a form; hidden when there is nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


class WarningLabel(ErrorLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("warningLabel")
        self.setStyleSheet("color: #8a5a00;")


class DemoBanner(QLabel):
    """Shown on every screen of a demo store, with its public password."""

    def __init__(self, password: str | None = None) -> None:
        super().__init__()
        self.setObjectName("demoBanner")
        text = self.tr("DEMO – dati fittizi")
        if password:
            text += " · " + self.tr("password: %1").replace("%1", password)
        self.setText(text)
        self.setStyleSheet(
            "background: #fff3cd; color: #664d03; border: 1px solid #e0c36a;"
            " padding: 6px 12px; font-weight: bold;"
        )


def chain_tab_order(editor: QWidget, rows: Sequence[QWidget], add_button: QWidget) -> None:
    """Rows added at run time join the Tab order just before `add_button`, after whatever
    precedes `editor` in the window, not at the end of the window."""
    for first, second in pairwise([_focusable_before(editor, add_button), *rows, add_button]):
        if first is not None:
            QWidget.setTabOrder(first, second)


def _focusable_before(editor: QWidget, add_button: QWidget) -> QWidget | None:
    widget = add_button.previousInFocusChain()
    while widget is not None and widget is not add_button:
        outside = widget is not editor and not editor.isAncestorOf(widget)
        if outside and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return widget
        widget = widget.previousInFocusChain()
    return None
