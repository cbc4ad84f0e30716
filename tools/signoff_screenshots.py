"""Save PNGs of «Firme dell'équipe» on a synthetic store, and of the printed approvals.

Usage (from the repository root): python tools/signoff_screenshots.py OUTPUT_DIR [--lang it|en]

Makes its own store in a temporary folder with a coordinator and a colleague (the test
credentials of `tests.signoff_support`) and a woman assessed with a draft project. Captures the
project tab at 1366×768: the draft with one signature, the signing dialog with a refusal, the
complete signatures, the closure page with its own box; then validates, closes and renders
the page of the project print with «Approvazione dell'équipe» with pypdfium2. Runs offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication
from tests.funds_support import assessment_on, new_case, work_project
from tests.signoff_support import COLLEAGUE, add_colleague, sign_off
from tests.support import LOGIN, OTHER_PASSWORD, PASSWORD
from tools.case_screenshot_store import save_page, scratch_store, screenshot_app
from tools.funds_screenshots import save, settle, wait_for

from antiviolenza_desktop.domain.project.revisions import Closure
from antiviolenza_desktop.domain.project.signoff import CLOSURE
from antiviolenza_desktop.operations import project as project_operations
from antiviolenza_desktop.operations import project_signoff
from antiviolenza_desktop.operations.case_prints import PROJECT, form_pdf
from antiviolenza_desktop.services import assessments, projects
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.project.view import ProjectTab

TODAY = date.today()


def populate(opened: OpenStore) -> int:
    """A woman assessed with a draft project signed by the coordinator; returns her case."""
    case_id = new_case(opened, 31)
    with UnitOfWork(opened.store, opened.actor) as uow:
        assessments.record_assessment(
            uow, case_id=case_id, assessment=assessment_on(TODAY), today=TODAY
        )
        projects.save_draft(uow, case_id=case_id, draft=work_project(180_000))
        add_colleague(uow)
    project_signoff.sign(opened, case_id, "validazione", LOGIN, PASSWORD)
    return case_id


def capture_tab(app: QApplication, folder: Path, opened: OpenStore, case_id: int) -> None:
    runner = BackgroundRunner()
    tab = ProjectTab(opened, runner)
    tab.resize(1366, 768)
    tab.show()
    tab.load(case_id)
    settle(app)
    save(tab, folder, "firme-01-bozza-una-firma")
    tab.signatures.ask("validazione")
    dialog = tab.signatures.flow.dialog
    assert dialog is not None
    dialog.login.setText(COLLEAGUE)
    dialog.password.setText("password-sbagliata")
    dialog.sign_button.click()
    wait_for(app, dialog.error.isVisible)
    settle(app)
    save(dialog, folder, "firme-02-dialogo-password-errata")
    dialog.reject()
    sign_off_colleague(opened, case_id)
    tab.load(case_id)
    settle(app)
    save(tab, folder, "firme-03-firme-complete")
    project_operations.validate(opened, case_id, None, TODAY)
    tab.load(case_id)
    settle(app)
    save(tab, folder, "firme-04a-revisione-approvata")
    tab.pages.setCurrentWidget(tab.closure)
    settle(app)
    save(tab, folder, "firme-04-chiusura")
    tab.clear()
    settle(app)


def sign_off_colleague(opened: OpenStore, case_id: int) -> None:
    project_signoff.sign(opened, case_id, "validazione", COLLEAGUE, OTHER_PASSWORD)


def capture_print(folder: Path, opened: OpenStore, case_id: int) -> None:
    sign_off(opened, case_id, CLOSURE)
    project_operations.close(opened, case_id, Closure(TODAY, drop_reason="moved_away"))
    pdf = form_pdf(opened, PROJECT, case_id)
    save_page(pdf, "Approvazione dell", folder / "firme-05-stampa-progetto.png")


def main() -> None:
    app, folder = screenshot_app()
    with tempfile.TemporaryDirectory() as name, scratch_store(Path(name)) as opened:
        case_id = populate(opened)
        capture_tab(app, folder, opened, case_id)
        capture_print(folder, opened, case_id)


if __name__ == "__main__":
    main()
