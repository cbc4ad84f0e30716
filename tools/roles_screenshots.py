"""Save PNGs of the main window as each role sees it, and of the users dialog with the roles.

Usage (from the repository root): python tools/roles_screenshots.py OUTPUT_DIR [--lang it|en]

Makes its own Ambito store in a temporary folder with a coordinator, an équipe member and a CAV
worker of AIDA (real users: each unlocks the window with her own password), two cases of AIDA
and one of MIA, and a capofila store with a Provincia user. Captures each user's window at
1366×768 on the case list (the CAV worker also on her open case), the users dialog with its
«Ruolo e CAV…» form, and the Provincia's window. Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication
from tests.roles_support import COLLEAGUE_PASSWORD, case_of, colleague
from tests.support import LOGIN, PASSWORD
from tools.funds_screenshots import save, settle, wait_for

from antiviolenza_desktop.services.store_lifecycle import OpenStore, initialise_store
from antiviolenza_desktop.services.unit_of_work import actor_for
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.ui.archive.role_fields import RoleDialog
from antiviolenza_desktop.ui.archive.users_dialog import UsersDialog
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.session.store_session import StoreSession
from antiviolenza_desktop.ui.translations import install_translator


def make_store(folder: Path, ambito: str) -> OpenStore:
    created = initialise_store(
        folder / f"{ambito}.avdb",
        store_name=f"Archivio {ambito}",
        ambito=ambito,
        login=LOGIN,
        display_name="Coordinatrice Prova",
        password=PASSWORD,
        params=FLOOR_PARAMS,
    )
    return OpenStore(created.store, actor_for(created.store, LOGIN))


def window_as(app: QApplication, database: Path, login: str, password: str) -> MainWindow:
    runner = BackgroundRunner()
    window = MainWindow(StoreSession(database, runner))
    runner.setParent(window)
    window.resize(1366, 768)
    window.show()
    window.session.unlock(login, password, lambda error: print(error.message))
    wait_for(app, lambda: window.workspace is not None)
    settle(app)
    return window


def capture_ambito(app: QApplication, folder: Path, database: Path) -> None:
    for number, (login, password, name) in enumerate(
        (
            (LOGIN, PASSWORD, "coordinatrice"),
            ("equipe", COLLEAGUE_PASSWORD, "equipe"),
            ("cav.aida", COLLEAGUE_PASSWORD, "operatrice-cav"),
        ),
        start=1,
    ):
        window = window_as(app, database, login, password)
        save(window, folder, f"ruoli-0{number}-{name}")
        workspace = window.workspace
        assert workspace is not None
        if login == LOGIN:
            capture_users(app, folder, window)
        if login == "cav.aida":
            workspace.open_case(workspace.case_list.model.case_id_at(0))
            settle(app)
            save(window, folder, "ruoli-04-operatrice-cav-caso")
        window.close()


def capture_users(app: QApplication, folder: Path, window: MainWindow) -> None:
    window.users_action.trigger()
    settle(app)
    users = window.findChild(UsersDialog)
    assert users is not None
    save(users, folder, "ruoli-05-utenti")
    cav_user = next(u for u in users.users if u.login == "cav.aida")
    dialog = RoleDialog(users.opened, cav_user, users)
    dialog.show()
    settle(app)
    save(dialog, folder, "ruoli-06-ruolo-e-cav")
    dialog.reject()
    users.reject()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", default="it", choices=("it", "en"))
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translator(app, args.lang)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        ambito = make_store(folder, "cremonese")
        colleague(ambito, "equipe", "operator")
        colleague(ambito, "cav.aida", "cav", "aida")
        for cav, seed in (("aida", 3), ("aida", 5), ("mia", 4)):
            case_of(ambito, cav, seed, waiting_weeks=14)
        ambito.store.close()
        capofila = make_store(folder, "capofila")
        colleague(capofila, "provincia.cr", "provincia")
        capofila.store.close()
        capture_ambito(app, args.output, folder / "cremonese.avdb")
        window = window_as(app, folder / "capofila.avdb", "provincia.cr", COLLEAGUE_PASSWORD)
        save(window, args.output, "ruoli-07-provincia")
        window.close()


if __name__ == "__main__":
    main()
