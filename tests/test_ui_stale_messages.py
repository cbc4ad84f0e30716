"""Messages that never go stale: each one under a field says what is true of it now.

The first-run wizard and the password dialog, driven by keystrokes on the real widgets: a
refusal shown after «Avanti» or «Salva» follows every later keystroke, and the recovery sheet's
refusal goes as soon as the sheet is saved or she ticks that she goes on without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.domain.access.first_run import Step
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.session import first_run_window as first_run_module
from antiviolenza_desktop.ui.session.change_password_dialog import ChangePasswordDialog
from antiviolenza_desktop.ui.session.first_run_window import FirstRunWindow
from tests.support import PASSWORD

WEAK = "corta"


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path, runner: BackgroundRunner) -> FirstRunWindow:
    window = FirstRunWindow(tmp_path / "nuovo.avdb", runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.store_name, "Équipe Ambito Cremonese")
    window.next_button.click()
    qtbot.keyClicks(window.login, "m.prova")
    qtbot.keyClicks(window.display_name, "Maria Prova")
    return window


def test_a_weak_password_refusal_goes_when_she_types_a_strong_one(
    qtbot: QtBot, wizard: FirstRunWindow
) -> None:
    fields = wizard.password_fields
    qtbot.keyClicks(fields.password, WEAK)
    qtbot.keyClicks(fields.repeat, WEAK)
    wizard.next_button.click()
    assert wizard.errors["password"].isVisible()
    assert "troppo debole" in wizard.errors["password"].text()
    fields.password.selectAll()
    qtbot.keyClicks(fields.password, PASSWORD)
    assert fields.verdict.text() == "ottima"
    assert not wizard.errors["password"].isVisible()
    assert wizard.errors["password_again"].isVisible()  # the repetition is still "corta"
    fields.repeat.selectAll()
    qtbot.keyClicks(fields.repeat, PASSWORD)
    assert not wizard.errors["password_again"].isVisible()
    qtbot.keyClick(fields.password, "\b")
    assert "non coincidono" in wizard.errors["password_again"].text()


def test_a_refusal_stays_true_while_the_password_is_still_weak(
    qtbot: QtBot, wizard: FirstRunWindow
) -> None:
    fields = wizard.password_fields
    qtbot.keyClicks(fields.password, WEAK)
    wizard.next_button.click()
    qtbot.keyClicks(fields.password, "x")
    assert wizard.errors["password"].isVisible()
    assert "almeno 12" in wizard.errors["password"].text()


def test_the_password_dialog_clears_its_refusals_as_she_corrects(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner
) -> None:
    dialog = ChangePasswordDialog(opened, runner, forced=False)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = dialog.fields
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.keyClicks(fields.password, WEAK)
    qtbot.keyClicks(fields.repeat, WEAK + "x")
    save.click()
    assert "non coincidono" in fields.errors["password_again"].text()
    qtbot.keyClick(fields.repeat, "\b")
    assert not fields.errors["password_again"].isVisible()
    save.click()
    qtbot.waitUntil(lambda: fields.errors["password"].isVisible() and not runner.busy)
    assert "troppo debole" in fields.errors["password"].text()
    assert not dialog.error.isVisible()
    fields.password.selectAll()
    qtbot.keyClicks(fields.password, "un-altra frase lunga 4 parole")
    assert fields.verdict.text() == "ottima"
    assert not fields.errors["password"].isVisible()


def test_the_unsaved_sheet_refusal_goes_once_the_sheet_is_saved(
    qtbot: QtBot, wizard: FirstRunWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fields = wizard.password_fields
    fields.password.setText(PASSWORD)
    fields.repeat.setText(PASSWORD)
    wizard.next_button.click()
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.machine.step is Step.SHOW_KEY, timeout=30_000)
    wizard.next_button.click()
    key = wizard.machine.data.recovery_key or ""
    groups = wizard.machine.data.groups_to_confirm
    for field, number in zip(wizard.group_inputs, groups, strict=True):
        field.setText(key.split("-")[number - 1])
    wizard.next_button.click()
    assert wizard.machine.step is Step.SHEET
    wizard.next_button.click()
    assert wizard.errors["sheet"].isVisible()
    wizard.without_sheet.setChecked(True)
    assert not wizard.errors["sheet"].isVisible()
    wizard.without_sheet.setChecked(False)
    wizard.next_button.click()
    assert wizard.errors["sheet"].isVisible()
    monkeypatch.setattr(first_run_module.QDesktopServices, "openUrl", lambda _url: True)
    wizard.save_sheet_to(tmp_path / "foglio.pdf")
    assert "Foglio salvato" in wizard.sheet_status.text()
    assert not wizard.errors["sheet"].isVisible()
    if wizard.created is not None:
        wizard.created.store.close()
