"""The two lines at the top of the project panel: which revision is on screen, and what the
buttons will do with it ("Modifica crea la revisione 3")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from antiviolenza_desktop.operations.project import ProjectState
from antiviolenza_desktop.ui.formatting import format_date


def status_lines(state: ProjectState, *, editing: bool) -> tuple[str, str]:
    """(title, explanation) for the project panel."""
    translate = QCoreApplication.translate  # lupdate reads translate("context", "literal")
    latest = state.latest
    if latest is None:
        if editing:
            return translate("ProjectTab", "Revisione 1 · nuova bozza"), translate(
                "ProjectTab", "Non ancora salvata."
            )
        return translate("ProjectTab", "Nessun progetto"), translate(
            "ProjectTab", "Premi «Modifica il progetto» per scriverne la bozza."
        )
    number = str(latest.number)
    if latest.status == "closed":
        return (
            translate("ProjectTab", "Revisione %1 · chiusa").replace("%1", number),
            translate("ProjectTab", "Il progetto è concluso: resta in sola lettura."),
        )
    if latest.status == "validated":
        following = str(latest.number + 1)
        if editing:
            return (
                translate("ProjectTab", "Revisione %1 · nuova bozza").replace("%1", following),
                translate(
                    "ProjectTab", "La revisione %1 resta in vigore finché non validi questa."
                ).replace("%1", number),
            )
        title = translate("ProjectTab", "Revisione %1 · validata il %2")
        return (
            title.replace("%1", number).replace("%2", format_date(latest.validated_on)),
            translate(
                "ProjectTab", "È bloccata: «Modifica il progetto» prepara la revisione %1."
            ).replace("%1", following),
        )
    title = translate("ProjectTab", "Revisione %1 · bozza").replace("%1", number)
    if editing:
        return title, translate(
            "ProjectTab", "«Salva bozza» la aggiorna; «Valida» la salva e la blocca."
        )
    return title, translate("ProjectTab", "Non ancora validata.")
