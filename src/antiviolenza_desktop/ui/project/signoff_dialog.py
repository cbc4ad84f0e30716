"""The dialog of one signature: login and password of the équipe member who signs.

It opens with the signed-in worker's login; a colleague at the same desk types her own login
and password instead. The password is handed to the signing flow once and the field is
emptied after every attempt; nothing keeps it. A refusal (wrong password, a signer who may
not sign, the same person twice) shows under the form and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel


class SignoffDialog(QDialog):
    """`submitted(login, password)` when «Firma» is pressed with both filled in."""

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget, act: str, login: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Firma dell'équipe"))
        self.setObjectName("signoffDialog")
        text = self.tr(
            "Firma: %1.\nOgni componente dell'équipe firma con il proprio nome utente e la "
            "propria password; una collega presente scrive qui le sue."
        )
        intro = QLabel(text.replace("%1", act), wordWrap=True)
        self.login = QLineEdit(login)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Nome utente"), self.login)
        form.addRow(self.tr("&Password"), self.password)
        self.buttons = QDialogButtonBox()
        self.sign_button = self.buttons.addButton(
            self.tr("&Firma"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)
        (self.password if login else self.login).setFocus()

    def _submit(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            self.error.show_error(self.tr("Scrivi nome utente e password di chi firma."))
            return
        self.password.clear()
        self.error.clear_error()
        self.set_busy(True)
        self.submitted.emit(login, password)

    def set_busy(self, busy: bool) -> None:
        self.sign_button.setEnabled(not busy)

    def refused(self, error: AppError) -> None:
        """Show why, and put the cursor where the fix goes."""
        self.set_busy(False)
        self.error.show_error(error_text(error))
        target = self.login if error.field in ("user", "login") else self.password
        target.setFocus()
