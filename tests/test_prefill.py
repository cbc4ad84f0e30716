"""Facts not asked twice (issue 11): the housing questions take the referral's children and
shelter; a first project starts from her lines and the latest assessment's suggestions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.case.intake import Child
from antiviolenza_desktop.domain.project.model import PrivateLease, ProjectDraft, TemporaryHousing
from antiviolenza_desktop.domain.project.prefill import (
    CHILDREN_WITH_HER,
    IN_SHELTER,
    Suggested,
    housing_answers_from_case,
    proposed_project,
)
from antiviolenza_desktop.services import assessments, prefill, projects
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.assessment.view import AssessmentTab
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.project.view import ProjectTab
from tests.test_project_print_fixes import suggesting_path_a
from tests.test_services_projects import TODAY


@pytest.mark.parametrize(
    ("children", "shelter", "expected"),
    [
        ((), "none", {CHILDREN_WITH_HER: "no", IN_SHELTER: "no"}),
        ((Child(7, minor=True),), "casa_rifugio", {CHILDREN_WITH_HER: "yes", IN_SHELTER: "yes"}),
        ((Child(25),), "none", {CHILDREN_WITH_HER: "no", IN_SHELTER: "no"}),
        (
            (Child(25, disabled=True),),
            "struttura_accoglienza",
            {CHILDREN_WITH_HER: "yes", IN_SHELTER: "yes"},
        ),
    ],
)
def test_the_referral_answers_the_housing_questions_it_can(
    children: tuple[Child, ...], shelter: str, expected: dict[str, str]
) -> None:
    assert housing_answers_from_case(children, shelter) == expected


def test_a_proposal_follows_the_suggestions_only_for_the_lines_she_asked() -> None:
    suggested = Suggested("b", ("specialist_interview", "skills_certification"))
    both = proposed_project({"work", "housing"}, suggested)
    assert both.lines == {"work", "housing"}
    assert [(i.kind, i.provider, i.planned_cost) for i in both.interventions] == [
        ("specialist_interview", "cpi", 0),
        ("skills_certification", "accredited_operator", 0),
    ]
    assert both.housing == PrivateLease()
    assert proposed_project({"housing"}, Suggested("a", ("coaching",))) == ProjectDraft(
        lines=frozenset({"housing"}), housing=TemporaryHousing()
    )
    assert proposed_project({"work"}, None) == ProjectDraft(lines=frozenset({"work"}))


def test_the_services_propose_from_her_case_and_latest_assessment(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        empty = prefill.project_proposal(uow, case_id=case_id)
        assessments.record_assessment(
            uow, case_id=case_id, assessment=suggesting_path_a(), today=TODAY
        )
        proposal = prefill.project_proposal(uow, case_id=case_id)
        review = assessments.review(uow, case_id=case_id)
    assert empty == prefill.ProjectProposal(ProjectDraft(lines=frozenset({"work"})), None)
    assert proposal.assessed_on == TODAY
    assert [i.kind for i in proposal.draft.interventions] == [s.code for s in review.work]
    assert proposal.draft.housing is None  # she asked for the work line only


@pytest.fixture
def assessment_tab(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, case_id: int
) -> AssessmentTab:
    widget = AssessmentTab(opened, runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(case_id)
    return widget


def test_a_new_assessment_starts_with_her_children_and_shelter_marked_as_proposed(
    qtbot: QtBot, assessment_tab: AssessmentTab, opened: OpenStore, case_id: int
) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        her = load_case(uow, case_id=case_id).draft
    expected = housing_answers_from_case(her.children, her.shelter)
    qtbot.mouseClick(assessment_tab.new_button, Qt.MouseButton.LeftButton)
    editor = assessment_tab.editor
    assert editor is not None
    section = editor.housing
    for code, answer in expected.items():
        assert section.combos[code].value() == answer
        assert section.proposed_notes[code].isVisible()
    assert not section.proposed_notes["income_sustains_private_lease"].isVisible()
    other = "no" if expected[CHILDREN_WITH_HER] == "yes" else "yes"
    section.combos[CHILDREN_WITH_HER].set_value(other)
    assert not section.proposed_notes[CHILDREN_WITH_HER].isVisible()
    assert editor.value().housing_answers[CHILDREN_WITH_HER] == other


def test_a_first_project_starts_from_the_assessment_and_nothing_is_saved(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, case_id: int
) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        her = load_case(uow, case_id=case_id).draft
        assessments.record_assessment(
            uow, case_id=case_id, assessment=suggesting_path_a(), today=TODAY
        )
        suggested = [s.code for s in assessments.review(uow, case_id=case_id).work]
    tab = ProjectTab(opened, runner)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    tab.load(case_id)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    draft = tab.editor.value()
    assert draft.lines == her.lines_requested
    assert [i.kind for i in draft.interventions] == suggested
    assert f"Proposta dalla valutazione del {TODAY:%d/%m/%Y}" in tab.notice.text()
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert projects.revisions_of(uow, case_id=case_id) == []
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert tab.notice.text() == ""
    assert tab.editor.value() == ProjectDraft()
