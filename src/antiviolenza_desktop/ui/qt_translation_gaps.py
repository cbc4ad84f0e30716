"""Qt's own strings that its Italian catalogue (qtbase_it.qm) lacks: Qt 6 added an accelerator
to two labels of its file dialog («&Look in:», «Files of &type:») and the catalogue still has
them without, so the non-native file dialog showed them in English. This translator, installed
after qtbase_it, answers only those; everything else falls through to Qt's catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

ITALIAN_GAPS = {
    ("QFileDialog", "&Look in:"): "&Cerca in:",
    ("QFileDialog", "Files of &type:"): "File di &tipo:",
}


class QtItalianGaps(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # type: ignore[override]
        """None (a null string) hands the text on to Qt's catalogue: an empty string would be
        taken as the translation and blank every button and label."""
        return ITALIAN_GAPS.get((context, source))

    def isEmpty(self) -> bool:
        return False
