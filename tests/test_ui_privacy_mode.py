"""Privacy mode of the case list (issue 12), on the real main window and a real store.

Ctrl+Shift+P shows initials instead of names and hides the codice fiscale in every role the
model serves and every cell the table shows (read through the accessibility tree, as a screen
reader would), in what Ctrl+C copies, and in the waiting list; searching still finds a woman by
her full surname; the mode survives locking and unlocking; the same key shows names again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QGuiApplication

from antiviolenza_desktop.services.case_list import CaseListQuery, CaseListSource, CaseRow
from antiviolenza_desktop.services.demo import fill_with_synthetic_cases
from antiviolenza_desktop.services.store_lifecycle import unlock as unlock_store
from antiviolenza_desktop.ui.case_list_model import SORT_ROLE
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.privacy_mode import (
    HIDDEN_CODICE_FISCALE,
    hidden_codice_fiscale,
    initials,
)
from tests.support import PASSWORD
from tests.ui_support import make_store, make_window, unlock

CASES = 12
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
    SORT_ROLE,
)


@pytest.fixture
def people(tmp_path: Path) -> tuple[Path, list[CaseRow]]:
    """A store with synthetic women, and their rows as the store holds them."""
    database = make_store(tmp_path)
    opened = unlock_store(database, login="coord", password=PASSWORD)
    try:
        fill_with_synthetic_cases(opened, CASES)
        source = CaseListSource(opened)
        rows = list(source.rows(source.ids(CaseListQuery())).values())
    finally:
        opened.store.close()
    assert len(rows) == CASES and any(row.codice_fiscale for row in rows)
    return database, rows


def _secrets(rows: list[CaseRow]) -> set[str]:
    return {
        text
        for row in rows
        for text in (row.last_name, row.first_name, row.codice_fiscale or "")
        if len(text) > 1
    }


def _model_texts(window: MainWindow) -> list[str]:
    model = window.workspace.case_list.model  # type: ignore[union-attr]
    return [
        str(model.data(model.index(row, column), role) or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for role in ROLES
    ]


def _visible_texts(window: MainWindow) -> list[str]:
    """The cell texts of the table as the accessibility tree (a screen reader) reads them."""
    table = window.workspace.case_list.table  # type: ignore[union-attr]
    tree = QAccessible.queryAccessibleInterface(table)
    assert tree is not None and tree.childCount() > 0
    return [tree.child(i).text(QAccessible.Text.Name) for i in range(tree.childCount())]


def _leaks(texts: list[str], secrets: set[str]) -> set[str]:
    return {secret for secret in secrets for text in texts if secret in text}


def _press_privacy_key(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    table = window.workspace.case_list.table  # type: ignore[union-attr]
    table.setFocus()
    qtbot.keyClick(
        table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )


def _unlocked_window(qtbot, database: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(database)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    return window


def test_privacy_key_hides_names_and_codici_fiscali_everywhere(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    database, rows = people
    secrets = _secrets(rows)
    window = _unlocked_window(qtbot, database)
    view = window.workspace.case_list  # type: ignore[union-attr]
    assert view.model.rowCount() == CASES
    assert _leaks(_model_texts(window), secrets)  # names shown before the key
    assert _leaks(_visible_texts(window), secrets)

    _press_privacy_key(qtbot, window)
    assert window.privacy.action.isChecked()
    assert window.privacy.label.isVisible() and view.privacy_notice.isVisible()
    assert _leaks(_model_texts(window), secrets) == set()
    assert _leaks(_visible_texts(window), secrets) == set()
    shown = {str(view.model.index(r, 1).data()) for r in range(CASES)}
    assert shown == {initials(row.last_name) for row in rows}
    hidden = [str(view.model.index(r, 3).data()) for r in range(CASES)]
    assert set(hidden) == {hidden_codice_fiscale(row.codice_fiscale) for row in rows}

    view.table.setCurrentIndex(view.model.index(hidden.index(HIDDEN_CODICE_FISCALE), 3))
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == HIDDEN_CODICE_FISCALE

    woman = rows[0]
    view.search.setText(woman.last_name)
    qtbot.waitUntil(lambda: view.model.rowCount() < CASES)
    found = [view.model.case_id_at(r) for r in range(view.model.rowCount())]
    assert woman.case_id in found
    assert _leaks(_model_texts(window), secrets) == set()
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == CASES)

    with qtbot.waitSignal(window.session.locked):
        window.lock_action.trigger()
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    assert window.workspace.case_list.privacy_notice.isVisible()  # type: ignore[union-attr]
    assert _leaks(_model_texts(window), secrets) == set()

    _press_privacy_key(qtbot, window)
    assert not window.privacy.action.isChecked()
    assert not window.privacy.label.isVisible()
    assert _leaks(_model_texts(window), secrets) == secrets
    window.session.lock()


def test_ctrl_c_on_the_list_goes_through_the_clipboard_guard(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    database, rows = people
    window = make_window(database)
    window.clipboard = ClipboardGuard(window, clear_after_ms=100)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    view = window.workspace.case_list  # type: ignore[union-attr]
    codici = [str(view.model.index(r, 3).data()) for r in range(CASES)]
    row = next(r for r, text in enumerate(codici) if text)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 3))
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == codici[row]
    assert codici[row] in {r.codice_fiscale for r in rows}
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2_000)
    window.session.lock()


def test_privacy_shortcut_clashes_with_no_other_action(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    database, _rows = people
    window = _unlocked_window(qtbot, database)
    taken = [
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    ]
    assert taken.count("Ctrl+Shift+P") == 1
    window.session.lock()


@pytest.mark.parametrize(
    ("name", "shown"),
    [("Maria Grazia", "M. G."), ("de luca", "D. L."), ("Rossi", "R."), ("", "")],
)
def test_initials(name: str, shown: str) -> None:
    assert initials(name) == shown
