"""The capofila's provincial view: the province as the Ambiti's newest bundles describe it.

Figures are `operations.exchange_province.read_province` and nothing else (the CLI's
`province totals` prints the same), read on the background runner. Per Ambito the bundle's
number and date, and a stale or missing one says so in words in its row and in a warning above
the tables (the shading only repeats it). Then the lines against the card's budget and the
women against the targets, the actions A/B, the funds against the provincial allocation, the
network and training (`province_registers`), the women followed in more than one Ambito and
the per-woman caps exceeded by her records combined (`province_women`). The provincial
financial report (PDF, XLSX) is written from the same figures by the operation the CLI's
`province report` calls (`write_provincial_report`). «Esporta per la Regione…» writes the
provincial bundle for the regional store (`operations.exchange_region.export_regional_file`,
the CLI's `province export-regional`): totals only, no pseudonyms.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.province import AmbitoFreshness, ProvincialTotals
from antiviolenza_desktop.exchange.provincial_export import ExportedProvincialBundle
from antiviolenza_desktop.operations.exchange_province import read_province, write_provincial_report
from antiviolenza_desktop.operations.exchange_region import (
    export_regional_file,
    suggested_regional_name,
)
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.province_provincia import ProvinciaFigures
from antiviolenza_desktop.ui.exchange.province_registers import RegistersFigures
from antiviolenza_desktop.ui.exchange.province_women import WomenFigures, group
from antiviolenza_desktop.ui.exchange.provincia_dialogs import provincia_dialog
from antiviolenza_desktop.ui.exchange.widgets import compact_table, fill_table, mark_row
from antiviolenza_desktop.ui.formatting import format_local_day, format_money
from antiviolenza_desktop.ui.funds.dialogs import WriteDialog
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel, WarningLabel


class ProvinceView(QWidget):
    report_written = Signal(list)

    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.programme = load_default_programme()
        self.totals: ProvincialTotals | None = None
        self._generation = 0
        self.status = QLabel()
        self.refresh_button = QPushButton(self.tr("A&ggiorna"))
        self.pdf_button = QPushButton(self.tr("Rendiconto provinciale &PDF…"))
        self.xlsx_button = QPushButton(self.tr("Rendiconto provinciale &XLSX…"))
        self.region_button = QPushButton(self.tr("Esporta per la &Regione…"))
        self.error = ErrorLabel()
        self.stale_warning = WarningLabel()
        self.audit_warning = WarningLabel()
        self.registers = RegistersFigures()
        self.provincia = ProvinciaFigures(self.programme)
        self.provincia.write_asked.connect(self.open_provincia_dialog)
        self.women_figures = WomenFigures({a.code: a.name for a in self.programme.ambiti})
        self.women = QLabel(wordWrap=True)
        self._make_ambiti_and_lines_tables()
        self._make_money_tables()
        header = QHBoxLayout()
        header.addWidget(self.status, 1)
        for button in (self.refresh_button, self.pdf_button, self.xlsx_button, self.region_button):
            header.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        for widget in (self.error, self.stale_warning, self.audit_warning):
            layout.addWidget(widget)
        layout.addWidget(self._page(), 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.choose_report("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.choose_report("xlsx"))
        self.region_button.clicked.connect(self.choose_regional_file)

    def _make_ambiti_and_lines_tables(self) -> None:
        self.ambiti_table = compact_table(
            [
                self.tr("Ambito"),
                self.tr("Pacchetto"),
                self.tr("Creato il"),
                self.tr("Età"),
                self.tr("Stato"),
            ],
            self.tr("Pacchetti degli Ambiti"),
        )
        self.lines_table = compact_table(
            [
                self.tr("Linea"),
                self.tr("Donne"),
                self.tr("Obiettivo"),
                self.tr("Esito"),
                self.tr("A realizzato"),
                self.tr("A previsto"),
                self.tr("B realizzato"),
                self.tr("B previsto"),
            ],
            self.tr("Linee d'azione e obiettivi"),
            stretch=0,
        )

    def _make_money_tables(self) -> None:
        self.actions_table = compact_table(
            [
                self.tr("Azione"),
                self.tr("Descrizione"),
                self.tr("A previsto"),
                self.tr("A realizzato"),
                self.tr("B previsto"),
                self.tr("B realizzato"),
            ],
            self.tr("Azioni rispetto alla scheda"),
            stretch=1,
        )
        self.funds_table = compact_table(
            [
                self.tr("Fondo"),
                self.tr("Stanziato"),
                self.tr("Impegnato"),
                self.tr("Erogato"),
                self.tr("Disponibile"),
            ],
            self.tr("Fondi della provincia"),
            stretch=0,
        )

    def _page(self) -> QScrollArea:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(group(self.tr("Pacchetti degli Ambiti"), self.ambiti_table))
        column.addWidget(self.women)
        column.addWidget(group(self.tr("Linee d'azione: donne e risorse"), self.lines_table))
        column.addWidget(group(self.tr("Azioni: A pagato, B valorizzato"), self.actions_table))
        column.addWidget(group(self.tr("Fondi della provincia"), self.funds_table))
        column.addWidget(
            group(self.tr("La Provincia: fondo politiche attive e CPI"), self.provincia)
        )
        column.addWidget(group(self.tr("Rete territoriale e formazione"), self.registers))
        column.addWidget(self.women_figures)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation, opened, now = self._generation, self._opened, datetime.now(UTC)
        self.status.setText(self.tr("Lettura dei totali provinciali…"))
        self.refresh_button.setEnabled(False)

        def show(totals: ProvincialTotals) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_totals(totals)

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.refresh_button.setEnabled(True)
                self.status.clear()
                self.error.show_error(error_text(error))

        self._runner.run(lambda: read_province(opened, now), show, failed)

    def show_totals(self, totals: ProvincialTotals) -> None:
        self.totals = totals
        self.error.clear_error()
        self.refresh_button.setEnabled(True)
        self.status.setText(
            self.tr("Totali provinciali al %1").replace("%1", format_local_day(totals.as_of))
        )
        self._show_ambiti(totals.ambiti)
        self.women.setText(
            self.tr(
                "Donne: %1, contate una volta sola anche se seguite in più Ambiti (%2 senza "
                "consenso alla condivisione: solo nei totali)."
            )
            .replace("%1", str(totals.women))
            .replace("%2", str(totals.unshared_women))
        )
        self._show_lines(totals)
        self._show_money(totals)
        self.women_figures.show_totals(totals)
        self.registers.show_totals(totals)
        self.provincia.show_totals(totals)

    def _show_money(self, totals: ProvincialTotals) -> None:
        actions = {a.code: a.name for a in self.programme.actions}
        fill_table(
            self.actions_table,
            [
                [
                    a.printed_code,
                    actions.get(a.action, a.action),
                    *map(format_money, (a.budget_a, a.actual_a, a.budget_b, a.actual_b)),
                ]
                for a in totals.actions
            ],
            right_from=2,
        )
        fill_table(
            self.funds_table,
            [
                [
                    self.tr("%1 (Provincia)").replace("%1", f.name)
                    if f.managed_by == "provincia"
                    else f.name,
                    *map(format_money, (f.allocation, f.committed, f.disbursed, f.available)),
                ]
                for f in totals.funds
            ],
            right_from=1,
        )
        for row, fund in enumerate(totals.funds):
            if fund.available < 0:
                mark_row(self.funds_table, row)

    def _ambito_row(self, a: AmbitoFreshness) -> tuple[list[str], str | None, str | None]:
        """The Ambito's row, and what the stale and the audit warnings say of it (or None)."""
        if a.sequence is None or a.created_at is None:
            state = self.tr("DA AGGIORNARE: nessun pacchetto ricevuto")
            return (
                [a.name, "—", "—", "—", state],
                self.tr("%1 (nessun pacchetto)").replace("%1", a.name),
                None,
            )
        state = self.tr("DA AGGIORNARE: pacchetto vecchio") if a.stale else self.tr("aggiornato")
        shorter = None
        if a.audit_shorter:
            state += self.tr(" · ATTENZIONE: registro delle attività più corto")
            shorter = (
                self.tr("%1 (ultima voce n. %2, nel pacchetto precedente n. %3)")
                .replace("%1", a.name)
                .replace("%2", str(a.audit_head or 0))
                .replace("%3", str(a.audit_head_before))
            )
        stale = (
            self.tr("%1 (pacchetto di %n giorni fa)", "", a.age_days).replace("%1", a.name)
            if a.stale
            else None
        )
        sequence = self.tr("n. %1").replace("%1", str(a.sequence))
        age = self.tr("%n giorni", "", a.age_days)
        return [a.name, sequence, format_local_day(a.created_at), age, state], stale, shorter

    def _show_ambiti(self, ambiti: tuple[AmbitoFreshness, ...]) -> None:
        shown = [self._ambito_row(a) for a in ambiti]
        fill_table(self.ambiti_table, [row for row, _, _ in shown], right_from=99)
        for row, a in enumerate(ambiti):
            if a.stale or a.audit_shorter:
                mark_row(self.ambiti_table, row)
        stale = [text for _, text, _ in shown if text]
        shorter = [text for _, _, text in shown if text]
        if shorter:
            self.audit_warning.show_error(
                self.tr(
                    "Il registro delle attività dell'Ambito è più corto dell'ultima volta: "
                    "possibile ripristino da una copia o manomissione. %1. Chiedi all'Ambito "
                    "che cosa è successo; i dati sono stati comunque uniti."
                ).replace("%1", "; ".join(shorter))
            )
        else:
            self.audit_warning.clear_error()
        if stale:
            self.stale_warning.show_error(
                self.tr("Da aggiornare: %1. Chiedi a questi Ambiti un pacchetto nuovo.").replace(
                    "%1", "; ".join(stale)
                )
            )
        else:
            self.stale_warning.clear_error()

    def _show_lines(self, totals: ProvincialTotals) -> None:
        rows = []
        for line in totals.lines:
            outcome = (
                self.tr("raggiunto")
                if line.target_reached
                else self.tr("mancano %1").replace("%1", str(line.target - line.women))
            )
            rows.append(
                [
                    self.tr("%1 – %2").replace("%1", line.line).replace("%2", line.name),
                    str(line.women),
                    self.tr("≥ %1").replace("%1", str(line.target)),
                    outcome,
                    format_money(line.actual_a),
                    format_money(line.budget_a),
                    format_money(line.actual_b),
                    format_money(line.budget_b),
                ]
            )
        fill_table(self.lines_table, rows, right_from=4)

    def clear(self) -> None:
        self._generation += 1
        self.totals = None
        for table in (self.ambiti_table, self.lines_table, self.actions_table, self.funds_table):
            table.setRowCount(0)
        self.women_figures.clear()
        self.registers.clear()
        self.provincia.clear()
        self.status.clear()

    def open_provincia_dialog(self, kind: str) -> WriteDialog:
        """Open the dialog of the Provincia's register `kind`; a write refreshes the view."""
        dialog = provincia_dialog(kind, self._opened, self._runner, self.programme, self)
        dialog.written.connect(lambda _row: self.refresh())
        return dialog

    # --- report --------------------------------------------------------------------------

    def choose_report(self, kind: str) -> None:
        name = f"rendiconto-provinciale-{date.today():%Y-%m-%d}.{kind}"
        file_filter = "PDF (*.pdf)" if kind == "pdf" else "Excel (*.xlsx)"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Salva il rendiconto provinciale"), str(Path.home() / name), file_filter
        )
        if chosen:
            path = Path(chosen)
            self.export_report(
                pdf=path if kind == "pdf" else None, xlsx=path if kind == "xlsx" else None
            )

    def export_report(self, *, pdf: Path | None = None, xlsx: Path | None = None) -> None:
        opened, today = self._opened, date.today()
        self.error.clear_error()
        self.status.setText(self.tr("Scrittura del rendiconto provinciale…"))

        def done(paths: list[Path]) -> None:
            if shiboken6.isValid(self):
                self.status.setText(
                    self.tr("Rendiconto scritto: %1").replace("%1", ", ".join(map(str, paths)))
                )
                self.report_written.emit(paths)

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self):
                self.status.clear()
                self.error.show_error(error_text(error))

        self._runner.run(lambda: write_provincial_report(opened, pdf, xlsx, today), done, failed)

    # --- export for the Region -----------------------------------------------------------

    def choose_regional_file(self) -> None:
        name = suggested_regional_name(date.today())
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Salva il pacchetto per la Regione"),
            str(Path.home() / name),
            self.tr("Pacchetti (*.avbundle)"),
        )
        if chosen:
            self.export_for_region(Path(chosen))

    def export_for_region(self, path: Path) -> None:
        opened = self._opened
        self.error.clear_error()
        self.status.setText(self.tr("Esportazione del pacchetto per la Regione…"))

        def done(bundle: ExportedProvincialBundle) -> None:
            if shiboken6.isValid(self):
                self.status.setText(
                    self.tr("Pacchetto n. %1 per la Regione scritto in %2: solo totali.")
                    .replace("%1", str(bundle.sequence))
                    .replace("%2", str(path))
                )

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self):
                self.status.clear()
                self.error.show_error(error_text(error))

        self._runner.run(lambda: export_regional_file(opened, path), done, failed)
