"""The one place unexpected errors go: a generic dialog, and no text that could hold personal
data (exception messages can quote a name or a codice fiscale, so only the type is shown)."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox


def _show(kind: type[BaseException], _error: BaseException, _tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        return
    parent = QApplication.activeWindow()
    QMessageBox.critical(
        parent,
        QApplication.translate("errors", "Errore imprevisto"),
        QApplication.translate(
            "errors",
            "Si è verificato un errore imprevisto (%1). I dati già salvati sono al sicuro. "
            "Se si ripete, blocca e riapri l'archivio e avvisa l'assistenza.",
        ).replace("%1", kind.__name__),
    )


def install() -> None:
    sys.excepthook = _show
