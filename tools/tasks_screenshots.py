"""Save PNGs of the «Da fare» area on a synthetic store, and the project print's due days.

Usage (from the repository root): python tools/tasks_screenshots.py OUTPUT_DIR [--lang it|en]

Makes its own store in a temporary folder: women with projects validated months ago (so a
monitoring update, a review and idle commitments fall due), a woman waiting for months and a
case left without news. Captures the main window at 1366×768 on the «Da fare» area (with its
count in the navigation), the area as an operator sees it, the coordinator's thresholds
dialog, and the first page of the project print rendered with pypdfium2. Runs offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication
from tests.funds_support import assessment_on, care_consent_before, new_case, work_project
from tests.signoff_support import sign_in
from tests.support import LOGIN, PASSWORD
from tests.test_tasks import age_case, waiting_case
from tools.case_screenshot_store import save_page, scratch_store, screenshot_app
from tools.funds_screenshots import save, settle, wait_for

from antiviolenza_desktop.operations.case_prints import PROJECT, form_pdf
from antiviolenza_desktop.services import assessments, projects
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.session.store_session import StoreSession
from antiviolenza_desktop.ui.tasks_thresholds_dialog import TaskThresholdsDialog
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
    pdf = form_pdf(opened, PROJECT, case_id)
    save_page(pdf, "Prossimo monitoraggio", folder / "da-fare-04-stampa-progetto.png")


def main() -> None:
    app, folder = screenshot_app()
    with tempfile.TemporaryDirectory() as name:
        with scratch_store(Path(name)) as opened:
            printed = populate(opened)
            capture_print(folder, opened, printed)
        capture_window(app, folder, Path(name) / "archivio.avdb")


if __name__ == "__main__":
    main()
