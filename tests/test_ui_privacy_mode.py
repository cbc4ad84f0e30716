"""Privacy mode of the case list (issue 12), on the real main window and a real store.

Ctrl+Shift+P shows initials instead of names and hides the codice fiscale in every role the
model serves and every cell the table shows (read through the accessibility tree, as a screen
reader would), in what Ctrl+C copies, and in the waiting list; searching still finds a woman by
her full surname; the mode survives locking and unlocking; the same key shows names again.
With the mode on, nothing in the whole window (painted text or accessibility tree) holds her
name or codice fiscale: the search field is masked yet still filters, and an open case or a new
referral is covered, to come back as it was (query, tab, unsaved edit) when the mode goes off.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from antiviolenza_desktop.services.case_list import CaseListQuery, CaseListSource, CaseRow
from antiviolenza_desktop.services.demo import fill_with_synthetic_cases
from antiviolenza_desktop.services.store_lifecycle import unlock as unlock_store
from antiviolenza_desktop.ui.case.list_model import SORT_ROLE
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


def _accessible_texts(node: QAccessibleInterface) -> Iterator[str]:
    """Every text a screen reader can reach under `node`, skipping what is not on screen."""
    if node.state().invisible:
        return
    for kind in (
        QAccessible.Text.Name,
        QAccessible.Text.Value,
        QAccessible.Text.Description,
        QAccessible.Text.Help,
    ):
        yield node.text(kind)
    text = node.textInterface()
    if text is not None:
        yield text.text(0, text.characterCount())
    for i in range(node.childCount()):
        child = node.child(i)
        if child is not None:
            yield from _accessible_texts(child)


def _widget_texts(window: MainWindow) -> Iterator[str]:
    """What every widget on screen paints as text (labels, fields, buttons, lists, tabs)."""
    yield window.windowTitle()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QLineEdit):
            yield widget.displayText()
        elif isinstance(widget, QComboBox):
            yield widget.currentText()
        elif isinstance(widget, QPlainTextEdit):
            yield widget.toPlainText()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))


def _on_screen(window: MainWindow) -> list[str]:
    tree = QAccessible.queryAccessibleInterface(window)
    assert tree is not None
    return [*_widget_texts(window), *_accessible_texts(tree)]


@pytest.fixture
def screen_reader() -> Iterator[None]:
    """As with a screen reader running: item views keep their cell interfaces up to date (with
    no active client a model reset leaves cells read earlier empty, which would hide a leak)."""
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def _her_secrets(row: CaseRow) -> set[str]:
    full_name = f"{row.first_name} {row.last_name}"
    return {full_name, row.last_name, row.first_name, row.codice_fiscale or ""} - {""}


def _with_codice_fiscale(rows: list[CaseRow]) -> CaseRow:
    return next(row for row in rows if row.codice_fiscale and len(row.last_name) > 3)


def _search_for(qtbot, view, text: str, case_id: int) -> None:  # type: ignore[no-untyped-def]
    view.search.selectAll()
    qtbot.keyClicks(view.search, text)
    qtbot.waitUntil(
        lambda: (
            view.model.query.search == text
            and case_id in [view.model.case_id_at(r) for r in range(view.model.rowCount())]
        )
    )


def test_privacy_key_masks_the_search_and_it_still_filters(qtbot, people, screen_reader) -> None:  # type: ignore[no-untyped-def]
    database, rows = people
    woman = _with_codice_fiscale(rows)
    secrets = _her_secrets(woman)
    window = _unlocked_window(qtbot, database)
    view = window.workspace.case_list  # type: ignore[union-attr]
    _search_for(qtbot, view, woman.last_name, woman.case_id)
    assert woman.last_name in _on_screen(window)  # shown in the field before the key

    _press_privacy_key(qtbot, window)
    assert _leaks(_on_screen(window), secrets) == set()
    assert view.search.text() == woman.last_name  # masked, not emptied

    assert woman.codice_fiscale is not None
    _search_for(qtbot, view, woman.codice_fiscale, woman.case_id)
    assert view.model.rowCount() == 1  # the masked query still finds her, and only her
    assert _leaks(_on_screen(window), secrets) == set()

    _press_privacy_key(qtbot, window)
    assert view.search.displayText() == woman.codice_fiscale
    assert _leaks(_on_screen(window), secrets) >= {woman.codice_fiscale, woman.last_name}
    window.session.lock()


def test_privacy_key_covers_an_open_case_and_keeps_her_unsaved_edit(
    qtbot, people, screen_reader
) -> None:  # type: ignore[no-untyped-def]
    database, rows = people
    woman = _with_codice_fiscale(rows)
    secrets = _her_secrets(woman)
    window = _unlocked_window(qtbot, database)
    workspace = window.workspace
    assert workspace is not None
    _search_for(qtbot, workspace.case_list, woman.last_name, woman.case_id)
    workspace.case_list.case_opened.emit(woman.case_id)
    detail = workspace.detail
    assert workspace.areas.currentWidget() is detail
    assert f"{woman.first_name} {woman.last_name}" in detail.subtitle.text()
    detail.tabs.setCurrentIndex(0)
    detail.start_editing()
    address = detail.form.sections.safe_address
    address.setFocus()
    address.selectAll()
    qtbot.keyClicks(address, "Via Sintetica 12")
    assert _leaks(_on_screen(window), secrets)

    qtbot.keyClick(
        address,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.privacy.action.isChecked()
    assert _leaks(_on_screen(window), secrets) == set()
    assert workspace.areas.currentWidget() is workspace.privacy_cover
    assert "Modalità riservata: scheda nascosta" in _on_screen(window)

    workspace.open_case(woman.case_id)  # a case opened while the mode is on is covered too
    assert workspace.areas.currentWidget() is workspace.privacy_cover
    assert _leaks(_on_screen(window), secrets) == set()

    qtbot.mouseClick(workspace.privacy_cover.show_button, Qt.MouseButton.LeftButton)
    assert not window.privacy.action.isChecked()
    assert workspace.areas.currentWidget() is detail
    assert woman.last_name in detail.subtitle.text()
    workspace.detail.form.cancel_button.click()
    window.session.lock()


def test_an_unsaved_edit_comes_back_when_the_mode_goes_off(qtbot, people, screen_reader) -> None:  # type: ignore[no-untyped-def]
    database, rows = people
    woman = _with_codice_fiscale(rows)
    window = _unlocked_window(qtbot, database)
    workspace = window.workspace
    assert workspace is not None
    _search_for(qtbot, workspace.case_list, woman.last_name, woman.case_id)
    workspace.open_case(woman.case_id)
    detail = workspace.detail
    detail.start_editing()
    first_name = detail.form.sections.first_name
    first_name.selectAll()
    qtbot.keyClicks(first_name, "Ritoccata")
    _press_privacy_key_on(qtbot, first_name)
    assert _leaks(_on_screen(window), {"Ritoccata", woman.last_name}) == set()
    assert workspace.areas.currentWidget() is workspace.privacy_cover

    _press_privacy_key_on(qtbot, workspace.privacy_cover.show_button)
    assert workspace.areas.currentWidget() is detail
    assert first_name.text() == "Ritoccata" and first_name.hasFocus()
    assert not detail.form.cancel_button.isHidden()  # still editing, nothing saved or lost
    assert workspace.case_list.search.text() == woman.last_name
    window.session.lock()


def test_a_new_referral_being_typed_is_covered(qtbot, people, screen_reader) -> None:  # type: ignore[no-untyped-def]
    database, _rows = people
    window = _unlocked_window(qtbot, database)
    workspace = window.workspace
    assert workspace is not None
    workspace.nav.setCurrentRow(workspace.areas.indexOf(workspace.new_case))
    last_name = workspace.new_case.sections.last_name
    last_name.setFocus()
    qtbot.keyClicks(last_name, "Nuovasintetica")
    _press_privacy_key_on(qtbot, last_name)
    assert _leaks(_on_screen(window), {"Nuovasintetica"}) == set()
    assert workspace.areas.currentWidget() is workspace.privacy_cover
    workspace.nav.setCurrentRow(0)
    workspace.nav.setCurrentRow(workspace.areas.indexOf(workspace.new_case))
    assert workspace.areas.currentWidget() is workspace.privacy_cover  # still covered
    _press_privacy_key_on(qtbot, workspace.nav)
    assert workspace.areas.currentWidget() is workspace.new_case
    assert last_name.text() == "Nuovasintetica"
    window.session.lock()


def _press_privacy_key_on(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(
        widget,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
