"""Save PNGs of the main screens on a fresh demo store, to look at before closing an issue.

Usage: python tools/screenshots.py OUTPUT_DIR [--lang it|en|pseudo]. Runs offscreen; every
area of the workspace's navigation is captured, so new areas appear without editing this file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from antiviolenza_desktop.services.demo import DEMO_LOGIN, DEMO_PASSWORD
from antiviolenza_desktop.ui.app import build_window, parse_args
from antiviolenza_desktop.ui.translations import install_translator
from antiviolenza_desktop.ui.window_placement import fitted_geometry

# The main window as it first opens on a 1366×768 laptop whose taskbar takes 40 pixels.
SIZE = fitted_geometry(QRect(0, 0, 1366, 728)).size().toTuple()


def settle(app: QApplication, seconds: float = 0.2) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def wait_for(app: QApplication, condition: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.02)


def capture_wizard(app: QApplication, folder: Path, store: Path, lang: str) -> None:
    wizard = build_window(parse_args(["--store", str(store), "--lang", lang]))
    wizard.resize(760, 560)
    wizard.show()
    settle(app)
    save(wizard, folder, "01-primo-avvio-ente")
    wizard.close()


def capture_workspace(app: QApplication, folder: Path, store: Path, lang: str) -> None:
    window = build_window(parse_args(["--demo", "--store", str(store), "--lang", lang]))
    window.resize(*SIZE)
    window.show()
    settle(app)
    save(window, folder, "02-blocco")
    capture_recovery_key_field(app, window, folder)
    window.lock_screen.user.setText(DEMO_LOGIN)  # type: ignore[attr-defined]
    window.lock_screen.password.setText(DEMO_PASSWORD)  # type: ignore[attr-defined]
    window.lock_screen.unlock_button.click()  # type: ignore[attr-defined]
    wait_for(app, lambda: window.workspace is not None)  # type: ignore[attr-defined]
    settle(app)
    nav = window.workspace.nav  # type: ignore[attr-defined]
    for row in range(nav.count()):
        nav.setCurrentRow(row)
        settle(app)
        slug = nav.item(row).text().lower().replace(" ", "-").replace("'", "")
        save(window, folder, f"{row + 3:02d}-{slug}")
    capture_privacy_mode(app, window, folder, nav.count() + 3)
    capture_fund_report(app, window, folder, nav.count() + 12)
    capture_audit_log(app, window, folder, nav.count() + 5)
    capture_dialogs(app, window, folder, nav.count() + 6)
    capture_accounts(app, window, folder, nav.count() + 9)
    capture_session_screens(app, window, folder, 30)
    capture_read_only_and_duplicates(app, window, folder, 40)
    window.session.lock()  # type: ignore[attr-defined]
    window.close()


def capture_recovery_key_field(app: QApplication, window: QWidget, folder: Path) -> None:
    """The lock screen asking for the recovery key, a whole (synthetic) key typed in."""
    from antiviolenza_desktop.domain.access.recovery_key import KEY_BYTES, format_recovery_key

    screen = window.lock_screen  # type: ignore[attr-defined]
    screen.toggle.click()
    screen.recovery_key.setText(format_recovery_key(bytes(range(KEY_BYTES))))
    settle(app)
    save(window, folder, "02-blocco-chiave-di-recupero")
    screen.recovery_key.clear()
    screen.toggle.click()


def capture_read_only_and_duplicates(
    app: QApplication, window: QWidget, folder: Path, number: int
) -> None:
    """A case in read mode (grey inputs, «Sola lettura») and the duplicate dialog for her own
    codice fiscale (open the case or go back, nothing else)."""
    from antiviolenza_desktop.services.intake import SAME_CODICE_FISCALE, DuplicateMatch
    from antiviolenza_desktop.ui.case.form_dialogs import DuplicateDialog

    workspace = window.workspace  # type: ignore[attr-defined]
    runner = window.session.runner  # type: ignore[attr-defined]
    workspace.nav.setCurrentRow(0)
    workspace.open_case(workspace.case_list.model.case_id_at(0))
    wait_for(app, lambda: not runner.busy)
    workspace.detail.tabs.setCurrentWidget(workspace.detail.referral_pages[0])
    settle(app)
    save(window, folder, f"{number:02d}-scheda-sola-lettura")
    code = workspace.detail.view.code
    dialog = DuplicateDialog([DuplicateMatch(0, code, SAME_CODICE_FISCALE)], window)
    dialog.show()
    settle(app)
    save(dialog, folder, f"{number + 1:02d}-doppione-stesso-codice-fiscale")
    dialog.close()


def capture_audit_log(app: QApplication, window: QWidget, folder: Path, number: int) -> None:
    """The coordinator's audit viewer after a case was opened (so it shows a read)."""
    from antiviolenza_desktop.ui.archive.audit_view import AuditLogDialog

    window.workspace.open_case(window.workspace.case_list.model.case_id_at(0))  # type: ignore[attr-defined]
    window.audit_action.trigger()  # type: ignore[attr-defined]
    dialog = window.findChild(AuditLogDialog)
    dialog.resize(1366, 768)
    settle(app)
    save(dialog, folder, f"{number:02d}-registro-delle-operazioni")
    dialog.close()


def capture_dialogs(app: QApplication, window: QWidget, folder: Path, number: int) -> None:
    """The coordinator's dialogs of the Archivio and Aiuto menus, at the laptop's size."""
    from antiviolenza_desktop.services.maintenance import backup_now
    from antiviolenza_desktop.ui.archive.about_dialog import AboutDialog
    from antiviolenza_desktop.ui.archive.copies_dialog import CopiesDialog
    from antiviolenza_desktop.ui.archive.erasure_list import ErasureListDialog

    runner = window.session.runner  # type: ignore[attr-defined]
    wait_for(app, lambda: not runner.busy)
    backup_now(window.session.opened)  # type: ignore[attr-defined]  (a row in the copies table)
    for name, action, kind in (
        ("copie-di-sicurezza", window.copies_action, CopiesDialog),  # type: ignore[attr-defined]
        ("conservazione-dei-dati", window.retention_action, ErasureListDialog),  # type: ignore[attr-defined]
    ):
        wait_for(app, lambda: not runner.busy)
        action.trigger()
        dialog = window.findChild(kind)
        wait_for(app, lambda: not runner.busy)
        settle(app)
        save(dialog, folder, f"{number:02d}-{name}")
        dialog.close()
        dialog.deleteLater()
        number += 1
    about = AboutDialog(window)
    about.show()
    settle(app)
    save(about, folder, f"{number:02d}-informazioni")
    about.close()


def capture_session_screens(app: QApplication, window: QWidget, folder: Path, number: int) -> None:
    """The idle lock's countdown over a case, Archivio › Impostazioni… and the guide (F1)."""
    from antiviolenza_desktop.ui.archive.settings_dialog import SettingsDialog

    idle = window.idle  # type: ignore[attr-defined]
    idle_ms = idle.idle_ms
    window.workspace.nav.setCurrentRow(0)  # type: ignore[attr-defined]
    idle.set_idle_ms(4_000)
    wait_for(app, lambda: idle.seconds_left() == 1)
    save(window, folder, f"{number:02d}-conto-alla-rovescia")
    idle.keep_working()
    idle.set_idle_ms(idle_ms)
    dialog = SettingsDialog(window.settings, idle_ms // 60_000, window)  # type: ignore[attr-defined]
    dialog.show()
    settle(app)
    save(dialog, folder, f"{number + 1:02d}-impostazioni")
    dialog.close()
    window.workspace.open_case(window.workspace.case_list.model.case_id_at(0))  # type: ignore[attr-defined]
    window.show_help()  # type: ignore[attr-defined]
    settle(app)
    save(window.help_dialog, folder, f"{number + 2:02d}-guida-scheda-del-caso")  # type: ignore[attr-defined]
    window.help_dialog.close()  # type: ignore[attr-defined]


def capture_accounts(app: QApplication, window: QWidget, folder: Path, number: int) -> None:
    """Archivio › Utenti… with a colleague, the add-user form, and a case's «Panoramica»."""
    from sqlalchemy import func, select

    from antiviolenza_desktop.services.credentials import add_user
    from antiviolenza_desktop.store.schema import LedgerRecord
    from antiviolenza_desktop.ui.archive.user_forms import AddUserDialog
    from antiviolenza_desktop.ui.archive.users_dialog import UsersDialog

    opened = window.session.opened  # type: ignore[attr-defined]
    runner = window.session.runner  # type: ignore[attr-defined]
    wait_for(app, lambda: not runner.busy)
    colleague = {"login": "m.rossi", "display_name": "Operatrice Seconda", "role": "operator"}
    add_user(opened, **colleague, password=DEMO_PASSWORD)
    window.resize(1366, 768)
    window.users_action.trigger()  # type: ignore[attr-defined]
    users = window.findChild(UsersDialog)
    users.table.selectRow(1)
    settle(app)
    save(users, folder, f"{number:02d}-utenti")
    users.add_button.click()
    form = users.findChild(AddUserDialog)
    form.login.setText("a.bianchi")
    form.display_name.setText("Assistente Terza")
    form.fields.password.setText(DEMO_PASSWORD)
    settle(app)
    save(form, folder, f"{number + 1:02d}-utenti-aggiungi")
    form.reject()
    users.close()
    with opened.store.sessions() as session:
        busiest = session.execute(
            select(LedgerRecord.case_id).group_by(LedgerRecord.case_id)
            .order_by(func.count().desc()).limit(1)
        ).scalar_one()  # fmt: skip
    window.workspace.open_case(busiest)  # type: ignore[attr-defined]
    wait_for(app, lambda: not runner.busy)
    window.workspace.detail.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    settle(app)
    save(window, folder, f"{number + 2:02d}-scheda-panoramica")
    window.workspace.detail.tabs.setCurrentWidget(window.workspace.detail.project_tab)  # type: ignore[attr-defined]
    wait_for(app, lambda: not runner.busy)
    settle(app)
    save(window, folder, f"{number + 2:02d}-scheda-progetto")
    window.workspace.detail.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    window.resize(*SIZE)


def capture_privacy_mode(app: QApplication, window: QWidget, folder: Path, number: int) -> None:
    """Privacy mode after a surname was searched (the list), then over a case being edited."""
    workspace = window.workspace  # type: ignore[attr-defined]
    runner = window.session.runner  # type: ignore[attr-defined]
    wait_for(app, lambda: not runner.busy)  # the audit viewer's reads are done
    window.resize(1366, 768)
    workspace.nav.setCurrentRow(0)
    case_list = workspace.case_list
    surname = str(case_list.model.index(0, 1).data())
    case_list.search.setText(surname)
    wait_for(app, lambda: case_list.model.query.search == surname)
    window.privacy.action.setChecked(True)  # type: ignore[attr-defined]
    settle(app)
    save(window, folder, f"{number:02d}-riservata-elenco")
    window.privacy.action.setChecked(False)  # type: ignore[attr-defined]
    workspace.open_case(case_list.model.case_id_at(0))
    wait_for(app, lambda: not runner.busy)
    workspace.detail.start_editing()
    window.privacy.action.setChecked(True)  # type: ignore[attr-defined]
    settle(app)
    save(window, folder, f"{number + 1:02d}-riservata-scheda")
    window.privacy.action.setChecked(False)  # type: ignore[attr-defined]
    workspace.detail.form.cancel_button.click()
    wait_for(app, lambda: not runner.busy)
    window.resize(*SIZE)


def capture_fund_report(app: QApplication, window: QWidget, folder: Path, number: int) -> None:
    """Fondi › Relazione at the laptop's size: the box, the save dialog (Qt's own, as offscreen
    and on Linux desktops without a portal), the progress, the confirmation and a refusal."""
    from PySide6.QtWidgets import QFileDialog

    workspace, runner = window.workspace, window.session.runner  # type: ignore[attr-defined]
    window.resize(1366, 768)
    workspace.show_funds()
    funds = workspace.funds
    funds.pages.setCurrentIndex(funds.pages.count() - 1)
    wait_for(app, lambda: not runner.busy)
    settle(app)
    save(window, folder, f"{number:02d}-fondi-relazione")
    exports = funds.exports
    dialog = QFileDialog(window, exports.tr("Salva la relazione finanziaria"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    pdf, xlsx = exports.tr("Documento PDF (*.pdf)"), exports.tr("Cartella di lavoro Excel (*.xlsx)")
    dialog.setNameFilters([pdf, xlsx])
    dialog.selectFile("rendiconto-finanziario.pdf")
    dialog.resize(900, 560)
    dialog.show()
    settle(app)
    save(dialog, folder, f"{number + 1:02d}-fondi-salva-dialogo")
    dialog.close()
    target = Path(tempfile.mkdtemp()) / "rendiconto-finanziario.pdf"
    exports.save_report(target)
    settle(app, 0.05)
    if exports.progress is not None:
        save(exports.progress, folder, f"{number + 2:02d}-fondi-salvataggio")
    wait_for(app, lambda: exports.confirmation is not None)
    settle(app)
    save(exports.confirmation, folder, f"{number + 3:02d}-fondi-salvata")
    exports.confirmation.close()
    exports.save_report(target)
    wait_for(app, lambda: exports.error.isVisible())
    settle(app)
    save(window, folder, f"{number + 4:02d}-fondi-rifiuto")
    print(target)
    window.resize(*SIZE)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", default="it", choices=("it", "en", "pseudo"))
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translator(app, args.lang)
    with tempfile.TemporaryDirectory() as name:
        capture_wizard(app, args.output, Path(name) / "nuovo" / "archivio.avdb", args.lang)
        capture_workspace(app, args.output, Path(name) / "demo" / "demo.avdb", args.lang)


if __name__ == "__main__":
    main()
