"""The waiting list names her, counts the days she has waited, searches, follows privacy mode,
and shows its reasons through Qt translation (codes and parameters, never Italian data)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.case.waiting_list_view import WaitingListView
from antiviolenza_desktop.ui.translations import PSEUDO_OPEN, PseudoTranslator
from tests.test_ui_case_detail import DRAFT, REFERRED

NAME, CODE, REFERRAL, WAITED, WHY = 1, 2, 3, 4, 5
ANNA = replace(
    DRAFT,
    first_name="Anna Maria",
    last_name="Dell'Esempio",
    codice_fiscale=None,
    birth_date=date(1990, 1, 1),
    referral_date=REFERRED - timedelta(days=1),
    employment="never_employed",
)


@pytest.fixture
def view(qtbot: QtBot, opened: OpenStore) -> WaitingListView:
    with UnitOfWork(opened.store, opened.actor) as uow:
        for draft in (DRAFT, ANNA):
            record_case(uow, draft=draft, today=date.today())
    widget = WaitingListView(opened)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def install(qapp: QApplication) -> Iterator[Callable[[QTranslator], None]]:
    installed: list[QTranslator] = []

    def add(translator: QTranslator) -> None:
        assert qapp.installTranslator(translator)
        installed.append(translator)

    yield add
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def column(view: WaitingListView, index: int, *, shown_only: bool = True) -> list[str]:
    table = view.tables["work"]
    return [
        table.item(row, index).text()
        for row in range(table.rowCount())
        if not (shown_only and table.isRowHidden(row))
    ]


def test_each_row_names_her_and_counts_the_days_she_has_waited(view: WaitingListView) -> None:
    assert column(view, NAME) == ["Anna Maria Dell'Esempio", "Prova Sintetica"]
    assert column(view, CODE)[1].startswith("CRE-")
    assert column(view, REFERRAL)[1] == f"{REFERRED:%d/%m/%Y}"
    assert column(view, WAITED) == ["21 giorni", "20 giorni"]
    assert column(view, WHY) == ["inoccupata (mai occupata)", "disoccupata"]
    assert view.count.text() == "2 donne in questa lista"


def test_the_search_filters_by_name_or_code_and_keeps_her_rank(
    qtbot: QtBot, view: WaitingListView
) -> None:
    qtbot.keyClicks(view.search, "dellesempio anna")
    assert column(view, NAME) == ["Anna Maria Dell'Esempio"]
    assert column(view, 0) == ["1"]
    view.search.clear()
    code = column(view, CODE)[1]
    qtbot.keyClicks(view.search, code.lower())
    assert column(view, NAME) == ["Prova Sintetica"] and column(view, 0) == ["2"]
    view.search.setText("nessuna")
    assert column(view, NAME) == []


def test_privacy_mode_shows_initials_and_hides_the_search_text(
    qtbot: QtBot, view: WaitingListView
) -> None:
    action = QAction("privacy", view)
    action.setCheckable(True)
    view.follow_privacy_mode(action)
    qtbot.keyClicks(view.search, "prova")
    action.setChecked(True)
    assert column(view, NAME, shown_only=False) == ["A. M. D.", "P. S."]
    assert view.search.echoMode() == QLineEdit.EchoMode.Password
    assert column(view, NAME) == ["P. S."]  # the search still runs on what was typed
    action.setChecked(False)
    assert column(view, NAME, shown_only=False) == ["Anna Maria Dell'Esempio", "Prova Sintetica"]


def test_the_reasons_go_through_qt_translation(
    install: Callable[[QTranslator], None], view: WaitingListView
) -> None:
    install(PseudoTranslator())
    view.refresh()
    assert all(text.startswith(PSEUDO_OPEN) for text in column(view, WHY))
    assert all(text.startswith(PSEUDO_OPEN) for text in column(view, WAITED))


def test_ctrl_c_does_not_put_her_name_on_the_clipboard(qtbot: QtBot, view: WaitingListView) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("prima")
    table = view.tables["work"]
    table.setFocus()
    table.setCurrentCell(0, NAME)
    qtbot.keySequence(table, QKeySequence.StandardKey.Copy)
    assert clipboard.text() == "prima"
