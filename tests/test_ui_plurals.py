"""Counts use Qt's plural forms: «1 caso» and «2 casi» in Italian (the source language, whose
plural forms live in the antiviolenza_it catalogue), «1 case» and «2 cases» in English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.funds_tab import CaseFundsTab
from antiviolenza_desktop.ui.case.list_view import CaseListView
from antiviolenza_desktop.ui.case.waiting_list_view import WaitingListView
from antiviolenza_desktop.ui.translations import install_translator
from tests.funds_support import validate_project, work_project
from tests.test_ui_case_detail import DRAFT
from tests.test_ui_waiting_list import ANNA


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install one language's translators for a test, and always remove them."""
    installed = []

    def use(code: str) -> None:
        installed.extend(install_translator(qapp, code))
        assert installed, code

    yield use
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def add_case(opened: OpenStore, draft=DRAFT) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        record_case(uow, draft=draft, today=date.today())


def counts(qtbot: QtBot, opened: OpenStore) -> tuple[str, str]:
    """The case list's count with one case, then with two."""
    add_case(opened)
    view = CaseListView(opened, {"mia": "CAV di prova"})
    qtbot.addWidget(view)
    one = view.count.text()
    add_case(opened, ANNA)
    view.apply_filters()
    return one, view.count.text()


@pytest.mark.parametrize(
    ("code", "expected"), [("it", ("1 caso", "2 casi")), ("en", ("1 case", "2 cases"))]
)
def test_the_case_count_agrees_with_the_number(
    qtbot: QtBot,
    opened: OpenStore,
    language: Callable[[str], None],
    code: str,
    expected: tuple[str, str],
) -> None:
    language(code)
    assert counts(qtbot, opened) == expected


def test_the_waiting_list_says_1_donna_in_italian(
    qtbot: QtBot, opened: OpenStore, language: Callable[[str], None]
) -> None:
    language("it")
    add_case(opened)
    view = WaitingListView(opened)
    qtbot.addWidget(view)
    view.refresh()
    assert view.count.text() == "1 donna in questa lista"
    view.search.setText("nessuna")
    assert view.count.text() == "0 donne in questa lista"


@pytest.mark.parametrize(("code", "expected"), [("it", "1 voce"), ("en", "1 entry")])
def test_one_ledger_entry_is_singular(
    qtbot: QtBot,
    opened: OpenStore,
    runner: BackgroundRunner,
    case_id: int,
    language: Callable[[str], None],
    code: str,
    expected: str,
) -> None:
    language(code)
    validate_project(opened, case_id, work_project(150_000))  # one commitment: one entry
    tab = CaseFundsTab(opened, runner)
    qtbot.addWidget(tab)
    tab.load(case_id)
    qtbot.waitUntil(lambda: tab.panel.model.rowCount() == 1, timeout=15_000)
    assert tab.panel.status.text() == expected
