"""The main window: the lock screen and the workspace are two modes of one window.

Everything behind the lock screen (workspace, services, the database stack) is imported on
first use, so a cold start shows the lock screen quickly.

Locking (Ctrl+L, idle timeout after a countdown, the operating system locking the session or
suspending, or closing) closes the database and deletes the
workspace with every view and model that held personal data; unlocking builds a fresh one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
)

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.ui.archive.app_settings import AppSettings
from antiviolenza_desktop.ui.archive.help_dialog import HelpDialog, area_topic
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.privacy_mode import PrivacyMode
from antiviolenza_desktop.ui.role_visibility import permissions, show_menu_actions
from antiviolenza_desktop.ui.session.idle_lock import DEFAULT_IDLE_MINUTES, IdleLock
from antiviolenza_desktop.ui.session.idle_warning import IdleWarningBar
from antiviolenza_desktop.ui.session.lock_screen import LockScreen
from antiviolenza_desktop.ui.session.os_session_lock import SessionLockSource, os_lock_source
from antiviolenza_desktop.ui.session.store_session import StoreSession
from antiviolenza_desktop.ui.window_placement import place_window, remember_window

if TYPE_CHECKING:
    from antiviolenza_desktop.services.maintenance import VerifyReport
    from antiviolenza_desktop.ui.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: StoreSession,
        *,
        demo_password: str | None = None,
        idle_ms: int = DEFAULT_IDLE_MINUTES * 60_000,
        settings: AppSettings | None = None,
        language: str = "it",
    ) -> None:
        super().__init__()
        self.session = session
        self.demo_password = demo_password
        self.settings = settings or AppSettings(None)
        self.language = language
        self.clipboard = ClipboardGuard(self)
        self.idle = IdleLock(self.session.lock, idle_ms, self)
        self.workspace: Workspace | None = None
        self.help_dialog: HelpDialog | None = None
        self.os_lock: SessionLockSource | None = None
        self.setWindowTitle(self.tr("Rete antiviolenza – Provincia di Cremona"))
        self.stack = QStackedWidget()
        self.idle_bar = IdleWarningBar(self.idle)
        self.setCentralWidget(self.idle_bar.above(self.stack))
        place_window(self, self.settings)
        self.lock_screen = LockScreen(session.label, demo_password)
        self.stack.addWidget(self.lock_screen)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self._build_menus()
        self.lock_screen.unlock_requested.connect(self._unlock)
        self.lock_screen.recovery_requested.connect(self._unlock_with_recovery_key)
        self.lock_screen.conversion_requested.connect(self._convert_and_unlock)
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        self._set_unlocked_actions(False)
        QTimer.singleShot(0, self._listen_to_the_system)

    def _listen_to_the_system(self) -> None:
        source = os_lock_source(self)
        if source is not None:
            self.follow_lock_source(source)

    def follow_lock_source(self, source: SessionLockSource) -> None:
        """Lock when `source` says the operating system locked the session or is suspending."""
        self.os_lock = source
        source.lock_requested.connect(self.session.lock)

    def _build_menus(self) -> None:
        self._build_store_menu()
        funds_menu = self.menuBar().addMenu(self.tr("&Fondi"))
        self.funds_action = self._action(self.tr("&Quadro dei fondi"), self._show_funds)
        funds_menu.addAction(self.funds_action)
        network_menu = self.menuBar().addMenu(self.tr("&Rete"))
        self.network_action = self._action(
            self.tr("&Iscrizioni, pacchetti e quadro provinciale"), self._show_network
        )
        network_menu.addAction(self.network_action)
        self.privacy = PrivacyMode(self)
        help_menu = self.menuBar().addMenu(self.tr("A&iuto"))
        self.help_action = self._action(self.tr("&Guida"), self.show_help)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.help_action)
        help_menu.addAction(self._action(self.tr("&Informazioni"), self._about))

    def _build_store_menu(self) -> None:
        """Archivio: copies, checks, users and keys, retention, settings, lock and quit."""
        store_menu = self.menuBar().addMenu(self.tr("&Archivio"))
        self.backup_action = self._action(self.tr("&Copia di sicurezza"), self._backup)
        self.copies_action = self._action(self.tr("C&opie di sicurezza…"), self._show_copies)
        self.verify_action = self._action(self.tr("&Verifica archivio"), self._verify)
        self.audit_action = self._action(
            self.tr("Registro delle &operazioni…"), self._show_audit_log
        )
        self.password_action = self._action(self.tr("Cambia &password…"), self._change_password)
        self.users_action = self._action(self.tr("&Utenti…"), self._show_users)
        self.rekey_action = self._action(self.tr("&Ruota la chiave di cifratura…"), self._rekey)
        self.retention_action = self._action(
            self.tr("Conservazione dei &dati e casi da eliminare…"), self._show_retention
        )
        self.settings_action = self._action(self.tr("&Impostazioni…"), self._show_settings)
        self.lock_action = self._action(self.tr("&Blocca"), self.session.lock)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action = self._action(self.tr("&Esci"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for action in (
            self.backup_action,
            self.copies_action,
            self.verify_action,
            self.audit_action,
            self.password_action,
            self.users_action,
            self.rekey_action,
            self.retention_action,
        ):
            store_menu.addAction(action)
        store_menu.addSeparator()
        store_menu.addAction(self.settings_action)
        store_menu.addAction(self.lock_action)
        store_menu.addAction(quit_action)

    def _action(self, text: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _set_unlocked_actions(self, unlocked: bool) -> None:
        for action in (self.backup_action, self.verify_action, self.lock_action):
            action.setEnabled(unlocked)
        self.password_action.setEnabled(unlocked)
        show_menu_actions(self, unlocked)  # what her role may use (`ui.role_visibility`)

    def _unlock(self, login: str, password: str) -> None:
        self.lock_screen.set_busy(True)
        self.session.unlock(login, password, self.lock_screen.show_error)

    def _convert_and_unlock(self, login: str, password: str) -> None:
        self.lock_screen.set_busy(True)
        self.session.convert_and_unlock(login, password, self.lock_screen.show_error)

    def _unlock_with_recovery_key(self, key: str) -> None:
        self.lock_screen.set_busy(True)
        self.session.unlock_with_recovery_key(key, self.lock_screen.show_error)

    def _on_unlocked(self) -> None:
        from antiviolenza_desktop.ui.workspace import Workspace

        opened, regional = self.session.opened, self.session.regional
        assert opened is not None
        self.workspace = Workspace(
            opened, self.clipboard, self.session.runner, self.demo_password, regional=regional
        )
        self.workspace.follow_privacy_mode(self.privacy.action)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.session.keep_drafts_of(self.workspace)
        self._show_status()
        self._set_unlocked_actions(True)
        self.idle.arm()
        if self.session.by_recovery_key:
            self._change_password(forced=True)

    def _on_locked(self) -> None:
        self.idle.disarm()
        self.clipboard.clear_now()
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.discard()
            self.workspace = None
        self.lock_screen.reset()
        self.stack.setCurrentWidget(self.lock_screen)
        self.status_label.clear()
        self._set_unlocked_actions(False)

    def _show_status(self) -> None:
        opened = self.session.opened
        label = self.session.label
        if opened is None or label is None:
            return
        who = opened.actor.login or self.tr("chiave di recupero")
        self.status_label.setText(
            self.tr("Archivio: %1 · Ambito: %2 · Utente: %3 · Programma: d.g.r. 6947/2017")
            .replace("%1", label.name)
            .replace("%2", label.ambito_name)
            .replace("%3", who)
        )

    def run_job(self, title: str, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """A long job off the GUI thread, behind a modal progress dialog."""
        progress = QProgressDialog(title, "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()

        def done(result: Any) -> None:
            progress.close()
            on_done(result)

        def failed(error: AppError) -> None:
            progress.close()
            QMessageBox.warning(self, title, error_text(error))

        self.session.runner.run(work, done, failed)

    def _backup(self) -> None:
        from antiviolenza_desktop.services.maintenance import backup_now

        opened = self.session.opened
        if opened is None:
            return
        self.run_job(
            self.tr("Copia di sicurezza in corso…"),
            lambda: backup_now(opened),
            lambda path: QMessageBox.information(
                self,
                self.tr("Copia di sicurezza"),
                self.tr("Copia creata e verificata:\n%1").replace("%1", str(path)),
            ),
        )

    def _show_copies(self) -> None:
        from antiviolenza_desktop.ui.archive.copies_dialog import open_copies_dialog

        if self.session.opened is not None:
            open_copies_dialog(self)

    def _verify(self) -> None:
        from antiviolenza_desktop.services.maintenance import verify

        opened = self.session.opened
        if opened is None:
            return
        self.run_job(
            self.tr("Verifica dell'archivio in corso…"), lambda: verify(opened), self._report
        )

    def _rekey(self) -> None:
        from antiviolenza_desktop.services.credentials import rekey

        opened = self.session.opened
        if opened is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ruota la chiave di cifratura"),
            self.tr(
                "L'archivio verrà cifrato con una chiave nuova (per esempio dopo lo smarrimento "
                "di un computer). Le password e il foglio di recupero continuano a valere; prima "
                "viene fatta una copia di sicurezza. Procedere?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.run_job(
            self.tr("Rotazione della chiave in corso…"),
            lambda: rekey(opened, new_recovery_key=False),
            lambda result: QMessageBox.information(
                self,
                self.tr("Ruota la chiave di cifratura"),
                self.tr("Chiave ruotata. Copia di sicurezza presa prima:\n%1").replace(
                    "%1", str(result[0])
                ),
            ),
        )

    def _report(self, report: VerifyReport) -> None:
        if report.healthy:
            text = self.tr("Archivio integro: pagine, struttura e registro superano i controlli.")
            QMessageBox.information(self, self.tr("Verifica archivio"), text)
            return
        lines = list(report.problems)
        if report.audit.first_broken_seq is not None:
            lines.append(
                self.tr("Registro alterato alla voce n. %1.").replace(
                    "%1", str(report.audit.first_broken_seq)
                )
            )
        QMessageBox.critical(self, self.tr("Verifica archivio"), "\n".join(lines))

    def _change_password(self, forced: bool = False) -> None:
        from antiviolenza_desktop.ui.session.change_password_dialog import ChangePasswordDialog

        opened = self.session.opened
        if opened is None:
            return
        forced = forced or self.session.by_recovery_key  # no password of her own to change
        dialog = ChangePasswordDialog(opened, self.session.runner, forced=forced, parent=self)
        if not dialog.exec() and forced:
            self.session.lock()

    def _show_users(self) -> None:
        from antiviolenza_desktop.ui.archive.users_dialog import open_users_dialog

        open_users_dialog(self)

    def _show_retention(self) -> None:
        from antiviolenza_desktop.ui.archive.erasure_list import ErasureListDialog

        opened = self.session.opened
        if opened is None or self.workspace is None:
            return
        try:
            dialog = ErasureListDialog(opened, self.session.runner, self)
        except AppError as refused:
            QMessageBox.warning(self, self.tr("Conservazione dei dati"), error_text(refused))
            return
        dialog.case_erased.connect(self._case_erased)
        dialog.open()

    def _case_erased(self, case_id: int) -> None:
        if self.workspace is not None:
            self.workspace.detail.show_erased(case_id)
            self.workspace.case_list.apply_filters()

    def _show_audit_log(self) -> None:
        """The audit viewer, a window of its own; closed (and emptied) when the store locks."""
        from antiviolenza_desktop.ui.archive.audit_view import AuditLogDialog

        opened = self.session.opened
        if Permission.AUDIT not in permissions(opened):
            return
        dialog = AuditLogDialog(opened, self.session.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _show_funds(self) -> None:
        if self.workspace is not None:
            self.workspace.show_funds()

    def _show_network(self) -> None:
        if self.workspace is not None:
            self.workspace.show_network()

    def _about(self) -> None:
        from antiviolenza_desktop.ui.archive.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _show_settings(self) -> None:
        from antiviolenza_desktop.ui.archive.settings_dialog import SettingsDialog

        minutes = max(1, round(self.idle.idle_ms / 60_000))
        dialog = SettingsDialog(self.settings, minutes, self)
        if dialog.exec():
            self.idle.set_idle_ms(dialog.idle_minutes.value() * 60_000)

    def show_help(self) -> None:
        """The guide at the page of the area on screen (F1), one window reused."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self.language, self)
        self.help_dialog.show_topic(area_topic(self.workspace))
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        remember_window(self, self.settings)
        self.session.lock()
        self.clipboard.clear_now()
        self.session.runner.wait(30_000)
        event.accept()
