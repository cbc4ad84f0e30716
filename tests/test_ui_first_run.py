"""The first-run wizard window driven like a person would, on a real new store."""

from __future__ import annotations

from pathlib import Path

from antiviolenza_desktop.domain.access.first_run import Step
from antiviolenza_desktop.store.unlock import open_with_password
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.session.first_run_window import FirstRunWindow
from tests.support import PASSWORD


def test_first_run_creates_store_confirms_key_and_saves_sheet(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "nuovo.avdb"
    runner = BackgroundRunner()
    wizard = FirstRunWindow(database, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.store_name, "Équipe Ambito Cremonese")
    wizard.next_button.click()
    assert wizard.machine.step is Step.USER
    qtbot.keyClicks(wizard.login, "m.prova")
    qtbot.keyClicks(wizard.display_name, "Maria Prova")
    qtbot.keyClicks(wizard.password_fields.password, "corta")
    qtbot.keyClicks(wizard.password_fields.repeat, "corta")
    wizard.next_button.click()
    assert wizard.errors["password"].isVisible()
    assert "almeno 12" in wizard.errors["password"].text()
    wizard.password_fields.password.setText(PASSWORD)
    wizard.password_fields.repeat.setText(PASSWORD + "x")
    wizard.next_button.click()
    assert "non coincidono" in wizard.errors["password_again"].text()
    wizard.password_fields.repeat.setText(PASSWORD)
    wizard.next_button.click()
    assert wizard.machine.step is Step.CREATE and not database.exists()
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.machine.step is Step.SHOW_KEY, timeout=20_000)
    assert database.exists() and not wizard.back_button.isEnabled()
    key = wizard.machine.data.recovery_key
    assert key and key.split("-")[0] in wizard.key_label.text()
    wizard.next_button.click()
    groups = wizard.machine.data.groups_to_confirm
    wizard.group_inputs[0].setText("ZZZZZ")
    wizard.next_button.click()
    assert wizard.machine.step is Step.CONFIRM_KEY
    assert f"gruppo {groups[0]}" in wizard.errors[f"key_group_{groups[0]}"].text()
    for field, number in zip(wizard.group_inputs, groups, strict=True):
        field.setText(key.split("-")[number - 1].lower())
    wizard.next_button.click()
    assert wizard.machine.step is Step.SHEET
    wizard.next_button.click()
    assert "foglio di recupero" in wizard.errors["sheet"].text().lower()
    opened_urls: list[object] = []
    qtbot.addWidget(wizard)
    import antiviolenza_desktop.ui.session.first_run_window as module

    module.QDesktopServices.openUrl = opened_urls.append  # type: ignore[method-assign]
    sheet = tmp_path / "foglio.pdf"
    wizard.save_sheet_to(sheet)
    assert sheet.exists() and opened_urls
    with qtbot.waitSignal(wizard.finished) as blocker:
        wizard.next_button.click()
    opened = blocker.args[0]
    assert opened.actor.login == "m.prova"
    opened.store.close()
    with open_with_password(database, user="m.prova", password=PASSWORD) as store:
        assert store.slot_file.ambito == "cremonese"
