"""Qt's own dialogs speak Italian (issue 11): the standard buttons of QMessageBox and
QDialogButtonBox (Qt's QPlatformTheme texts) and the labels of Qt's own file dialog, two of
which qtbase_it.qm lacks since Qt 6 added their accelerators (ui.qt_translation_gaps)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton

from antiviolenza_desktop.ui.translations import install_translator

Button = QDialogButtonBox.StandardButton


@pytest.fixture
def italian(qapp) -> Iterator[list[QTranslator]]:  # type: ignore[no-untyped-def]
    installed = install_translator(qapp, "it")
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_message_box_buttons_are_italian(qtbot, italian: list[QTranslator]) -> None:  # type: ignore[no-untyped-def]
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Prova",
        "Procedere?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Close,
    )
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    texts = {
        box.button(b).text()
        for b in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Close,
        )
    }
    assert texts == {"&Sì", "&No", "Chiudi"}


def test_button_box_standard_buttons_are_italian(qtbot, italian: list[QTranslator]) -> None:  # type: ignore[no-untyped-def]
    buttons = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Close | Button.Save | Button.Open)
    qtbot.addWidget(buttons)
    texts = [
        buttons.button(b).text() for b in (Button.Cancel, Button.Close, Button.Save, Button.Open)
    ]
    assert texts == ["Annulla", "Chiudi", "Salva", "Apri"]


def test_qt_file_dialog_is_italian(qtbot, italian: list[QTranslator]) -> None:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "Salva il PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert labels == {"&Cerca in:", "&Nome del file:", "File di &tipo:"}
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert buttons == {"&Salva", "Annulla"}


def test_the_applications_own_italian_strings_pass_through(italian: list[QTranslator]) -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("MainWindow", "&Blocca") == "&Blocca"
    assert QCoreApplication.translate("QFileDialog", "Back") == "Indietro"  # Qt's catalogue
