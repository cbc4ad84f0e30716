"""«Firme dell'équipe» on the real project tab: signing with one's own password in the dialog,
a colleague at the same desk, the refusals shown in the dialog, signing after saving, and the
closure's own box. Synthetic people and credentials only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from antiviolenza_desktop.domain.project.signoff import CLOSURE
from antiviolenza_desktop.services import assessments, projects
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import ProjectSignOff
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.project.signoff_dialog import SignoffDialog
from antiviolenza_desktop.ui.project.view import ProjectTab
from tests.funds_support import TODAY, assessment_on, work_project
from tests.signoff_support import COLLEAGUE, add_colleague, sign_off
from tests.support import LOGIN, OTHER_PASSWORD, PASSWORD
from tests.test_ui_project import retype, start_editing, validate


@pytest.fixture
def tab(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, case_id: int) -> ProjectTab:
    """Her stored draft, assessed, with a colleague in the store; the tab at 1366×768."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        assessments.record_assessment(
            uow, case_id=case_id, assessment=assessment_on(TODAY), today=TODAY
        )
        projects.save_draft(uow, case_id=case_id, draft=work_project(100_000))
        add_colleague(uow)
    widget = ProjectTab(opened, runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(case_id)
    return widget


def _rows(opened: OpenStore) -> int:
    with opened.store.sessions() as session:
        return session.scalar(select(func.count()).select_from(ProjectSignOff)) or 0


def _sign(qtbot: QtBot, tab: ProjectTab, login: str | None, password: str) -> SignoffDialog:
    box = tab.signatures.box if tab.pages.currentIndex() == 0 else tab.signatures.closure_box
    qtbot.mouseClick(box.sign_button, Qt.MouseButton.LeftButton)
    dialog = tab.signatures.flow.dialog
    assert dialog is not None and dialog.isVisible()
    if login is not None:
        retype(qtbot, dialog.login, login)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    return dialog


def test_two_members_sign_in_the_dialog_then_the_project_validates(
    qtbot: QtBot, tab: ProjectTab, opened: OpenStore
) -> None:
    box = tab.signatures.box
    assert box.isVisible() and box.sign_button.isEnabled()
    assert "firme 0 di 2, ne mancano 2" in box.summary.text()
    assert box.signers.text() == "Nessuna firma finora."
    qtbot.mouseClick(box.sign_button, Qt.MouseButton.LeftButton)
    dialog = tab.signatures.flow.dialog
    assert dialog is not None and dialog.login.text() == LOGIN  # the signed-in user, pre-filled
    dialog.reject()
    dialog = _sign(qtbot, tab, None, PASSWORD)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert "firme 1 di 2, ne manc" in box.summary.text()
    assert box.signers.text().startswith(f"Coordinatrice Prova · {TODAY:%d/%m/%Y} ")
    assert tab.notice.text() == "Firma di Coordinatrice Prova registrata."
    dialog = _sign(qtbot, tab, COLLEAGUE, OTHER_PASSWORD)  # a colleague at the same desk
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert "firme complete (2 di 2)" in box.summary.text()
    assert box.signers.text().count("\n") == 1 and "Assistente Prova" in box.signers.text()
    validate(qtbot, tab)
    qtbot.waitUntil(lambda: tab.state.in_force is not None, timeout=10_000)
    assert not box.isVisible()  # nothing waits for signatures now
    approved = tab.signatures.approved.text()
    assert approved.startswith("Revisione 1 approvata da:")
    assert "Coordinatrice Prova" in approved and "Assistente Prova" in approved
    assert tab.signatures.closure_box.act == CLOSURE


@pytest.mark.parametrize(
    ("login", "password", "message", "focus"),
    [
        (None, "sbagliata-del-tutto", "Password errata", "password"),
        ("nessuna.prova", PASSWORD, "non esiste", "login"),
    ],
)
def test_a_refusal_stays_in_the_dialog_and_writes_nothing(
    qtbot: QtBot,
    tab: ProjectTab,
    opened: OpenStore,
    login: str | None,
    password: str,
    message: str,
    focus: str,
) -> None:
    dialog = _sign(qtbot, tab, login, password)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert message in dialog.error.text() and dialog.isVisible()
    assert dialog.password.text() == "" and dialog.sign_button.isEnabled()
    assert getattr(dialog, focus).hasFocus()
    assert _rows(opened) == 0


def test_the_same_person_twice_is_refused_in_the_dialog(
    qtbot: QtBot, tab: ProjectTab, opened: OpenStore
) -> None:
    first = _sign(qtbot, tab, None, PASSWORD)
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=10_000)
    dialog = _sign(qtbot, tab, None, PASSWORD)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "ha già firmato" in dialog.error.text()
    assert _rows(opened) == 1


def test_signing_waits_for_the_draft_to_be_saved_and_a_change_drops_the_signatures(
    qtbot: QtBot, tab: ProjectTab, opened: OpenStore, case_id: int
) -> None:
    sign_off(opened, case_id)
    tab.load(case_id)
    box = tab.signatures.box
    assert "firme complete" in box.summary.text()
    editor = start_editing(qtbot, tab)
    assert not box.sign_button.isEnabled() and "Salva la bozza" in box.hint.text()
    assert "vanno ripetute" in box.hint.text()
    retype(qtbot, editor.work.interventions.rows[0].inputs["planned_cost"], "1.200,00")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Bozza salvata" in tab.notice.text(), timeout=10_000)
    assert "firme 0 di 2" in box.summary.text()  # signed content changed: sign again
    assert _rows(opened) == 2  # the register keeps them, they no longer count


def test_the_closure_page_has_its_own_signatures(
    qtbot: QtBot, tab: ProjectTab, opened: OpenStore, case_id: int
) -> None:
    sign_off(opened, case_id)
    tab.load(case_id)
    validate(qtbot, tab)
    qtbot.waitUntil(lambda: tab.state.in_force is not None, timeout=10_000)
    closure = tab.closure
    tab.pages.setCurrentWidget(closure)
    closure_box = tab.signatures.closure_box
    assert (
        closure_box.isVisible()
        and "Chiusura del progetto (revisione 1)" in closure_box.summary.text()
    )
    closure.dropped.setChecked(True)
    closure.drop_reason.set_value("moved_away")
    closure.note.setText("Trasferita in altra provincia")
    closure.confirm.setChecked(True)
    qtbot.mouseClick(closure.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closure.error.isVisible, timeout=10_000)
    assert "firme mancanti: 2" in closure.error.text()
    dialog = _sign(qtbot, tab, None, PASSWORD)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert "firme 1 di 2" in closure_box.summary.text()
    # Signing on the closure page keeps what she had filled in there.
    assert closure.dropped.isChecked() and closure.drop_reason.value() == "moved_away"
    assert closure.note.text() == "Trasferita in altra provincia" and closure.confirm.isChecked()


def test_a_lock_closes_the_dialog_with_what_was_typed(qtbot: QtBot, tab: ProjectTab) -> None:
    qtbot.mouseClick(tab.signatures.box.sign_button, Qt.MouseButton.LeftButton)
    dialog = tab.signatures.flow.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.password, "mezza-password")
    tab.clear()
    assert not dialog.isVisible() and dialog.password.text() == ""
    assert tab.signatures.flow.dialog is None and not tab.signatures.box.isVisible()
