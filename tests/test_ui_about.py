"""Aiuto › Informazioni: the About dialog shows the version, the full EUPL-1.2 text and the
shipped third-party notices, and offers Qt's own About."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from antiviolenza_desktop import __version__
from antiviolenza_desktop.services import resources
from antiviolenza_desktop.ui.archive import about_dialog as about_dialog
from antiviolenza_desktop.ui.archive.about_dialog import AboutDialog
from tests.ui_support import make_store, make_window


def test_about_shows_version_licence_and_notices(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.summary_label.text()
    assert "EUPL" in dialog.summary_label.text()
    licence = dialog.licence_text.toPlainText()
    assert licence.startswith("                      EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "EUPL version." in licence  # the whole text, to its last line
    notices = dialog.notices_text.toPlainText()
    assert "PySide6" in notices and "Source offer:" in notices
    assert dialog.tabs.count() == 3


def test_about_qt_button_opens_qts_about(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[object] = []
    monkeypatch.setattr(QMessageBox, "aboutQt", lambda parent, *_: shown.append(parent))
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.about_qt_button.click()
    assert shown == [dialog]


def test_a_missing_document_is_said_in_its_tab(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(about_dialog, "find_legal_document", lambda _name: None)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "manca in questa installazione" in dialog.licence_text.toPlainText()


def test_legal_documents_are_found_in_a_build_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    legal = tmp_path / "legal"
    legal.mkdir()
    (legal / "LICENSE").write_text("testo")
    monkeypatch.setattr(resources, "RESOURCE_ROOTS", (tmp_path,))
    assert resources.find_legal_document("LICENSE") == legal / "LICENSE"


def test_help_menu_opens_the_about_dialog(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[AboutDialog] = []
    monkeypatch.setattr(
        AboutDialog, "exec", lambda self: opened.append(self) or QDialog.DialogCode.Accepted
    )
    window = make_window(make_store(tmp_path))
    qtbot.addWidget(window)
    window._about()
    assert len(opened) == 1 and opened[0].parent() is window
