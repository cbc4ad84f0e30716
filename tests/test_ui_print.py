"""The Stampa button saves the forms privately or prints them, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from antiviolenza_desktop.operations import case_prints
from antiviolenza_desktop.ui import print_menu
from antiviolenza_desktop.ui.background import BackgroundRunner


def _button(qtbot, opened, case_id) -> print_menu.PrintButton:  # type: ignore[no-untyped-def]
    button = print_menu.PrintButton(opened, BackgroundRunner(), lambda: case_id)
    qtbot.addWidget(button)
    return button


def test_save_writes_private_pdfs_and_refuses_a_missing_project(
    qtbot, tmp_path: Path, monkeypatch, opened, case_id
) -> None:  # type: ignore[no-untyped-def]
    opened_urls: list[object] = []
    warnings: list[str] = []
    monkeypatch.setattr(print_menu.QDesktopServices, "openUrl", opened_urls.append)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    button = _button(qtbot, opened, case_id)

    button.save(tmp_path / "scheda.pdf", case_prints.REFERRAL, case_id)
    qtbot.waitUntil(lambda: bool(opened_urls), timeout=10_000)
    assert (tmp_path / "scheda.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "scheda.pdf").stat().st_mode & 0o777 == 0o600

    button.save(tmp_path / "progetto.pdf", case_prints.PROJECT, case_id)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "non ha ancora un Progetto" in warnings[0]
    assert not (tmp_path / "progetto.pdf").exists()

    button.save(tmp_path / "scheda.pdf", case_prints.BLANK_REFERRAL, case_id)
    qtbot.waitUntil(lambda: len(warnings) == 2, timeout=10_000)
    assert "esiste già" in warnings[1]
    assert button.isEnabled()


def test_printing_paints_every_page(qtbot, tmp_path: Path, opened, case_id) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "stampa.pdf"))
    button = _button(qtbot, opened, case_id)
    button.send_to_printer(printer, case_prints.BLANK_PROJECT, case_id)
    qtbot.waitUntil(button.isEnabled, timeout=30_000)
    expected = len(PdfReader(_blank_project(opened, case_id)).pages)
    assert len(PdfReader(tmp_path / "stampa.pdf").pages) == expected >= 2


def _blank_project(opened, case_id):  # type: ignore[no-untyped-def]
    import io

    return io.BytesIO(case_prints.form_pdf(opened, case_prints.BLANK_PROJECT, case_id))


def test_a_printer_that_cannot_start_is_a_clear_refusal(
    qtbot, monkeypatch, opened, case_id
) -> None:  # type: ignore[no-untyped-def]
    from antiviolenza_desktop.ui import pdf_printing

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(pdf_printing.QPainter, "begin", lambda _self, _device: False)
    button = _button(qtbot, opened, case_id)
    button.send_to_printer(QPrinter(), case_prints.BLANK_REFERRAL, case_id)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "stampante non risponde" in warnings[0]
    assert button.isEnabled()
