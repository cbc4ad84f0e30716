"""Privacy mode of the case list, for work in shared rooms: initials instead of names, and the
codice fiscale hidden, switched with one key (Ctrl+Shift+P) or from the menu «Visualizza».

One checkable action of the main window holds the state. It lives as long as the window, so
it survives locking and unlocking (each unlock builds a new case list, which takes the current
state); it is not saved anywhere (the application keeps no settings file), so a restart starts
with names shown. A label in the status bar says when the mode is on, on every screen.

Only what is shown changes: the list model masks every role it serves (display, accessibility,
sorting, copying with Ctrl+C), while searching still runs on the full data in the store. An
opened case shows in full: privacy mode protects the list, not the work on one record.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

SHORTCUT = "Ctrl+Shift+P"
HIDDEN_CODICE_FISCALE = "•" * 16


def initials(name: str) -> str:
    """«Maria Grazia» → «M. G.»: no name shown, yet two rows can still be told apart."""
    return " ".join(f"{word[0].upper()}." for word in name.split())


def hidden_codice_fiscale(codice_fiscale: str | None) -> str:
    """Always the same width, so not even the length of a temporary code shows."""
    return HIDDEN_CODICE_FISCALE if codice_fiscale else ""


class PrivacyMode(QObject):
    """The action (menu «Visualizza», Ctrl+Shift+P) and the status-bar label of the mode."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.action = QAction(self.tr("Modalità &riservata"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(
            self.tr("Nell'elenco dei casi: iniziali al posto dei nomi, codice fiscale nascosto")
        )
        window.addAction(self.action)
        window.menuBar().addMenu(self.tr("&Visualizza")).addAction(self.action)
        self.label = QLabel(self.tr("Modalità riservata"))
        self.label.setObjectName("privacyModeLabel")
        self.label.setStyleSheet("QLabel { font-weight: bold; padding: 0 6px; }")
        self.label.setAccessibleName(self.tr("Modalità riservata attiva"))
        window.statusBar().addPermanentWidget(self.label)
        self.label.setVisible(False)
        self.action.toggled.connect(self.label.setVisible)
