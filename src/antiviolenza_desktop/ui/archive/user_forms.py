"""The coordinator's forms for one colleague: add her, give her a new password (with the
recovery key), or enable her again with a new first password (with the recovery key too).

Every save derives a key from the password (Argon2id, up to a second or two on a slow laptop),
so the service runs on the BackgroundRunner while the form shows a busy bar and keeps its
buttons disabled; a refusal comes back next to the form and the store is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.access.users import PasswordsDiffer
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services.credentials import (
    add_user,
    enable_user,
    reset_colleague_password,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.users import UserInfo
from antiviolenza_desktop.ui.archive.role_fields import RoleFields
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.session.password_fields import NewPasswordFields
from antiviolenza_desktop.ui.widgets import ErrorLabel


class PasswordForm(QDialog):
    """A form ending with a new password typed twice, saved in the background."""

    def __init__(self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None):
        super().__init__(parent)
        self.opened = opened
        self.runner = runner
        self.result_value: object = None
        self.form = QFormLayout()
        self.fields = NewPasswordFields(self.personal_words)
        self.error = ErrorLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Cifratura della password in corso"))
        self.progress_label = QLabel(self.tr("Cifratura della password in corso…"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def lay_out(self, intro: str) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(intro, wordWrap=True))
        layout.addLayout(self.form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._set_busy(False)

    def personal_words(self) -> list[str]:
        return [self.opened.store.slot_file.store_name]

    def work(self, password: str) -> Callable[[], Any]:
        """The service call that saves `password` (each form names its own)."""
        raise NotImplementedError

    def _save(self) -> None:
        password = self.fields.matching_password()
        self.error.clear_error()
        if password is None:
            self._show(PasswordsDiffer(field="password_again"))
            return
        try:
            work = self.work(password)
        except AppError as refused:
            self._show(refused)
            return
        self._set_busy(True)
        self.runner.run(work, self._done, self._refused)

    def _done(self, result: object) -> None:
        if shiboken6.isValid(self) and self.isVisible():
            self._set_busy(False)
            self.result_value = result
            self.accept()

    def _refused(self, refused: AppError) -> None:
        if shiboken6.isValid(self):
            self._set_busy(False)
            self._show(refused)

    def _show(self, refused: AppError) -> None:
        """A refusal about the password goes under it and follows her corrections."""
        if self.fields.owns(refused):
            self.fields.show_refusal(refused)
        else:
            self.error.show_error(error_text(refused))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.buttons.setEnabled(not busy)
        self.fields.setEnabled(not busy)


class AddUserDialog(PasswordForm):
    """A colleague's login, name, role and first password."""

    def __init__(self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None):
        super().__init__(opened, runner, parent)
        self.setWindowTitle(self.tr("Aggiungi un'utente"))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("per esempio m.rossi"))
        self.login.setAccessibleName(self.tr("Nome utente"))
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Nome e cognome"))
        self.form.addRow(self.tr("Nome &utente"), self.login)
        self.form.addRow(self.tr("Nome e &cognome"), self.display_name)
        self.roles = RoleFields(opened, self.form)
        self.role = self.roles.role
        self.lay_out(
            self.tr(
                "La nuova utente apre l'archivio con il suo nome utente e questa password: "
                "comunicagliela di persona, mai per email. Le coordinatrici gestiscono gli "
                "utenti e vedono il registro delle operazioni; un'operatrice CAV vede solo i "
                "casi del suo CAV."
            )
        )
        self.login.setFocus()

    def personal_words(self) -> list[str]:
        return [self.login.text(), *self.display_name.text().split(), *super().personal_words()]

    def work(self, password: str) -> Callable[[], UserInfo]:
        opened = self.opened
        login, name = self.login.text(), self.display_name.text()
        role, cav = self.roles.chosen()
        return lambda: add_user(
            opened, login=login, display_name=name, role=role, password=password, cav=cav
        )


class UserPasswordDialog(PasswordForm):
    """A new password for one colleague: with the recovery key when she forgot hers, or as
    the first password of a disabled colleague being enabled again (with the recovery key too:
    otherwise disabling and enabling would reset a password without it)."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(opened, runner, parent)
        self.user = user
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Chiave di recupero"))
        self.recovery_key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.recovery_key.setMinimumWidth(self.fontMetrics().horizontalAdvance("X" * 50))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("X" * 50) + 220)
        who = f"{user.display_name} ({user.login})"
        if user.active:
            self.setWindowTitle(self.tr("Reimposta la password"))
            intro = self.tr(
                "Nuova password per %1, che ha dimenticato la sua. Scrivi la chiave di recupero "
                "del foglio conservato in cassaforte: la vecchia password smette di funzionare."
            )
        else:
            self.setWindowTitle(self.tr("Riattiva l'utente"))
            intro = self.tr(
                "%1 torna attiva con questa nuova password iniziale: comunicagliela di persona. "
                "Scrivi la chiave di recupero del foglio conservato in cassaforte."
            )
        self.form.addRow(self.tr("&Chiave di recupero"), self.recovery_key)
        self.lay_out(intro.replace("%1", who))
        self.recovery_key.setFocus()

    def personal_words(self) -> list[str]:
        return [self.user.login, *self.user.display_name.split(), *super().personal_words()]

    def work(self, password: str) -> Callable[[], Any]:
        opened, login, key = self.opened, self.user.login, self.recovery_key.text()
        if self.user.active:
            return lambda: reset_colleague_password(
                opened, login=login, recovery_key=key, new_password=password
            )
        return lambda: enable_user(opened, login=login, recovery_key=key, password=password)
