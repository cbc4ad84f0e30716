"""The sentence that confirms the form's Save; the save itself is `operations.case_intake`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from antiviolenza_desktop.services.intake import SavedCase

__all__ = ["saved_notice"]


def saved_notice(saved: SavedCase, *, new: bool) -> str:
    """ "Scheda CRE-2026-0001 registrata." plus how many warnings are left to look at."""
    # Named `translate`, not `tr`: lupdate reads a bare `tr(a, b)` as tr(source, comment)
    # and would file these sentences under an empty context with the wrong source.
    translate = QCoreApplication.translate
    if new:
        text = translate("CaseForm", "Scheda %1 registrata.")
    else:
        text = translate("CaseForm", "Modifiche alla scheda %1 salvate.")
    text = text.replace("%1", saved.code)
    count = len(saved.warnings)
    if count == 1:
        text += " " + translate(
            "CaseForm", "1 avviso da ricontrollare (in giallo accanto al campo)."
        )
    elif count:
        # Two sentences, not "%n": they differ beyond the number (al campo / ai campi).
        more = translate("CaseForm", "%1 avvisi da ricontrollare (in giallo accanto ai campi).")
        text += " " + more.replace("%1", str(count))
    return text
