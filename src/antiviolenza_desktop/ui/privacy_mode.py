"""Privacy mode, for work in shared rooms: nothing on screen names a woman, switched with one
key (Ctrl+Shift+P) or from the menu «Visualizza». Someone presses it because a person walked in.

One checkable action of the main window holds the state. It lives as long as the window, so
it survives locking and unlocking (each unlock builds a new case list, which takes the current
state); it is not saved anywhere (the application keeps no settings file), so a restart starts
with names shown. A label in the status bar says when the mode is on, on every screen.

Only what is shown changes:
- the case list model masks every role it serves (display, accessibility, sorting, copying with
  Ctrl+C): initials instead of names, the codice fiscale hidden;
- the waiting list shows initials too, and its search field dots, like the case list;
- the search field shows its text as dots (password echo, which screen readers also get as
  dots), while the search still runs on what was typed and on the full data in the store;
- an area that shows one woman's record (the open case, a new referral being typed) is covered
  by `PrivacyCover`, not closed: her tab, her place and any unsaved edit are there again when the
  mode goes off, by the same key or the cover's button. A case opened while the mode is on is
  covered too, so the mode always means "no name on screen".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from antiviolenza_desktop.domain.case.privacy_masks import (
    HIDDEN_CODICE_FISCALE as HIDDEN_CODICE_FISCALE,
)
from antiviolenza_desktop.domain.case.privacy_masks import (
    hidden_codice_fiscale as hidden_codice_fiscale,
)
from antiviolenza_desktop.domain.case.privacy_masks import initials as initials

SHORTCUT = "Ctrl+Shift+P"


class PrivacyMode(QObject):
    """The action (menu «Visualizza», Ctrl+Shift+P) and the status-bar label of the mode."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.action = QAction(self.tr("Modalità &riservata"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(
            self.tr(
                "Iniziali al posto dei nomi, codice fiscale e testo cercato nascosti, "
                "scheda aperta coperta"
            )
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


def shortcut_text() -> str:
    """The mode's key as this platform writes it (for notices that name it)."""
    return QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)


class PrivacyCover(QWidget):
    """What shows in place of a woman's record while the mode is on; `show_button` switches
    the mode off (the workspace connects it to the action)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("privacyCover")
        self.title = QLabel(self.tr("Modalità riservata: scheda nascosta"))
        self.title.setObjectName("privacyCoverTitle")
        self.title.setStyleSheet("QLabel { font-size: 16pt; font-weight: bold; color: #123a6b; }")
        self.hint = QLabel(
            self.tr(
                "La scheda resta aperta com'era, con le modifiche non salvate. "
                "Per mostrarla di nuovo premi %1 o il pulsante qui sotto."
            ).replace("%1", shortcut_text())
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.show_button = QPushButton(self.tr("Mo&stra la scheda"))
        self.show_button.setObjectName("privacyCoverShow")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.hint)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
