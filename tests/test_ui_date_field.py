"""Correcting a date by keyboard: select-all and retype, Backspace, a partial date, emptying.

Driven with QTest key sequences on the real DateField, inside a small active window so that
Tab really moves the focus on (the field reads what she typed when she leaves it).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.ui.case.form_fields import DateField

BEFORE = date(2024, 3, 5)


@pytest.fixture
def field(qtbot: QtBot) -> Iterator[DateField]:
    window = QWidget()
    qtbot.addWidget(window)
    edit = DateField()
    QVBoxLayout(window).addWidget(edit)
    window.layout().addWidget(QLineEdit(objectName="next"))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    edit.set_value(BEFORE)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    yield edit  # the window lives until the test ends


def select_all(qtbot: QtBot, field: DateField) -> None:
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def leave(qtbot: QtBot, field: DateField) -> None:
    """Click into the next field (Tab inside a date moves between its parts)."""
    other = field.window().findChild(QLineEdit, "next")
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not field.hasFocus())


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("17/04/2023", date(2023, 4, 17)),
        ("17042023", date(2023, 4, 17)),
        ("1/2/2022", date(2022, 2, 1)),
        ("29/02/2024", date(2024, 2, 29)),
        ("15/3/85", date(1985, 3, 15)),
        ("17/04", date(2024, 4, 17)),  # the year she did not retype stays
    ],
)
def test_select_all_and_retype_gives_the_date_typed(
    qtbot: QtBot, field: DateField, typed: str, expected: date
) -> None:
    select_all(qtbot, field)
    qtbot.keyClicks(field, typed)
    leave(qtbot, field)
    assert field.value() == expected
    assert field.lineEdit().text() == f"{expected:%d/%m/%Y}"


def test_select_all_and_backspace_empties_an_optional_date(qtbot: QtBot, field: DateField) -> None:
    select_all(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.value() is None
    leave(qtbot, field)
    assert field.value() is None and field.is_empty()


def test_backspace_corrects_the_year_and_then_the_month(qtbot: QtBot, field: DateField) -> None:
    qtbot.keyClick(field, Qt.Key.Key_End)
    for _ in range(4):
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, "2021")
    assert field.value() == date(2021, 3, 5)
    for _ in range(5):  # the year, then over the "/" into the month
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, "4/2021")
    leave(qtbot, field)
    assert field.value() == date(2021, 4, 5)


def test_retyping_day_and_month_only_keeps_the_year_instead_of_reverting(
    qtbot: QtBot, field: DateField
) -> None:
    select_all(qtbot, field)
    qtbot.keyClicks(field, "9/12")
    leave(qtbot, field)
    assert field.value() == date(2024, 12, 9)


def test_an_empty_field_typed_partially_takes_this_year(qtbot: QtBot, field: DateField) -> None:
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None
    qtbot.keyClicks(field, "01/01")
    leave(qtbot, field)
    assert field.value() == date(date.today().year, 1, 1)
