"""Archivio › Utenti…: the coordinator's list of the store's users and what she can do to them.

Add a colleague, change a role, disable or enable one, and give one who forgot her password a
new one with the recovery key. Every rule (coordinator only, never herself, never the last
active coordinator) lives in `services.users` and `services.credentials`, shared with the CLI
(`antiviolenza useradd`, `usermod`, `recover`); this dialog only shows their refusals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.access.permissions import (
    ROLE_COORDINATOR,
    ROLE_OPERATOR,
    Permission,
)
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.access import cav_choices, my_permissions
from antiviolenza_desktop.operations.accounts import accounts, change_role
from antiviolenza_desktop.services.credentials import disable_user
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.users import UserInfo
from antiviolenza_desktop.ui.archive.role_fields import RoleDialog, role_label
from antiviolenza_desktop.ui.archive.user_forms import AddUserDialog, UserPasswordDialog
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from antiviolenza_desktop.ui.main_window import MainWindow


class UsersDialog(QDialog):
    def __init__(self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.opened = opened
        self.runner = runner
        self.users: list[UserInfo] = []
        self.cav_names = {choice.code: choice.name for choice in cav_choices()}
        self.form_dialog: AddUserDialog | UserPasswordDialog | None = None
        self.setWindowTitle(self.tr("Utenti dell'archivio"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nome utente"), self.tr("Nome"), self.tr("Ruolo"), self.tr("Stato")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Aggiungi…"))
        self.role_button = QPushButton(self.tr("Cambia &ruolo"))
        self.other_role_button = QPushButton(self.tr("Ruolo e C&AV…"))
        self.active_button = QPushButton(self.tr("&Disattiva"))
        self.reset_button = QPushButton(self.tr("Reimposta la &password…"))
        self.notice = QLabel(wordWrap=True)
        self.notice.setStyleSheet("color: #1b5e20;")
        self.error = ErrorLabel()
        self._lay_out()
        self.add_button.clicked.connect(self._add)
        self.role_button.clicked.connect(self._change_role)
        self.other_role_button.clicked.connect(self._choose_role)
        self.active_button.clicked.connect(self._toggle_active)
        self.reset_button.clicked.connect(self._reset_password)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.table.itemSelectionChanged.connect(self._say)  # an old message would go stale
        self.resize(820, 480)
        self.reload()

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for button in (
            *(self.add_button, self.role_button, self.other_role_button),
            *(self.active_button, self.reset_button),
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Ogni collega apre l'archivio con il suo nome utente e la sua password. "
                    "Un'utente disattivata non può più aprirlo; per riattivarla serve una nuova "
                    "password."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(close)

    def reload(self, select_login: str | None = None) -> None:
        """Read the users again (after every change, refused or not)."""
        self.users = accounts(self.opened)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            state = self.tr("attiva") if user.active else self.tr("disattivata")
            for column, text in enumerate(
                (user.login, user.display_name, self._role_text(user), state)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if user.login == select_login:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self._sync_buttons()

    def _role_text(self, user: UserInfo) -> str:
        """Her role, with her CAV's name for a CAV worker."""
        label = role_label(user.role)
        if user.cav is None:
            return label
        return f"{label} ({self.cav_names.get(user.cav, user.cav)})"

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _sync_buttons(self) -> None:
        user = self.selected()
        for button in (
            *(self.role_button, self.other_role_button),
            *(self.active_button, self.reset_button),
        ):
            button.setEnabled(user is not None and not self.runner.busy)
        if user is not None:
            self.reset_button.setEnabled(user.active)
            self.active_button.setText(
                self.tr("&Disattiva") if user.active else self.tr("&Riattiva…")
            )
            other = ROLE_OPERATOR if user.role == ROLE_COORDINATOR else ROLE_COORDINATOR
            self.role_button.setText(self.tr("Rendi &%1").replace("%1", role_label(other).lower()))
            # The one-click swap is between the two Ambito roles; a CAV worker's or the
            # Provincia's role changes through «Ruolo e CAV…», which asks for the CAV too.
            swappable = user.role in (ROLE_COORDINATOR, ROLE_OPERATOR)
            self.role_button.setEnabled(swappable and not self.runner.busy)

    def _say(self, notice: str = "", refused: AppError | None = None) -> None:
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        if refused is None:
            self.error.clear_error()
        else:
            self.error.show_error(error_text(refused))

    def _add(self) -> None:
        self.form_dialog = AddUserDialog(self.opened, self.runner, self)
        self.form_dialog.accepted.connect(self._added)
        self.form_dialog.open()

    def _added(self) -> None:
        added = self.form_dialog.result_value if self.form_dialog else None
        if isinstance(added, UserInfo):
            self.reload(added.login)
            self._say(self.tr("Utente «%1» aggiunta.").replace("%1", added.login))

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        role = ROLE_OPERATOR if user.role == ROLE_COORDINATOR else ROLE_COORDINATOR
        question = (
            self.tr("Dare a «%1» il ruolo di %2?")
            .replace("%1", user.login)
            .replace("%2", role_label(role).lower())
        )
        if not self._confirm(self.tr("Cambia ruolo"), question):
            return
        try:
            change_role(self.opened, user.login, role)
        except AppError as refused:
            self._say(refused=refused)
            return
        self.reload(user.login)
        self._say(self.tr("Ruolo di «%1» cambiato.").replace("%1", user.login))

    def _choose_role(self) -> None:
        """Any role the store gives, and the CAV of a CAV worker (`RoleDialog`)."""
        user = self.selected()
        if user is None:
            return
        self.role_dialog = RoleDialog(self.opened, user, self)
        self.role_dialog.accepted.connect(lambda: self._role_chosen(user.login))
        self.role_dialog.open()

    def _role_chosen(self, login: str) -> None:
        self.reload(login)
        self._say(self.tr("Ruolo di «%1» cambiato.").replace("%1", login))

    def _toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if not user.active:
            self._new_password(user, self.tr("Utente «%1» riattivata."))
            return
        question = self.tr(
            "Disattivare «%1»? La sua password smette subito di aprire l'archivio e le copie di "
            "sicurezza gestite qui; le sue schede e il registro restano. Le copie salvate su "
            "altri supporti (una chiavetta, un altro disco) si aprono ancora con la sua vecchia "
            "password: usa «Ruota la chiave di cifratura» ed elimina quelle copie."
        ).replace("%1", user.login)
        if not self._confirm(self.tr("Disattiva l'utente"), question):
            return
        try:
            disabled = disable_user(self.opened, login=user.login)
        except AppError as refused:
            self._say(refused=refused)
            return
        self.reload(user.login)
        self._say(
            self.tr("Utente «%1» disattivata. Copie di sicurezza aggiornate: %2.")
            .replace("%1", user.login)
            .replace("%2", str(disabled.copies_updated))
        )

    def _reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            self._new_password(user, self.tr("Nuova password impostata per «%1»."))

    def _new_password(self, user: UserInfo, done: str) -> None:
        self.form_dialog = UserPasswordDialog(self.opened, self.runner, user, self)
        self.form_dialog.accepted.connect(lambda: self._password_set(user.login, done))
        self.form_dialog.open()

    def _password_set(self, login: str, done: str) -> None:
        self.reload(login)
        self._say(done.replace("%1", login))


def open_users_dialog(window: MainWindow) -> UsersDialog | None:
    """The dialog over the window, for a coordinator of an unlocked store (else nothing)."""
    opened = window.session.opened
    if opened is None or Permission.USERS not in my_permissions(opened):
        return None
    dialog = UsersDialog(opened, window.session.runner, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
