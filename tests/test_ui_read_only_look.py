"""A case in read mode looks read-only: its inputs on a grey ground and a «Sola lettura»
banner; editing turns them plain; an erased case says why it can never be edited, on every tab,
and nothing in it takes input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.detail import CaseDetail
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.read_only_look import READ_ONLY_GROUND
from tests.test_erasure_guards import _erased_case


@pytest.fixture
def detail(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> CaseDetail:
    widget = CaseDetail(opened, ClipboardGuard(), runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def ground(widget: QWidget) -> QColor:
    """The colour of the input's background, away from its text and frame."""
    image = widget.grab().toImage()
    return image.pixelColor(image.width() - 6, image.height() // 2)


def test_read_mode_greys_the_inputs_and_editing_makes_them_plain(
    qtbot: QtBot,
    detail: CaseDetail,
    case_id: int,
) -> None:
    assert detail.open_case(case_id)
    s = detail.form.sections
    assert detail.read_only_hint.isVisible() and detail.read_only_hint.text() == "Sola lettura"
    assert ground(s.first_name) == QColor(READ_ONLY_GROUND)
    assert ground(s.employment) == QColor(READ_ONLY_GROUND)
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    assert not detail.read_only_hint.isVisible()
    assert ground(s.first_name) != QColor(READ_ONLY_GROUND)
    detail.form.cancel_button.click()
    assert ground(s.first_name) == QColor(READ_ONLY_GROUND)


def test_an_erased_case_says_so_on_every_tab_and_takes_no_input(
    qtbot: QtBot, detail: CaseDetail, opened: OpenStore
) -> None:
    erased, _code = _erased_case(opened)
    detail.tabs.setCurrentWidget(detail.funds_tab)  # where the previous case was left
    assert detail.open_case(erased)
    assert detail.read_only_hint.isVisible()
    assert detail.read_only_hint.text() == "Sola lettura: dati personali eliminati"
    assert not detail.edit_button.isEnabled()
    for index in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(index)
        assert detail.read_only_hint.isVisible(), detail.tabs.tabText(index)
    assert not detail.project_tab.isEnabled() and not detail.assessment_tab.isEnabled()
    s = detail.form.sections
    s.first_name.setFocus()
    qtbot.keyClicks(s.first_name, "X")
    assert "X" not in s.first_name.text()
    assert ground(s.first_name) == QColor(READ_ONLY_GROUND)
