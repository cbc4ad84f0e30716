"""The referral form stays still while it is checked: an inline error of one line appears in
the line kept for it, so nothing below moves (the field she tabbed into stays under her eyes).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.ui.case.form import CaseForm
from tests.test_ui_case_form import form as form  # the fixture
from tests.test_ui_case_form import type_into, typed


def lay_out() -> None:
    """Apply every pending layout request now (nested layouts ask again for their parents)."""
    for _ in range(6):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def positions(form: CaseForm) -> dict[str, QPoint]:
    s = form.sections
    widgets: dict[str, QWidget] = {
        "referring_cav": s.referring_cav,
        "first_name": s.first_name,
        "birth_date": s.birth_date,
        "consent_date": s.consent_date,
    }
    return {name: widget.mapTo(form, QPoint(0, 0)) for name, widget in widgets.items()}


def test_an_inline_error_does_not_move_the_fields_below(qtbot: QtBot, form: CaseForm) -> None:
    field = form.sections.referral_date
    error = form.sections.slots["referral_date"].error
    lay_out()
    before = positions(form)
    type_into(qtbot, field, typed(date.today() + timedelta(days=3)))
    qtbot.waitUntil(lambda: "Data nel futuro" in error.text() and error.isVisible())

    def laid_out() -> bool:  # the label has its place under the field
        top = error.mapTo(form, QPoint(0, 0)).y()
        return top >= field.mapTo(form, QPoint(0, field.height())).y() and error.height() > 5

    qtbot.waitUntil(laid_out)
    assert positions(form) == before


def test_an_error_under_a_child_row_does_not_move_what_follows(
    qtbot: QtBot,
    form: CaseForm,
) -> None:
    children = form.sections.children
    qtbot.mouseClick(children.add_button, Qt.MouseButton.LeftButton)
    row = children.rows[0]
    qtbot.keyClicks(row.age, "19")
    button = children.add_button
    lay_out()
    before = button.mapTo(form, QPoint(0, 0))
    row.minor.setChecked(True)
    qtbot.waitUntil(lambda: row.error.isVisible() and row.error.height() > 5)
    assert "non è minorenne" in row.error.text()
    lay_out()
    assert button.mapTo(form, QPoint(0, 0)) == before
