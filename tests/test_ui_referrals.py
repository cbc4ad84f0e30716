"""The «Invii» tab on the real main window: a referral registered under her consent, then
accepted and closed through the dialogs, shown with its status on the overview; the consent
refusal shown under the form and a refusal without reason shown under the field, in Italian,
with the store left as it was."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.case import consent as consent_rules
from antiviolenza_desktop.domain.case import referral as rules
from antiviolenza_desktop.domain.case.consent import NewConsent
from antiviolenza_desktop.domain.case.referral import NewReferral
from antiviolenza_desktop.domain.tasks.kinds import REFERRAL_UNANSWERED
from antiviolenza_desktop.operations import case_referrals
from antiviolenza_desktop.services import consents
from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.store_lifecycle import unlock as unlock_store
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.case.detail import CaseDetail
from antiviolenza_desktop.ui.case.referrals_tab import CaseReferralsTab
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.tasks_thresholds_dialog import TaskThresholdsDialog
from tests.referral_support import referral_state
from tests.support import LOGIN, PASSWORD
from tests.test_ui_case_detail import DRAFT
from tests.test_ui_form_drafts import _unlock, _window
from tests.test_ui_tasks import open_window
from tests.ui_support import make_store

TODAY = date.today()


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, int]:
    """A woman with a consent to be referred to the centro per l'impiego since a month ago."""
    path = make_store(tmp_path)
    opened = unlock_store(path, login=LOGIN, password=PASSWORD)
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            case_id = record_case(uow, draft=DRAFT, today=TODAY).case_id
            referral = NewConsent(
                consent_rules.REFERRAL,
                TODAY - timedelta(days=30),
                "written_form",
                "centro_impiego",
            )
            consents.record_consent(uow, case_id=case_id, new=referral, today=TODAY)
    finally:
        opened.store.close()
    return path, case_id


def _referrals_tab(
    qtbot: QtBot, database: tuple[Path, int]
) -> tuple[MainWindow, CaseReferralsTab, CaseDetail]:
    path, case_id = database
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    workspace.open_case(case_id)
    detail = workspace.detail
    detail.tabs.setCurrentWidget(detail.referrals_tab)
    tab = detail.referrals_tab
    qtbot.waitUntil(lambda: tab.listing is not None)
    return window, tab, detail


def _opened(window: MainWindow) -> OpenStore:
    assert window.session.opened is not None
    return window.session.opened


def _status(qtbot: QtBot, tab: CaseReferralsTab, status: str, reason: str = "") -> None:
    tab.table.selectRow(0)
    dialog = tab.change_status()
    assert dialog is not None
    dialog.status.setCurrentIndex(dialog.status.findData(status))
    dialog.reason.setPlainText(reason)
    with qtbot.waitSignal(dialog.written, timeout=10_000):
        dialog.save_button.click()


def test_register_accept_and_close_a_referral(qtbot: QtBot, database: tuple[Path, int]) -> None:
    window, tab, detail = _referrals_tab(qtbot, database)
    assert tab.table.rowCount() == 0 and not tab.status_button.isEnabled()
    dialog = tab.add()
    assert dialog is not None
    dialog.service.setCurrentIndex(dialog.service.findData("centro_impiego"))
    dialog.sent_on.set_value(TODAY - timedelta(days=3))
    with qtbot.waitSignal(dialog.written, timeout=10_000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert tab.table.item(0, 1).text() == "Centro per l'impiego"
    assert tab.table.item(0, 4).text().startswith("inviata il")
    assert tab.confirmation.text() == "Invio registrato."
    _status(qtbot, tab, rules.ACCEPTED)
    qtbot.waitUntil(lambda: tab.table.item(0, 4).text().startswith("accolta dal"))
    _status(qtbot, tab, rules.CLOSED)
    qtbot.waitUntil(lambda: tab.table.item(0, 4).text().startswith("conclusa dal"))
    tab.table.selectRow(0)
    assert not tab.status_button.isEnabled()  # closed: the referral is over
    detail.tabs.setCurrentWidget(detail.overview)
    text = detail.overview.referrals.text()
    assert "Centro per l'impiego: conclusa dal" in text
    kinds = [event.kind for event in detail.overview.shown()]
    assert kinds.count("referral_status") == 2 and kinds.count("referral_sent") == 1
    detail.overview.table.cellDoubleClicked.emit(kinds.index("referral_sent"), 0)
    assert detail.tabs.currentWidget() is tab
    referrals, statuses, _audit = referral_state(_opened(window))
    assert len(referrals) == 1 and [row[3] for row in statuses] == ["accepted", "closed"]


def test_refusals_show_and_change_nothing(qtbot: QtBot, database: tuple[Path, int]) -> None:
    window, tab, _detail = _referrals_tab(qtbot, database)
    before = referral_state(_opened(window))[:2]
    dialog = tab.add()
    assert dialog is not None
    dialog.service.setCurrentIndex(dialog.service.findData("aler"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error.text()))
    assert "Manca il consenso della donna" in dialog.error.text() and dialog.isVisible()
    assert referral_state(_opened(window))[:2] == before
    dialog.service.setCurrentIndex(dialog.service.findData("centro_impiego"))
    with qtbot.waitSignal(dialog.written, timeout=10_000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    before = referral_state(_opened(window))[:2]
    tab.table.selectRow(0)
    status = tab.change_status()
    assert status is not None
    status.status.setCurrentIndex(status.status.findData(rules.REFUSED))
    assert status.reason.isEnabled()
    status.save_button.click()
    _widget, problem = status.fields["reason"]
    qtbot.waitUntil(lambda: bool(problem.text()))
    assert "ha sempre il motivo del rifiuto" in problem.text() and status.isVisible()
    status.reject()
    assert referral_state(_opened(window))[:2] == before


def test_an_unanswered_referral_is_in_da_fare_until_the_threshold_moves(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, case_id = database
    opened = unlock_store(path, login=LOGIN, password=PASSWORD)
    try:
        late = NewReferral("centro_impiego", TODAY - timedelta(days=25), "cav")
        number = case_referrals.send_referral(opened, case_id, late)
    finally:
        opened.store.close()
    window, workspace = open_window(qtbot, path)
    workspace.tasks.refresh()

    def referral_tasks() -> list[str]:
        found = workspace.tasks.found
        assert found is not None
        return [t.message.text for t in found.tasks if t.kind == REFERRAL_UNANSWERED.code]

    assert [f"Invio n. {number} a «Centro per l'impiego»" in t for t in referral_tasks()] == [True]
    dialog = TaskThresholdsDialog(workspace.opened, workspace)
    qtbot.addWidget(dialog)
    assert dialog.boxes["referral_answer_days"].value() == 30
    dialog.boxes["referral_answer_days"].setValue(60)
    dialog.accept()
    workspace.tasks.refresh()
    assert referral_tasks() == []
    window.close()
