"""The path b lease in the project editor (issue 11): typed, checked live, kept by save."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.project.model import PrivateLease
from antiviolenza_desktop.services import projects
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.project.view import ProjectTab
from tests.test_project_print_fixes import LEASE, START, full_project


@pytest.fixture
def tab(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, case_id: int) -> ProjectTab:
    with UnitOfWork(opened.store, opened.actor) as uow:
        projects.save_draft(uow, case_id=case_id, draft=full_project())
    widget = ProjectTab(opened, runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(case_id)
    qtbot.waitUntil(lambda: widget.editor.housing.path() == "b")
    return widget


def test_the_stored_lease_is_shown_and_read_back(tab: ProjectTab) -> None:
    housing = tab.editor.housing
    assert housing.landlord_role.currentText() == "cooperativa"
    assert housing.monthly_rent.cents() == 45_000
    assert housing.contract_start.value() == START
    assert housing.value() == LEASE


def test_a_contract_ending_before_it_starts_is_named_under_its_date(
    qtbot: QtBot, tab: ProjectTab
) -> None:
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    housing = tab.editor.housing
    housing.contract_end.set_value(START - timedelta(days=1))
    qtbot.waitUntil(lambda: housing.slots["housing.contract_end"].error.isVisible())
    assert "deve essere dopo l'inizio" in housing.slots["housing.contract_end"].error.text()


def test_a_rent_of_zero_is_named_under_the_rent(qtbot: QtBot, tab: ProjectTab) -> None:
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    housing = tab.editor.housing
    housing.monthly_rent.setFocus()
    housing.monthly_rent.selectAll()
    qtbot.keyClicks(housing.monthly_rent, "0")
    qtbot.waitUntil(lambda: housing.slots["housing.monthly_rent"].error.isVisible())
    assert "maggiore di zero" in housing.slots["housing.monthly_rent"].error.text()
    assert isinstance(housing.value(), PrivateLease)
