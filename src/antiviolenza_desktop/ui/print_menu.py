"""The "Stampa" button of a case: each form saved as PDF or sent to a printer.

The PDF is built off the GUI thread by `operations.case_prints` (which audits the read and
refuses a Progetto she does not have), and printing paints its pages onto the QPrinter there
too (`pdf_printing`). A PDF with her name is written only where she chooses to save it, never
to a temporary folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations import case_prints
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.confirmations import pages_printed, pdf_saved
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.role_visibility import permissions

FORM_PERMISSIONS = {case_prints.PROJECT: Permission.PROJECT}
"""The filled forms a role may print only with more than CASE_READ: her project is the
équipe's work (a CAV worker prints her scheda di segnalazione)."""


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
        entries = (
            (self.tr("Scheda di segnalazione"), "scheda-di-segnalazione", case_prints.REFERRAL),
            (self.tr("Progetto personalizzato"), "progetto-personalizzato", case_prints.PROJECT),
            (
                self.tr("Scheda di segnalazione in bianco"),
                "scheda-in-bianco",
                case_prints.BLANK_REFERRAL,
            ),
            (
                self.tr("Progetto personalizzato in bianco"),
                "progetto-in-bianco",
                case_prints.BLANK_PROJECT,
            ),
        )
        held = permissions(opened)
        for title, stem, form in entries:
            submenu = menu.addMenu(title)
            submenu.menuAction().setVisible(
                FORM_PERMISSIONS.get(form, Permission.CASE_READ) in held
            )
            to_printer = submenu.addAction(self.tr("Stampa…"))
            to_printer.triggered.connect(lambda _=False, f=form: self._ask_printer(f))
            to_file = submenu.addAction(self.tr("Salva in PDF…"))
            to_file.triggered.connect(lambda _=False, s=stem, f=form: self._ask_file(s, f))
        self.setMenu(menu)

    def _ask_file(self, stem: str, form: str) -> None:
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
            self.save(Path(path), form, case_id)

    def _ask_printer(self, form: str) -> None:
        case_id = self._case_id()
        if case_id is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.send_to_printer(printer, form, case_id)

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self.setEnabled(False)

        def finished(result: object) -> None:
            self.setEnabled(True)
            done(result)

        self._runner.run(work, finished, self._failed)

    def save(self, path: Path, form: str, case_id: int) -> None:
        """Write the PDF privately (`operations.case_prints.save_form`); open it when done."""
        opened = self._opened

        def done(_path: object) -> None:
            self.confirmed.emit(pdf_saved(path))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self._run(lambda: case_prints.save_form(opened, form, case_id, path), done)

    def send_to_printer(self, printer: QPrinter, form: str, case_id: int) -> None:
        from antiviolenza_desktop.ui.pdf_printing import paint_pdf

        opened = self._opened
        self._run(
            lambda: paint_pdf(case_prints.form_pdf(opened, form, case_id), printer),
            lambda pages: self.confirmed.emit(pages_printed(int(pages))),  # type: ignore[call-overload]
        )

    def _failed(self, error: AppError) -> None:
        self.setEnabled(True)
        QMessageBox.warning(self, self.tr("Stampa"), error_text(error))
