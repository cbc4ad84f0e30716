"""The capofila's provincial view: the province as the Ambiti's newest bundles describe it.

Figures are `services.exchange_province.province_totals` and nothing else (the CLI's `province
totals` prints the same), read on the background runner. Per Ambito the bundle's number and
date, and a stale or missing one says so in words in its row and in a warning above the tables
(the shading only repeats it). Then the lines against the card's budget and the women against
the targets, the actions A/B, the funds against the provincial allocation, the women followed
in more than one Ambito (by a short pseudonym prefix: the capofila never sees who she is) and
the per-woman caps exceeded by her records combined. The provincial financial report (PDF,
XLSX) is written from the same figures (`reports.provincial_report`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.province import AmbitoFreshness, ProvincialTotals
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.operations.exchange_province import read_province, write_provincial_report
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.province_registers import RegistersFigures
from antiviolenza_desktop.ui.exchange.widgets import compact_table, fill_table, mark_row
from antiviolenza_desktop.ui.formatting import format_local_day, format_money
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel, WarningLabel

PSEUDONYM_SHOWN = 8


def short_pseudonym(pseudonym: str) -> str:
    return pseudonym[:PSEUDONYM_SHOWN] + "…"


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
        self.error = ErrorLabel()
        self.stale_warning = WarningLabel()
        self.audit_warning = WarningLabel()
        self.registers = RegistersFigures()
        self.women = QLabel(wordWrap=True)
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
        self.duplicates_table = compact_table(
            [self.tr("Pseudonimo"), self.tr("Ambiti")], self.tr("Donne seguite in più Ambiti")
        )
        self.caps_table = compact_table(
            [
                self.tr("Pseudonimo"),
                self.tr("Fondo"),
                self.tr("Impegnato in tutto"),
                self.tr("Massimo per donna"),
                self.tr("Per Ambito"),
            ],
            self.tr("Massimali per donna superati"),
            stretch=4,
        )
        self.duplicates_note = QLabel(wordWrap=True)
        self.caps_note = QLabel(wordWrap=True)
        header = QHBoxLayout()
        header.addWidget(self.status, 1)
        for button in (self.refresh_button, self.pdf_button, self.xlsx_button):
            header.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.error)
        layout.addWidget(self.stale_warning)
        layout.addWidget(self.audit_warning)
        layout.addWidget(self._page(), 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.choose_report("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.choose_report("xlsx"))

    def _page(self) -> QScrollArea:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self._group(self.tr("Pacchetti degli Ambiti"), self.ambiti_table))
        column.addWidget(self.women)
        column.addWidget(self._group(self.tr("Linee d'azione: donne e risorse"), self.lines_table))
        column.addWidget(
            self._group(self.tr("Azioni: A pagato, B valorizzato"), self.actions_table)
        )
        column.addWidget(self._group(self.tr("Fondi della provincia"), self.funds_table))
        column.addWidget(self._group(self.tr("Rete territoriale e formazione"), self.registers))
        column.addWidget(
            self._group(
                self.tr("Donne seguite in più Ambiti"), self.duplicates_note, self.duplicates_table
            )
        )
        column.addWidget(
            self._group(
                self.tr("Massimali per donna superati (tutti gli Ambiti insieme)"),
                self.caps_note,
                self.caps_table,
            )
        )
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    @staticmethod
    def _group(title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        for widget in widgets:
            column.addWidget(widget)
        return box

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
        actions = {a.code: a.name for a in self.programme.actions}
        fill_table(
            self.actions_table,
            [
                [
                    a.printed_code,
                    actions.get(a.action, a.action),
                    format_money(a.budget_a),
                    format_money(a.actual_a),
                    format_money(a.budget_b),
                    format_money(a.actual_b),
                ]
                for a in totals.actions
            ],
            right_from=2,
        )
        fill_table(
            self.funds_table,
            [
                [
                    f.name,
                    format_money(f.allocation),
                    format_money(f.committed),
                    format_money(f.disbursed),
                    format_money(f.available),
                ]
                for f in totals.funds
            ],
            right_from=1,
        )
        for row, fund in enumerate(totals.funds):
            if fund.available < 0:
                mark_row(self.funds_table, row)
        self._show_duplicates(totals)
        self.registers.show_totals(totals)

    def _show_ambiti(self, ambiti: tuple[AmbitoFreshness, ...]) -> None:
        rows, stale, shorter = [], [], []
        for a in ambiti:
            if a.sequence is None or a.created_at is None:
                state = self.tr("DA AGGIORNARE: nessun pacchetto ricevuto")
                rows.append([a.name, "—", "—", "—", state])
                stale.append(self.tr("%1 (nessun pacchetto)").replace("%1", a.name))
                continue
            age = self.tr("%n giorni", "", a.age_days)
            state = (
                self.tr("DA AGGIORNARE: pacchetto vecchio") if a.stale else self.tr("aggiornato")
            )
            if a.audit_shorter:
                state += self.tr(" · ATTENZIONE: registro delle attività più corto")
                shorter.append(
                    self.tr("%1 (ultima voce n. %2, nel pacchetto precedente n. %3)")
                    .replace("%1", a.name)
                    .replace("%2", str(a.audit_head or 0))
                    .replace("%3", str(a.audit_head_before))
                )
            rows.append(
                [
                    a.name,
                    self.tr("n. %1").replace("%1", str(a.sequence)),
                    format_local_day(a.created_at),
                    age,
                    state,
                ]
            )
            if a.stale:
                stale.append(
                    self.tr("%1 (pacchetto di %n giorni fa)", "", a.age_days).replace("%1", a.name)
                )
        fill_table(self.ambiti_table, rows, right_from=99)
        for row, a in enumerate(ambiti):
            if a.stale or a.audit_shorter:
                mark_row(self.ambiti_table, row)
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

    def _show_duplicates(self, totals: ProvincialTotals) -> None:
        names = {a.code: a.name for a in self.programme.ambiti}
        fill_table(
            self.duplicates_table,
            [
                [short_pseudonym(d.pseudonym), ", ".join(names.get(a, a) for a in d.ambiti)]
                for d in totals.duplicates
            ],
        )
        self.duplicates_note.setText(
            self.tr("Nessuna donna risulta seguita in più di un Ambito.")
            if not totals.duplicates
            else self.tr(
                "%n donne hanno schede in più Ambiti (stesso codice fiscale): sono contate una "
                "volta sola. Lo pseudonimo è abbreviato; ogni Ambito ritrova la sua scheda.",
                "",
                len(totals.duplicates),
            )
        )
        self.duplicates_table.setVisible(bool(totals.duplicates))
        fill_table(
            self.caps_table,
            [
                [
                    short_pseudonym(c.pseudonym),
                    FUND_LABELS.get(c.fund, c.fund),
                    format_money(c.committed),
                    format_money(c.cap),
                    ", ".join(f"{names.get(a, a)} {format_money(v)}" for a, v in c.by_ambito),
                ]
                for c in totals.caps_exceeded
            ],
            right_from=2,
        )
        for row in range(len(totals.caps_exceeded)):
            mark_row(self.caps_table, row)
        self.caps_note.setText(
            self.tr("Nessun massimale superato.")
            if not totals.caps_exceeded
            else self.tr(
                "Attenzione: %n casi in cui gli impegni di più Ambiti per la stessa donna "
                "superano il massimo per donna del fondo. Verificare con gli Ambiti.",
                "",
                len(totals.caps_exceeded),
            )
        )
        self.caps_table.setVisible(bool(totals.caps_exceeded))

    def clear(self) -> None:
        self._generation += 1
        self.totals = None
        for table in (
            self.ambiti_table,
            self.lines_table,
            self.actions_table,
            self.funds_table,
            self.duplicates_table,
            self.caps_table,
        ):
            table.setRowCount(0)
        self.registers.clear()
        self.status.clear()

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


def table_texts(table: QTableWidget) -> list[list[str]]:
    """What a table shows, row by row (tests and screenshots read it)."""
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
