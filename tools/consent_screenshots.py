"""Save PNGs of a case's «Consensi» tab and its two dialogs at 1366×768.

Usage (from the repository root): python tools/consent_screenshots.py OUTPUT_DIR [--lang it|en]

Makes its own store in a temporary folder: one synthetic woman (tests/funds_support.py) whose
referral form gave the care and sharing consents, a referral consent to a network member, a
statistics consent, and the sharing consent withdrawn. Captures the tab, the «Registra
consenso» dialog for a referral with a refusal (a day in the future) and the «Revoca» dialog
with a refusal (a day before the consent), and the last page of the printed scheda di
segnalazione with the consents in force. Runs offscreen.
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
from tests.funds_support import new_case
from tools.case_screenshot_store import save_page, scratch_store, screenshot_app
from tools.funds_screenshots import save, settle, wait_for

from antiviolenza_desktop.domain.case import consent as rules
from antiviolenza_desktop.domain.funds.network_training import MemberEntry
from antiviolenza_desktop.operations import case_consents
from antiviolenza_desktop.reports.case_prints import referral_print
from antiviolenza_desktop.reports.referral_form import referral_form_bytes
from antiviolenza_desktop.services import network_members
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.detail import CaseDetail
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard

TODAY = date.today()


def populate(opened: OpenStore) -> int:
    case_id = new_case(opened, 5)
    with UnitOfWork(opened.store, opened.actor) as uow:
        member = network_members.add_member(
            uow, entry=MemberEntry("Aler Cremona", "aler", TODAY - timedelta(days=90)), today=TODAY
        )
    week_ago = TODAY - timedelta(days=7)
    for new in (
        rules.NewConsent(rules.REFERRAL, week_ago, "written_form", "aler", member),
        rules.NewConsent(rules.STATISTICS, week_ago, "oral_noted"),
    ):
        case_consents.add_consent(opened, case_id, new)
    listing = case_consents.read_consents(opened, case_id)
    sharing = [c for c in listing.consents if c.purpose == rules.SHARING]
    if not sharing:
        case_consents.add_consent(
            opened, case_id, rules.NewConsent(rules.SHARING, week_ago, "written_form")
        )
        sharing = [
            c
            for c in case_consents.read_consents(opened, case_id).consents
            if c.purpose == rules.SHARING
        ]
    case_consents.withdraw_consent(opened, case_id, sharing[0].id, TODAY - timedelta(days=1))
    return case_id


def capture(app: QApplication, folder: Path, opened: OpenStore, case_id: int) -> None:
    runner = BackgroundRunner()
    detail = CaseDetail(opened, ClipboardGuard(), runner)
    detail.resize(1366, 768)
    detail.show()
    detail.open_case(case_id)
    detail.tabs.setCurrentWidget(detail.consents_tab)
    tab = detail.consents_tab
    wait_for(app, lambda: tab.table.rowCount() >= 4)
    settle(app)
    save(detail, folder, "consensi-01-scheda")
    dialog = tab.add()
    assert dialog is not None
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(rules.REFERRAL))
    dialog.service.setCurrentIndex(dialog.service.findData("aler"))
    wait_for(app, lambda: dialog.member.count() > 1)
    dialog.member.setCurrentIndex(1)
    dialog.given_on.set_value(TODAY + timedelta(days=2))
    dialog.save_button.click()
    wait_for(app, lambda: bool(dialog.fields["given_on"][1].text()))
    settle(app)
    save(dialog, folder, "consensi-02-registra-rifiutato")
    dialog.reject()
    tab.table.selectRow(0)
    withdrawal = tab.withdraw()
    assert withdrawal is not None
    withdrawal.withdrawn_on.set_value(date(2001, 1, 1))
    withdrawal.save_button.click()
    wait_for(app, lambda: bool(withdrawal.fields["withdrawn_on"][1].text()))
    settle(app)
    save(withdrawal, folder, "consensi-03-revoca-rifiutata")
    withdrawal.reject()
    runner.wait(10_000)


def capture_prints(folder: Path, opened: OpenStore, case_id: int) -> None:
    """The page of the scheda di segnalazione with its «Consensi in vigore» block."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        pdf = referral_form_bytes(referral_print(uow, case_id=case_id, today=TODAY))
    save_page(pdf, "Consensi in vigore", folder / "consensi-04-scheda-segnalazione.png", 1)


def main() -> None:
    app, folder = screenshot_app()
    with tempfile.TemporaryDirectory() as name, scratch_store(Path(name)) as opened:
        case_id = populate(opened)
        capture(app, folder, opened, case_id)
        capture_prints(folder, opened, case_id)


if __name__ == "__main__":
    main()
