"""Turning an AppError into the sentence shown next to a field.

The Italian template is the translation source (context "errors"), so an English catalogue can
translate it; the parameters are filled in after translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from antiviolenza_desktop.domain.errors import AppError


def error_text(error: AppError) -> str:
    template = QCoreApplication.translate("errors", type(error).template)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.message
