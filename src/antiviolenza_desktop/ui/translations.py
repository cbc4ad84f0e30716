"""Qt translations: Italian is the source language, English ships as a catalogue, and a
pseudo-locale stretches every string to check layouts and find strings that bypass tr().

Counts use Qt's plural forms (`tr("%n casi", "", n)`). The source text holds one form only, so
Italian too loads a catalogue: antiviolenza_it.qm, which holds only the numerus messages with
their Italian forms (Qt's practice for a source language with plurals;
tools/update_translations.py maintains it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from antiviolenza_desktop.services.resources import find_resource
from antiviolenza_desktop.ui.qt_translation_gaps import QtItalianGaps

CATALOGUES = {"en": "antiviolenza_en.qm", "it": "antiviolenza_it.qm"}
"""The app's own catalogue per language (Italian: its plural forms only)."""

PSEUDO_OPEN = "[~"
PSEUDO_CLOSE = "~]"


class PseudoTranslator(QTranslator):
    """Wraps every string in markers and lengthens it by a third, like a long translation."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        padding = "·" * max(1, len(source) // 3)
        return f"{PSEUDO_OPEN}{source}{padding}{PSEUDO_CLOSE}"

    def isEmpty(self) -> bool:
        return False


def install_translator(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language`; keep the returned list alive with the app."""
    installed: list[QTranslator] = []
    qt_base = QTranslator(app)
    qt_language = "it" if language in ("it", "pseudo") else language
    if qt_base.load(
        QLocale(qt_language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    if qt_language == "it":
        installed.append(QtItalianGaps(app))
        app.installTranslator(installed[-1])
    if language in CATALOGUES:
        catalogue = find_resource("translations", CATALOGUES[language])
        own = QTranslator(app)
        if catalogue is not None and own.load(str(catalogue)):
            app.installTranslator(own)
            installed.append(own)
    elif language == "pseudo":
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        installed.append(pseudo)
    return installed
