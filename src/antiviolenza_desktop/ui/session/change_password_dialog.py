"""Change your own password (typing the current one first), or (after opening with the
recovery key, when there is no current password) set a user's new one.

The key derivation runs on the BackgroundRunner behind a busy bar (`PasswordForm`), so the
window does not freeze for the second or so Argon2id takes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from antiviolenza_desktop.services.credentials import change_password, reset_password_with_recovery
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.archive.user_forms import PasswordForm
from antiviolenza_desktop.ui.background import BackgroundRunner


class ChangePasswordDialog(PasswordForm):
    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        *,
        forced: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(opened, runner, parent)
        self.forced = forced
        self.setWindowTitle(self.tr("Nuova password") if forced else self.tr("Cambia password"))
        self.user_choice = QComboBox()
        self.user_choice.setAccessibleName(self.tr("Utente"))
        self.user_choice.addItems([slot.user for slot in opened.store.slot_file.slots if slot.user])
        self.current_password = QLineEdit()
        self.current_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_password.setAccessibleName(self.tr("Password attuale"))
        if forced:
            self.form.addRow(self.tr("&Utente"), self.user_choice)
            intro = self.tr(
                "Hai aperto l'archivio con la chiave di recupero: scegli l'utente e "
                "dalle una nuova password prima di continuare."
            )
        else:
            self.form.addRow(self.tr("Password &attuale"), self.current_password)
            intro = self.tr(
                "La nuova password vale da subito; le copie di sicurezza già fatte si aprono "
                "ancora con quella vecchia."
            )
        self.lay_out(intro)
        (self.fields.password if forced else self.current_password).setFocus()

    def personal_words(self) -> list[str]:
        login = self.user_choice.currentText() if self.forced else self.opened.actor.login
        return [login or "", *super().personal_words()]

    def work(self, password: str) -> Callable[[], None]:
        opened = self.opened
        if self.forced:
            login = self.user_choice.currentText()
            return lambda: reset_password_with_recovery(opened, login=login, new_password=password)
        current = self.current_password.text()
        return lambda: change_password(opened, current_password=current, new_password=password)
