"""Aiuto › Guida (F1): a page per area, opened at the area on screen, in the interface's
language; every page is shipped and every link inside the guide leads to a page (issue 11)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from antiviolenza_desktop.services.resources import find_resource
from antiviolenza_desktop.ui import self_test
from antiviolenza_desktop.ui.archive.help_dialog import (
    HELP_LANGUAGES,
    HELP_TOPICS,
    HelpDialog,
    missing_help_pages,
)
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.main_window import MainWindow
from antiviolenza_desktop.ui.session.store_session import StoreSession
from tests.ui_support import make_store, make_window, unlock


def press_f1(qtbot, window: MainWindow) -> HelpDialog:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_f1_opens_the_page_of_the_area_on_screen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(make_store(tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert press_f1(qtbot, window).current_topic() == "blocco-e-copie"
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    for row, topic in enumerate(("casi", "lista-attesa", "nuova-segnalazione", "fondi", "rete")):
        workspace.nav.setCurrentRow(row)
        dialog = press_f1(qtbot, window)
        assert dialog.current_topic() == topic
        assert dialog.topics.currentItem().text() == dialog.browser.documentTitle()
    workspace.areas.setCurrentWidget(workspace.detail)
    assert press_f1(qtbot, window).current_topic() == "scheda-caso"
    assert "Valutazione" in dialog.browser.toPlainText()


def test_the_english_interface_has_the_english_guide(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    window = MainWindow(StoreSession(make_store(tmp_path), runner), language="en")
    runner.setParent(window)
    qtbot.addWidget(window)
    window.show()
    window.help_action.trigger()
    dialog = window.help_dialog
    assert dialog is not None
    assert dialog.browser.documentTitle() == "Lock and backups"
    assert [dialog.topics.item(i).text() for i in range(3)] == [
        "Cases",
        "Waiting list",
        "New referral",
    ]


def test_a_link_opens_its_page_and_selects_its_topic(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HelpDialog("it")
    qtbot.addWidget(dialog)
    dialog.show_topic("casi")
    dialog.browser.setSource(dialog.browser.source().resolved("scheda-caso.html"))
    assert dialog.current_topic() == "scheda-caso"
    assert dialog.topics.currentItem().text() == "Scheda del caso"


@pytest.mark.parametrize("language", HELP_LANGUAGES)
def test_every_page_is_shipped_titled_and_links_only_to_pages(language: str) -> None:
    assert missing_help_pages() == []
    for topic in HELP_TOPICS:
        page = find_resource("help", language, f"{topic}.html")
        assert page is not None
        text = page.read_text("utf-8")
        assert re.search(r"<title>[^<]+</title>", text)
        for target in re.findall(r'href="([^"]+)"', text):
            assert target.removesuffix(".html") in HELP_TOPICS, (topic, target)


def test_the_self_test_checks_the_guide(monkeypatch: pytest.MonkeyPatch) -> None:
    assert self_test.check_help_pages() == "8 pagine in 2 lingue"
    monkeypatch.setattr(
        "antiviolenza_desktop.ui.archive.help_dialog.find_resource", lambda *_: None
    )
    with pytest.raises(FileNotFoundError, match=r"it/casi\.html"):
        self_test.check_help_pages()


def test_a_missing_guide_says_so(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        "antiviolenza_desktop.ui.archive.help_dialog.find_resource", lambda *_: None
    )
    dialog = HelpDialog("it")
    qtbot.addWidget(dialog)
    dialog.show_topic("fondi")
    assert "non è installata" in dialog.browser.toPlainText()
