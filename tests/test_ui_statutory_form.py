"""The O.R.A./ISTAT part of the referral form, driven through its real widgets offscreen."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.case.statutory import ServiceGiven, StatutoryFacts
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.case.form import CaseForm
from tests.test_ui_case_form import REFERRED, fill_valid, form, saved_draft, typed

__all__ = ["form"]  # the fixture, shared with the referral form's tests


def test_a_service_dated_tomorrow_is_an_error_under_its_row(qtbot: QtBot, form: CaseForm) -> None:
    services = form.sections.statutory.services
    qtbot.mouseClick(services.add_button, Qt.MouseButton.LeftButton)
    row = services.rows[0]
    assert row.kind.hasFocus()
    row.kind.set_value("legal")
    row.day.setFocus()
    qtbot.keyClicks(row.day, typed(date.today() + timedelta(days=1)))
    qtbot.waitUntil(row.error.isVisible)
    assert "Servizio n. 1: data nel futuro" in row.error.text()


def test_the_answers_typed_are_saved_with_the_case(
    qtbot: QtBot, form: CaseForm, opened: OpenStore
) -> None:
    fill_valid(qtbot, form)
    s = form.sections.statutory
    s.contact_channel.set_value("police")
    s.help_before.set_value({"relatives_friends"})
    s.perpetrator_age_band.set_value("30_39")
    s.outcomes.set_value({"perpetrator_removed"})
    qtbot.mouseClick(s.services.add_button, Qt.MouseButton.LeftButton)
    s.services.rows[0].kind.set_value("psychological")
    s.services.rows[0].day.set_value(REFERRED)
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert saved_draft(opened, saved.args[0]).statutory == StatutoryFacts(
        contact_channel="police",
        help_before=frozenset({"relatives_friends"}),
        services=(ServiceGiven("psychological", REFERRED),),
        perpetrator_age_band="30_39",
        outcomes=frozenset({"perpetrator_removed"}),
    )


def test_a_service_without_a_kind_refuses_the_save_and_takes_the_keyboard(
    qtbot: QtBot, form: CaseForm
) -> None:
    fill_valid(qtbot, form)
    services = form.sections.statutory.services
    qtbot.mouseClick(services.add_button, Qt.MouseButton.LeftButton)
    services.rows[0].day.set_value(REFERRED)
    form.save()
    qtbot.waitUntil(services.rows[0].error.isVisible)
    assert "scegli il tipo di servizio" in services.rows[0].error.text()
    qtbot.waitUntil(lambda: form.focusWidget() is services.rows[0].kind)
