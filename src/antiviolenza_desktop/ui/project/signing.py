"""The signatures of the project tab: its two «Firme dell'équipe» boxes and the signing flow.

`ProjectSignatures` shows the content page's box (the stored draft's validation) and the
closure page's (the revision in force's closure) from the tab's state; while she edits,
signing waits for the draft to be saved. `SigningFlow.ask(case_id, act)` opens the dialog
(`ui.project.signoff_dialog`); its credentials go to
`operations.project_signoff.sign` on the tab's background runner (the key derivation takes a
moment); a refusal stays in the dialog, a signature closes it and fires `signed`. At a lock
(`close`) the dialog goes, with whatever was typed in it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.project.signoff import CLOSURE, SignOff
from antiviolenza_desktop.operations import project_signoff
from antiviolenza_desktop.operations.project import ProjectState
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.project.signoff_box import SignoffBox, act_text, signer_line
from antiviolenza_desktop.ui.project.signoff_dialog import SignoffDialog

Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[AppError], None]], None]


class SigningFlow(QObject):
    """`signed(SignOff)` after a signature was recorded."""

    signed = Signal(object)

    def __init__(self, parent: QWidget, opened: OpenStore, run: Runner) -> None:
        super().__init__(parent)
        self._parent, self._opened, self._run = parent, opened, run
        self.dialog: SignoffDialog | None = None

    def ask(self, case_id: int, act: str, act_text: str) -> SignoffDialog:
        self.close()
        login = self._opened.actor.login or ""
        dialog = SignoffDialog(self._parent, act_text, login)
        dialog.submitted.connect(lambda who, secret: self._sign(dialog, case_id, act, who, secret))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _sign(
        self, dialog: SignoffDialog, case_id: int, act: str, login: str, password: str
    ) -> None:
        opened = self._opened

        def done(signoff: SignOff) -> None:
            if shiboken6.isValid(dialog):
                dialog.accept()
            self.signed.emit(signoff)

        def refused(error: AppError) -> None:
            if shiboken6.isValid(dialog):
                dialog.refused(error)

        self._run(
            lambda: project_signoff.sign(opened, case_id, act, login, password), done, refused
        )

    def close(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.password.clear()
            self.dialog.reject()
        self.dialog = None


class ProjectSignatures(QObject):
    """The two boxes and the flow; `signed(SignOff)` after a signature."""

    signed = Signal(object)

    def __init__(self, parent: QWidget, opened: OpenStore, run: Runner) -> None:
        super().__init__(parent)
        self.box, self.closure_box = SignoffBox(), SignoffBox()
        self.approved = QLabel(objectName="approvedBy", wordWrap=True)
        self.approved.hide()
        self.closure_box.setMaximumWidth(800)  # as wide as the closure form below it
        self.flow = SigningFlow(parent, opened, run)
        self.state = ProjectState()
        self.case_id: int | None = None
        self.busy = False
        for box in (self.box, self.closure_box):
            box.sign_requested.connect(self.ask)
        self.flow.signed.connect(self.signed)

    def show(self, state: ProjectState, case_id: int | None, *, editing: bool, idle: bool) -> None:
        self.state, self.case_id, self.busy = state, case_id, not idle
        latest, active = state.latest, state.in_force
        act = state.content_act if case_id is not None else None
        signed = state.signed_for(act) if act else ()
        wait = QCoreApplication.translate(
            "ProjectTab", "Salva la bozza prima di firmare: si firma il testo salvato."
        )
        if signed:
            wait += " " + QCoreApplication.translate(
                "ProjectTab", "Se salvi un testo diverso, le firme date vanno ripetute."
            )
        number = latest.number if latest else 0
        self.box.show_act(act, number, signed, waiting=wait if editing else "", idle=idle)
        self._show_approved(state if act is None else ProjectState())
        closing = active is not None and not state.closed and case_id is not None
        number = active.number if active else 0
        signed = state.signed_for(CLOSURE) if closing else ()
        self.closure_box.show_act(CLOSURE if closing else None, number, signed, idle=idle)

    def _show_approved(self, state: ProjectState) -> None:
        """Who approved the revision in force, once nothing on it waits for signatures (the
        print lists them too)."""
        active = state.in_force
        names = [
            signer_line(s)
            for s in state.signoffs
            if active is not None and s.revision == active.number and s.act != CLOSURE
        ]
        self.approved.setVisible(bool(names))
        if active is not None and names:
            text = QCoreApplication.translate("ProjectTab", "Revisione %1 approvata da:")
            self.approved.setText("\n".join([text.replace("%1", str(active.number)), *names]))

    def ask(self, act: str) -> None:
        about = self.state.in_force if act == CLOSURE else self.state.latest
        if self.case_id is not None and about is not None and not self.busy:
            self.flow.ask(self.case_id, act, act_text(act, about.number))

    def close(self) -> None:
        self.flow.close()
