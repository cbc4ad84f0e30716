"""The erasure in the GUI: the coordinator's button on a case, the confirmation that wants the
code typed, the «Conservazione dei dati» dialog with its period, its list and the copies."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.services import erasure, retention_due
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.maintenance import Restored, backup_now
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from antiviolenza_desktop.store.backup import default_backup_dir
from antiviolenza_desktop.ui.archive.copies_restore import restored_message
from antiviolenza_desktop.ui.archive.erasure_list import ErasureListDialog
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.detail import CaseDetail
from antiviolenza_desktop.ui.case.erasure import wal_not_truncated
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from tests.erasure_support import MARKER, marked_case, plain_case


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer «Yes» to the offer to clean the copies; record what the message boxes said."""
    said: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        said.append(text)
        return QMessageBox.StandardButton.Yes

    def information(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", information)
    return said


def _detail(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner) -> CaseDetail:
    widget = CaseDetail(opened, ClipboardGuard(), runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_coordinator_erases_a_case_after_typing_its_code(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, answers: list[str]
) -> None:
    case_id, _cf = marked_case(opened, with_project=False)
    opened.store.backup(reason="manuale")
    detail = _detail(qtbot, opened, runner)
    assert detail.open_case(case_id)
    assert detail.erase_button.isVisible()
    detail.erase_button.click()
    dialog = detail.erase_button.dialog
    code = detail.view.code if detail.view else ""
    assert code in dialog.heading.text()
    assert str(dialog.reason.currentData()) == "richiesta"  # her path is not closed
    qtbot.keyClicks(dialog.typed, "CRE-1999-0001")
    assert not dialog.save_button.isEnabled()
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, code.lower())
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(detail.saved, timeout=10_000):
        dialog.save_button.click()
    assert "1 copie" in answers[0] and "Copie eliminate: 1" in answers[1]
    assert [p.name for p in default_backup_dir(opened.store.database).glob("*.avdb")] != []
    assert "Dati personali eliminati" in detail.notice.text()
    assert not detail.erase_button.isVisible() and not detail.edit_button.isEnabled()
    assert MARKER not in detail.subtitle.text() and detail.subtitle.text().startswith("fase")
    assert not detail.project_tab.isEnabled() and not detail.assessment_tab.isEnabled()
    assert detail.form.issues == []  # a tombstone's empty fields are not errors to fix
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert retention_due.erasure_state(uow, case_id=case_id).erased
        assert load_case(uow, case_id=case_id).draft.first_name == ""


def test_an_operator_is_not_offered_the_erasure(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner
) -> None:
    case_id, _cf = marked_case(opened, with_project=False)
    operator = OpenStore(opened.store, Actor(user_id=None, login="op", role="operator"))
    detail = _detail(qtbot, operator, runner)
    assert detail.open_case(case_id)
    assert not detail.erase_button.isVisible()


def test_the_retention_dialog_sets_the_period_and_erases_what_is_due(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, answers: list[str], tmp_path: Path
) -> None:
    old = plain_case(opened, 61, closed_years_ago=6)
    plain_case(opened, 62, closed_years_ago=2)
    dialog = ErasureListDialog(opened, runner)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    assert dialog.years.value() == 5 and dialog.table.rowCount() == 1
    assert not dialog.purge_button.isEnabled()
    dialog.years.setValue(1)
    dialog.save_years.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert dialog.due[0].case_id == old
    dialog.table.selectRow(0)
    dialog.erase_button.click()
    confirm = dialog.dialog
    assert str(confirm.reason.currentData()) == "scadenza"
    qtbot.keyClicks(confirm.typed, dialog.due[0].code)
    with qtbot.waitSignal(dialog.case_erased, timeout=10_000):
        confirm.save_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)


def test_the_copies_on_other_media_are_named_to_delete_by_hand(
    qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, answers: list[str], tmp_path: Path
) -> None:
    old = plain_case(opened, 63, closed_years_ago=6)
    backup_now(opened)
    on_stick = backup_now(opened, destination=tmp_path / "chiavetta")
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=old).code
    erasure.erase_case_and_checkpoint(
        opened, case_id=old, reason="scadenza", typed_code=code, today=date.today()
    )
    dialog = ErasureListDialog(opened, runner)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    assert dialog.outside.isVisible() and str(on_stick) in dialog.outside.text()
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=10_000)
    assert str(on_stick) in answers[1] and "a mano" in answers[1]


def test_a_busy_checkpoint_is_said_in_the_gui_as_in_the_cli(
    qtbot: QtBot,
    opened: OpenStore,
    runner: BackgroundRunner,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    monkeypatch.setattr(erasure, "checkpoint", lambda _opened: False)  # another reader
    case_id, _cf = marked_case(opened, with_project=False)
    detail = _detail(qtbot, opened, runner)
    assert detail.open_case(case_id)
    detail.erase_button.click()
    dialog = detail.erase_button.dialog
    qtbot.keyClicks(dialog.typed, detail.view.code if detail.view else "")
    with qtbot.waitSignal(detail.saved, timeout=10_000):
        dialog.save_button.click()
    assert warned == [wal_not_truncated()]
    assert "il file -wal non è stato svuotato" in warned[0] and answers == []


def test_the_restore_message_says_how_many_erasures_were_applied_again(
    qtbot: QtBot, opened: OpenStore
) -> None:
    aside = Path("sostituiti") / "archivio-1"
    assert "Cancellazioni riapplicate: 2" in restored_message(Restored(opened, aside, 2))
    assert "riapplicate" not in restored_message(Restored(opened, aside, 0))
    unknown = restored_message(Restored(opened, aside, None))
    assert "non sono state riapplicate" in unknown and "vanno eliminati di nuovo" in unknown
