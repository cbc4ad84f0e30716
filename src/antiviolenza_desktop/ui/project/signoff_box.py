"""«Firme dell'équipe»: who signed the act a project waits for, and the button to sign.

One box on the content page (the validation of the stored draft, or of a revision) and one on
the closure page (the closure of the revision in force). It lists the signatures that still
stand (`operations.project.ProjectState.signed_for`: a signature on a draft changed since is
gone), says how many are missing, and asks for a signature with `sign_requested(act)`; the
tab runs it (`ui.project.signing`). While she edits, signing waits for the draft to be saved:
the équipe signs the stored text, never what is still being typed. Texts keep the tab's
translation context ("ProjectTab").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout

from antiviolenza_desktop.domain.project.signoff import (
    CLOSURE,
    REQUIRED_SIGNERS,
    REVISION,
    VALIDATION,
    SignOff,
)


def act_text(act: str, number: int) -> str:
    """The act as the box and the dialog name it, with its revision number."""
    texts = {
        VALIDATION: QCoreApplication.translate(
            "ProjectTab", "Validazione del progetto (revisione %1)"
        ),
        REVISION: QCoreApplication.translate("ProjectTab", "Validazione della revisione %1"),
        CLOSURE: QCoreApplication.translate("ProjectTab", "Chiusura del progetto (revisione %1)"),
    }
    return texts[act].replace("%1", str(number))


def signer_line(signoff: SignOff) -> str:
    """«Name · dd/mm/yyyy hh:mm» in local time."""
    when = f"{signoff.signed_at.astimezone():%d/%m/%Y %H:%M}" if signoff.signed_at else ""
    return f"{signoff.name} · {when}" if when else signoff.name


class SignoffBox(QGroupBox):
    """`sign_requested(act)` when «Firma…» is pressed."""

    sign_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("ProjectTab", "Firme dell'équipe"))
        self.setObjectName("signoffBox")
        self.act: str | None = None
        self.summary = QLabel(objectName="signoffSummary", wordWrap=True)
        self.signers = QLabel(objectName="signoffList", wordWrap=True)
        self.hint = QLabel(objectName="hintLabel", wordWrap=True)
        self.hint.setStyleSheet("color: #555555;")
        self.sign_button = QPushButton(QCoreApplication.translate("ProjectTab", "&Firma…"))
        self.sign_button.setAccessibleName(
            QCoreApplication.translate("ProjectTab", "Firma con la tua password")
        )
        column = QVBoxLayout(self)
        for widget in (self.summary, self.signers, self.hint, self.sign_button):
            column.addWidget(widget)
        self.sign_button.clicked.connect(self._ask)
        self.hide()

    def _ask(self) -> None:
        if self.act is not None:
            self.sign_requested.emit(self.act)

    def show_act(
        self,
        act: str | None,
        number: int,
        signed: Sequence[SignOff],
        *,
        waiting: str = "",
        idle: bool = True,
    ) -> None:
        """Show `act` on revision `number` with its standing signatures; hidden for None.
        `waiting` says why signing must wait (then the button is off)."""
        self.act = act
        self.setVisible(act is not None)
        if act is None:
            return
        missing = max(0, REQUIRED_SIGNERS - len(signed))
        if missing:
            text = self.tr("%1: firme %2 di %3, ne mancano %n.", "", missing)
        else:
            text = QCoreApplication.translate("ProjectTab", "%1: firme complete (%2 di %3).")
        values = (act_text(act, number), str(len(signed)), str(REQUIRED_SIGNERS))
        for index, value in enumerate(values, start=1):
            text = text.replace(f"%{index}", value)
        self.summary.setText(text)
        lines = [signer_line(s) for s in signed]
        self.signers.setText(
            "\n".join(lines)
            if lines
            else QCoreApplication.translate("ProjectTab", "Nessuna firma finora.")
        )
        self.hint.setText(waiting)
        self.hint.setVisible(bool(waiting))
        self.sign_button.setEnabled(idle and not waiting)
