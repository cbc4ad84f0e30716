"""A lease problem, or an amount typed that is not one, keeps its code and template on its way
to «Che cosa manca»: it is translated like every other message (checked under the
pseudo-locale), never shown as the Italian sentence it was built with."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.domain.project.lease import ContractEndsBeforeStart, RentNotPositive
from antiviolenza_desktop.domain.project.model import validation_problems
from antiviolenza_desktop.services import projects
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.project.side_panel import FIELD_ROLE
from antiviolenza_desktop.ui.project.view import ProjectTab
from antiviolenza_desktop.ui.translations import PSEUDO_OPEN, PseudoTranslator
from tests.test_project_print_fixes import LEASE, START, full_project
from tests.test_ui_project import assess, retype, start_editing, validate


def test_the_lease_problems_of_a_project_keep_their_code_and_template() -> None:
    lease = replace(LEASE, monthly_rent=0)
    draft = replace(full_project(), housing=lease)
    problems = validation_problems(
        draft,
        caps=projects.programme_caps(),
        has_assessment=True,
        lines_requested={"work", "housing"},
        consent_recorded=True,
    )
    [rent] = [p for p in problems if p.field == "housing.monthly_rent"]
    assert (rent.code, rent.template) == (RentNotPositive.code, RentNotPositive.template)
    assert dict(rent.params) == {"rent": format_eur(0)}


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    translator = PseudoTranslator()
    assert qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def tab(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, case_id: int) -> ProjectTab:
    """Her path b project saved as a draft, an assessment on record, the tab on screen."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        projects.save_draft(uow, case_id=case_id, draft=full_project())
    assess(opened, case_id)
    widget = ProjectTab(opened, runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(case_id)
    qtbot.waitUntil(lambda: widget.editor.housing.path() == "b")
    return widget


def listed(tab: ProjectTab) -> list[str]:
    return [
        tab.issues_box.issues_list.item(i).text() for i in range(tab.issues_box.issues_list.count())
    ]


def listed_for(tab: ProjectTab, fields: set[str]) -> list[str]:
    """The texts of «Che cosa manca» about `fields` (the goals' sentence has no code yet)."""
    items = [tab.issues_box.issues_list.item(i) for i in range(tab.issues_box.issues_list.count())]
    return [item.text() for item in items if item.data(FIELD_ROLE) in fields]


def test_che_cosa_manca_translates_the_lease_and_amount_problems(
    qtbot: QtBot, tab: ProjectTab, pseudo: None
) -> None:
    editor = start_editing(qtbot, tab)
    editor.goals.clear()  # a refused validation opens «Che cosa manca»
    validate(qtbot, tab)
    qtbot.waitUntil(lambda: tab.issues_box.isVisible(), timeout=10_000)
    housing = editor.housing
    housing.contract_end.set_value(START - timedelta(days=1))
    retype(qtbot, housing.monthly_rent, "dodici")
    qtbot.waitUntil(lambda: len(listed(tab)) == 3)
    by_field = {issue.field: issue for issue in editor.blocking}
    assert by_field["housing.contract_end"].code == ContractEndsBeforeStart.code
    assert by_field["housing.monthly_rent"].code  # the amount's parse error, by its code
    shown = listed_for(tab, {"housing.contract_end", "housing.monthly_rent"})
    assert len(shown) == 2 and all(text.startswith(PSEUDO_OPEN) for text in shown), shown
