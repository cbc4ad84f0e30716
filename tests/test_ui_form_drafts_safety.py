"""The real main window, offscreen: drafts across a lock never bring an erased woman's data
back, are not lost to a job holding the store or to a failed reading, and a lock is not held
up by a job's answer (review of issue 11)."""

from __future__ import annotations

import threading
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.form_drafts import CASE_EDIT, NEW_REFERRAL, PROJECT
from antiviolenza_desktop.operations import case_reading
from antiviolenza_desktop.services import form_drafts
from antiviolenza_desktop.services.erasure import erase_case
from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.archive.erasure_list import ErasureListDialog
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.workspace import Workspace
from tests import test_ui_form_drafts
from tests.test_ui_case_detail import DRAFT
from tests.test_ui_form_drafts import (
    ALMOST_NEW,
    MARKER,
    _draft_rows,
    _edit_safe_address,
    _lock,
    _type_referral,
    _unlock,
    _window,
)

database = test_ui_form_drafts.database  # the fixture: a coordinator, an operator, one woman


class _PassingFailure(AppError):
    code = "prova_archivio_occupato"
    template = "Archivio occupato (prova)."


def _type_about_her(qtbot: QtBot, workspace: Workspace, case_id: int) -> None:
    """A new assessment, the project and the referral, all being typed, none saved."""
    workspace.open_case(case_id)
    detail = workspace.detail
    detail.tabs.setCurrentWidget(detail.assessment_tab)
    detail.assessment_tab.new_assessment()
    editor = detail.assessment_tab.editor
    assert editor is not None
    qtbot.keyClicks(editor.note, MARKER)
    detail.tabs.setCurrentWidget(detail.project_tab)
    detail.project_tab.start_editing()
    qtbot.keyClicks(detail.project_tab.editor.goals, MARKER)
    detail.tabs.setCurrentWidget(detail.referral_pages[0])
    detail.start_editing()
    qtbot.keyClicks(detail.form.sections.safe_address, MARKER)
    assert len(workspace.drafts.collect()) == 3


def _erase(window: MainWindow, case_id: int) -> None:
    opened, workspace = window.session.opened, window.workspace
    assert opened is not None and workspace is not None and workspace.detail.view is not None
    with UnitOfWork(opened.store, opened.actor) as uow:
        erase_case(
            uow,
            case_id=case_id,
            reason="richiesta",
            typed_code=workspace.detail.view.code,
            today=date.today(),
        )


def _nothing_of_her_on_screen(workspace: Workspace) -> None:
    detail = workspace.detail
    editor = detail.assessment_tab.editor
    assert editor is not None and detail.assessment_tab.pages.currentWidget() is not editor
    assert MARKER not in editor.note.toPlainText()
    assert detail.project_tab.editor.read_only
    assert MARKER not in " ".join(detail.project_tab.editor.goals.value())
    assert detail.form.read_only and MARKER not in detail.form.sections.safe_address.text()
    assert workspace.drafts.collect() == []


def test_erasing_the_case_on_screen_clears_her_editors_and_keeps_no_draft(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, case_id = database
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    _type_about_her(qtbot, workspace, case_id)

    _erase(window, case_id)
    workspace.detail.erase_button.erased.emit(case_id)  # what «Elimina i dati…» does next

    _nothing_of_her_on_screen(workspace)
    _lock(qtbot, window)
    _unlock(qtbot, window)
    assert _draft_rows(window) == []


def test_an_erasure_from_the_retention_dialog_clears_the_case_on_screen(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, case_id = database
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    _type_about_her(qtbot, workspace, case_id)
    _lock(qtbot, window)
    workspace = _unlock(qtbot, window)
    assert len(workspace.drafts.kept) == 3 and workspace.drafts.notice.isVisible()
    window._show_retention()
    dialog = window.findChild(ErasureListDialog)
    assert dialog is not None

    _erase(window, case_id)
    dialog.case_erased.emit(case_id)  # what the dialog says after erasing

    _nothing_of_her_on_screen(workspace)
    assert workspace.drafts.kept == [] and not workspace.drafts.notice.isVisible()
    dialog.reject()
    _lock(qtbot, window)
    _unlock(qtbot, window)
    assert _draft_rows(window) == []


def test_a_lock_while_a_job_holds_the_store_keeps_the_draft(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, _case_id = database
    window = _window(qtbot, path)
    _type_referral(qtbot, _unlock(qtbot, window))
    opened = window.session.opened
    assert opened is not None
    holding, release = threading.Event(), threading.Event()

    def job() -> None:  # stands for a rekey or a backup: the write lock, held a while
        with closing(opened.store.raw_connection()) as connection:
            connection.execute("BEGIN EXCLUSIVE")
            holding.set()
            release.wait(30)
            connection.execute("COMMIT")

    window.session.runner.run(job, lambda _result: None, lambda _error: None)
    assert holding.wait(10)
    window.session.locked.connect(release.set)  # the job ends once the screen is locked
    _lock(qtbot, window)

    workspace = _unlock(qtbot, window)
    assert _draft_rows(window) == [(NEW_REFERRAL, None)]
    assert workspace.new_case.sections.first_name.text() == MARKER
    assert not workspace.drafts.notice.problems.isVisible()


def test_a_lock_delivers_only_the_form_s_answer_and_no_job_s_dialog(
    qtbot: QtBot, database: tuple[Path, int]
) -> None:
    path, _case_id = database
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    answered_while_unlocked: list[bool] = []

    def backup_done(_result: object) -> None:  # a backup's answer opens a message box
        answered_while_unlocked.append(window.session.is_unlocked)

    window.session.runner.run(lambda: None, backup_done, lambda _error: None)
    workspace.show_new_referral()
    form = workspace.new_case
    form.load_draft(ALMOST_NEW)
    qtbot.keyClicks(form.sections.first_name, "a")
    form.save_button.click()
    assert form.saving
    _lock(qtbot, window)  # while both run

    qtbot.waitUntil(lambda: bool(answered_while_unlocked))
    assert answered_while_unlocked == [False]  # after the lock, never inside it
    _unlock(qtbot, window)
    assert _draft_rows(window) == []  # the form's answer came first: saved, no draft


def test_drafts_that_could_not_be_read_at_unlock_are_not_deleted_at_the_next_lock(
    qtbot: QtBot, database: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, case_id = database
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    _edit_safe_address(qtbot, workspace, case_id, MARKER)
    _lock(qtbot, window)

    def unreadable(*_args: object, **_kwargs: object) -> object:
        raise _PassingFailure

    monkeypatch.setattr(form_drafts, "load_drafts", unreadable)
    workspace = _unlock(qtbot, window)
    monkeypatch.undo()
    assert workspace.drafts.notice.problems.text() == "Archivio occupato (prova)."
    _type_referral(qtbot, workspace)
    _lock(qtbot, window)

    workspace = _unlock(qtbot, window)
    assert sorted(_draft_rows(window), key=str) == [(CASE_EDIT, case_id), (NEW_REFERRAL, None)]
    assert workspace.detail.form.sections.safe_address.text() == MARKER


def test_drafts_of_a_case_that_failed_to_open_are_kept_for_the_next_unlock(
    qtbot: QtBot, database: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, case_id = database
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    workspace.open_case(case_id)
    workspace.detail.tabs.setCurrentWidget(workspace.detail.project_tab)
    workspace.detail.project_tab.start_editing()
    qtbot.keyClicks(workspace.detail.project_tab.editor.goals, MARKER)
    _lock(qtbot, window)

    def busy(*_args: object, **_kwargs: object) -> object:
        raise _PassingFailure

    monkeypatch.setattr(case_reading, "open_case", busy)
    workspace = _unlock(qtbot, window)
    monkeypatch.undo()
    assert "Archivio occupato (prova)." in workspace.drafts.notice.problems.text()
    assert _draft_rows(window) == [(PROJECT, case_id)]
    _lock(qtbot, window)  # she did nothing: the draft is kept again

    workspace = _unlock(qtbot, window)
    assert _draft_rows(window) == [(PROJECT, case_id)]
    assert workspace.detail.project_tab.editor.goals.value() == (MARKER,)


def test_drafts_of_two_cases_are_all_kept_and_one_case_at_a_time_comes_back(
    qtbot: QtBot, database: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a failed reading she may leave drafts of two women; the one not shown waits."""
    path, case_id = database
    window = _window(qtbot, path)
    workspace = _unlock(qtbot, window)
    other = _second_case(window)
    _edit_safe_address(qtbot, workspace, case_id, MARKER)
    _lock(qtbot, window)

    def unreadable(*_args: object, **_kwargs: object) -> object:
        raise _PassingFailure

    monkeypatch.setattr(form_drafts, "load_drafts", unreadable)
    workspace = _unlock(qtbot, window)
    monkeypatch.undo()
    _edit_safe_address(qtbot, workspace, other, MARKER)
    _lock(qtbot, window)

    both = sorted([(CASE_EDIT, case_id), (CASE_EDIT, other)], key=str)
    workspace = _unlock(qtbot, window)
    assert sorted(_draft_rows(window), key=str) == both
    assert workspace.detail.form.sections.safe_address.text() == MARKER
    _lock(qtbot, window)
    _unlock(qtbot, window)
    assert sorted(_draft_rows(window), key=str) == both


def _second_case(window: MainWindow) -> int:
    opened = window.session.opened
    assert opened is not None
    second = replace(
        DRAFT,
        first_name="Seconda",
        last_name="Prova",
        codice_fiscale=None,
        birth_date=date(1990, 3, 14),
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        return record_case(uow, draft=second, today=date.today()).case_id
