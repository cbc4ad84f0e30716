"""The capofila's import: choose the bundles, read the dry run, confirm, merge.

KeePassXC's merge and DHIS2's import summary are the model: every chosen file is first checked
and compared with what is kept for its Ambito (`preview_import`: nothing written), and the
dialog shows, per file, either the change report as a table (records, money per fund, women
per line, before and after) or the Italian reason it is refused. Only «Unisci» after a
confirmation merges, and it merges the very bytes that were checked; each bundle is its own
transaction, so a refusal at that point (the store changed meanwhile) merges nothing of it.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.province_changes import ChangeReport
from antiviolenza_desktop.domain.messages import VOCABULARY
from antiviolenza_desktop.domain.payload.totals import LINE_LABELS
from antiviolenza_desktop.exchange.bundle_import import ImportPreview
from antiviolenza_desktop.operations.exchange_bundles import (
    FilePreview,
    MergeOutcome,
    merge_files,
    preview_files,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.widgets import compact_table, fill_table
from antiviolenza_desktop.ui.formatting import format_local_time, format_money
from antiviolenza_desktop.ui.funds.charts import fund_label
from antiviolenza_desktop.ui.messages import error_text, message_text
from antiviolenza_desktop.ui.widgets import ErrorLabel, WarningLabel

BUNDLE_FILTER = "Pacchetti (*.avbundle);;Tutti i file (*)"


def _signed(cents: int) -> str:
    if cents == 0:
        return "="
    return ("+" if cents > 0 else "−") + format_money(abs(cents))


def _count_delta(before: int, after: int) -> str:
    return "=" if before == after else f"{after - before:+d}".replace("-", "−")


class ImportDialog(QDialog):
    merged = Signal()

    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._opened, self._runner = opened, runner
        self.previews: list[FilePreview] = []
        self.outcomes: list[MergeOutcome] = []
        self.setWindowTitle(self.tr("Importa i pacchetti degli Ambiti"))
        self.resize(860, 640)
        intro = QLabel(
            self.tr(
                "Scegli i pacchetti ricevuti dagli Ambiti. Prima vedrai, per ciascuno, cosa "
                "cambierebbe nei totali provinciali (prova: nulla viene unito); poi potrai "
                "confermare l'unione."
            ),
            wordWrap=True,
        )
        self.choose_button = QPushButton(self.tr("&Scegli i pacchetti…"))
        self.choose_button.clicked.connect(self.choose)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555555;")
        self.results = QWidget()
        self.results_layout = QVBoxLayout(self.results)
        self.results_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.results)
        self.error = ErrorLabel()
        self.buttons = self._buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = QPushButton(self.tr("&Unisci"))
        self.merge_button.setEnabled(False)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.clicked.connect(self.confirm_merge)
        buttons.rejected.connect(self.reject)
        return buttons

    # --- dry run -------------------------------------------------------------------------

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pacchetti da importare"), str(Path.home()), BUNDLE_FILTER
        )
        if chosen:
            self.check([Path(name) for name in chosen])

    def check(self, paths: list[Path]) -> None:
        """Run the dry run of `paths` off the GUI thread and show each result."""
        opened = self._opened
        self.error.clear_error()
        self.merge_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.status.setText(self.tr("Verifica dei pacchetti (firma, contenuto, numeri)…"))

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self):
                self.choose_button.setEnabled(True)
                self.status.clear()
                self.error.show_error(error_text(error))

        self._runner.run(lambda: preview_files(opened, paths), self.show_previews, failed)

    def show_previews(self, previews: list[FilePreview]) -> None:
        if not shiboken6.isValid(self):
            return
        self.previews = previews
        self.outcomes = []
        self.choose_button.setEnabled(True)
        self._clear_results()
        for item in previews:
            self.results_layout.insertWidget(self.results_layout.count() - 1, self._box(item))
        mergeable = [p for p in previews if p.mergeable]
        self.merge_button.setEnabled(bool(mergeable))
        self.merge_button.setText(
            self.tr("&Unisci %n pacchetti", "", len(mergeable))
            if len(mergeable) != 1
            else self.tr("&Unisci il pacchetto")
        )
        refused = sum(1 for p in previews if p.error is not None)
        self.status.setText(
            self.tr("Prova: da unire %1, rifiutati %2, nulla è stato ancora unito.")
            .replace("%1", str(len(mergeable)))
            .replace("%2", str(refused))
        )

    def _clear_results(self) -> None:
        while self.results_layout.count() > 1:
            item = self.results_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _box(self, item: FilePreview) -> QGroupBox:
        box = QGroupBox(item.path.name)
        column = QVBoxLayout(box)
        preview = item.preview
        if item.error is not None or preview is None:
            refusal = ErrorLabel()
            refusal.show_error(
                self.tr("Rifiutato: %1").replace("%1", error_text(item.error))
                if item.error
                else self.tr("Rifiutato.")
            )
            column.addWidget(refusal)
            return box
        column.addWidget(self._head(preview))
        if preview.already_imported:
            same = WarningLabel()
            same.show_error(self.tr("Già importato: unirlo non cambierebbe nulla."))
            column.addWidget(same)
            return box
        if preview.report.audit_shorter:
            column.addWidget(self._audit_warning(preview.report))
        column.addWidget(self._report_table(preview.report))
        return box

    def _head(self, preview: ImportPreview) -> QLabel:
        head = QLabel(
            self.tr("Ambito «%1», pacchetto n. %2 del %3, firma verificata (chiave %4).")
            .replace("%1", preview.ambito)
            .replace("%2", str(preview.sequence))
            .replace("%3", format_local_time(preview.created_at))
            .replace("%4", preview.sender_key_id[:12] + "…"),
            wordWrap=True,
        )
        head.setStyleSheet("font-weight: bold;")
        return head

    def _audit_warning(self, report: ChangeReport) -> WarningLabel:
        shorter = WarningLabel()
        shorter.show_error(
            self.tr(
                "ATTENZIONE: il registro delle attività dell'Ambito è più corto dell'ultima "
                "volta (ultima voce n. %1, nel pacchetto precedente n. %2): possibile "
                "ripristino da una copia o manomissione. Si può unire comunque; chiedi "
                "all'Ambito che cosa è successo."
            )
            .replace("%1", str(report.audit_after or 0))
            .replace("%2", str(report.audit_before))
        )
        return shorter

    def _report_table(self, report: ChangeReport) -> QWidget:
        before = (
            self.tr("n. %1").replace("%1", str(report.sequence_before))
            if report.sequence_before is not None
            else self.tr("nessuno")
        )
        table = compact_table(
            [
                self.tr("Voce"),
                self.tr("Prima (%1)").replace("%1", before),
                self.tr("Dopo"),
                self.tr("Variazione"),
            ],
            self.tr("Variazioni del pacchetto"),
            stretch=0,
        )
        records = (
            self.tr("nuove %1, modificate %2, tolte %3, chiuse %4")
            .replace("%1", str(report.added))
            .replace("%2", str(report.changed))
            .replace("%3", str(report.removed))
            .replace("%4", str(report.closed))
        )
        rows = [[self.tr("Schede"), "", records, ""], *self._money_rows(report)]
        rows += self._count_rows(report)
        fill_table(table, rows, right_from=1)
        return table

    def _money_rows(self, report: ChangeReport) -> list[list[str]]:
        rows = []
        for fund in report.funds:
            name = fund_label(fund.fund)
            rows.append(
                [
                    self.tr("%1: impegnato").replace("%1", name),
                    format_money(fund.committed_before),
                    format_money(fund.committed_after),
                    _signed(fund.committed_delta),
                ]
            )
            rows.append(
                [
                    self.tr("%1: erogato").replace("%1", name),
                    format_money(fund.disbursed_before),
                    format_money(fund.disbursed_after),
                    _signed(fund.disbursed_delta),
                ]
            )
        return rows

    def _count_rows(self, report: ChangeReport) -> list[list[str]]:
        rows = []
        for item in report.indicators:
            what = (
                self.tr("Donne")
                if item.what == "women"
                else self.tr("Donne della %1").replace(
                    "%1", QCoreApplication.translate(VOCABULARY, LINE_LABELS[item.what])
                )
            )
            rows.append(
                [what, str(item.before), str(item.after), _count_delta(item.before, item.after)]
            )
        return rows

    # --- merge ---------------------------------------------------------------------------

    def confirm_merge(self) -> None:
        chosen = [p for p in self.previews if p.mergeable and p.preview is not None]
        if not chosen:
            return
        names = ", ".join(
            f"{p.preview.ambito} n. {p.preview.sequence}" for p in chosen if p.preview
        )
        answer = QMessageBox.question(
            self,
            self.tr("Unisci i pacchetti"),
            self.tr(
                "Unire %1? I totali provinciali useranno questi pacchetti al posto dei "
                "precedenti dello stesso Ambito."
            ).replace("%1", names),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.merge()

    def merge(self) -> None:
        opened, previews = self._opened, list(self.previews)
        self.merge_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.status.setText(self.tr("Unione in corso…"))

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self):
                self.choose_button.setEnabled(True)
                self.status.clear()
                self.error.show_error(error_text(error))

        def work() -> list[MergeOutcome]:  # the refusals were shown and the merge confirmed
            return merge_files(opened, previews, all_or_none=False)

        self._runner.run(work, self.show_outcomes, failed)

    def show_outcomes(self, outcomes: list[MergeOutcome]) -> None:
        if not shiboken6.isValid(self):
            return
        self.outcomes = outcomes
        self.choose_button.setEnabled(True)
        self.previews = []
        lines = [
            " ".join([message_text(o.line), *([error_text(o.error)] if o.error else [])])
            for o in outcomes
        ]
        self.status.setText("\n".join(lines))
        self.status.setWordWrap(True)
        if any(o.merged for o in outcomes):
            self.merged.emit()
