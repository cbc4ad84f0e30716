"""Archivio › Impostazioni…: minutes without input before the archive locks itself (1–15,
applied at once) and the language of the interface (from the next start: every window would
have to be rebuilt to change it live). Kept with ui.app_settings; a command-line option given
at start wins over them for that run.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.ui.archive.app_settings import AppSettings
from antiviolenza_desktop.ui.session.idle_lock import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES

# Each language is named in itself, so whoever cannot read the current one finds hers.
LANGUAGE_NAMES = (("it", "Italiano"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, idle_minutes: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Impostazioni"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setValue(idle_minutes)
        self.idle_minutes.setMaximumWidth(100)
        self.idle_minutes.setAccessibleName(self.tr("Minuti prima del blocco automatico"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Lingua"))
        self.language.setMaximumWidth(200)
        idle_note = QLabel(
            self.tr(
                "Senza uso di tastiera o mouse per questo tempo l'archivio si blocca; "
                "30 secondi prima compare un avviso."
            )
        )
        language_note = QLabel(self.tr("La lingua cambia al prossimo avvio del programma."))
        for note in (idle_note, language_note):
            note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Minuti prima del blocco automatico"), self.idle_minutes)
        form.addRow("", idle_note)
        form.addRow(self.tr("&Lingua"), self.language)
        form.addRow("", language_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        self.settings.set_idle_minutes(self.idle_minutes.value())
        self.settings.set_language(str(self.language.currentData()))
        super().accept()
