"""The «Consensi» tab on the real main window at 1366×768: her consents with their state, a
consent registered and one withdrawn through the dialogs, and the refusals shown inline under
the field, in Italian, with the store left as it was."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.case import consent as rules
from antiviolenza_desktop.domain.funds.network_training import MemberEntry
from antiviolenza_desktop.services import network_members
from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.store_lifecycle import unlock as unlock_store
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.case.consents_tab import CaseConsentsTab
from antiviolenza_desktop.ui.main_window import MainWindow
from tests.consent_support import store_state
from tests.support import LOGIN, PASSWORD
from tests.test_ui_case_detail import DRAFT
from tests.test_ui_form_drafts import _unlock, _window
from tests.ui_support import make_store


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, int]:
    path = make_store(tmp_path)
    opened = unlock_store(path, login=LOGIN, password=PASSWORD)
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            case_id = record_case(uow, draft=DRAFT, today=date.today()).case_id
    finally:
        opened.store.close()
    return path, case_id


def _consents_tab(qtbot: QtBot, database: tuple[Path, int]) -> tuple[MainWindow, CaseConsentsTab]:
    path, case_id = database
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    workspace.open_case(case_id)
    detail = workspace.detail
    detail.tabs.setCurrentWidget(detail.consents_tab)
    tab = detail.consents_tab
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    return window, tab


def _opened(window: MainWindow) -> OpenStore:
    assert window.session.opened is not None
    return window.session.opened


def test_register_then_withdraw_a_consent(qtbot: QtBot, database: tuple[Path, int]) -> None:
    window, tab = _consents_tab(qtbot, database)
    assert tab.table.item(0, 1).text() == "Presa in carico"
    assert tab.table.item(0, 5).text() == "in vigore"
    dialog = tab.add()
    assert dialog is not None and not dialog.service.isEnabled()
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(rules.REFERRAL))
    assert dialog.service.isEnabled()
    dialog.service.setCurrentIndex(dialog.service.findData("servizi_sociali"))
    dialog.given_on.set_value(date.today() - timedelta(days=2))
    dialog.way.setCurrentIndex(dialog.way.findData("oral_noted"))
    with qtbot.waitSignal(dialog.written, timeout=10_000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2)
    assert tab.table.item(1, 1).text() == "Invio a un servizio: Servizi sociali"
    assert tab.confirmation.text() == "Consenso registrato."
    tab.table.selectRow(1)
    withdrawal = tab.withdraw()
    assert withdrawal is not None
    with qtbot.waitSignal(withdrawal.written, timeout=10_000):
        withdrawal.save_button.click()
    qtbot.waitUntil(lambda: tab.table.item(1, 5).text().startswith("revocato il"))
    tab.table.selectRow(1)
    assert not tab.withdraw_button.isEnabled()  # withdrawn once only
    assert [r[2] for r in store_state(_opened(window))[0]] == ["care", "referral"]


def test_refusals_show_inline_and_change_nothing(qtbot: QtBot, database: tuple[Path, int]) -> None:
    window, tab = _consents_tab(qtbot, database)
    before = store_state(_opened(window))[:2]
    dialog = tab.add()
    assert dialog is not None
    dialog.given_on.set_value(date.today() + timedelta(days=3))
    dialog.save_button.click()
    _widget, problem = dialog.fields["given_on"]
    qtbot.waitUntil(lambda: bool(problem.text()))
    assert "è nel futuro" in problem.text() and dialog.isVisible()
    dialog.reject()
    tab.table.selectRow(0)
    withdrawal = tab.withdraw()
    assert withdrawal is not None
    withdrawal.withdrawn_on.set_value(date(2001, 1, 1))
    withdrawal.save_button.click()
    _widget, problem = withdrawal.fields["withdrawn_on"]
    qtbot.waitUntil(lambda: bool(problem.text()))
    assert "non può precedere il consenso" in problem.text()
    withdrawal.reject()
    assert store_state(_opened(window))[:2] == before


def test_a_referral_consent_names_a_network_member(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    """The member list follows the kind of body chosen; the consent names that member."""
    window, tab = _consents_tab(qtbot, database)
    with UnitOfWork(_opened(window).store, _opened(window).actor) as uow:
        entry = MemberEntry("Aler Cremona", "aler", date.today() - timedelta(days=30))
        network_members.add_member(uow, entry=entry, today=date.today())
    dialog = tab.add()
    assert dialog is not None
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(rules.REFERRAL))
    dialog.service.setCurrentIndex(dialog.service.findData("aler"))
    qtbot.waitUntil(lambda: dialog.member.count() == 2)
    dialog.member.setCurrentIndex(1)
    dialog.service.setCurrentIndex(dialog.service.findData("cav"))
    assert dialog.member.count() == 1 and not dialog.member.isEnabled()
    dialog.service.setCurrentIndex(dialog.service.findData("aler"))
    dialog.member.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.written, timeout=10_000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2)
    assert tab.table.item(1, 1).text() == "Invio a un servizio: Aler Cremona"
