"""The "Progetto" tab: the live money box, validation, revisions, monitoring and closure.

A synthetic woman who asked for the work line is recorded through the intake service; the
tests type the project into the real editor, press the real buttons, and wait for the
background runner's answers (no sleeps). Only synthetic people.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.assessment.model import Assessment, DomainScore, TeamMember
from antiviolenza_desktop.domain.project.model import ACTIVE_FUND
from antiviolenza_desktop.domain.project.signoff import CLOSURE
from antiviolenza_desktop.services import assessments
from antiviolenza_desktop.services.instruments import current_instrument
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.form_fields import OptionCombo
from antiviolenza_desktop.ui.project.editor import ProjectEditor
from antiviolenza_desktop.ui.project.fields import MoneyEdit
from antiviolenza_desktop.ui.project.view import ProjectTab
from tests.signoff_support import sign_off

TODAY = date.today()
CAP_MESSAGE = (
    "Il totale delle politiche attive (€ 3.000,01) supera il massimo di € 3.000,00 per donna"
)


@pytest.fixture
def tab(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, case_id: int) -> ProjectTab:
    widget = ProjectTab(opened, runner)
    qtbot.addWidget(widget)
    widget.resize(1180, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(case_id)
    return widget


def assess(opened: OpenStore, case_id: int) -> None:
    instrument = current_instrument()
    assessment = Assessment(
        held_on=TODAY - timedelta(days=5),
        members=(
            TeamMember("Assistente Prova", "Comune di Cremona", "assistente sociale"),
            TeamMember("Operatrice Prova", "CAV AIDA", "operatrice"),
        ),
        scores=tuple(DomainScore(d.code, 2, 2) for d in instrument.domains),
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        assessments.record_assessment(uow, case_id=case_id, assessment=assessment, today=TODAY)


def cost_of(editor: ProjectEditor, row: int = 0) -> MoneyEdit:
    edit = editor.work.interventions.rows[row].inputs["planned_cost"]
    assert isinstance(edit, MoneyEdit)
    return edit


def retype(qtbot: QtBot, edit: QWidget, text: str) -> None:
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def fill_project(qtbot: QtBot, editor: ProjectEditor, cost: str = "1.500,00") -> None:
    """A complete work-line project, typed the way a worker would."""
    qtbot.keyClicks(editor.goals, "Ritrovare un lavoro stabile")
    qtbot.keyClicks(editor.referent, "Assistente Prova")
    editor.lines.boxes["work"].setFocus()
    qtbot.keyClick(editor.lines.boxes["work"], Qt.Key.Key_Space)
    qtbot.keyClicks(editor.work.cpi_office, "CPI di Cremona")
    qtbot.mouseClick(editor.work.interventions.add_button, Qt.MouseButton.LeftButton)
    retype(qtbot, cost_of(editor), cost)


def start_editing(qtbot: QtBot, tab: ProjectTab) -> ProjectEditor:
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert not tab.editor.read_only
    return tab.editor


def save_and_sign(qtbot: QtBot, tab: ProjectTab, opened: OpenStore, case_id: int) -> None:
    """Save what she typed, then the test équipe signs it (`tests.signoff_support`, the
    service the «Firme dell'équipe» box calls); the tab reads it again, still editing."""
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.state.latest is not None and not tab.saving, timeout=10_000)
    sign_off(opened, case_id)
    tab.load(case_id)


def validate(qtbot: QtBot, tab: ProjectTab) -> None:
    qtbot.mouseClick(tab.validate_button, Qt.MouseButton.LeftButton)
    assert tab.validation_box.isVisible() and tab.validation_box.date.value() == TODAY
    qtbot.mouseClick(tab.validation_box.confirm_button, Qt.MouseButton.LeftButton)


def test_the_money_box_follows_the_planned_cost_and_refuses_one_cent_over(
    qtbot: QtBot, tab: ProjectTab
) -> None:
    editor = start_editing(qtbot, tab)
    label = editor.money_box.rows[ACTIVE_FUND]

    def active() -> str:
        return label.accessibleName().replace("\u00a0", " ")  # amounts are kept on one line

    assert "residuo € 3.000,00" in active()
    qtbot.mouseClick(editor.work.interventions.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(cost_of(editor), "1.234,56")
    qtbot.waitUntil(lambda: "residuo € 1.765,44" in active())
    assert editor.money_box.messages.isHidden()
    retype(qtbot, cost_of(editor), "3.000,01")
    qtbot.waitUntil(lambda: CAP_MESSAGE in editor.money_box.messages.text())
    assert "residuo -€ 0,01 — oltre il massimo" in active()
    retype(qtbot, cost_of(editor), "3.000,00")
    qtbot.waitUntil(editor.money_box.messages.isHidden)
    assert "residuo € 0,00" in active()


def test_an_amount_that_is_not_an_amount_is_refused_with_the_reason(
    qtbot: QtBot, tab: ProjectTab
) -> None:
    editor = start_editing(qtbot, tab)
    qtbot.mouseClick(editor.work.interventions.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(cost_of(editor), "mille euro")
    row = editor.work.interventions.rows[0]
    qtbot.waitUntil(lambda: "Importo non valido «mille euro»" in row.error.text())
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.error.text() == "Correggi gli importi segnati in rosso."
    assert cost_of(editor).hasFocus() and tab.history_model.rowCount() == 0


def test_the_allowance_tied_to_the_traineeship_is_refused_as_she_picks_it(
    qtbot: QtBot, tab: ProjectTab
) -> None:
    editor = start_editing(qtbot, tab)
    qtbot.mouseClick(editor.work.interventions.add_button, Qt.MouseButton.LeftButton)
    supports = editor.support.supports
    qtbot.mouseClick(supports.add_button, Qt.MouseButton.LeftButton)
    linked = supports.rows[0].inputs["linked_intervention"]
    assert isinstance(linked, OptionCombo)
    assert linked.itemText(1) == "1. tirocinio extracurricolare (con indennità)"
    linked.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "non può essere legata" in editor.money_box.messages.text())


def test_validating_without_an_assessment_shows_the_issue(qtbot: QtBot, tab: ProjectTab) -> None:
    editor = start_editing(qtbot, tab)
    fill_project(qtbot, editor)
    validate(qtbot, tab)
    qtbot.waitUntil(lambda: tab.issues_box.issues_list.count() > 0, timeout=10_000)
    issues = [
        tab.issues_box.issues_list.item(i).text() for i in range(tab.issues_box.issues_list.count())
    ]
    assert issues == ["Manca la valutazione multidimensionale dell'équipe."]
    assert "Manca la valutazione" in editor.form_error.text()
    assert not editor.read_only  # her work stays editable...
    assert tab.history_model.rowCount() == 1  # ...and was saved as the draft revision 1
    assert tab.history_model.index(0, 1).data() == "bozza"


def test_a_validated_project_is_read_only_and_modifica_makes_revision_2(
    qtbot: QtBot, tab: ProjectTab, opened: OpenStore, case_id: int
) -> None:
    assess(opened, case_id)
    editor = start_editing(qtbot, tab)
    fill_project(qtbot, editor)
    save_and_sign(qtbot, tab, opened, case_id)
    validate(qtbot, tab)
    qtbot.waitUntil(lambda: editor.read_only, timeout=10_000)
    assert "validato" in tab.notice.text()
    assert tab.status.text() == f"Revisione 1 · validata il {TODAY:%d/%m/%Y}"
    assert editor.referent.isReadOnly() and not editor.work.interventions.add_button.isVisible()
    assert not tab.validate_button.isVisible()
    start_editing(qtbot, tab)
    assert tab.status.text() == "Revisione 2 · nuova bozza"
    retype(qtbot, cost_of(editor), "2.000,00")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.history_model.rowCount() == 2, timeout=10_000)
    statuses = [tab.history_model.index(row, 1).data() for row in range(2)]
    assert statuses == ["validato", "bozza"]
    assert tab.status.text() == "Revisione 2 · bozza"
    assert "revisione 2" in tab.notice.text()


def validated(qtbot: QtBot, tab: ProjectTab, opened: OpenStore, case_id: int) -> None:
    assess(opened, case_id)
    fill_project(qtbot, start_editing(qtbot, tab))
    save_and_sign(qtbot, tab, opened, case_id)
    validate(qtbot, tab)
    qtbot.waitUntil(lambda: tab.editor.read_only, timeout=10_000)


def test_a_monitoring_update_appears_in_the_list(
    qtbot: QtBot, tab: ProjectTab, opened: OpenStore, case_id: int
) -> None:
    panel = tab.monitoring
    assert not panel.form_box.isEnabled()  # nothing validated yet
    validated(qtbot, tab, opened, case_id)
    tab.pages.setCurrentWidget(panel)
    assert panel.form_box.isEnabled() and panel.on.value() == TODAY
    panel.source.set_value("cpi")
    qtbot.keyClicks(panel.note, "Colloquio specialistico svolto")
    panel.status_combos[0].set_value("ongoing")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    cells = [panel.model.index(0, column).data() for column in range(4)]
    note = "Colloquio specialistico svolto"
    assert cells == [f"{TODAY:%d/%m/%Y}", "Centro per l'Impiego", note, "1: in corso"]
    assert panel.notice.text() == "Aggiornamento registrato."
    assert "(ora: in corso)" in panel.status_captions[0].text()


def test_monitoring_needs_a_source(
    qtbot: QtBot, tab: ProjectTab, opened: OpenStore, case_id: int
) -> None:
    validated(qtbot, tab, opened, case_id)
    panel = tab.monitoring
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert panel.slots["source"].error.text() == "Indica chi riferisce."
    assert panel.model.rowCount() == 0


def test_closing_the_project_freezes_it(
    qtbot: QtBot, tab: ProjectTab, opened: OpenStore, case_id: int
) -> None:
    validated(qtbot, tab, opened, case_id)
    sign_off(opened, case_id, CLOSURE)
    tab.load(case_id)
    closure = tab.closure
    tab.pages.setCurrentWidget(closure)
    assert not closure.close_button.isEnabled()
    closure.outcomes.boxes["employed"].setChecked(True)
    assert closure.contract.isEnabled()
    closure.confirm.setChecked(True)
    qtbot.mouseClick(closure.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closure.slots["contract_type"].error.isVisible(), timeout=10_000)
    assert "tipo di contratto" in closure.slots["contract_type"].error.text()
    closure.contract.set_value("fixed_term")
    qtbot.mouseClick(closure.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.state.closed, timeout=10_000)
    assert tab.status.text() == "Revisione 1 · chiusa"
    assert not tab.edit_button.isVisible() and not closure.group.isEnabled()
    assert not tab.monitoring.form_box.isEnabled()


def test_project_models_pass_the_model_tester(  # type: ignore[no-untyped-def]
    qtbot: QtBot, qtmodeltester, tab: ProjectTab, opened: OpenStore, case_id: int
) -> None:
    validated(qtbot, tab, opened, case_id)
    panel = tab.monitoring
    tab.pages.setCurrentWidget(panel)
    panel.source.set_value("cav")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(tab.history_model)
    qtmodeltester.check(panel.model)


def test_clearing_leaves_nothing_typed_behind(qtbot: QtBot, tab: ProjectTab) -> None:
    editor = start_editing(qtbot, tab)
    fill_project(qtbot, editor)
    tab.clear()
    assert editor.value().goals == () and editor.read_only
    for edit in tab.findChildren(QLineEdit):
        if edit.parent() is not None and edit.parent().inherits("QAbstractSpinBox"):
            continue  # a date's or a number's own editor shows its empty value
        assert edit.text() == "" and not edit.isUndoAvailable(), edit.accessibleName()
    assert not tab.edit_button.isVisible()  # no case, nothing to edit


def test_reading_the_same_case_again_keeps_the_project_being_edited(
    qtbot: QtBot, tab: ProjectTab, case_id: int
) -> None:
    editor = start_editing(qtbot, tab)
    qtbot.keyClicks(editor.goals, "Ritrovare un lavoro stabile")
    tab.load(case_id)  # the case detail reads the case again after an edit of her referral
    assert not editor.read_only and editor.value().goals == ("Ritrovare un lavoro stabile",)
