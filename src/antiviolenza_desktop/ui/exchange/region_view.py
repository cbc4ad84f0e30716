"""The Region's view: the provinces merged, one level above the capofila, and their totals.

Figures are `operations.exchange_region.read_region` and nothing else (the CLI's `region
totals` prints the same), read on the background runner: per province the newest provincial
bundle (number, date, how many of its Ambiti the capofila had received), a stale or missing one
said in words; then the regional women, lines, funds and actions, the sum over provinces.
«Importa pacchetti provinciali…» reads the files (header and kind checked before anything
else: an Ambito's bundle is refused here with its own message), checks each, then merges them
(`import_provincial_files`). The «Chiavi e iscrizioni» tab is the capofila's keys page one level
up: «Iscrivi una capofila…» and «Registra la chiave di una capofila…» are the enrolment
(`region_dialogs`, as `antiviolenza region issue / register`), then the capofila keys
registered and the revocation of a lost laptop's key (`senders.SendersPanel`, as `antiviolenza
enrol keys / revoke`). The keys are part of the network state the owner (`ExchangeView`) reads:
it is asked to read it again (`keys_changed`) after a dialog or a revocation.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.region import ProvinceFreshness, RegionalTotals
from antiviolenza_desktop.domain.payload.provincial_provincia import ProvinciaPart
from antiviolenza_desktop.domain.payload.snapshot import Totals
from antiviolenza_desktop.exchange.provincial_import import ProvincialImport
from antiviolenza_desktop.operations.exchange_region import (
    import_provincial_files,
    read_provincial_files,
    read_region,
)
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.province_women import group
from antiviolenza_desktop.ui.exchange.region_dialogs import (
    IssueProvinceDialog,
    RegisterProvinceKeyDialog,
)
from antiviolenza_desktop.ui.exchange.senders import SendersPanel
from antiviolenza_desktop.ui.exchange.widgets import compact_table, fill_table, mark_row
from antiviolenza_desktop.ui.formatting import format_local_day, format_money
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel, writer_only


class RegionView(QWidget):
    keys_changed = Signal()

    def __init__(self, opened: OpenStore, runner: BackgroundRunner, writer: bool) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.programme = load_default_programme()
        self.totals: RegionalTotals | None = None
        self._generation = 0
        self.status = QLabel()
        self.import_button = writer_only(
            QPushButton(self.tr("&Importa pacchetti provinciali…")), writer
        )
        self.dialog: QDialog | None = None
        self.error = ErrorLabel()
        self.women = QLabel(wordWrap=True)
        self.provincia = QLabel(wordWrap=True)
        self.senders = SendersPanel(opened, runner, writer, self.error, provinces=True)
        self.senders.revoked.connect(self.keys_changed)
        self._make_tables()
        header = QHBoxLayout()
        header.addWidget(
            QLabel(self.tr("Archivio della Regione: unisce i pacchetti provinciali.")), 1
        )
        header.addWidget(self.import_button)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._page(), self.tr("&Quadro regionale"))
        self.tabs.addTab(self._keys_page(writer), self.tr("&Chiavi e iscrizioni"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.import_button.clicked.connect(self.choose_files)

    def _make_tables(self) -> None:
        self.provinces_table = compact_table(
            [
                self.tr("Provincia"),
                self.tr("Pacchetto"),
                self.tr("Creato il"),
                self.tr("Ambiti ricevuti"),
                self.tr("Stato"),
            ],
            self.tr("Pacchetti provinciali"),
        )
        self.funds_table = compact_table(
            [self.tr("Fondo"), self.tr("Impegnato"), self.tr("Erogato")],
            self.tr("Fondi della Regione"),
            stretch=0,
        )
        self.actions_table = compact_table(
            [
                self.tr("Azione"),
                self.tr("Descrizione"),
                self.tr("A pagato"),
                self.tr("B valorizzato"),
            ],
            self.tr("Azioni"),
            stretch=1,
        )

    def _page(self) -> QScrollArea:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(group(self.tr("Province ricevute"), self.provinces_table))
        column.addWidget(self.women)
        column.addWidget(group(self.tr("Fondi: somma delle province"), self.funds_table))
        column.addWidget(self.provincia)
        column.addWidget(group(self.tr("Azioni: somma delle province"), self.actions_table))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _keys_page(self, writer: bool) -> QWidget:
        self.issue_button = writer_only(QPushButton(self.tr("I&scrivi una capofila…")), writer)
        self.register_button = writer_only(
            QPushButton(self.tr("&Registra la chiave di una capofila…")), writer
        )
        steps = QLabel(
            self.tr(
                "Per iscrivere una capofila: 1. «Iscrivi una capofila» scrive il file e mostra il "
                "codice monouso da dettare al telefono; 2. la capofila accetta e ti legge "
                "l'impronta della sua chiave; 3. «Registra la chiave» con il file che ti invia e "
                "l'impronta."
            ),
            wordWrap=True,
        )
        buttons = QHBoxLayout()
        for button in (self.issue_button, self.register_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.senders.revoke_button)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(steps)
        column.addLayout(buttons)
        column.addWidget(self.senders)
        column.addStretch(1)
        self.issue_button.clicked.connect(lambda: self.open_dialog(IssueProvinceDialog))
        self.register_button.clicked.connect(lambda: self.open_dialog(RegisterProvinceKeyDialog))
        return page

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation, opened, now = self._generation, self._opened, datetime.now(UTC)
        self.status.setText(self.tr("Lettura dei totali regionali…"))

        def show(totals: RegionalTotals) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_totals(totals)

        self._runner.run(lambda: read_region(opened, now), show, self._failed)

    def _failed(self, error: AppError) -> None:
        if shiboken6.isValid(self):
            self.status.clear()
            self.error.show_error(error_text(error))

    def show_totals(self, totals: RegionalTotals) -> None:
        self.totals = totals
        self.error.clear_error()
        self.status.setText(
            self.tr("Totali regionali al %1").replace("%1", format_local_day(totals.as_of))
        )
        fill_table(self.provinces_table, [self._province_row(p) for p in totals.provinces])
        for row, province in enumerate(totals.provinces):
            if province.stale:
                mark_row(self.provinces_table, row)
        figures = totals.totals
        lines = dict(figures.lines)
        self.women.setText(
            self.tr(
                "Donne: %1 (%2 senza consenso alla condivisione); linea 1: %3, linea 2: %4. "
                "Ogni capofila conta una volta la donna seguita in più Ambiti (%5 in più Ambiti "
                "della stessa provincia; massimali per donna superati: %6); tra province "
                "diverse le donne si sommano."
            )
            .replace("%1", str(figures.women))
            .replace("%2", str(totals.unshared_women))
            .replace("%3", str(lines["work"]))
            .replace("%4", str(lines["housing"]))
            .replace("%5", str(totals.duplicate_women))
            .replace("%6", str(totals.caps_exceeded))
        )
        self._show_money(figures)
        self._show_provincia(totals.provincia)

    def _show_provincia(self, part: ProvinciaPart) -> None:
        """What the Provincia registers add to the totals (checked at import), if anything."""
        self.provincia.setVisible(bool(part.funds or part.hours))
        self.provincia.setText(
            self.tr(
                "Di cui dal registro della Provincia: impegnato %1, erogato %2; ore dei CPI "
                "valorizzate come cofinanziamento (B) %3."
            )
            .replace("%1", format_money(part.committed))
            .replace("%2", format_money(part.disbursed))
            .replace("%3", format_money(part.hours_value))
        )

    def _show_money(self, figures: Totals) -> None:
        funds = {f.code: f.name for f in self.programme.funds}
        fill_table(
            self.funds_table,
            [
                [funds.get(f, f), format_money(a.committed), format_money(a.disbursed)]
                for f, a in figures.funds
            ],
            right_from=1,
        )
        actions = {a.code: (a.printed_code, a.name) for a in self.programme.actions}
        fill_table(
            self.actions_table,
            [
                [*actions.get(x, (x, x)), format_money(a.a), format_money(a.b)]
                for x, a in figures.actions
            ],
            right_from=2,
        )

    def _province_row(self, p: ProvinceFreshness) -> list[str]:
        if p.sequence is None or p.created_at is None:
            return [p.province, "—", "—", "—", self.tr("DA AGGIORNARE: nessun pacchetto ricevuto")]
        state = self.tr("DA AGGIORNARE: pacchetto vecchio") if p.stale else self.tr("aggiornato")
        received = self.tr("%1 su %2").replace("%1", str(p.ambiti_received))
        return [
            p.province,
            self.tr("n. %1").replace("%1", str(p.sequence)),
            format_local_day(p.created_at),
            received.replace("%2", str(p.ambiti)),
            state,
        ]

    # --- enrolment and import -------------------------------------------------------------

    def open_dialog(self, kind: type[QDialog]) -> QDialog:
        """Open an enrolment dialog (`region_dialogs`); the keys and the totals are read again
        when it closes."""
        self.dialog = kind(self._opened, self._runner, self)
        self.dialog.finished.connect(lambda _result: self.keys_changed.emit())
        self.dialog.open()
        return self.dialog

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Pacchetti provinciali da importare"),
            str(Path.home()),
            self.tr("Pacchetti (*.avbundle)"),
        )
        if chosen:
            self.import_files([Path(name) for name in chosen])

    def import_files(self, paths: list[Path]) -> None:
        opened = self._opened
        self.error.clear_error()
        self.status.setText(self.tr("Verifica e unione dei pacchetti provinciali…"))

        def work() -> list[ProvincialImport]:
            return import_provincial_files(opened, read_provincial_files(paths))

        def done(results: list[ProvincialImport]) -> None:
            if shiboken6.isValid(self):
                merged = sum(1 for result in results if result.merged)
                self.status.setText(
                    self.tr("Pacchetti uniti: %1 (già importati: %2).")
                    .replace("%1", str(merged))
                    .replace("%2", str(len(results) - merged))
                )
                self.refresh()

        self._runner.run(work, done, self._failed)
