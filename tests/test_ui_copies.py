"""«Copie di sicurezza» on the real main window, offscreen (issue 12)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from antiviolenza_desktop.domain.backup_rotation import CopyKind
from antiviolenza_desktop.services import copies
from antiviolenza_desktop.services.store_lifecycle import unlock as unlock_store
from antiviolenza_desktop.ui.archive.copies_dialog import CopiesDialog
from antiviolenza_desktop.ui.archive.copies_restore import RestoreCopyDialog
from antiviolenza_desktop.ui.main_window import MainWindow
from tests.copies_support import aged_copies
from tests.support import LOGIN, PASSWORD
from tests.ui_support import make_store, make_window, unlock


@pytest.fixture
def database(tmp_path: Path) -> Path:
    database = make_store(tmp_path)
    opened = unlock_store(database, login=LOGIN, password=PASSWORD)
    try:
        aged_copies(opened, [(datetime.now() - timedelta(days=2), "prima-aggiornamento")])
    finally:
        opened.store.close()
    return database


def _open_copies(qtbot, database: Path) -> tuple[MainWindow, CopiesDialog]:  # type: ignore[no-untyped-def]
    window = make_window(database)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    assert window.copies_action.isEnabled()
    window.copies_action.trigger()
    dialog = window.findChild(CopiesDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    return window, dialog


def _select(dialog: CopiesDialog, kind: CopyKind) -> None:
    row = next(i for i, copy in enumerate(dialog.model.items) if copy.kind is kind)
    dialog.table.selectRow(row)


def test_the_page_lists_kind_date_size_and_expiry(qtbot, database: Path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _, dialog = _open_copies(qtbot, database)
    qtmodeltester.check(dialog.model)
    texts = [
        [dialog.model.index(row, col).data() for col in range(5)]
        for row in range(dialog.model.rowCount())
    ]
    assert [row[0] for row in texts] == ["ordinaria", "prima di un aggiornamento"]
    assert texts[0][3] == "alla prossima copia"
    expiry = dialog.model.items[1].taken_at + timedelta(days=90)
    assert texts[1][3] == f"{expiry:%d/%m/%Y}"
    assert texts[1][1] == f"{dialog.model.items[1].taken_at:%d/%m/%Y %H:%M}"
    assert texts[1][2].endswith("MB")


def test_make_a_copy_now_then_delete_one(qtbot, database: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, dialog = _open_copies(qtbot, database)
    newest = dialog.model.items[0].file_name
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.items[0].file_name != newest, timeout=10_000)
    assert dialog.model.items[0].kind is CopyKind.ROUTINE
    _select(dialog, CopyKind.BEFORE_UPGRADE)
    doomed = dialog.selected()
    assert doomed is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.delete_button.click()
    assert doomed.path.exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: doomed not in dialog.model.items, timeout=10_000)
    assert not doomed.path.exists()


def test_deleting_the_newest_copy_is_refused_inline(qtbot, database: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, dialog = _open_copies(qtbot, database)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "più recente" in dialog.error.text()
    assert len(copies.list_copies(database)) == 2


def test_restore_locks_restores_and_keeps_the_old_store(qtbot, database: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, dialog = _open_copies(qtbot, database)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    _select(dialog, CopyKind.BEFORE_UPGRADE)
    dialog.restore_button.click()
    confirm = window.findChild(RestoreCopyDialog)
    assert confirm is not None
    confirm.password.setText(PASSWORD)
    with qtbot.waitSignal(window.session.unlocked, timeout=20_000):
        confirm.restore_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert window.workspace is not None
    replaced = [copy for copy in copies.list_copies(database) if copy.kind is CopyKind.REPLACED]
    assert len(replaced) == 1 and (replaced[0].path / database.name).exists()
    assert str(replaced[0].path) in shown[0]


def test_restore_with_a_wrong_password_leaves_the_store(qtbot, database: Path) -> None:  # type: ignore[no-untyped-def]
    window, dialog = _open_copies(qtbot, database)
    _select(dialog, CopyKind.BEFORE_UPGRADE)
    dialog.restore_button.click()
    confirm = window.findChild(RestoreCopyDialog)
    assert confirm is not None
    confirm.password.setText("non-e-questa-la-password")
    confirm.restore_button.click()
    qtbot.waitUntil(lambda: window.lock_screen.error.isVisible(), timeout=20_000)
    assert window.workspace is None and "Password errata" in window.lock_screen.error.text()
    assert not (database.parent / "sostituiti").exists()
    assert len(copies.list_copies(database)) == 2
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
