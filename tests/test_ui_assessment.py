"""The "Valutazione" tab: recording assessments through the real editor on a real store.

A synthetic woman (Faker it_IT, fictitious codice fiscale) is recorded through the intake
service; the test types the équipe members into the editor, chooses the scores, saves on the
background runner, and reads the list, the chart, the comparison and the suggestions back.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.assessment.editor import AssessmentEditor
from antiviolenza_desktop.ui.assessment.view import AssessmentTab
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.detail import CaseDetail
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.project.rows import EditorRow

TODAY = date.today()
MEMBERS = (
    ("Assistente Prova", "Comune di Cremona", "assistente sociale"),
    ("Operatrice Prova", "CAV AIDA", "operatrice di accoglienza"),
)


@pytest.fixture
def tab(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, case_id: int) -> AssessmentTab:
    widget = AssessmentTab(opened, runner)
    qtbot.addWidget(widget)
    widget.resize(1180, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(case_id)
    return widget


def type_member(qtbot: QtBot, row: EditorRow, values: tuple[str, str, str]) -> None:
    for key, text in zip(("name", "body", "role"), values, strict=True):
        edit = row.inputs[key]
        assert isinstance(edit, QLineEdit)
        edit.clear()
        qtbot.keyClicks(edit, text)


def fill(qtbot: QtBot, editor: AssessmentEditor, *, held_on: date, need: int) -> None:
    """Date, two members typed by keyboard, every score, and a few answers."""
    editor.held_on.set_value(held_on)
    if len(editor.members.rows) < 2:
        qtbot.mouseClick(editor.members.add_button, Qt.MouseButton.LeftButton)
    for row, values in zip(editor.members.rows, MEMBERS, strict=True):
        type_member(qtbot, row, values)
    for box in editor.domains:
        box.need.set_score(need)
        box.resources.set_score(4 - need)
    editor.domains[0].note.setText("Ospite di una parente, deve lasciare l'alloggio")
    answers = {"income_sustains_private_lease": "no", "economic_resources": "low"}
    for code, answer in answers.items():
        editor.housing.combos[code].set_value(answer)
    editor.work.combos["needs_training"].set_value("yes")


def record(qtbot: QtBot, tab: AssessmentTab, *, held_on: date, need: int) -> None:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    editor = tab.editor
    assert editor is not None and tab.pages.currentWidget() is editor
    fill(qtbot, editor, held_on=held_on, need=need)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def test_an_assessment_recorded_in_the_editor_is_listed_with_its_chart(
    qtbot: QtBot, tab: AssessmentTab
) -> None:
    assert tab.model.rowCount() == 0 and tab.review.empty.isVisible()
    record(qtbot, tab, held_on=TODAY - timedelta(days=30), need=3)
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 0).data() == f"{TODAY - timedelta(days=30):%d/%m/%Y}"
    assert tab.pages.currentWidget() is tab.review
    assert tab.review.chart.isVisible() and len(tab.review.chart.rows) == 12
    assert tab.review.chart.previous_label is None  # nothing to compare with yet
    assert tab.review.model.index(0, 3).data() == "prima valutazione"
    suggestions = tab.review.suggestions.text()
    assert "decide l'équipe" in suggestions
    assert "sostegno per servizi abitativi temporanei" in suggestions  # path a, with reasons
    assert "formazione / riqualificazione" in suggestions
    assert "Valutazione registrata." in tab.notice.text()


def test_a_second_assessment_shows_the_comparison(qtbot: QtBot, tab: AssessmentTab) -> None:
    record(qtbot, tab, held_on=TODAY - timedelta(days=30), need=3)
    record(qtbot, tab, held_on=TODAY, need=1)
    assert tab.model.rowCount() == 2
    assert tab.model.index(0, 0).data() == f"{TODAY:%d/%m/%Y}"  # newest first
    review = tab.review.model
    assert review.index(0, 0).data() == "Situazione abitativa"
    assert review.index(0, 1).data() == "3 → 1"
    assert review.index(0, 2).data() == "1 → 3"
    assert review.index(0, 3).data() == "migliorata"
    assert tab.review.chart.previous_label is not None
    assert "1 → 3" in tab.review.chart.accessibleDescription()


def test_the_editor_refuses_an_incomplete_assessment_next_to_the_fields(
    qtbot: QtBot, tab: AssessmentTab
) -> None:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    editor = tab.editor
    assert editor is not None
    need = editor.slots["scores.housing.need"]
    assert need.error.isHidden()  # an untouched form does not open in red
    type_member(qtbot, editor.members.rows[0], MEMBERS[0])
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert need.error.text() == "Situazione abitativa: valuta il bisogno."
    qtbot.waitUntil(lambda: "stesso ente" in editor.members.warning.text())
    assert tab.model.rowCount() == 0
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.review


def test_the_next_assessment_starts_with_the_same_equipe(qtbot: QtBot, tab: AssessmentTab) -> None:
    record(qtbot, tab, held_on=TODAY - timedelta(days=30), need=3)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.editor is not None
    names = [member.name for member in tab.editor.members.value()]
    assert names == [name for name, _body, _role in MEMBERS]
    assert tab.editor.domains[0].need.score() is None


def test_assessment_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester, tab) -> None:  # type: ignore[no-untyped-def]
    record(qtbot, tab, held_on=TODAY - timedelta(days=30), need=3)
    record(qtbot, tab, held_on=TODAY, need=2)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.review.model)


def test_the_case_detail_has_the_two_tabs_and_forgets_them(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, case_id: int
) -> None:
    detail = CaseDetail(opened, ClipboardGuard(), runner)
    qtbot.addWidget(detail)
    assert detail.open_case(case_id)
    names = [detail.tabs.tabText(i) for i in range(detail.tabs.count())]
    assert names[3:5] == ["&Valutazione", "&Progetto"]
    assert detail.assessment_tab.case_id == case_id == detail.project_tab.case_id
    detail.clear()
    assert detail.assessment_tab.case_id is None and detail.project_tab.case_id is None


def test_reading_the_same_case_again_keeps_the_assessment_being_typed(
    qtbot: QtBot, tab: AssessmentTab, case_id: int
) -> None:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.editor is not None
    type_member(qtbot, tab.editor.members.rows[0], MEMBERS[0])
    tab.load(case_id)
    assert tab.pages.currentWidget() is tab.editor
    assert tab.editor.members.value()[0].name == MEMBERS[0][0]
