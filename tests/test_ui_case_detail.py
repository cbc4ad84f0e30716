"""The case detail and the workspace around it: read mode, editing, and forgetting on lock.

Cases are recorded through the real intake service on a real encrypted store in a temporary
folder; the GUI reads them back, edits them by keyboard, and saves on the background runner.
Synthetic people only ("Prova Sintetica", a codice fiscale computed for invented data).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from stdnum.it import codicefiscale

from antiviolenza_desktop.domain.case.intake import CaseDraft
from antiviolenza_desktop.services.intake import load_case, record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.detail import CaseDetail
from antiviolenza_desktop.ui.case.form_fields import DateField
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.workspace import Workspace

CF_BASE = "SNTPRV85M41D150"
CF = CF_BASE + codicefiscale.calc_check_digit(CF_BASE)
REFERRED = date.today() - timedelta(days=20)
DRAFT = CaseDraft(
    referral_date=REFERRED,
    referring_cav="mia",
    first_name="Prova",
    last_name="Sintetica",
    codice_fiscale=CF,
    citizenship="italian",
    employment="unemployed",
    lines_requested=frozenset({"work"}),
    consent_date=REFERRED,
    stage="reception",
    stage_dates={"contact": REFERRED, "reception": REFERRED},
)


@pytest.fixture
def case_id(opened: OpenStore) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return record_case(uow, draft=DRAFT, today=date.today()).case_id


@pytest.fixture
def detail(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> CaseDetail:
    widget = CaseDetail(opened, ClipboardGuard(), runner)
    qtbot.addWidget(widget)
    widget.resize(1180, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def stored(opened: OpenStore, case_id: int) -> CaseDraft:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return load_case(uow, case_id=case_id).draft


def test_the_detail_shows_code_and_stage_in_read_mode(
    qtbot: QtBot, detail: CaseDetail, case_id: int
) -> None:
    assert detail.open_case(case_id)
    assert detail.title.text() == f"Scheda CRE-{REFERRED.year}-0001"
    assert "colloquio di accoglienza" in detail.subtitle.text()
    assert [detail.tabs.tabText(i) for i in range(3)] == [
        "Pa&noramica",
        "&Anagrafica",
        "S&egnalazione",
    ]
    s = detail.form.sections
    assert s.first_name.text() == "Prova" and s.first_name.isReadOnly()
    qtbot.keyClicks(s.first_name, "X")
    s.employment.setFocus()
    qtbot.keyClick(s.employment, Qt.Key.Key_Down)
    qtbot.mouseClick(s.did_signed, Qt.MouseButton.LeftButton)
    assert (s.first_name.text(), s.employment.value()) == ("Prova", "unemployed")
    assert not s.did_signed.isChecked()
    assert not detail.form.save_button.isVisible()


def test_editing_from_the_detail_saves_the_change(
    qtbot: QtBot, detail: CaseDetail, case_id: int, opened: OpenStore
) -> None:
    detail.open_case(case_id)
    s = detail.form.sections
    assert s.stage.count() == 3  # where the path may go: stay, take in charge, drop out
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    assert s.first_name.hasFocus() and not s.first_name.isReadOnly()
    s.last_name.selectAll()
    qtbot.keyClicks(s.last_name, "Sintetica Seconda")
    with qtbot.waitSignal(detail.saved, timeout=10_000):
        qtbot.keyClick(s.last_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(opened, case_id).last_name == "Sintetica Seconda"
    assert "Sintetica Seconda" in detail.subtitle.text()
    assert "salvate" in detail.notice.text()
    assert s.last_name.isReadOnly()


def test_cancelling_an_edit_restores_the_stored_case(
    qtbot: QtBot, detail: CaseDetail, case_id: int
) -> None:
    detail.open_case(case_id)
    detail.start_editing()
    s = detail.form.sections
    s.first_name.selectAll()
    qtbot.keyClicks(s.first_name, "Altra")
    qtbot.mouseClick(detail.form.cancel_button, Qt.MouseButton.LeftButton)
    assert s.first_name.text() == "Prova" and s.first_name.isReadOnly()
    assert detail.edit_button.isVisible()


def test_a_failed_save_shows_the_tab_of_the_first_error(
    qtbot: QtBot, detail: CaseDetail, case_id: int
) -> None:
    detail.open_case(case_id)
    detail.tabs.setCurrentIndex(2)
    detail.start_editing()
    s = detail.form.sections
    s.last_name.setText("")
    detail.form.save()
    qtbot.waitUntil(lambda: s.last_name.hasFocus())
    assert detail.tabs.currentIndex() == 1
    assert s.slots["last_name"].error.text() == "Scrivi il cognome."


def test_a_missing_case_says_so(detail: CaseDetail) -> None:
    assert not detail.open_case(999)
    assert "non esiste" in detail.error.text()


@pytest.fixture
def workspace(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> Iterator[Workspace]:
    widget = Workspace(opened, ClipboardGuard(), runner)
    qtbot.addWidget(widget)
    widget.resize(1180, 760)
    widget.show()
    yield widget
    runner.wait(10_000)


def test_both_lists_open_the_detail_and_back_returns_there(
    qtbot: QtBot, workspace: Workspace, case_id: int
) -> None:
    workspace.case_list.apply_filters()
    workspace.case_list.case_opened.emit(case_id)
    assert workspace.areas.currentWidget() is workspace.detail
    assert workspace.detail.view is not None and workspace.detail.view.case_id == case_id
    qtbot.mouseClick(workspace.detail.back_button, Qt.MouseButton.LeftButton)
    assert workspace.areas.currentWidget() is workspace.case_list
    workspace.nav.setCurrentRow(1)
    workspace.waiting_list.case_opened.emit(case_id)
    assert workspace.areas.currentWidget() is workspace.detail
    workspace.detail.back_requested.emit()
    assert workspace.areas.currentWidget() is workspace.waiting_list


def test_an_edit_in_the_detail_refreshes_the_case_list(
    qtbot: QtBot, workspace: Workspace, case_id: int
) -> None:
    model = workspace.case_list.model
    workspace.open_case(case_id)
    workspace.detail.start_editing()
    last_name = workspace.detail.form.sections.last_name
    last_name.selectAll()
    qtbot.keyClicks(last_name, "Rinominata")
    with qtbot.waitSignal(workspace.detail.saved, timeout=10_000):
        workspace.detail.form.save()
    column = model.COLUMNS.index("last_name")
    assert model.rowCount() == 1
    assert model.index(0, column).data() == "Rinominata"


def test_a_new_referral_saved_from_the_workspace_opens_its_detail(
    qtbot: QtBot, workspace: Workspace, opened: OpenStore
) -> None:
    workspace.nav.setCurrentRow(2)
    assert workspace.areas.currentWidget() is workspace.new_case
    form = workspace.new_case
    form.load_draft(DRAFT)
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        form.save()
    assert workspace.areas.currentWidget() is workspace.detail
    assert "registrata" in workspace.detail.notice.text()
    assert form.sections.first_name.text() == ""  # the next referral starts empty
    assert workspace.case_list.model.rowCount() == 1
    assert stored(opened, saved.args[0]).last_name == "Sintetica"


def test_discard_leaves_no_personal_data_in_any_widget(
    qtbot: QtBot, workspace: Workspace, case_id: int
) -> None:
    workspace.nav.setCurrentRow(2)
    first_name = workspace.new_case.sections.first_name
    first_name.setFocus()
    qtbot.keyClicks(first_name, "Sintetica")
    assert first_name.isUndoAvailable()
    workspace.open_case(case_id)
    workspace.discard()
    for edit in workspace.findChildren(QLineEdit):
        if isinstance(edit.parent(), DateField):
            continue  # the date's own editor shows the "empty" hint; dates are checked below
        assert edit.text() == "", edit.accessibleName()
        assert not edit.isUndoAvailable(), edit.accessibleName()
    assert all(field.value() is None for field in workspace.findChildren(DateField))
    texts = [label.text() for label in workspace.findChildren(QLabel)]
    assert not any("Sintetica" in text or CF in text for text in texts)
    assert workspace.detail.view is None and workspace.case_list.model.rowCount() == 0
