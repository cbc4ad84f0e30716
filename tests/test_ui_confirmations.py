"""Saving a PDF, printing and recording a payment each end with an inline confirmation that
names the file (and its folder), the pages, or the amount: no dialog to dismiss."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from antiviolenza_desktop.operations import case_prints
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui import print_menu
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.detail import CaseDetail
from antiviolenza_desktop.ui.case.funds_tab import CaseFundsTab
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from tests.test_ui_funds_entry import WAIT, open_payment, tab  # noqa: F401 - the fixture


@pytest.fixture
def detail(qtbot: QtBot, opened: OpenStore, runner: BackgroundRunner, case_id: int) -> CaseDetail:
    widget = CaseDetail(opened, ClipboardGuard(), runner)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    assert widget.open_case(case_id)
    return widget


def test_saving_a_pdf_confirms_the_file_and_its_folder(
    qtbot: QtBot,
    detail: CaseDetail,
    case_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(print_menu.QDesktopServices, "openUrl", lambda _url: True)
    path = tmp_path / "scheda-di-segnalazione.pdf"
    assert not detail.notice.isVisible()
    with qtbot.waitSignal(detail.print_button.confirmed, timeout=WAIT):
        detail.print_button.save(path, case_prints.REFERRAL, case_id)
    assert path.exists()
    assert detail.notice.isVisible()
    assert detail.notice.text() == (
        f"PDF salvato: «scheda-di-segnalazione.pdf» nella cartella {tmp_path}."
    )


def test_printing_confirms_the_pages_sent(
    qtbot: QtBot, detail: CaseDetail, case_id: int, tmp_path: Path
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "stampa.pdf"))
    with qtbot.waitSignal(detail.print_button.confirmed, timeout=30_000):
        detail.print_button.send_to_printer(printer, case_prints.BLANK_PROJECT, case_id)
    assert detail.notice.isVisible()
    assert detail.notice.text().endswith("pagine inviate alla stampante.")


def test_recording_a_payment_confirms_the_amount(qtbot: QtBot, tab: CaseFundsTab) -> None:  # noqa: F811
    assert not tab.confirmation.isVisible()
    dialog = open_payment(qtbot, tab)
    qtbot.keyClicks(dialog.amount, "1.234,56")
    qtbot.keyClicks(dialog.payee, "la beneficiaria")
    qtbot.keyClicks(dialog.document, "Mandato 12/2026")
    with qtbot.waitSignal(tab.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tab.confirmation.isVisible()
    text = tab.confirmation.text()
    assert text.startswith("Erogazione registrata: € 1.234,56 il ")
    assert "(voce n. 2 del registro)" in text
    qtbot.waitUntil(lambda: "residuo € 265,44" in tab.summary.text(), timeout=WAIT)
    assert tab.confirmation.text() == text  # the reload after the write keeps it
    tab.clear()
    assert not tab.confirmation.isVisible()
