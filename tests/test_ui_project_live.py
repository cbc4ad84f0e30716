"""The project panel says what is true now: "Che cosa manca" follows every change, the
Ambito's own fund is shown as she types, and an allowance tied to a traineeship is flagged on
its row at once. Driven on the real tab, with the real services underneath; synthetic people.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.project import options as opt
from antiviolenza_desktop.domain.project.draft import ActiveIntervention, PassiveSupport, WorkPath
from antiviolenza_desktop.domain.project.model import ACTIVE_FUND, ProjectDraft
from antiviolenza_desktop.services import fund_settings
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.form_fields import OptionCombo
from antiviolenza_desktop.ui.project.view import ProjectTab
from tests.test_ui_project import (
    assess,
    cost_of,
    fill_project,
    retype,
    start_editing,
    validate,
)

TIED = "non può essere legata"


@pytest.fixture
def tab(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, case_id: int) -> ProjectTab:
    widget = ProjectTab(opened, runner)
    qtbot.addWidget(widget)
    widget.resize(1180, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(case_id)
    return widget


def listed(tab: ProjectTab) -> list[str]:
    return [
        tab.issues_box.issues_list.item(i).text() for i in range(tab.issues_box.issues_list.count())
    ]


def test_che_cosa_manca_drops_each_problem_as_she_fixes_it(
    qtbot: QtBot, tab: ProjectTab, opened: OpenStore, case_id: int
) -> None:
    assess(opened, case_id)
    editor = start_editing(qtbot, tab)
    fill_project(qtbot, editor)
    editor.goals.clear()
    editor.referent.clear()
    validate(qtbot, tab)
    qtbot.waitUntil(lambda: len(listed(tab)) == 2, timeout=10_000)
    assert any("obiettiv" in text.lower() for text in listed(tab)), listed(tab)
    assert "Problemi da risolvere: 2" in tab.error.text()
    qtbot.keyClicks(editor.goals, "Ritrovare un lavoro stabile")
    qtbot.waitUntil(lambda: len(listed(tab)) == 1)
    assert tab.error.isHidden()  # the count of the refused validation is no longer true
    assert not any("obiettiv" in text.lower() for text in listed(tab))
    qtbot.keyClicks(editor.referent, "Assistente Prova")
    qtbot.waitUntil(lambda: tab.issues_box.isHidden())
    editor.goals.clear()  # a new problem after the try comes back in the list
    qtbot.waitUntil(lambda: len(listed(tab)) == 1 and tab.issues_box.isVisible())


def test_the_ambito_fund_left_is_shown_live_with_the_refusal_validation_would_give(
    qtbot: QtBot, tab: ProjectTab, opened: OpenStore, case_id: int
) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        fund_settings.configure_fund(uow, fund=ACTIVE_FUND, allocation=200_000, cap_per_woman=None)
    assess(opened, case_id)
    tab.load(case_id)
    editor = start_editing(qtbot, tab)
    label = editor.money_box.rows[ACTIVE_FUND]

    def active() -> str:
        return label.accessibleName().replace("\u00a0", " ")

    assert "fondo dell'Ambito: restano € 2.000,00 dopo questo progetto" in active()
    fill_project(qtbot, editor, cost="1.500,00")
    qtbot.waitUntil(lambda: "restano € 500,00" in active())
    retype(qtbot, cost_of(editor), "2.500,00")
    qtbot.waitUntil(lambda: "superano lo stanziamento" in editor.money_box.messages.text())
    assert "restano -€ 500,00 dopo questo progetto — oltre lo stanziamento" in active()
    shown = editor.money_box.messages.text()
    validate(qtbot, tab)
    qtbot.waitUntil(lambda: tab.error.isVisible(), timeout=10_000)
    assert tab.error.text() + "." in shown  # the very sentence of the refusal, beforehand


def test_the_allowance_tied_to_the_traineeship_is_flagged_on_its_row(
    qtbot: QtBot, tab: ProjectTab
) -> None:
    editor = start_editing(qtbot, tab)
    editor.set_value(
        ProjectDraft(
            work=WorkPath(interventions=(ActiveIntervention("coaching", planned_cost=10_000),)),
            passive_supports=(
                PassiveSupport(opt.PARTICIPATION_ALLOWANCE, 20_000, linked_intervention=0),
            ),
        )
    )
    support_row = editor.support.supports.rows[0]
    assert support_row.error.isHidden()
    kind = editor.work.interventions.rows[0].inputs["kind"]
    assert isinstance(kind, OptionCombo)
    kind.set_value(opt.EXTRACURRICULAR_TRAINEESHIP)  # changed in the other table
    qtbot.waitUntil(lambda: TIED in support_row.error.text())
    assert support_row.error.isVisible()
    assert TIED in support_row.inputs["linked_intervention"].accessibleDescription()
    kind.set_value("coaching")
    qtbot.waitUntil(support_row.error.isHidden)


def test_bozza_salvata_goes_as_soon_as_she_changes_the_draft(qtbot: QtBot, tab: ProjectTab) -> None:
    editor = start_editing(qtbot, tab)
    qtbot.keyClicks(editor.goals, "Ritrovare un lavoro stabile")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Bozza salvata" in tab.notice.text(), timeout=10_000)
    qtbot.keyClicks(editor.referent, "Assistente Prova")
    assert tab.notice.text() == ""
