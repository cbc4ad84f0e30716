"""Save PNGs of a case's «Invii» tab, its two dialogs, the overview and the project print at
1366×768.

Usage (from the repository root): python tools/referrals_screenshots.py OUTPUT_DIR [--lang it|en]

Makes its own store in a temporary folder: one synthetic woman (tests/funds_support.py) with a
validated project, referral consents to the centro per l'impiego and to a network member
(Aler Cremona), and three referrals: one accepted, one refused with its reason, one sent 40
days ago and still unanswered. Captures the tab, the «Registra invio» dialog refused because
no consent covers the service, the «Stato dell'invio» dialog refused for a refusal without
reason, the overview with the referrals' status, the «Da fare» area with the unanswered
referral, and the page of the printed project with «Invii ai servizi». Runs offscreen.
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
from tests.funds_support import new_case, validate_project, work_project
from tools.case_screenshot_store import save_page, scratch_store, screenshot_app
from tools.funds_screenshots import save, settle, wait_for

from antiviolenza_desktop.domain.case import consent as consent_rules
from antiviolenza_desktop.domain.case import referral as rules
from antiviolenza_desktop.domain.case.consent import NewConsent
from antiviolenza_desktop.domain.case.referral import NewReferral, NewStatus
from antiviolenza_desktop.domain.funds.network_training import MemberEntry
from antiviolenza_desktop.operations import case_consents, case_referrals
from antiviolenza_desktop.reports.case_prints import project_print
from antiviolenza_desktop.reports.project_form import project_form_bytes
from antiviolenza_desktop.services import network_members
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.detail import CaseDetail
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.tasks_area import TasksArea

TODAY = date.today()


def populate(opened: OpenStore) -> int:
    case_id = new_case(opened, 5)
    validate_project(opened, case_id, work_project(100_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        entry = MemberEntry("Aler Cremona", "aler", TODAY - timedelta(days=90))
        aler = network_members.add_member(uow, entry=entry, today=TODAY)
    since = TODAY - timedelta(days=60)
    for kind, member in (("centro_impiego", None), ("aler", aler)):
        new = NewConsent(consent_rules.REFERRAL, since, "written_form", kind, member)
        case_consents.add_consent(opened, case_id, new)
    sent = TODAY - timedelta(days=40)
    late = NewReferral("centro_impiego", sent, "servizi_sociali")
    case_referrals.send_referral(opened, case_id, late)
    accepted = case_referrals.send_referral(
        opened, case_id, NewReferral("aler", TODAY - timedelta(days=20), "cav", aler)
    )
    case_referrals.change_status(
        opened, case_id, accepted, NewStatus(rules.ACCEPTED, TODAY - timedelta(days=5))
    )
    refused = case_referrals.send_referral(
        opened, case_id, NewReferral("centro_impiego", TODAY - timedelta(days=10), "cav")
    )
    reason = "Il servizio non ha posti nei corsi di questo trimestre"
    change = NewStatus(rules.REFUSED, TODAY - timedelta(days=2), reason)
    case_referrals.change_status(opened, case_id, refused, change)
    return case_id


def capture(app: QApplication, folder: Path, opened: OpenStore, case_id: int) -> None:
    runner = BackgroundRunner()
    detail = CaseDetail(opened, ClipboardGuard(), runner)
    detail.resize(1366, 768)
    detail.show()
    detail.open_case(case_id)
    settle(app)
    save(detail, folder, "invii-01-panoramica")
    detail.tabs.setCurrentWidget(detail.referrals_tab)
    tab = detail.referrals_tab
    wait_for(app, lambda: tab.table.rowCount() == 3)
    settle(app)
    save(detail, folder, "invii-02-scheda")
    dialog = tab.add()
    assert dialog is not None
    dialog.service.setCurrentIndex(dialog.service.findData("casa_alloggi"))
    dialog.save_button.click()
    wait_for(app, lambda: bool(dialog.error.text()))
    settle(app)
    save(dialog, folder, "invii-03-registra-senza-consenso")
    dialog.reject()
    tab.table.selectRow(0)
    status = tab.change_status()
    assert status is not None
    status.status.setCurrentIndex(status.status.findData(rules.REFUSED))
    status.save_button.click()
    wait_for(app, lambda: bool(status.fields["reason"][1].text()))
    settle(app)
    save(status, folder, "invii-04-stato-senza-motivo")
    status.reject()
    runner.wait(10_000)


def capture_tasks(app: QApplication, folder: Path, opened: OpenStore) -> None:
    area = TasksArea(opened)
    area.resize(1366, 768)
    area.show()
    area.refresh()
    settle(app)
    save(area, folder, "invii-05-da-fare")


def capture_prints(folder: Path, opened: OpenStore, case_id: int) -> None:
    """The page of the project with its «Invii ai servizi» block."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        data = project_print(uow, case_id=case_id, today=TODAY)
    assert data is not None
    pdf = project_form_bytes(data)
    save_page(pdf, "Invii ai servizi", folder / "invii-06-progetto.png", 1.4)


def main() -> None:
    app, folder = screenshot_app()
    with tempfile.TemporaryDirectory() as name, scratch_store(Path(name)) as opened:
        case_id = populate(opened)
        capture(app, folder, opened, case_id)
        capture_tasks(app, folder, opened)
        capture_prints(folder, opened, case_id)


if __name__ == "__main__":
    main()
