"""Aiuto › Guida (F1): a short guide per area, written for the social worker, opened at the
page of the area on screen. The pages are HTML files in resources/help/<language>/ (Italian,
and English for the English interface), one per topic, titled by their <title>; they link to
each other by file name. The guide holds no personal data and stays open while she works.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.services.resources import find_resource

if TYPE_CHECKING:
    from antiviolenza_desktop.ui.workspace import Workspace

HELP_LANGUAGES = ("it", "en")
LOCKED_TOPIC = "blocco-e-copie"
HELP_TOPICS = (
    "casi",
    "lista-attesa",
    "nuova-segnalazione",
    "scheda-caso",
    "fondi",
    "rete",
    "da-fare",
    LOCKED_TOPIC,
)


def help_folder(language: str) -> Path | None:
    """resources/help/<language>, Italian for any language without its own guide."""
    return find_resource("help", language if language in HELP_LANGUAGES else "it")


def missing_help_pages() -> list[str]:
    """The guide's pages not found, as language/topic.html (empty when the guide is whole)."""
    return [
        f"{language}/{topic}.html"
        for language in HELP_LANGUAGES
        for topic in HELP_TOPICS
        if find_resource("help", language, f"{topic}.html") is None
    ]


def area_topic(workspace: Workspace | None) -> str:
    """The guide's page for what is on screen (the lock screen's when locked)."""
    if workspace is None:
        return LOCKED_TOPIC
    current = workspace.areas.currentWidget()
    topics = {
        workspace.case_list: "casi",
        workspace.waiting_list: "lista-attesa",
        workspace.new_case: "nuova-segnalazione",
        workspace.funds: "fondi",
        workspace.network: "rete",
        workspace.tasks: "da-fare",
    }
    return topics.get(current, "scheda-caso")  # the case, or the privacy cover over one


class HelpDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guida"))
        self.resize(900, 620)
        self.folder = help_folder(language)
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Argomenti della guida"))
        self.topics.setMaximumWidth(240)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        if self.folder is not None:
            self.browser.setSearchPaths([str(self.folder)])
        self._fill_topics()
        self.topics.currentRowChanged.connect(self._show_row)
        self.browser.sourceChanged.connect(self._follow_source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.topics)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)

    def _fill_topics(self) -> None:
        for topic in HELP_TOPICS:
            self.browser.setSource(self._url(topic))
            self.topics.addItem(self.browser.documentTitle() or topic)
        self.browser.clear()

    def _url(self, topic: str) -> QUrl:
        if self.folder is None:
            return QUrl()
        return QUrl.fromLocalFile(str(self.folder / f"{topic}.html"))

    def show_topic(self, topic: str) -> None:
        """Open at `topic` (one of HELP_TOPICS)."""
        self.topics.setCurrentRow(HELP_TOPICS.index(topic))
        self._show_row(self.topics.currentRow())

    def current_topic(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem

    def _show_row(self, row: int) -> None:
        if self.folder is None:
            self.browser.setHtml(self.tr("<p>La guida non è installata con questo programma.</p>"))
        elif 0 <= row < len(HELP_TOPICS):
            self.browser.setSource(self._url(HELP_TOPICS[row]))

    def _follow_source(self, url: QUrl) -> None:
        """A link to another page selects that page's topic too."""
        topic = Path(url.toLocalFile()).stem
        if topic in HELP_TOPICS:
            self.topics.blockSignals(True)
            self.topics.setCurrentRow(HELP_TOPICS.index(topic))
            self.topics.blockSignals(False)
