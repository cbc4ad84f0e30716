"""Archivio › Utenti… on the real main window: a coordinator manages colleagues without the CLI.

Each refusal shows its coded message and leaves the users and the key slots exactly as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from antiviolenza_desktop.domain.access.password_policy import check_password
from antiviolenza_desktop.domain.access.recovery_key import format_recovery_key
from antiviolenza_desktop.domain.access.users import (
    LastCoordinator,
    OwnAccount,
    PasswordsDiffer,
    UserDisabled,
    WrongCurrentPassword,
)
from antiviolenza_desktop.domain.store_errors import (
    RecoveryKeyTypo,
    UnknownUser,
    UserExists,
    WeakPassword,
    WrongRecoveryKey,
)
from antiviolenza_desktop.services.credentials import add_user
from antiviolenza_desktop.services.store_lifecycle import unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.services.users import list_users
from antiviolenza_desktop.store.keyslot_file import slot_file_path
from antiviolenza_desktop.ui.archive.user_forms import AddUserDialog, UserPasswordDialog
from antiviolenza_desktop.ui.archive.users_dialog import UsersDialog
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.session.change_password_dialog import ChangePasswordDialog
from tests.store_template import new_store_and_key
from tests.support import LOGIN, OTHER_PASSWORD, PASSWORD
from tests.ui_support import make_window

NEW_LOGIN = "op.bianchi"
NEW_PASSWORD = "ginepro lanterna vascello 42"


@pytest.fixture
def created(tmp_path: Path) -> tuple[Path, str]:
    """A closed store with its coordinator: (database, recovery key)."""
    return new_store_and_key(tmp_path)


@pytest.fixture
def database(created: tuple[Path, str]) -> Path:
    return created[0]


def _open_window(qtbot, database: Path, login: str = LOGIN, password: str = PASSWORD) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(database)
    qtbot.addWidget(window)
    window.show()
    _log_in(qtbot, window, login, password)
    return window


def _log_in(qtbot, window: MainWindow, login: str, password: str) -> None:  # type: ignore[no-untyped-def]
    window.lock_screen.user.setText(login)
    window.lock_screen.password.setText(password)
    with qtbot.waitSignal(window.session.unlocked, timeout=15_000):
        window.lock_screen.unlock_button.click()


def _users_dialog(window: MainWindow) -> UsersDialog:
    window.users_action.trigger()
    dialog = window.findChild(UsersDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _state(database: Path, window: MainWindow) -> tuple[bytes, list[object]]:
    """The slot file's bytes and every user row, to prove a refusal changed nothing."""
    opened = window.session.opened
    assert opened is not None
    with UnitOfWork(opened.store, opened.actor) as uow:
        users = list_users(uow)
    return slot_file_path(database).read_bytes(), users


def _fill_add_form(users: UsersDialog, login: str, password: str, repeat: str) -> AddUserDialog:
    users.add_button.click()
    form = users.findChild(AddUserDialog)
    assert form is not None
    form.login.setText(login)
    form.display_name.setText("Operatrice Bianchi")
    form.fields.password.setText(password)
    form.fields.repeat.setText(repeat)
    return form


def _save_and_wait_refusal(qtbot, form: AddUserDialog | UserPasswordDialog, code_text: str) -> None:  # type: ignore[no-untyped-def]
    form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(_refusal(form)) and not form.runner.busy, timeout=15_000)
    assert _refusal(form) == code_text
    assert form.isVisible()


def _refusal(form: AddUserDialog | UserPasswordDialog) -> str:
    """The refusal on screen: under the password fields when it is about them, else the form's."""
    labels = [*form.fields.errors.values(), form.error]
    return next((label.text() for label in labels if label.isVisible()), "")


def _weak(password: str) -> str:
    return _weak_for(NEW_LOGIN, password)


def _weak_for(login: str, password: str) -> str:
    with pytest.raises(WeakPassword) as refused:
        check_password(password, [login])
    return refused.value.message


def _select(users: UsersDialog, login: str) -> None:
    row = [user.login for user in users.users].index(login)
    users.table.selectRow(row)


def test_coordinator_adds_a_user_who_then_logs_in(qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    window = _open_window(qtbot, database)
    users = _users_dialog(window)
    form = _fill_add_form(users, NEW_LOGIN, NEW_PASSWORD, NEW_PASSWORD)
    form.role.setCurrentIndex(form.role.findData("operator"))
    form.buttons.button(form.buttons.StandardButton.Save).click()
    assert form.progress.isVisible()  # the key derivation runs in the background
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=15_000)
    assert [(u.login, u.role, u.active) for u in users.users] == [
        (LOGIN, "coordinator", True),
        (NEW_LOGIN, "operator", True),
    ]
    assert "op.bianchi" in users.notice.text()
    window.session.lock()
    _log_in(qtbot, window, NEW_LOGIN, NEW_PASSWORD)
    opened = window.session.opened
    assert opened is not None and opened.actor.login == NEW_LOGIN
    # An operator cannot reach the users: the menu entry is hidden and the dialog never opens.
    assert not window.users_action.isVisible() and not window.users_action.isEnabled()
    window.users_action.trigger()
    assert window.findChild(UsersDialog) is None
    window.session.lock()


def test_add_user_refusals_change_nothing(qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    window = _open_window(qtbot, database)
    before = _state(database, window)
    users = _users_dialog(window)
    cases = [
        (LOGIN, NEW_PASSWORD, NEW_PASSWORD, UserExists(user=LOGIN).message),
        (NEW_LOGIN, "corta", "corta", _weak("corta")),
        (NEW_LOGIN, NEW_PASSWORD, NEW_PASSWORD + "x", PasswordsDiffer().message),
    ]
    for login, password, repeat, expected in cases:
        form = _fill_add_form(users, login, password, repeat)
        _save_and_wait_refusal(qtbot, form, expected)
        form.reject()
        form.setParent(None)
        assert _state(database, window) == before
    window.session.lock()


def _two_users(database: Path) -> None:
    """The coordinator plus an operator, through the service the GUI uses."""
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        add_user(
            opened,
            login=NEW_LOGIN,
            display_name="Operatrice Bianchi",
            role="operator",
            password=NEW_PASSWORD,
        )
    finally:
        opened.store.close()


def test_last_coordinator_and_own_account_are_refused(qtbot, database: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _two_users(database)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = _open_window(qtbot, database)
    before = _state(database, window)
    users = _users_dialog(window)
    _select(users, LOGIN)
    users.active_button.click()
    assert users.error.text() == LastCoordinator(user=LOGIN).message
    users.role_button.click()
    assert users.error.text() == LastCoordinator(user=LOGIN).message
    assert _state(database, window) == before
    # With a second coordinator, she is no longer the last one but still herself.
    _select(users, NEW_LOGIN)
    users.role_button.click()
    assert users.users[1].role == "coordinator"
    middle = _state(database, window)
    _select(users, LOGIN)
    users.active_button.click()
    assert users.error.text() == OwnAccount().message
    assert _state(database, window) == middle
    window.session.lock()


def test_disabled_user_cannot_unlock_until_enabled(qtbot, created, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    database, recovery_key = created
    _two_users(database)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = _open_window(qtbot, database)
    users = _users_dialog(window)
    _select(users, NEW_LOGIN)
    users.active_button.click()
    assert not users.users[1].active
    assert users.reset_button.isEnabled() is False
    opened = window.session.opened
    assert opened is not None and opened.store.slot_file.password_slot(NEW_LOGIN) is None
    window.session.lock()
    window.lock_screen.user.setText(NEW_LOGIN)
    window.lock_screen.password.setText(NEW_PASSWORD)
    window.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.lock_screen.error.isVisible(), timeout=15_000)
    assert window.lock_screen.error.text() == UnknownUser(user=NEW_LOGIN).message
    assert window.workspace is None
    # Enabled again with a new first password and the recovery key, she opens it with that one.
    _log_in(qtbot, window, LOGIN, PASSWORD)
    before = _state(database, window)
    users = _users_dialog(window)
    _select(users, NEW_LOGIN)
    users.active_button.click()
    form = users.findChild(UserPasswordDialog)
    assert form is not None and form.recovery_key.isVisible()
    form.fields.password.setText(OTHER_PASSWORD)
    form.fields.repeat.setText(OTHER_PASSWORD)
    form.recovery_key.setText(format_recovery_key(bytes(20)))
    _save_and_wait_refusal(qtbot, form, WrongRecoveryKey().message)
    assert _state(database, window) == before
    form.recovery_key.setText(recovery_key)
    form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=15_000)
    assert users.users[1].active
    window.session.lock()
    _log_in(qtbot, window, NEW_LOGIN, OTHER_PASSWORD)
    window.session.lock()


def test_a_disabled_row_with_its_slot_still_cannot_unlock(database: Path) -> None:
    """The unlock path refuses a disabled user even if her key slot were left behind."""
    _two_users(database)
    opened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            uow.session.execute(
                text("UPDATE users SET active = 0 WHERE login = :login"), {"login": NEW_LOGIN}
            )
    finally:
        opened.store.close()
    with pytest.raises(UserDisabled):
        unlock(database, login=NEW_LOGIN, password=NEW_PASSWORD)


def test_reset_with_the_recovery_key(qtbot, created: tuple[Path, str]) -> None:  # type: ignore[no-untyped-def]
    database, recovery_key = created
    _two_users(database)
    window = _open_window(qtbot, database)
    before = _state(database, window)
    users = _users_dialog(window)
    _select(users, NEW_LOGIN)
    users.reset_button.click()
    form = users.findChild(UserPasswordDialog)
    assert form is not None
    form.fields.password.setText(OTHER_PASSWORD)
    form.fields.repeat.setText(OTHER_PASSWORD)
    typo = recovery_key[:-1] + ("0" if recovery_key[-1] != "0" else "1")
    another_store = format_recovery_key(bytes(20))
    for key, refusal in (
        (typo, RecoveryKeyTypo(group=8)),
        (another_store, WrongRecoveryKey()),
    ):
        form.recovery_key.setText(key)
        _save_and_wait_refusal(qtbot, form, refusal.message)
        assert _state(database, window) == before
    form.recovery_key.setText(recovery_key)
    form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=15_000)
    assert "op.bianchi" in users.notice.text()
    window.session.lock()
    _log_in(qtbot, window, NEW_LOGIN, OTHER_PASSWORD)
    window.session.lock()


def test_change_my_password_from_the_menu(qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    """Archivio › Cambia password…: refusals change nothing, then the new password opens."""
    window = _open_window(qtbot, database)
    before = _state(database, window)
    seen: list[str] = []

    def interact() -> None:
        dialog = window.findChild(ChangePasswordDialog)
        assert dialog is not None
        dialog.current_password.setText(OTHER_PASSWORD)
        dialog.fields.password.setText(NEW_PASSWORD)
        dialog.fields.repeat.setText(NEW_PASSWORD)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.runner.busy)
        seen.append(dialog.error.text())
        assert _state(database, window) == before
        dialog.current_password.setText(PASSWORD)
        for password, repeat, field in (
            ("corta", "corta", "password"),
            (OTHER_PASSWORD, PASSWORD, "password_again"),
        ):
            dialog.fields.password.setText(password)
            dialog.fields.repeat.setText(repeat)
            dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
            label = dialog.fields.errors[field]  # under the field it is about
            qtbot.waitUntil(lambda: label.isVisible() and not dialog.runner.busy)  # noqa: B023
            seen.append(label.text())
            assert _state(database, window) == before
        dialog.fields.password.setText(OTHER_PASSWORD)
        dialog.fields.repeat.setText(OTHER_PASSWORD)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    QTimer.singleShot(0, interact)
    window.password_action.trigger()  # returns when the dialog closes
    assert seen == [
        WrongCurrentPassword().message,
        _weak_for(LOGIN, "corta"),
        PasswordsDiffer().message,
    ]
    window.session.lock()
    window.lock_screen.user.setText(LOGIN)
    window.lock_screen.password.setText(PASSWORD)
    window.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.lock_screen.error.isVisible(), timeout=15_000)
    assert window.workspace is None
    _log_in(qtbot, window, LOGIN, OTHER_PASSWORD)
    window.session.lock()


def test_recovery_key_at_the_lock_screen_sets_a_new_password(qtbot, created) -> None:  # type: ignore[no-untyped-def]
    """The forced dialog after a recovery-key unlock saves in the background too."""
    database, recovery_key = created
    window = make_window(database)
    qtbot.addWidget(window)
    window.show()
    poll = QTimer(window)

    def answer_forced_dialog() -> None:
        dialog = window.findChild(ChangePasswordDialog)
        if dialog is None or not dialog.isVisible() or not dialog.forced:
            return
        poll.stop()
        dialog.user_choice.setCurrentText(LOGIN)
        dialog.fields.password.setText(OTHER_PASSWORD)
        dialog.fields.repeat.setText(OTHER_PASSWORD)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    poll.timeout.connect(answer_forced_dialog)
    poll.start(20)
    window.lock_screen.toggle.click()
    window.lock_screen.recovery_key.setText(recovery_key)
    with qtbot.waitSignal(window.session.unlocked, timeout=15_000):
        window.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not poll.isActive() and not window.session.runner.busy, timeout=15_000)
    qtbot.waitUntil(lambda: window.findChild(ChangePasswordDialog).isHidden(), timeout=15_000)
    assert window.session.opened is not None  # saved, so the session was not locked
    menu_dialogs: list[bool] = []

    def close_menu_dialog() -> None:
        shown = [d for d in window.findChildren(ChangePasswordDialog) if d.isVisible()]
        menu_dialogs.extend(d.forced for d in shown)
        for dialog in shown:
            dialog.reject()

    QTimer.singleShot(0, close_menu_dialog)
    window.password_action.trigger()  # no password of her own: the forced dialog, not a crash
    assert menu_dialogs == [True]
    assert window.session.opened is None  # closing the forced dialog locks, as at unlock
    window.lock_screen.toggle.click()
    _log_in(qtbot, window, LOGIN, OTHER_PASSWORD)
    window.session.lock()
