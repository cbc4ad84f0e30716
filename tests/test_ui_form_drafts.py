"""The real main window, offscreen: what the open forms hold survives Ctrl+L and the idle lock,
comes back where she was after she unlocks, and belongs to her alone (issue 11)."""

from __future__ import annotations

import json
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.form_drafts import DraftNotUsable, DraftsNotKept
from antiviolenza_desktop.services import form_drafts
from antiviolenza_desktop.services.credentials import add_user
from antiviolenza_desktop.services.intake import record_case, update_case
from antiviolenza_desktop.services.store_lifecycle import unlock as unlock_store
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import FormDraftRecord
from antiviolenza_desktop.ui.assessment.editor import AssessmentEditor
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.workspace import Workspace
from tests.support import LOGIN, OTHER_PASSWORD, PASSWORD
from tests.test_ui_case_detail import DRAFT
from tests.ui_support import make_store, make_window

OPERATOR = "op.tre"
MARKER = "Zqxlockmarker"


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, int]:
    """A store with an operator besides the coordinator, and one synthetic woman."""
    path = make_store(tmp_path)
    opened = unlock_store(path, login=LOGIN, password=PASSWORD)
    try:
        add_user(
            opened,
            login=OPERATOR,
            display_name="Operatrice Tre",
            role="operator",
            password=OTHER_PASSWORD,
        )
        with UnitOfWork(opened.store, opened.actor) as uow:
            case_id = record_case(uow, draft=DRAFT, today=date.today()).case_id
    finally:
        opened.store.close()
    return path, case_id


ALMOST_NEW = replace(
    DRAFT, first_name="Nuov", last_name="Persona", codice_fiscale=None, birth_date=date(1990, 5, 4)
)
"""A new referral one keystroke from savable (the «a» of «Nuova»), another woman than DRAFT."""


def _edit_safe_address(qtbot: QtBot, workspace: Workspace, case_id: int, text: str) -> None:
    """Open her case, start editing and type into the safe address: an unsaved case edit."""
    workspace.open_case(case_id)
    workspace.detail.start_editing()
    qtbot.keyClicks(workspace.detail.form.sections.safe_address, text)


def _window(qtbot: QtBot, path: Path, idle_ms: int = 60_000) -> MainWindow:
    window = make_window(path, idle_ms=idle_ms)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _unlock(
    qtbot: QtBot, window: MainWindow, login: str = LOGIN, password: str = PASSWORD
) -> Workspace:
    window.lock_screen.user.setText(login)
    window.lock_screen.password.setText(password)
    with qtbot.waitSignal(window.session.unlocked, timeout=20_000):
        window.lock_screen.unlock_button.click()
    assert window.workspace is not None
    return window.workspace


def _lock(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.session.locked):
        window.lock_action.trigger()
    assert window.workspace is None and window.session.opened is None


def _draft_rows(window: MainWindow) -> list[tuple[str, int | None]]:
    opened = window.session.opened
    assert opened is not None
    with closing(opened.store.raw_connection()) as connection:
        return connection.execute("SELECT form_kind, case_id FROM form_drafts").fetchall()


def _type_referral(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.show_new_referral()
    s = workspace.new_case.sections
    s.referring_cav.set_value("mia")
    qtbot.keyClicks(s.first_name, MARKER)
    s.last_name.setFocus()
    qtbot.keyClicks(s.last_name, "Sintetica")
    s.last_name.setCursorPosition(3)


def test_a_half_typed_referral_survives_ctrl_l_encrypted_and_where_she_was(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, _case_id = database
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    _type_referral(qtbot, workspace)
    qtbot.waitUntil(lambda: workspace.new_case.sections.last_name.hasFocus())

    _lock(qtbot, window)
    for stored in path.parent.iterdir():
        if stored.is_file():
            assert MARKER.encode() not in stored.read_bytes(), stored.name

    workspace = _unlock(qtbot, window)
    form = workspace.new_case
    assert workspace.areas.currentWidget() is form
    assert workspace.nav.currentRow() == workspace.areas.indexOf(form)
    assert form.sections.first_name.text() == MARKER
    assert form.sections.last_name.text() == "Sintetica"
    assert form.sections.referring_cav.value() == "mia"
    assert form.case_id is None and form.unsaved_value() is not None  # unsaved, hers to save
    notice = workspace.drafts.notice
    assert notice.isVisible() and "Bozza ripristinata: nuova segnalazione" in notice.text.text()
    qtbot.waitUntil(lambda: form.sections.last_name.hasFocus())
    assert form.sections.last_name.cursorPosition() == 3
    assert _draft_rows(window) == [("segnalazione", None)]


def test_the_idle_lock_keeps_the_referral_too(qtbot: QtBot, database: tuple[Path, int]) -> None:
    path, _case_id = database
    window = _window(qtbot, path, idle_ms=1_500)
    workspace = _unlock(qtbot, window)
    _type_referral(qtbot, workspace)
    with qtbot.waitSignal(window.session.locked, timeout=10_000):
        pass  # no input: the idle timer locks
    window.idle.set_idle_ms(60_000)
    workspace = _unlock(qtbot, window)
    assert workspace.areas.currentWidget() is workspace.new_case
    assert workspace.new_case.sections.first_name.text() == MARKER


def test_an_assessment_and_a_project_being_edited_survive(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, case_id = database
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    workspace.open_case(case_id)
    detail = workspace.detail
    detail.tabs.setCurrentWidget(detail.assessment_tab)
    detail.assessment_tab.new_assessment()
    editor = detail.assessment_tab.editor
    assert editor is not None
    qtbot.keyClicks(editor.note, "Incontro da riprendere")
    detail.tabs.setCurrentWidget(detail.project_tab)
    detail.project_tab.start_editing()
    qtbot.keyClicks(detail.project_tab.editor.goals, "Ritrovare un lavoro")

    _lock(qtbot, window)
    workspace = _unlock(qtbot, window)

    detail = workspace.detail
    assert workspace.areas.currentWidget() is detail and detail.view is not None
    assert detail.view.case_id == case_id
    assert detail.tabs.currentWidget() is detail.project_tab
    project = detail.project_tab.editor
    assert not project.read_only and project.goals.value() == ("Ritrovare un lavoro",)
    editor = detail.assessment_tab.editor
    assert editor is not None and detail.assessment_tab.pages.currentWidget() is editor
    assert editor.note.toPlainText() == "Incontro da riprendere"
    text = workspace.drafts.notice.text.text()
    assert text.startswith("Bozze ripristinate: ")
    assert not workspace.drafts.notice.problems.isVisible()  # nobody saved meanwhile
    assert "nuova valutazione" in text and "modifica del progetto" in text
    assert sorted(_draft_rows(window)) == [("progetto", case_id), ("valutazione", case_id)]

    detail.project_tab.cancel_editing()  # dropping an edit drops its kept draft
    assert _draft_rows(window) == [("valutazione", case_id)]
    assert "modifica del progetto" not in workspace.drafts.notice.text.text()


def test_a_colleague_who_unlocks_does_not_get_her_draft(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, _case_id = database
    window = _window(qtbot, path)
    _type_referral(qtbot, _unlock(qtbot, window))
    _lock(qtbot, window)

    workspace = _unlock(qtbot, window, OPERATOR, OTHER_PASSWORD)
    assert workspace.new_case.sections.first_name.text() == ""
    assert not workspace.drafts.notice.isVisible()
    assert workspace.areas.currentWidget() is workspace.case_list
    _lock(qtbot, window)

    workspace = _unlock(qtbot, window)
    assert workspace.new_case.sections.first_name.text() == MARKER


def test_saving_the_restored_edit_removes_the_draft(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, case_id = database
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    _edit_safe_address(qtbot, workspace, case_id, "Via Prova 1, Cremona")
    _lock(qtbot, window)

    workspace = _unlock(qtbot, window)
    form = workspace.detail.form
    assert not form.read_only
    assert form.sections.safe_address.text() == "Via Prova 1, Cremona"
    assert _draft_rows(window) == [("modifica_scheda", case_id)]
    with qtbot.waitSignal(workspace.detail.saved, timeout=10_000):
        form.save_button.click()
    assert _draft_rows(window) == []
    assert form.read_only and form.sections.safe_address.text() == "Via Prova 1, Cremona"
    assert not workspace.drafts.notice.isVisible()


def test_discarding_the_draft_empties_the_form_and_the_store(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, _case_id = database
    window = _window(qtbot, path)
    _type_referral(qtbot, _unlock(qtbot, window))
    _lock(qtbot, window)
    workspace = _unlock(qtbot, window)
    workspace.drafts.notice.discard_button.click()
    assert workspace.new_case.sections.first_name.text() == ""
    assert _draft_rows(window) == []
    assert not workspace.drafts.notice.isVisible()


def test_a_draft_that_no_longer_fits_is_refused_with_a_message(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, _case_id = database
    opened = unlock_store(path, login=LOGIN, password=PASSWORD)
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            uow.session.add(
                FormDraftRecord(
                    user_id=opened.actor.user_id,
                    form_kind="segnalazione",
                    case_id=None,
                    payload=json.dumps({"version": 0, "value": {"nome": MARKER}}),
                    saved_at="2026-12-01T09:00:00+00:00",
                )
            )
    finally:
        opened.store.close()
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    problems = workspace.drafts.notice.problems
    assert problems.isVisible() and problems.text() == error_text(DraftNotUsable())
    assert workspace.new_case.sections.first_name.text() == ""
    assert not workspace.drafts.notice.discard_button.isVisible()
    assert _draft_rows(window) == []


def test_when_keeping_the_drafts_fails_the_store_locks_and_she_is_told(
    qtbot: QtBot, database: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _case_id = database
    window = _window(qtbot, path)
    _type_referral(qtbot, _unlock(qtbot, window))
    opened = window.session.opened
    assert opened is not None

    def broken(*_args: object, **_kwargs: object) -> int:
        raise OSError("disco non disponibile")

    monkeypatch.setattr(form_drafts, "save_drafts", broken)
    _lock(qtbot, window)
    assert not opened.store.is_open
    monkeypatch.undo()

    workspace = _unlock(qtbot, window, OPERATOR, OTHER_PASSWORD)
    assert not workspace.drafts.notice.isVisible()  # a colleague is not told about her forms
    _lock(qtbot, window)
    workspace = _unlock(qtbot, window)
    problems = workspace.drafts.notice.problems
    assert problems.isVisible() and problems.text() == error_text(DraftsNotKept())
    window.session.lock()
    workspace = _unlock(qtbot, window)
    assert not workspace.drafts.notice.isVisible()  # said once


def test_a_save_running_when_she_locks_ends_first_and_leaves_no_draft(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, _case_id = database
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    workspace.show_new_referral()
    form = workspace.new_case
    form.load_draft(ALMOST_NEW)
    qtbot.keyClicks(form.sections.first_name, "a")
    assert form.unsaved_value() is not None
    form.save_button.click()
    assert form.saving
    _lock(qtbot, window)  # at once, while the save runs

    workspace = _unlock(qtbot, window)
    assert _draft_rows(window) == []
    assert workspace.new_case.sections.first_name.text() == ""
    assert not workspace.drafts.notice.isVisible()
    assert workspace.case_list.model.rowCount() == 2


def test_closing_the_window_keeps_the_draft_for_the_next_start(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, _case_id = database
    window = _window(qtbot, path)
    _type_referral(qtbot, _unlock(qtbot, window))
    window.close()
    assert window.session.opened is None

    again = _window(qtbot, path)
    workspace = _unlock(qtbot, again)
    assert workspace.areas.currentWidget() is workspace.new_case
    assert workspace.new_case.sections.first_name.text() == MARKER


def test_she_is_warned_when_the_case_was_saved_by_someone_else_after_the_lock(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, case_id = database
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    _edit_safe_address(qtbot, workspace, case_id, "Via Prova 1, Cremona")
    _lock(qtbot, window)
    opened = unlock_store(path, login=OPERATOR, password=OTHER_PASSWORD)
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            update_case(
                uow,
                case_id=case_id,
                draft=replace(DRAFT, safe_phone="+39 333 0000000"),
                today=date.today(),
            )
    finally:
        opened.store.close()

    workspace = _unlock(qtbot, window)
    assert workspace.detail.form.sections.safe_address.text() == "Via Prova 1, Cremona"
    problems = workspace.drafts.notice.problems
    assert problems.isVisible() and "qualcuno ha salvato la scheda" in problems.text()


def _new_assessment(workspace: Workspace, case_id: int) -> AssessmentEditor:
    workspace.open_case(case_id)
    detail = workspace.detail
    detail.tabs.setCurrentWidget(detail.assessment_tab)
    detail.assessment_tab.new_assessment()
    editor = detail.assessment_tab.editor
    assert editor is not None and _proposed(editor)  # her referral proposes answers
    return editor


def _proposed(editor: AssessmentEditor) -> dict[str, str | None]:
    """The housing answers shown with the «Proposta dalla scheda» note."""
    housing = editor.housing
    shown = [code for code, note in housing.proposed_notes.items() if note.isVisible()]
    return {code: housing.combos[code].value() for code in shown}


def _ctrl_l(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.session.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None


def test_an_untouched_prefilled_assessment_is_no_draft(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, case_id = database
    window = _window(qtbot, path)
    editor = _new_assessment(_unlock(qtbot, window), case_id)
    assert editor.unsaved_value() is None  # the proposals are not her changes
    _ctrl_l(qtbot, window)
    workspace = _unlock(qtbot, window)
    assert _draft_rows(window) == []
    assert not workspace.drafts.notice.isVisible()


def test_a_restored_assessment_still_marks_the_unchecked_proposals(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, case_id = database
    window = _window(qtbot, path)
    editor = _new_assessment(_unlock(qtbot, window), case_id)
    proposed = _proposed(editor)
    changed, *unchecked = sorted(proposed)
    assert unchecked
    other = "no" if proposed[changed] == "yes" else "yes"
    editor.housing.combos[changed].set_value(other)  # her own answer
    qtbot.keyClicks(editor.note, "Incontro da riprendere")
    _ctrl_l(qtbot, window)

    workspace = _unlock(qtbot, window)
    editor = workspace.detail.assessment_tab.editor
    assert editor is not None and editor.note.toPlainText() == "Incontro da riprendere"
    housing = editor.housing
    assert housing.combos[changed].value() == other
    assert not housing.proposed_notes[changed].isVisible()
    for code in unchecked:
        assert housing.combos[code].value() == proposed[code]
        assert housing.proposed_notes[code].isVisible(), code
