"""The Fondi area's «Rendiconto finanziario» box: the Ambito's financial report (PDF or XLSX)
and the fund ledger (CSV) saved from the GUI, as `antiviolenza fondi rendiconto|registro` does.

The same functions as the CLI (`operations.financial_exports`) check the target, read and audit
the export (`lettura.esportazione`) and write the file privately and atomically; this module
only asks where (a save dialog with a dated default name, the extension added when missing),
runs the work on the background runner behind a progress dialog, then names the saved file
with a button that opens its folder. A refusal (existing file, folder not writable, file in
use, nothing to report) is shown under the buttons and leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.financial_exports import (
    SavedReport,
    save_financial_report,
    save_ledger_csv,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel

REPORT_SUFFIXES = (".pdf", ".xlsx")


def with_suffix(text: str, allowed: tuple[str, ...], chosen: str) -> Path:
    """The path typed in the dialog, with `chosen` (the filter's extension) added unless it
    already ends with one of `allowed` (any case): «rendiconto» → «rendiconto.pdf»."""
    path = Path(text)
    return path if path.suffix.lower() in allowed else path.with_name(path.name + chosen)


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


class ReportExports(QGroupBox):
    """Two buttons, each a save dialog, a background job with progress, and a confirmation."""

    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Rendiconto finanziario dell'Ambito"), parent)
        self._opened, self._runner = opened, runner
        self.folder: Path | None = None
        self.progress: QProgressDialog | None = None
        self.confirmation: QMessageBox | None = None
        self.report_button = QPushButton(self.tr("Salva la relazione &finanziaria…"))
        self.ledger_button = QPushButton(self.tr("Esporta il registro (&CSV)…"))
        self.error = ErrorLabel()
        note = QLabel(
            self.tr(
                "La relazione finanziaria (PDF o XLSX) riporta le tabelle della scheda, i fondi, "
                "le relazioni delle azioni e gli impegni per donna con i soli codici dei casi. Il "
                "registro (CSV) elenca ogni voce dei fondi. Ogni salvataggio resta nel registro "
                "delle operazioni."
            ),
            wordWrap=True,
        )
        note.setStyleSheet("color: #555555;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.ledger_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.report_button.clicked.connect(self.ask_report)
        self.ledger_button.clicked.connect(self.ask_ledger)

    # --- asking where --------------------------------------------------------------------

    def _ask(self, title: str, name: str, filters: list[str]) -> tuple[str, str]:
        start = self.folder or default_folder()
        path, chosen = QFileDialog.getSaveFileName(
            self,
            title,
            str(start / name),
            ";;".join(filters),
            filters[0],
            QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused, never replaced
        )
        return path, chosen

    def ask_report(self) -> None:
        pdf, xlsx = self.tr("Documento PDF (*.pdf)"), self.tr("Cartella di lavoro Excel (*.xlsx)")
        text, chosen = self._ask(
            self.tr("Salva la relazione finanziaria"),
            f"rendiconto-finanziario-{date.today():%Y-%m-%d}.pdf",
            [pdf, xlsx],
        )
        if text:
            suffix = ".xlsx" if chosen == xlsx else ".pdf"
            self.save_report(with_suffix(text, REPORT_SUFFIXES, suffix))

    def ask_ledger(self) -> None:
        text, _chosen = self._ask(
            self.tr("Esporta il registro dei fondi"),
            f"registro-fondi-{date.today():%Y-%m-%d}.csv",
            [self.tr("File CSV (*.csv)")],
        )
        if text:
            self.save_ledger(with_suffix(text, (".csv",), ".csv"))

    # --- saving --------------------------------------------------------------------------

    def save_report(self, path: Path) -> None:
        """The report in the format its extension names (.xlsx, else PDF), off the GUI thread."""
        opened, today = self._opened, date.today()
        xlsx = path.suffix.lower() == ".xlsx"

        def work() -> SavedReport:
            if xlsx:
                return save_financial_report(opened, today=today, xlsx=path)
            return save_financial_report(opened, today=today, pdf=path)

        def done(_saved: SavedReport) -> None:
            self._confirm(
                self.tr("Relazione finanziaria salvata"),
                self.tr(
                    "Relazione finanziaria salvata in:\n%1\n\nContiene i codici dei casi, non i "
                    "nomi delle donne: conservala con cura."
                ).replace("%1", str(path)),
                path,
            )

        self._run(path, self.tr("Salvataggio della relazione finanziaria…"), work, done)

    def save_ledger(self, path: Path) -> None:
        opened = self._opened

        def done(count: int) -> None:
            self._confirm(
                self.tr("Registro dei fondi esportato"),
                self.tr(
                    "Registro dei fondi salvato in:\n%1\n(%n voci)\n\nContiene i codici dei casi "
                    "e i beneficiari scritti a mano, non i nomi delle donne: conservalo con cura.",
                    "",
                    count,
                ).replace("%1", str(path)),
                path,
            )

        def work() -> int:
            return save_ledger_csv(opened, path=path)

        self._run(path, self.tr("Esportazione del registro dei fondi…"), work, done)

    def _run(
        self,
        path: Path,
        title: str,
        work: Callable[[], object],
        on_done: Callable[[object], None],
    ) -> None:
        self.folder = path.parent
        self.error.clear_error()
        self._set_busy(True)
        progress = QProgressDialog(title, "", 0, 0, self)
        progress.setWindowTitle(self.tr("Rendiconto finanziario"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.progress = progress

        def done(result: object) -> None:
            if shiboken6.isValid(self):
                self._finish()
                on_done(result)

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self):
                self._finish()
                self.error.show_error(error_text(error))

        self._runner.run(work, done, failed)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.report_button.setEnabled(not busy)
        self.ledger_button.setEnabled(not busy)

    def _confirm(self, title: str, text: str, path: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        open_folder = box.addButton(self.tr("Apri la &cartella"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button: object) -> None:
            if button is open_folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

        box.buttonClicked.connect(clicked)
        box.open()
        self.confirmation = box
