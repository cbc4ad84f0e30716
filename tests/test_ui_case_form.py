"""The referral form, driven like a worker would: typing into the real widgets, offscreen.

Each test builds a real encrypted store in a temporary folder and saves through the real
services on the background runner (waitSignal, never sleep). Synthetic people only: "Prova
Sintetica" with a codice fiscale computed here for invented data.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from stdnum.it import codicefiscale

from antiviolenza_desktop.domain.case.intake import CaseDraft, Child
from antiviolenza_desktop.services.intake import (
    SameCodiceFiscale,
    load_case,
    record_case,
    update_case,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case import form as case_form_module
from antiviolenza_desktop.ui.case.form import CaseForm
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard

CF_BASE = "SNTPRV85M41D150"
CF = CF_BASE + codicefiscale.calc_check_digit(CF_BASE)
BORN = date(1985, 8, 1)
REFERRED = date.today() - timedelta(days=20)


def typed(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def test_synthetic_cf_is_valid_and_female() -> None:
    assert codicefiscale.is_valid(CF)
    assert codicefiscale.get_birth_date(CF) == BORN
    assert codicefiscale.get_gender(CF) == "F"


@pytest.fixture
def form(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> Iterator[CaseForm]:
    widget = CaseForm(opened, ClipboardGuard(), runner)
    qtbot.addWidget(widget)
    widget.resize(1180, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # focus events (touched fields) need it
    yield widget
    runner.wait(10_000)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def fill_valid(qtbot: QtBot, form: CaseForm, *, cf: str = CF) -> None:
    """A complete, valid referral: typed where one types, chosen where one chooses."""
    s = form.sections
    type_into(qtbot, s.referral_date, typed(REFERRED))
    s.referring_cav.set_value("aida")
    s.joint_social_services.setChecked(True)
    s.sent_by.set_value("police")
    s.contact_reasons.set_value({"listening", "legal_information"})
    s.lines_requested.set_value({"work"})
    type_into(qtbot, s.first_name, "Prova")
    type_into(qtbot, s.last_name, "Sintetica")
    type_into(qtbot, s.codice_fiscale, cf)
    s.citizenship.set_value("non_eu")
    type_into(qtbot, s.citizenship_country, "Paese di prova")
    s.marital_status.set_value("separated")
    type_into(qtbot, s.residence_municipality, "Cremona (CR)")
    s.residence_municipality.completer().popup().hide()  # as Esc would: the list was offered
    type_into(qtbot, s.safe_phone, "+39 000 0000000")
    s.safe_to_call.setChecked(True)
    qtbot.mouseClick(s.children.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(s.children.rows[0].age, "7")
    s.children_witnessed.setChecked(True)
    s.shelter.set_value("casa_rifugio")
    s.employment.set_value("unemployed")
    s.income_band.set_value("up_to_6000")
    s.housing.set_value("shelter")
    s.violence_types.set_value({"physical", "psychological"})
    s.perpetrator_relationship.set_value("ex_husband_or_cohabitant")
    type_into(qtbot, s.consent_date, typed(REFERRED))
    s.consent_sharing.setChecked(True)
    s.stage.set_value("taken_in_charge")
    for stage in ("contact", "reception", "taken_in_charge"):
        type_into(qtbot, s.stage_dates[stage], typed(REFERRED))


EXPECTED = CaseDraft(
    referral_date=REFERRED,
    referring_cav="aida",
    joint_social_services=True,
    first_name="Prova",
    last_name="Sintetica",
    codice_fiscale=CF,
    birth_date=BORN,
    citizenship="non_eu",
    citizenship_country="Paese di prova",
    marital_status="separated",
    residence_municipality="D150",
    safe_phone="+39 000 0000000",
    safe_to_call=True,
    children=(Child(age=7, minor=True),),
    shelter="casa_rifugio",
    employment="unemployed",
    income_band="up_to_6000",
    housing="shelter",
    violence_types=frozenset({"physical", "psychological"}),
    perpetrator_relationship="ex_husband_or_cohabitant",
    children_witnessed=True,
    sent_by="police",
    contact_reasons=frozenset({"listening", "legal_information"}),
    lines_requested=frozenset({"work"}),
    consent_date=REFERRED,
    consent_sharing=True,
    stage="taken_in_charge",
    stage_dates={stage: REFERRED for stage in ("contact", "reception", "taken_in_charge")},
)


def saved_draft(opened: OpenStore, case_id: int) -> CaseDraft:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return load_case(uow, case_id=case_id).draft


def test_a_future_referral_date_is_shown_next_to_the_field(qtbot: QtBot, form: CaseForm) -> None:
    slot = form.sections.slots["referral_date"]
    type_into(qtbot, form.sections.referral_date, typed(date.today() + timedelta(days=3)))
    qtbot.waitUntil(slot.error.isVisible)
    assert "Data nel futuro" in slot.error.text()
    assert "Data nel futuro" in form.sections.referral_date.accessibleDescription()


def test_a_minor_child_aged_19_is_an_error_under_her_row(qtbot: QtBot, form: CaseForm) -> None:
    children = form.sections.children
    qtbot.mouseClick(children.add_button, Qt.MouseButton.LeftButton)
    row = children.rows[0]
    assert row.age.hasFocus()
    qtbot.keyClicks(row.age, "19")
    assert not row.minor.isChecked()  # typing the age sets the box for her
    qtbot.keyClick(row.age, Qt.Key.Key_Tab)
    assert row.minor.hasFocus()
    qtbot.keyClick(row.minor, Qt.Key.Key_Space)
    qtbot.waitUntil(row.error.isVisible)
    assert "a 19 anni non è minorenne" in row.error.text()
    for widget in (row.disabled, row.remove, children.add_button):  # Tab stays in the section
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert widget.hasFocus()
    qtbot.keyClick(children.add_button, Qt.Key.Key_Tab)
    assert form.sections.children_witnessed.hasFocus()


def test_required_fields_stay_quiet_until_left_or_saved(qtbot: QtBot, form: CaseForm) -> None:
    s = form.sections
    assert not any(slot.error.isVisible() for slot in s.slots.values())
    s.first_name.setFocus()
    qtbot.keyClick(s.first_name, Qt.Key.Key_Tab)
    qtbot.waitUntil(s.slots["first_name"].error.isVisible)
    assert s.slots["first_name"].error.text() == "Scrivi il nome."
    assert not s.slots["employment"].error.isVisible()
    form.save()
    qtbot.waitUntil(lambda: s.slots["employment"].error.isVisible())
    assert s.slots["referral_date"].error.text() == "Indica la data della segnalazione."
    qtbot.waitUntil(lambda: form.focusWidget() is s.referral_date)


def test_a_valid_form_saves_one_case_with_every_field(
    qtbot: QtBot, form: CaseForm, opened: OpenStore
) -> None:
    fill_valid(qtbot, form)
    assert form.sections.birth_date.value() == BORN  # filled from the CF
    assert form.sections.birth_hint.isVisible()
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    case_id = saved.args[0]
    assert saved_draft(opened, case_id) == EXPECTED
    assert "registrata" in form.notice.text()
    assert form.case_id == case_id


# Same name, same birth date, born elsewhere (Roma): another woman is possible.
OTHER_CF = "SNTPRV85M41H501" + codicefiscale.calc_check_digit("SNTPRV85M41H501")


def test_saving_a_name_and_birth_match_asks_and_save_anyway_keeps_both(
    qtbot: QtBot, form: CaseForm, opened: OpenStore
) -> None:
    fill_valid(qtbot, form)
    with qtbot.waitSignal(form.saved, timeout=10_000) as first:
        form.save()
    form.clear()
    fill_valid(qtbot, form, cf=OTHER_CF)
    form.save()
    qtbot.waitUntil(lambda: form.duplicate_dialog is not None and form.duplicate_dialog.isVisible())
    dialog = form.duplicate_dialog
    assert dialog is not None
    shown = dialog.list.item(0).text()
    assert shown.startswith("CRE-") and "stesso nome e data di nascita" in shown
    assert dialog.case_ids() == (first.args[0],)
    assert "un'altra persona" in dialog.save_button.text()
    with qtbot.waitSignal(form.saved, timeout=10_000) as second:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert second.args[0] != first.args[0]
    assert saved_draft(opened, second.args[0]).codice_fiscale == OTHER_CF


def case_count(opened: OpenStore) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return len(uow.session.scalars(select(Case.id)).all())


def test_the_same_codice_fiscale_of_an_open_case_offers_only_open_or_back(
    qtbot: QtBot, form: CaseForm, opened: OpenStore
) -> None:
    fill_valid(qtbot, form)
    with qtbot.waitSignal(form.saved, timeout=10_000) as first:
        form.save()
    form.clear()
    fill_valid(qtbot, form)
    form.save()
    qtbot.waitUntil(lambda: form.duplicate_dialog is not None and form.duplicate_dialog.isVisible())
    dialog = form.duplicate_dialog
    assert dialog is not None
    assert "stesso codice fiscale" in dialog.list.item(0).text()
    shown = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    assert shown == ["&Apri la scheda esistente", "&Torna al modulo"]
    assert dialog.open_button.isDefault()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and case_count(opened) == 1
    # The service refuses the same answer a worker could no longer give in the dialog.
    draft = saved_draft(opened, first.args[0])
    with pytest.raises(SameCodiceFiscale), UnitOfWork(opened.store, opened.actor) as uow:
        record_case(uow, draft=draft, today=date.today(), not_duplicate_of=[first.args[0]])
    assert case_count(opened) == 1


def test_the_same_codice_fiscale_of_a_closed_path_offers_a_new_path(
    qtbot: QtBot, form: CaseForm, opened: OpenStore
) -> None:
    fill_valid(qtbot, form)
    with qtbot.waitSignal(form.saved, timeout=10_000) as first:
        form.save()
    closed = replace(
        saved_draft(opened, first.args[0]),
        stage="concluded",
        stage_dates={**EXPECTED.stage_dates, "concluded": REFERRED},
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        update_case(uow, case_id=first.args[0], draft=closed, today=date.today())
    form.clear()
    fill_valid(qtbot, form)
    form.save()
    qtbot.waitUntil(lambda: form.duplicate_dialog is not None and form.duplicate_dialog.isVisible())
    dialog = form.duplicate_dialog
    assert dialog is not None and dialog.save_button.isVisible()
    assert "nuovo percorso" in dialog.save_button.text()
    with qtbot.waitSignal(form.saved, timeout=10_000) as second:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert second.args[0] != first.args[0] and case_count(opened) == 2


def test_the_duplicate_dialog_can_open_the_existing_case(qtbot: QtBot, form: CaseForm) -> None:
    fill_valid(qtbot, form)
    with qtbot.waitSignal(form.saved, timeout=10_000) as first:
        form.save()
    form.clear()
    fill_valid(qtbot, form)
    form.save()
    qtbot.waitUntil(lambda: form.duplicate_dialog is not None and form.duplicate_dialog.isVisible())
    dialog = form.duplicate_dialog
    assert dialog is not None and dialog.open_button.isDefault()
    with qtbot.waitSignal(form.open_existing) as opened_case:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened_case.args == [first.args[0]]


def test_copying_the_cf_goes_through_the_clipboard_guard(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner
) -> None:
    guard = ClipboardGuard(clear_after_ms=50)
    form = CaseForm(opened, guard, runner)
    qtbot.addWidget(form)
    form.show()
    s = form.sections
    assert not s.copy_cf.isEnabled()
    type_into(qtbot, s.codice_fiscale, CF.lower())
    qtbot.mouseClick(s.copy_cf, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == CF
    qtbot.waitUntil(lambda: clipboard.text() == "")


def tab_to(qtbot: QtBot, target: QWidget, *, limit: int = 40) -> int:
    """Press Tab until `target` has the keyboard; fail if it is not reached in `limit`."""
    for steps in range(limit):
        current = QApplication.focusWidget()
        if current is target:
            return steps
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.accessibleName()!r} not reached by Tab")


def test_required_fields_can_be_filled_by_keyboard_alone(
    qtbot: QtBot, form: CaseForm, opened: OpenStore
) -> None:
    s = form.sections
    form.activateWindow()
    s.referral_date.setFocus()
    qtbot.keyClicks(s.referral_date, typed(REFERRED))
    tab_to(qtbot, s.referring_cav)
    qtbot.keyClick(s.referring_cav, Qt.Key.Key_Down)
    tab_to(qtbot, s.lines_requested.boxes["work"])
    qtbot.keyClick(s.lines_requested.boxes["work"], Qt.Key.Key_Space)
    tab_to(qtbot, s.first_name)
    qtbot.keyClicks(s.first_name, "Prova")
    qtbot.keyClick(s.first_name, Qt.Key.Key_Return)  # Enter never submits
    assert not form._saving
    tab_to(qtbot, s.last_name)
    qtbot.keyClicks(s.last_name, "Sintetica")
    tab_to(qtbot, s.codice_fiscale)
    qtbot.keyClicks(s.codice_fiscale, CF)
    tab_to(qtbot, s.citizenship)
    qtbot.keyClick(s.citizenship, Qt.Key.Key_Down)
    tab_to(qtbot, s.employment)
    qtbot.keyClick(s.employment, Qt.Key.Key_Down)
    tab_to(qtbot, s.consent_date)
    qtbot.keyClicks(s.consent_date, typed(REFERRED))
    tab_to(qtbot, s.stage_dates["contact"])
    qtbot.keyClicks(s.stage_dates["contact"], typed(REFERRED))
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.keyClick(s.stage_dates["contact"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    draft = saved_draft(opened, saved.args[0])
    assert (draft.referring_cav, draft.citizenship, draft.employment) == (
        "aida",
        "italian",
        "employed",
    )
    assert draft.birth_date == BORN and draft.stage_dates == {"contact": REFERRED}


def test_a_date_is_typed_as_written_and_can_be_emptied(qtbot: QtBot, form: CaseForm) -> None:
    field = form.sections.consent_date
    type_into(qtbot, field, "5/3/2024")
    assert field.value() == date(2024, 3, 5)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None
    qtbot.keyClicks(field, "31/01/2024")  # a 31st whatever month it is today
    assert field.value() == date(2024, 1, 31)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, "15/3/85")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # a two-digit year is read when she moves on
    assert field.value() == date(1985, 3, 15)
    assert field.lineEdit().text() == "15/03/1985"


def test_an_unexpected_failure_does_not_leave_save_stuck(
    qtbot: QtBot, form: CaseForm, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disco scollegato (prova)")

    monkeypatch.setattr(case_form_module, "save_case", broken)
    with qtbot.capture_exceptions() as caught:
        form.save()
        assert not form.save_button.isEnabled()
        qtbot.waitUntil(form.save_button.isEnabled)
    assert [kind for kind, *_ in caught] == [RuntimeError]


def test_every_input_has_an_accessible_name(qtbot: QtBot, form: CaseForm) -> None:
    qtbot.mouseClick(form.sections.children.add_button, Qt.MouseButton.LeftButton)
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton)
    inputs = [widget for kind in kinds for widget in form.findChildren(kind)]
    unnamed = [
        type(widget).__name__
        for widget in inputs
        if not isinstance(widget.parent(), QAbstractSpinBox)  # a date's own inner editor
        and not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text())
    ]
    assert unnamed == []


def test_country_is_asked_only_for_foreign_citizenship(qtbot: QtBot, form: CaseForm) -> None:
    s = form.sections
    assert not s.citizenship_country.isEnabled()
    s.citizenship.set_value("eu")
    assert s.citizenship_country.isEnabled()
    form.save()
    qtbot.waitUntil(s.slots["citizenship_country"].error.isVisible)
    assert s.slots["citizenship_country"].error.text() == "Indica il paese di cittadinanza."


def test_her_concluded_case_is_corrected_beside_her_new_path(
    qtbot: QtBot, form: CaseForm, opened: OpenStore
) -> None:
    """CRE-1 concluded, CRE-2 her new path: a typo fixed in CRE-1 asks once, then saves."""
    first = record_case_with_cf(opened, "concluded")
    with UnitOfWork(opened.store, opened.actor) as uow:
        old = load_case(uow, case_id=first)
        again = replace(old.draft, stage="contact", stage_dates={"contact": date.today()})
        again = replace(again, referral_date=date.today())
        second = record_case(uow, draft=again, today=date.today(), not_duplicate_of=[first])
    form.load(old)
    form.sections.first_name.setText("Provaa")
    form.save()
    qtbot.waitUntil(lambda: form.duplicate_dialog is not None and form.duplicate_dialog.isVisible())
    dialog = form.duplicate_dialog
    assert dialog is not None and dialog.case_ids() == (second.case_id,)
    assert dialog.save_button.isVisible() and "due suoi percorsi" in dialog.save_button.text()
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved_draft(opened, first).first_name == "Provaa" and case_count(opened) == 2


def record_case_with_cf(opened: OpenStore, stage: str) -> int:
    """EXPECTED (her CF) recorded through the service at `stage`, ending on the referral day."""
    dates = {**EXPECTED.stage_dates, stage: REFERRED}
    draft = replace(EXPECTED, stage=stage, stage_dates=dates)
    with UnitOfWork(opened.store, opened.actor) as uow:
        return record_case(uow, draft=draft, today=date.today()).case_id
