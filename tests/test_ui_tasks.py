"""The «Da fare» area on the real window: its count in the navigation, the table sorted by day
with the late rows marked, a double-click that opens the case, the count refreshed after a
save, and the coordinator's thresholds dialog (issue 14)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.project.revisions import MonitoringUpdate
from antiviolenza_desktop.domain.tasks import kinds
from antiviolenza_desktop.operations import project as project_operations
from antiviolenza_desktop.services import assessments, projects
from antiviolenza_desktop.services.store_lifecycle import unlock as unlock_store
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.tasks_area import TasksArea
from antiviolenza_desktop.ui.tasks_thresholds_dialog import TaskThresholdsDialog
from antiviolenza_desktop.ui.workspace import Workspace
from tests.funds_support import assessment_on, new_case, work_project
from tests.signoff_support import sign_in
from tests.support import LOGIN, PASSWORD
from tests.test_tasks import age_case, waiting_case
from tests.ui_support import make_store, make_window, unlock

TODAY = date.today()


def store_with_a_forgotten_case(folder: Path) -> tuple[Path, int]:
    """A closed store with one woman referred 20 weeks ago, received, untouched for 9 weeks."""
    database = make_store(folder)
    opened = unlock_store(database, login=LOGIN, password=PASSWORD)
    try:
        case_id = waiting_case(opened, weeks_ago=20)
        age_case(opened, case_id, 9)
    finally:
        opened.store.close()
    return database, case_id


def open_window(qtbot: QtBot, database: Path) -> tuple[MainWindow, Workspace]:
    window = make_window(database)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    assert window.workspace is not None
    return window, window.workspace


def nav_text(workspace: Workspace) -> str:
    return workspace.nav.item(workspace.areas.indexOf(workspace.tasks)).text()


def test_the_area_counts_shows_and_opens_the_tasks_and_follows_a_save(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database, case_id = store_with_a_forgotten_case(tmp_path)
    window, workspace = open_window(qtbot, database)
    assert nav_text(workspace) == "Da fare (2)"
    workspace.nav.setCurrentRow(workspace.areas.indexOf(workspace.tasks))
    area: TasksArea = workspace.tasks
    assert workspace.areas.currentWidget() is area
    assert area.found is not None
    assert [task.kind for task in area.found.tasks] == [
        kinds.WAITING_LONG.code,  # due 8 weeks ago (12 weeks after the referral)
        kinds.CASE_STALE.code,  # due a week ago (8 weeks after the last update)
    ]
    assert [area.table.item(row, 1).text() for row in range(2)] == ["Scaduto", "Scaduto"]
    assert area.table.item(0, 1).font().bold()
    assert not area.everyone.isVisible() and area.thresholds_button.isVisible()
    rect = area.table.visualItemRect(area.table.item(0, 2))
    qtbot.mouseClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = workspace.detail
    assert workspace.areas.currentWidget() is detail and detail.view is not None
    assert detail.view.case_id == case_id
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    s = detail.form.sections
    s.last_name.selectAll()
    qtbot.keyClicks(s.last_name, "Sintetica Aggiornata")
    with qtbot.waitSignal(detail.saved, timeout=10_000):
        qtbot.mouseClick(detail.form.save_button, Qt.MouseButton.LeftButton)
    assert nav_text(workspace) == "Da fare (1)"
    qtbot.mouseClick(detail.back_button, Qt.MouseButton.LeftButton)
    assert workspace.areas.currentWidget() is area
    assert area.table.rowCount() == 1
    assert area.found is not None and area.found.tasks[0].kind == kinds.WAITING_LONG.code
    window.close()


def test_the_thresholds_dialog_changes_what_is_due(qtbot: QtBot, tmp_path: Path) -> None:
    database, _case_id = store_with_a_forgotten_case(tmp_path)
    window, workspace = open_window(qtbot, database)
    assert window.workspace is not None
    dialog = TaskThresholdsDialog(workspace.opened, workspace)
    qtbot.addWidget(dialog)
    assert dialog.boxes["waiting_weeks"].value() == 12
    dialog.boxes["waiting_weeks"].setValue(30)
    dialog.boxes["stale_case_weeks"].setValue(20)
    dialog.accept()
    assert dialog.result() == TaskThresholdsDialog.DialogCode.Accepted
    workspace.tasks.refresh()
    assert nav_text(workspace) == "Da fare"
    assert workspace.tasks.table.rowCount() == 0
    window.close()


def test_a_write_through_the_runner_refreshes_the_count(qtbot: QtBot, tmp_path: Path) -> None:
    database = make_store(tmp_path)
    opened = unlock_store(database, login=LOGIN, password=PASSWORD)
    day = TODAY - timedelta(days=100)  # the first monitoring update fell due 10 days ago
    try:
        case_id = new_case(opened, 5)
        with UnitOfWork(opened.store, opened.actor) as uow:
            assessments.record_assessment(
                uow, case_id=case_id, assessment=assessment_on(day), today=TODAY
            )
            projects.save_draft(uow, case_id=case_id, draft=work_project(100_000))
            sign_in(uow, case_id)
            projects.validate(uow, case_id=case_id, validated_on=day, today=TODAY)
    finally:
        opened.store.close()
    window, workspace = open_window(qtbot, database)
    assert nav_text(workspace) == "Da fare (2)"  # the monitoring update and the commitment
    update = MonitoringUpdate(on=TODAY, source="cpi", note="Colloquio svolto")
    with qtbot.waitSignal(window.session.runner.busy_changed, timeout=10_000):
        window.session.runner.run(
            lambda: project_operations.add_monitoring(workspace.opened, case_id, update),
            lambda _done: None,
            lambda error: None,
        )
    qtbot.waitUntil(lambda: nav_text(workspace) == "Da fare (1)", timeout=10_000)
    assert workspace.tasks.found is not None
    assert [t.kind for t in workspace.tasks.found.tasks] == [kinds.COMMITMENT_IDLE.code]
    window.close()
