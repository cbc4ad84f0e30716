"""The "Stampa" button of a case: the forms as PDF, written off the GUI thread, then opened in
the system viewer to print. A PDF with her name is written only where she chooses to save it,
never to a temporary folder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.messages import error_text


class NothingToPrint(AppError):
    code = "niente_da_stampare"
    template = "Questa donna non ha ancora un Progetto personalizzato da stampare."


def referral_pdf(uow: UnitOfWork, case_id: int, path: Path) -> None:
    from antiviolenza_desktop.reports.case_prints import referral_print
    from antiviolenza_desktop.reports.referral_form import write_referral_form

    write_referral_form(path, referral_print(uow, case_id=case_id, today=date.today()))


def project_pdf(uow: UnitOfWork, case_id: int, path: Path) -> None:
    from antiviolenza_desktop.reports.case_prints import project_print
    from antiviolenza_desktop.reports.project_form import write_project_form

    data = project_print(uow, case_id=case_id, today=date.today())
    if data is None:
        raise NothingToPrint
    write_project_form(path, data)


def blank_referral_pdf(uow: UnitOfWork, _case_id: int, path: Path) -> None:
    from antiviolenza_desktop.reports.case_prints import blank_referral
    from antiviolenza_desktop.reports.referral_form import write_referral_form

    write_referral_form(path, blank_referral(uow, today=date.today()))


def blank_project_pdf(uow: UnitOfWork, _case_id: int, path: Path) -> None:
    from antiviolenza_desktop.reports.case_prints import form_header
    from antiviolenza_desktop.reports.forms_model import ProjectPrint
    from antiviolenza_desktop.reports.project_form import write_project_form

    header = form_header(uow, case_code="", today=date.today())
    write_project_form(path, ProjectPrint.blank(header))


Writer = Callable[[UnitOfWork, int, Path], None]


class PrintButton(QToolButton):
    """`case_id()` tells which case is on screen when she clicks."""

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
        entries: tuple[tuple[str, str, Writer], ...] = (
            (self.tr("Scheda di segnalazione"), "scheda-di-segnalazione", referral_pdf),
            (self.tr("Progetto personalizzato"), "progetto-personalizzato", project_pdf),
            (self.tr("Scheda di segnalazione in bianco"), "scheda-in-bianco", blank_referral_pdf),
            (self.tr("Progetto personalizzato in bianco"), "progetto-in-bianco", blank_project_pdf),
        )
        for title, stem, writer in entries:
            action = menu.addAction(title)
            action.triggered.connect(lambda _=False, s=stem, w=writer: self._ask_and_write(s, w))
        self.setMenu(menu)

    def _ask_and_write(self, stem: str, writer: Writer) -> None:
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
            self.write(Path(path), writer, case_id)

    def write(self, path: Path, writer: Writer, case_id: int) -> None:
        """Write in the background; open the PDF for printing when done."""
        opened = self._opened

        def work() -> Path:
            with UnitOfWork(opened.store, opened.actor) as uow:
                writer(uow, case_id, path)
            return path

        self.setEnabled(False)
        self._runner.run(work, self._written, self._failed)

    def _written(self, path: Path) -> None:
        self.setEnabled(True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, error: AppError) -> None:
        self.setEnabled(True)
        QMessageBox.warning(self, self.tr("Stampa"), error_text(error))
