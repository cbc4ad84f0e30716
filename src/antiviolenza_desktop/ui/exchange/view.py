"""The «Rete» area: the exchange between the Ambiti and the capofila, shaped by the store's role.

- Capofila: the provincial view (`ProvinceView`), and the keys page: enrol an Ambito (file +
  one-time code by phone), register an Ambito's public key (typed fingerprint), the registered
  keys with their state and the revocation of a lost laptop's key; «Importa pacchetti…» opens
  the dry run and the merge (`ImportDialog`); each Ambito's periods and the decisions on them
  (`approval_view.ProvincePeriodsView`).
- Region: the provinces merged and the regional totals (`RegionView`), one level up.
- Ambito: whether the store is enrolled, its key's fingerprint as big digit groups (to read to
  the capofila), accepting an enrolment, saving the public-key file again, exporting the
  bundle for the capofila (submitting periods with it), and its periods' states with the
  import of the capofila's decision file (`approval_view.AmbitoPeriodsBox`).

The role is read with the rest of the state on the background runner; until it arrives the area
shows a short «Lettura…». Only a role with EXCHANGE (the coordinator) changes keys or exports
and imports (the services refuse anyone else); for another role the buttons are disabled and
say why.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.access import my_permissions
from antiviolenza_desktop.operations.exchange_enrolment import NetworkState, read_network
from antiviolenza_desktop.operations.exchange_keys import (
    WrittenKey,
    export_public_key,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.ambito_page import AmbitoPage
from antiviolenza_desktop.ui.exchange.approval_view import AmbitoPeriodsBox, ProvincePeriodsView
from antiviolenza_desktop.ui.exchange.bundle_import import ImportDialog
from antiviolenza_desktop.ui.exchange.dialogs import (
    AcceptEnrolmentDialog,
    IssueEnrolmentDialog,
    RegisterKeyDialog,
)
from antiviolenza_desktop.ui.exchange.export_dialog import ExportBundleDialog
from antiviolenza_desktop.ui.exchange.province_view import ProvinceView
from antiviolenza_desktop.ui.exchange.region_dialogs import AcceptRegionDialog
from antiviolenza_desktop.ui.exchange.region_view import RegionView
from antiviolenza_desktop.ui.exchange.senders import SendersPanel
from antiviolenza_desktop.ui.exchange.transfer_box import CaseTransferBox
from antiviolenza_desktop.ui.funds.network_registers import TrainingNetworkView
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel, writer_only


class ExchangeView(QWidget):
    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.state: NetworkState | None = None
        self.dialog: QDialog | None = None
        self._generation = 0
        writer = Permission.EXCHANGE in my_permissions(opened)
        self.title = QLabel(self.tr("Rete"))
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.status = QLabel()
        self.refresh_button = QPushButton(self.tr("A&ggiorna"))
        self.error = ErrorLabel()
        self.loading = QLabel(self.tr("Lettura dello stato della rete…"))
        self.province = ProvinceView(opened, runner)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self._capofila_page(writer))
        self.stack.addWidget(self._ambito_tabs(writer))
        self.region = RegionView(opened, runner, writer)
        self.region.keys_changed.connect(self.refresh)
        self.stack.addWidget(self.region)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.status, 1)
        header.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)
        self.refresh_button.clicked.connect(self.refresh)

    # --- building ------------------------------------------------------------------------

    def _capofila_page(self, writer: bool) -> QWidget:
        self.import_button = writer_only(QPushButton(self.tr("&Importa pacchetti…")), writer)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.province, self.tr("&Quadro provinciale"))
        self.tabs.addTab(self._keys_page(writer), self.tr("&Chiavi e iscrizioni"))
        self.province_periods = ProvincePeriodsView(self._opened, self._runner, writer)
        self.tabs.addTab(self.province_periods, self.tr("&Approvazione dei periodi"))
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(
            QLabel(self.tr("Archivio della capofila: unisce i pacchetti degli Ambiti.")), 1
        )
        top.addWidget(self.import_button)
        outer.addLayout(top)
        outer.addWidget(self.tabs, 1)
        self.import_button.clicked.connect(self.open_import)
        return page

    def _keys_page(self, writer: bool) -> QWidget:
        self.issue_button = writer_only(QPushButton(self.tr("I&scrivi un Ambito…")), writer)
        self.register_button = writer_only(
            QPushButton(self.tr("&Registra la chiave di un Ambito…")), writer
        )
        self.region_accept_button = writer_only(
            QPushButton(self.tr("Accetta l'iscrizione della Re&gione…")), writer
        )
        self.senders = SendersPanel(self._opened, self._runner, writer, self.error)
        self.senders.revoked.connect(self.refresh)
        keys_page = QWidget()
        column = QVBoxLayout(keys_page)
        steps = QLabel(
            self.tr(
                "Per iscrivere un Ambito: 1. «Iscrivi un Ambito» scrive il file e mostra il codice "
                "monouso da dettare al telefono; 2. l'Ambito accetta e ti legge l'impronta della "
                "sua chiave; 3. «Registra la chiave» con il file che ti invia e l'impronta."
            ),
            wordWrap=True,
        )
        buttons = QHBoxLayout()
        for button in (self.issue_button, self.register_button, self.region_accept_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.senders.revoke_button)
        column.addWidget(steps)
        column.addLayout(buttons)
        column.addWidget(self.senders)
        column.addStretch(1)
        self.issue_button.clicked.connect(self.open_issue)
        self.region_accept_button.clicked.connect(self.open_accept_region)
        self.register_button.clicked.connect(self.open_register)
        return keys_page

    def _ambito_tabs(self, writer: bool) -> QWidget:
        self.ambito_periods = AmbitoPeriodsBox(self._opened, self._runner, writer)
        self.ambito_periods.submit_requested.connect(self.open_export)
        self.ambito_page = AmbitoPage(writer, self.ambito_periods)
        self.ambito_page.accept_button.clicked.connect(self.open_accept)
        self.ambito_page.key_button.clicked.connect(self.open_key_file)
        self.ambito_page.export_button.clicked.connect(self.open_export)
        self.registers = TrainingNetworkView(self._opened, self._runner)
        self.ambito_tabs = QTabWidget()
        self.ambito_tabs.addTab(self.ambito_page, self.tr("Iscrizione e &pacchetto"))
        self.ambito_tabs.addTab(self.registers, self.tr("&Formazione e rete"))
        transfers = Permission.TRANSFER in my_permissions(self._opened)
        self.transfer_box = CaseTransferBox(self._opened, self._runner, transfers)
        self.ambito_tabs.addTab(self.transfer_box, self.tr("Casi &trasferiti"))
        self.ambito_tabs.currentChanged.connect(self._refresh_transfers)
        return self.ambito_tabs

    def _refresh_transfers(self, index: int) -> None:
        if self.ambito_tabs.widget(index) is self.transfer_box:
            self.transfer_box.refresh()

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation, opened = self._generation, self._opened
        self.refresh_button.setEnabled(False)

        def show(state: NetworkState) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_state(state)

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.refresh_button.setEnabled(True)
                self.error.show_error(error_text(error))

        self._runner.run(lambda: read_network(opened), show, failed)

    def show_state(self, state: NetworkState) -> None:
        self.state = state
        self.error.clear_error()
        self.refresh_button.setEnabled(True)
        if state.region:
            self.status.setText(self.tr("Regione"))
            self.region.senders.show_senders(state.senders)
            self.stack.setCurrentWidget(self.region)
            self.region.refresh()
        elif state.capofila:
            self.status.setText(self.tr("Capofila"))
            self.senders.show_senders(state.senders, state.ambiti)
            self.stack.setCurrentIndex(1)
            self.province.refresh()
            self.province_periods.names = dict(state.ambiti)
            self.province_periods.refresh()
        else:
            self.status.setText(self.tr("Ambito %1").replace("%1", state.ambito_name))
            self.ambito_page.show_state(state)
            self.stack.setCurrentIndex(2)
            self.registers.refresh()
            if state.enrolled_at is not None:
                self.ambito_periods.refresh()

    def clear(self) -> None:
        self._generation += 1
        self.state = None
        self.province.clear()
        self.senders.clear()
        self.region.senders.clear()
        self.province_periods.clear()
        self.ambito_periods.clear()
        self.ambito_page.fingerprint.set_code("")
        self.stack.setCurrentIndex(0)

    # --- actions -------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    def open_issue(self) -> IssueEnrolmentDialog:
        ambiti = self.state.ambiti if self.state else ()
        dialog = IssueEnrolmentDialog(self._opened, self._runner, ambiti, self)
        self._open(dialog)
        return dialog

    def open_register(self) -> RegisterKeyDialog:
        dialog = RegisterKeyDialog(self._opened, self._runner, self)
        self._open(dialog)
        return dialog

    def open_accept(self) -> AcceptEnrolmentDialog:
        dialog = AcceptEnrolmentDialog(self._opened, self._runner, self)
        self._open(dialog)
        return dialog

    def open_accept_region(self) -> AcceptRegionDialog:
        dialog = AcceptRegionDialog(self._opened, self._runner, self)
        self._open(dialog)
        return dialog

    def open_export(self) -> ExportBundleDialog:
        ambito = self.state.ambito if self.state else ""
        dialog = ExportBundleDialog(self._opened, self._runner, ambito, self)
        self._open(dialog)
        return dialog

    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self._opened, self._runner, self)
        dialog.merged.connect(self.province.refresh)
        self._open(dialog)
        return dialog

    def open_key_file(self) -> None:
        ambito = self.state.ambito if self.state else ""
        name = Path.home() / f"chiave-{ambito}-{date.today():%Y-%m-%d}.json"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Salva la chiave pubblica"), str(name), "JSON (*.json)"
        )
        if chosen:
            self.save_key_file(Path(chosen))

    def save_key_file(self, path: Path) -> None:
        """The public-key file again (e.g. the first copy was lost); not secret."""
        opened = self._opened

        def saved(written: WrittenKey) -> None:
            if shiboken6.isValid(self):
                self.status.setText(
                    self.tr("Chiave pubblica salvata in %1").replace("%1", str(written.path))
                )

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self):
                self.error.show_error(error_text(error))

        self._runner.run(lambda: export_public_key(opened, path), saved, failed)
