"""After a new referral is saved: where the left menu and the next empty form stand.

The workspace opens the saved case in its detail (an area without a menu entry, reached from
the case list), so the menu must stop pointing at «Nuova segnalazione»; and the next new form
must start at its top, not where the last one was left (at the Save button, at the bottom).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.workspace import Workspace
from tests.test_ui_case_form import fill_valid


@pytest.fixture
def workspace(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> Iterator[Workspace]:
    widget = Workspace(opened, ClipboardGuard(), runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget
    runner.wait(10_000)


def nav_row(workspace: Workspace, title: str) -> int:
    titles = [workspace.nav.item(row).text() for row in range(workspace.nav.count())]
    return titles.index(title)


def test_after_saving_the_menu_leaves_new_referral_and_the_next_form_starts_at_the_top(
    qtbot: QtBot, workspace: Workspace
) -> None:
    new_row = nav_row(workspace, "Nuova segnalazione")
    workspace.nav.setCurrentRow(new_row)
    form = workspace.new_case
    fill_valid(qtbot, form)
    scroll = form.pages.scrolls[0].verticalScrollBar()
    scroll.setValue(scroll.maximum())  # where filling it in left her: at the last section
    assert scroll.value() > 0
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert workspace.areas.currentWidget() is workspace.detail
    assert workspace.nav.currentRow() == nav_row(workspace, "Casi")
    item = workspace.nav.item(new_row)
    qtbot.mouseClick(
        workspace.nav.viewport(),
        Qt.MouseButton.LeftButton,
        pos=workspace.nav.visualItemRect(item).center(),
    )
    assert workspace.areas.currentWidget() is form
    assert workspace.nav.currentRow() == new_row
    assert scroll.value() == 0
    assert form.sections.referral_date.value() is None
