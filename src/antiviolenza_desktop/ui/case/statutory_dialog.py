"""«Tabelle O.R.A./ISTAT»: the anonymous tables of a period saved from the GUI, as
`antiviolenza casi istat` does (`operations.statutory_exports`, the one path both share).

The worker picks the period (default: this calendar year, whole months as the capofila needs),
the small-cell threshold (spin box, default 5) and where to save; the extension chosen in the
save dialog picks CSV or XLSX. The work runs on the background runner; the result line says
what was saved, a refusal (reversed period, existing file, folder not writable, a period that
is not whole months at the capofila) is shown in red and writes nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.case.small_cells import (
    DEFAULT_THRESHOLD,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
)
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.statutory_exports import (
    SavedTables,
    TablesRequest,
    save_statutory_tables,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.form_fields import DateField
from antiviolenza_desktop.ui.funds.report_export import default_folder, with_suffix
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel

SUFFIXES = (".csv", ".xlsx")


class StatutoryTablesDialog(QDialog):
    """Period, threshold, «Salva…»; the dialog stays open to save the other format too."""

    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tabelle O.R.A./ISTAT"))
        self.setMinimumWidth(480)
        self._opened, self._runner = opened, runner
        today = date.today()
        self.since, self.until = DateField(), DateField()
        self.since.set_value(date(today.year, 1, 1))
        self.until.set_value(date(today.year, 12, 31))
        self.threshold = QSpinBox(minimum=MIN_THRESHOLD, maximum=MAX_THRESHOLD)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.save_button = QPushButton(self.tr("&Salva le tabelle…"))
        self.result = QLabel(wordWrap=True)
        self.error = ErrorLabel()
        self._lay_out()
        self.save_button.clicked.connect(self.ask_where)

    def _lay_out(self) -> None:
        note = QLabel(
            self.tr(
                "Conteggi per categoria delle donne segnalate nel periodo e dei servizi erogati, "
                "senza nomi né codici. Le celle da 1 alla soglia meno 1 non sono mostrate."
            ),
            wordWrap=True,
        )
        note.setStyleSheet("color: #555555;")
        form = QFormLayout()
        for label, field, name in (
            (self.tr("&Dal"), self.since, self.tr("Primo giorno del periodo")),
            (self.tr("&Al"), self.until, self.tr("Ultimo giorno del periodo")),
            (self.tr("S&oglia delle celle piccole"), self.threshold, self.tr("Soglia")),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            field.setAccessibleName(name)
            form.addRow(caption, field)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for item in (note, form, self.result, self.error, close):
            if isinstance(item, QFormLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item)

    def ask_where(self) -> None:
        csv, xlsx = self.tr("File CSV (*.csv)"), self.tr("Cartella di lavoro Excel (*.xlsx)")
        name = f"tabelle-ora-istat-{date.today():%Y-%m-%d}.csv"
        text, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Salva le tabelle O.R.A./ISTAT"),
            str(default_folder() / name),
            ";;".join((csv, xlsx)),
            csv,
            QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused, never replaced
        )
        if text:
            self.save(with_suffix(text, SUFFIXES, ".xlsx" if chosen == xlsx else ".csv"))

    def request(self, path: Path) -> TablesRequest:
        """What the dialog shows now, saved to `path` (CSV unless it ends in .xlsx)."""
        since = self.since.value() or date.min
        until = self.until.value() or date.max
        xlsx = path.suffix.lower() == ".xlsx"
        return TablesRequest(
            since, until, self.threshold.value(), None if xlsx else path, path if xlsx else None
        )

    def save(self, path: Path) -> None:
        request, opened = self.request(path), self._opened
        self.error.clear_error()
        self.result.clear()
        self.save_button.setEnabled(False)

        def done(saved: SavedTables) -> None:
            if shiboken6.isValid(self):
                self.save_button.setEnabled(True)
                self.result.setText(self.saved_text(path, saved))

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self):
                self.save_button.setEnabled(True)
                self.error.show_error(error_text(error))

        self._runner.run(lambda: save_statutory_tables(opened, request), done, failed)

    def saved_text(self, path: Path, saved: SavedTables) -> str:
        """Each count gets its own plural form, so «1 donna» and «1 servizio» read right."""
        women = self.tr("%n donne segnalate nel periodo", "", saved.women)
        services = self.tr("%n servizi", "", saved.services)
        return (
            self.tr("Salvato in %1: %2, %3.")
            .replace("%1", str(path))
            .replace("%2", women)
            .replace("%3", services)
        )
