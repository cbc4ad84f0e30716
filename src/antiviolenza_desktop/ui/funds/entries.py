"""Lists of ledger entries with their actions: the drill-down behind a dashboard figure, and
the entries of one woman in her case's "Fondi" tab.

`EntriesPanel` is the table plus "Registra erogazione…" (on a commitment with a residual) and
"Storna…" (on a row not yet reversed). It reads through a `loader` on the background runner,
and reads again after each write, emitting `changed` so the screen behind it refreshes too.
Only the coordinator may write: for anyone else the buttons stay disabled and say why.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.ledger.entries import LedgerEntry
from antiviolenza_desktop.operations.funds_reading import EntryList, can_write
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.confirmations import ConfirmationLabel, payment_recorded
from antiviolenza_desktop.ui.formatting import format_date, format_money
from antiviolenza_desktop.ui.funds.charts import fund_label
from antiviolenza_desktop.ui.funds.dialogs import PaymentDialog, ReversalDialog
from antiviolenza_desktop.ui.funds.models import LedgerEntriesModel, kind_label
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import hint
from antiviolenza_desktop.ui.widgets import ErrorLabel, writer_only

TEXT_COLUMNS = (7, 8, 9)  # payee, document, note; the link (10) is shown whole
"""Payee, document, note and link: the columns that may be long."""


def row_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only table of whole rows, one selected at a time, columns as wide as their
    contents: the ledger's entries and every register of the funds area."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def entries_table(model: LedgerEntriesModel, name: str) -> QTableView:
    table = row_table(model, name)
    for column in TEXT_COLUMNS:  # the free texts share what is left, cut with "…"
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


class EntriesPanel(QWidget):
    """`changed` after a payment or a reversal was written."""

    changed = Signal()

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        loader: Callable[[], EntryList] | None = None,
    ) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.loader = loader
        self._generation = 0
        self.listing = EntryList()
        self.model = LedgerEntriesModel()
        self.table = entries_table(self.model, self.tr("Voci del registro dei fondi"))
        self.pay_button = QPushButton(self.tr("Registra &erogazione…"))
        self.reverse_button = QPushButton(self.tr("S&torna…"))
        self.status = QLabel()
        self.error = ErrorLabel()
        self.confirmation = ConfirmationLabel()
        writer = can_write(opened)
        self.read_only_hint = hint(
            self.tr("Sola lettura: solo la coordinatrice registra erogazioni e storni.")
        )
        self.read_only_hint.setVisible(not writer)
        for button in (self.pay_button, self.reverse_button):
            writer_only(button, writer)
        self._lay_out()
        self.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.table.doubleClicked.connect(self._double_clicked)
        self.pay_button.clicked.connect(self.pay)
        self.reverse_button.clicked.connect(self.reverse)
        self._sync_buttons()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.pay_button)
        buttons.addWidget(self.reverse_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.read_only_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.confirmation)
        layout.addLayout(buttons)

    # --- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        if self.loader is None:
            return
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Lettura del registro…"))

        def show(listing: EntryList) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_listing(listing)

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.status.clear()
                self.error.show_error(error_text(error))

        self._runner.run(self.loader, show, failed)

    def show_listing(self, listing: EntryList) -> None:
        self.listing = listing
        self.model.set_entries(listing.entries, listing.open_by_seq, listing.reversed_by)
        self.error.clear_error()
        count = len(listing.entries)
        self.status.setText(
            self.tr("Nessuna voce.") if not count else self.tr("%n voci", "", count)
        )
        self._sync_buttons()

    def clear(self) -> None:
        self._generation += 1
        self.loader = None
        self.show_listing(EntryList())
        self.status.clear()
        self.confirmation.clear_confirmation()

    # --- actions -------------------------------------------------------------------------

    def selected(self) -> LedgerEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _sync_buttons(self) -> None:
        entry = self.selected()
        writer = can_write(self._opened)
        open_commitment = self.listing.open_by_seq.get(entry.seq) if entry else None
        payable = open_commitment is not None and open_commitment.residual > 0
        reversible = (
            entry is not None
            and entry.kind != "reversal"
            and entry.seq not in self.listing.reversed_by
        )
        self.pay_button.setEnabled(writer and payable)
        self.reverse_button.setEnabled(writer and reversible)

    def _double_clicked(self, _index: QModelIndex) -> None:
        if self.pay_button.isEnabled():
            self.pay()

    def pay(self) -> PaymentDialog | None:
        entry = self.selected()
        commitment = self.listing.open_by_seq.get(entry.seq) if entry else None
        if commitment is None or not can_write(self._opened):
            return None
        dialog = PaymentDialog(self._opened, self._runner, commitment, self)
        dialog.written.connect(lambda entry: self.confirmation.confirm(payment_recorded(entry)))
        dialog.written.connect(self._written)
        dialog.open()
        return dialog

    def reverse(self) -> ReversalDialog | None:
        entry = self.selected()
        if entry is None or not can_write(self._opened):
            return None
        dialog = ReversalDialog(
            self._opened, self._runner, "ledger", entry.seq, self.describe(entry), parent=self
        )
        dialog.written.connect(self._written)
        dialog.open()
        return dialog

    def describe(self, entry: LedgerEntry) -> str:
        return (
            self.tr("Voce n. %1 · %2 · caso %3 · %4 · %5 del %6")
            .replace("%1", str(entry.seq))
            .replace("%2", kind_label(entry.kind))
            .replace("%3", entry.case_code)
            .replace("%4", fund_label(entry.fund))
            .replace("%5", format_money(entry.amount))
            .replace("%6", format_date(entry.on))
        )

    def _written(self, _result: object) -> None:
        self.reload()
        self.changed.emit()


class EntriesDialog(QDialog):
    """The entries behind one figure; `changed` after a write made from it."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        title: str,
        loader: Callable[[], EntryList],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voci del registro"))
        self.resize(1040, 460)
        self.title = QLabel(title, wordWrap=True)
        self.title.setStyleSheet("font-weight: bold;")
        self.panel = EntriesPanel(opened, runner, loader)
        self.changed = self.panel.changed
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
        self.panel.reload()
