"""The "Stampa" button of a case: each form saved as PDF or sent to a printer.

The PDF is built off the GUI thread (ReportLab), and printing paints its pages onto the
QPrinter there too (`pdf_printing`). A PDF with her name is written only where she chooses to
save it, never to a temporary folder.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.confirmations import pages_printed, pdf_saved
from antiviolenza_desktop.ui.messages import error_text


class NothingToPrint(AppError):
    code = "niente_da_stampare"
    template = "Questa donna non ha ancora un Progetto personalizzato da stampare."


def referral_pdf(uow: UnitOfWork, case_id: int) -> bytes:
    from antiviolenza_desktop.reports.case_prints import referral_print
    from antiviolenza_desktop.reports.referral_form import referral_form_bytes

    return referral_form_bytes(referral_print(uow, case_id=case_id, today=date.today()))


def project_pdf(uow: UnitOfWork, case_id: int) -> bytes:
    from antiviolenza_desktop.reports.case_prints import project_print
    from antiviolenza_desktop.reports.project_form import project_form_bytes

    data = project_print(uow, case_id=case_id, today=date.today())
    if data is None:
        raise NothingToPrint
    return project_form_bytes(data)


def blank_referral_pdf(uow: UnitOfWork, _case_id: int) -> bytes:
    from antiviolenza_desktop.reports.case_prints import blank_referral
    from antiviolenza_desktop.reports.referral_form import referral_form_bytes

    return referral_form_bytes(blank_referral(uow, today=date.today()))


def blank_project_pdf(uow: UnitOfWork, _case_id: int) -> bytes:
    from antiviolenza_desktop.reports.case_prints import blank_project
    from antiviolenza_desktop.reports.project_form import project_form_bytes

    return project_form_bytes(blank_project(uow, today=date.today()))


Builder = Callable[[UnitOfWork, int], bytes]


class PrintButton(QToolButton):
    """`case_id()` tells which case is on screen when she clicks; `confirmed(text)` says what
    was done (the PDF saved, where; the pages printed) for the screen to show inline."""

    confirmed = Signal(str)

    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, case_id: Callable[[], int | None]
    ) -> None:
        super().__init__()
        self._opened = opened
        self._runner = runner
        self._case_id = case_id
        self.setText(self.tr("&Stampa"))
        self.setAccessibleName(self.tr("Stampa i moduli"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        entries: tuple[tuple[str, str, Builder], ...] = (
            (self.tr("Scheda di segnalazione"), "scheda-di-segnalazione", referral_pdf),
            (self.tr("Progetto personalizzato"), "progetto-personalizzato", project_pdf),
            (self.tr("Scheda di segnalazione in bianco"), "scheda-in-bianco", blank_referral_pdf),
            (self.tr("Progetto personalizzato in bianco"), "progetto-in-bianco", blank_project_pdf),
        )
        for title, stem, builder in entries:
            submenu = menu.addMenu(title)
            to_printer = submenu.addAction(self.tr("Stampa…"))
            to_printer.triggered.connect(lambda _=False, b=builder: self._ask_printer(b))
            to_file = submenu.addAction(self.tr("Salva in PDF…"))
            to_file.triggered.connect(lambda _=False, s=stem, b=builder: self._ask_file(s, b))
        self.setMenu(menu)

    def _ask_file(self, stem: str, builder: Builder) -> None:
        case_id = self._case_id()
        if case_id is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Salva il modulo in PDF"),
            str(Path.home() / f"{stem}.pdf"),
            self.tr("Documenti PDF (*.pdf)"),
        )
        if path:
            self.save(Path(path), builder, case_id)

    def _ask_printer(self, builder: Builder) -> None:
        case_id = self._case_id()
        if case_id is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.send_to_printer(printer, builder, case_id)

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self.setEnabled(False)

        def finished(result: object) -> None:
            self.setEnabled(True)
            done(result)

        self._runner.run(work, finished, self._failed)

    def _pdf(self, builder: Builder, case_id: int) -> bytes:
        with UnitOfWork(self._opened.store, self._opened.actor) as uow:
            return builder(uow, case_id)

    def save(self, path: Path, builder: Builder, case_id: int) -> None:
        """Write the PDF privately (0600, atomic, never over a file); open it when done."""
        from antiviolenza_desktop.reports.form_pages import write_private

        def work() -> Path:
            write_private(path, self._pdf(builder, case_id))
            return path

        def done(_path: object) -> None:
            self.confirmed.emit(pdf_saved(path))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self._run(work, done)

    def send_to_printer(self, printer: QPrinter, builder: Builder, case_id: int) -> None:
        from antiviolenza_desktop.ui.pdf_printing import paint_pdf

        self._run(
            lambda: paint_pdf(self._pdf(builder, case_id), printer),
            lambda pages: self.confirmed.emit(pages_printed(int(pages))),  # type: ignore[call-overload]
        )

    def _failed(self, error: AppError) -> None:
        self.setEnabled(True)
        QMessageBox.warning(self, self.tr("Stampa"), error_text(error))
