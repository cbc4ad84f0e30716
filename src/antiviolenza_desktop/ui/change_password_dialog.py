"""Change your own password, or (after opening with the recovery key) set a user's new one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.first_run import PasswordMismatch
from antiviolenza_desktop.services.credentials import change_password, reset_password_with_recovery
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.password_fields import REPEAT_FIELD, NewPasswordFields
from antiviolenza_desktop.ui.widgets import ErrorLabel

MIN_WIDTH = 480


class ChangePasswordDialog(QDialog):
    def __init__(self, opened: OpenStore, *, forced: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.forced = forced
        self.setWindowTitle(self.tr("Nuova password") if forced else self.tr("Cambia password"))
        self.setMinimumWidth(MIN_WIDTH)  # a refusal reads on one or two lines, never clipped
        self.user_choice = QComboBox()
        self.user_choice.setAccessibleName(self.tr("Utente"))
        self.user_choice.addItems([slot.user for slot in opened.store.slot_file.slots if slot.user])
        self.fields = NewPasswordFields(self._personal_words)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if forced:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "Hai aperto l'archivio con la chiave di recupero: scegli l'utente e "
                        "dalle una nuova password prima di continuare."
                    ),
                    wordWrap=True,
                )
            )
            form = QFormLayout()
            form.addRow(self.tr("&Utente"), self.user_choice)
            layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.fields.password.setFocus()

    def _personal_words(self) -> list[str]:
        login = self.user_choice.currentText() if self.forced else self.opened.actor.login
        return [login or "", self.opened.store.slot_file.store_name]

    def _save(self) -> None:
        password = self.fields.matching_password()
        self.error.clear_error()
        if password is None:
            self.fields.show_refusal(PasswordMismatch(REPEAT_FIELD))
            return
        try:
            if self.forced:
                reset_password_with_recovery(
                    self.opened, login=self.user_choice.currentText(), new_password=password
                )
            else:
                change_password(self.opened, new_password=password)
        except AppError as error:
            if self.fields.owns(error):
                self.fields.show_refusal(error)
            else:
                self.error.show_error(error_text(error))
            return
        self.accept()
