"""Save PNGs of the «Da fare» area on a synthetic store, and the project print's due days.

Usage (from the repository root): python tools/tasks_screenshots.py OUTPUT_DIR [--lang it|en]

Makes its own store in a temporary folder: women with projects validated months ago (so a
monitoring update, a review and idle commitments fall due), a woman waiting for months and a
case left without news. Captures the main window at 1366×768 on the «Da fare» area (with its
count in the navigation), the area as an operator sees it, the coordinator's thresholds
dialog, and the first page of the project print rendered with pypdfium2. Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pypdfium2
from PySide6.QtWidgets import QApplication
from tests.funds_support import assessment_on, care_consent_before, new_case, work_project
from tests.signoff_support import sign_in
from tests.support import LOGIN, PASSWORD
from tests.test_tasks import age_case, waiting_case
from tools.funds_screenshots import save, settle, wait_for

from antiviolenza_desktop.operations.case_prints import PROJECT, form_pdf
from antiviolenza_desktop.services import assessments, projects
from antiviolenza_desktop.services.store_lifecycle import OpenStore, initialise_store
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork, actor_for
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.session.store_session import StoreSession
from antiviolenza_desktop.ui.tasks_thresholds_dialog import TaskThresholdsDialog
from antiviolenza_desktop.ui.translations import install_translator
from antiviolenza_desktop.ui.workspace import Workspace

TODAY = date.today()


def validated_days_ago(opened: OpenStore, seed: int, days: int) -> int:
    case_id = new_case(opened, seed)
    day = TODAY - timedelta(days=days)
    with UnitOfWork(opened.store, opened.actor) as uow:
        care_consent_before(uow, case_id, day)
        assessments.record_assessment(
            uow, case_id=case_id, assessment=assessment_on(day), today=TODAY
        )
        projects.save_draft(uow, case_id=case_id, draft=work_project(150_000 + seed * 10_000))
        sign_in(uow, case_id)
        projects.validate(uow, case_id=case_id, validated_on=day, today=TODAY)
    return case_id


def populate(opened: OpenStore) -> int:
    """Projects validated 100, 170 and 40 days ago, two women waiting, one case untouched;
    returns the case whose project is printed."""
    printed = validated_days_ago(opened, 1, 100)
    validated_days_ago(opened, 2, 170)
    validated_days_ago(opened, 3, 40)
    waiting_case(opened, weeks_ago=14, seed=21)
    waiting_case(opened, weeks_ago=11, seed=22)
    forgotten = waiting_case(opened, weeks_ago=6, seed=23)
    age_case(opened, forgotten, 9)
    return printed


def capture_window(app: QApplication, folder: Path, database: Path) -> None:
    runner = BackgroundRunner()
    window = MainWindow(StoreSession(database, runner))
    runner.setParent(window)
    window.resize(1366, 768)
    window.show()
    window.session.unlock(LOGIN, PASSWORD, lambda error: print(error.message))
    wait_for(app, lambda: window.workspace is not None)
    workspace = window.workspace
    assert workspace is not None
    workspace.nav.setCurrentRow(workspace.areas.indexOf(workspace.tasks))
    settle(app)
    save(window, folder, "da-fare-01-finestra")
    dialog = TaskThresholdsDialog(workspace.opened, window)
    dialog.show()
    settle(app)
    save(dialog, folder, "da-fare-03-soglie")
    dialog.reject()
    operator = OpenStore(
        workspace.opened.store, Actor(user_id=None, login="operatrice", role="operator")
    )
    seen = Workspace(operator, ClipboardGuard(), runner)
    seen.resize(1366, 720)
    seen.show()
    seen.nav.setCurrentRow(seen.areas.indexOf(seen.tasks))
    seen.tasks.everyone.setChecked(True)
    settle(app)
    save(seen, folder, "da-fare-02-operatrice-tutti")
    seen.discard()
    window.close()


def capture_print(folder: Path, opened: OpenStore, case_id: int) -> None:
    pdf = pypdfium2.PdfDocument(form_pdf(opened, PROJECT, case_id))
    for index in range(len(pdf)):
        text = pdf[index].get_textpage().get_text_range()
        if "Prossimo monitoraggio" in text:
            path = folder / "da-fare-04-stampa-progetto.png"
            pdf[index].render(scale=1.2).to_pil().save(path)
            print(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", default="it", choices=("it", "en"))
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translator(app, args.lang)
    with tempfile.TemporaryDirectory() as name:
        database = Path(name) / "archivio.avdb"
        created = initialise_store(
            database,
            store_name="Archivio di prova",
            ambito="cremonese",
            login=LOGIN,
            display_name="Coordinatrice Prova",
            password=PASSWORD,
            params=FLOOR_PARAMS,
        )
        opened = OpenStore(created.store, actor_for(created.store, LOGIN))
        try:
            printed = populate(opened)
            capture_print(args.output, opened, printed)
        finally:
            opened.store.close()
        capture_window(app, args.output, database)


if __name__ == "__main__":
    main()
