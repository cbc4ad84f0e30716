"""Aiuto › Informazioni: the version, the licence (EUPL-1.2, its full text), the third-party
notices shipped with the build, and Qt's own About.

The texts are read from the files the build ships (LICENSE, THIRD-PARTY-NOTICES.txt, found
by services/resources); a missing file is said so in the tab, never an error.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop import __version__
from antiviolenza_desktop.services.resources import find_legal_document
from antiviolenza_desktop.ui.app_icon import app_icon

LICENCE_FILE = "LICENSE"
NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Informazioni su antiviolenza-desktop"))
        self.resize(760, 560)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._summary(), self.tr("Informazioni"))
        self.licence_text = self._document(LICENCE_FILE)
        self.tabs.addTab(self.licence_text, self.tr("Licenza (EUPL-1.2)"))
        self.notices_text = self._document(NOTICES_FILE)
        self.tabs.addTab(self.notices_text, self.tr("Componenti di terze parti"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.about_qt_button = QPushButton(self.tr("Informazioni su Qt"))
        self.about_qt_button.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.HelpRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _summary(self) -> QWidget:
        page = QWidget()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        self.summary_label = QLabel(
            self.tr(
                "<h2>antiviolenza-desktop %1</h2>"
                "<p>Archivio cifrato della rete antiviolenza della Provincia di Cremona.</p>"
                "<p>Software libero distribuito con la licenza pubblica dell'Unione europea "
                "(EUPL) versione 1.2: il testo completo è nella scheda «Licenza».</p>"
                "<p>Usa componenti di terze parti, ciascuno con la propria licenza: l'elenco e "
                "i testi sono nella scheda «Componenti di terze parti». Qt, PySide6 e "
                "python-stdnum (LGPL) sono file separati e sostituibili nella cartella "
                "del programma.</p>"
            ).replace("%1", __version__)
        )
        self.summary_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(icon)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        return page

    def _document(self, name: str) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        path = find_legal_document(name)
        if path is None:
            view.setPlainText(
                self.tr("Il file %1 manca in questa installazione.").replace("%1", name)
            )
        else:
            view.setPlainText(path.read_text("utf-8", errors="replace"))
        return view
