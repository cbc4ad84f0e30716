"""The "Fondi" tab of a case: her commitments per fund with what was paid and what is left,
and every entry of her ledger, from which the coordinator records a payment or a reversal.

Her commitments come from her validated project revisions (the Progetto tab); this tab only
pays and corrects them. It reads on the background runner when the case opens and after
each write; answers for a case no longer shown are dropped.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.ledger.entries import OpenCommitment
from antiviolenza_desktop.operations.funds_reading import EntryList, can_write, read_case_entries
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.confirmations import ConfirmationLabel, payment_recorded
from antiviolenza_desktop.ui.formatting import format_money
from antiviolenza_desktop.ui.funds.charts import fund_label
from antiviolenza_desktop.ui.funds.dialogs import PaymentDialog
from antiviolenza_desktop.ui.funds.entries import EntriesPanel
from antiviolenza_desktop.ui.funds.models import CommitmentsModel
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import hint
from antiviolenza_desktop.ui.widgets import writer_only


class CaseFundsTab(QWidget):
    """`changed` after a payment or a reversal of hers was written."""

    changed = Signal()

    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.case_id: int | None = None
        self._generation = 0
        self.summary = QLabel(wordWrap=True)
        self.commitments = CommitmentsModel()
        self.commitments_table = QTableView()
        self.commitments_table.setModel(self.commitments)
        self.commitments_table.setAccessibleName(self.tr("Impegni e residui"))
        self.commitments_table.verticalHeader().hide()
        self.commitments_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.commitments_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.commitments_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.commitments_table.setMaximumHeight(150)
        self.pay_button = writer_only(
            QPushButton(self.tr("Registra un'&erogazione sull'impegno…")), can_write(opened)
        )
        self.panel = EntriesPanel(opened, runner)
        self.confirmation = ConfirmationLabel()
        self._lay_out()
        self.commitments_table.selectionModel().selectionChanged.connect(self._sync)
        self.commitments_table.doubleClicked.connect(lambda _index: self.pay())
        self.pay_button.clicked.connect(self.pay)
        self.panel.changed.connect(self._written)
        self._sync()

    def _lay_out(self) -> None:
        commitments = QGroupBox(self.tr("Impegni: impegnato, erogato, residuo"))
        column = QVBoxLayout(commitments)
        column.addWidget(self.summary)
        column.addWidget(self.commitments_table)
        line = QHBoxLayout()
        line.addWidget(
            hint(self.tr("Gli impegni nascono dalla validazione del progetto (scheda Progetto).")),
            1,
        )
        line.addWidget(self.pay_button)
        column.addLayout(line)
        column.addWidget(self.confirmation)
        entries = QGroupBox(self.tr("Voci del registro"))
        QVBoxLayout(entries).addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(commitments)
        layout.addWidget(entries, 1)

    def load(self, case_id: int) -> None:
        if case_id != self.case_id:
            self.confirmation.clear_confirmation()
        self.case_id = case_id
        self._generation += 1
        generation = self._generation
        opened = self._opened
        self.summary.setText(self.tr("Lettura del registro…"))

        def show(listing: EntryList) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_listing(listing)

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.summary.setText(error_text(error))

        self._runner.run(lambda: read_case_entries(opened, case_id), show, failed)

    def show_listing(self, listing: EntryList) -> None:
        self.panel.show_listing(listing)
        rows = sorted(listing.open_by_seq.values(), key=lambda c: c.seq)
        self.commitments.set_items(rows)
        self.summary.setText(self._summary(rows))
        self._sync()

    def _summary(self, rows: list[OpenCommitment]) -> str:
        if not rows:
            return self.tr("Nessun impegno: il progetto non è ancora validato o non chiede fondi.")
        lines = []
        for fund in dict.fromkeys(row.fund for row in rows):
            mine = [row for row in rows if row.fund == fund]
            lines.append(
                self.tr("%1: impegnati %2, erogati %3, residuo %4")
                .replace("%1", fund_label(fund))
                .replace("%2", format_money(sum(r.committed for r in mine)))
                .replace("%3", format_money(sum(r.disbursed for r in mine)))
                .replace("%4", format_money(sum(r.residual for r in mine)))
            )
        return "\n".join(lines)

    def selected(self) -> OpenCommitment | None:
        rows = self.commitments_table.selectionModel().selectedRows()
        return self.commitments.items[rows[0].row()] if rows else None

    def _sync(self) -> None:
        chosen = self.selected()
        writer = can_write(self._opened)
        self.pay_button.setEnabled(writer and chosen is not None and chosen.residual > 0)

    def pay(self) -> PaymentDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.residual <= 0 or not can_write(self._opened):
            return None
        dialog = PaymentDialog(self._opened, self._runner, chosen, self)
        dialog.written.connect(lambda entry: self.confirmation.confirm(payment_recorded(entry)))
        dialog.written.connect(lambda _entry: self._written())
        dialog.open()
        return dialog

    def _written(self) -> None:
        if self.case_id is not None:
            self.load(self.case_id)
        self.changed.emit()

    def clear(self) -> None:
        """Forget her (the store is locking or another case opens)."""
        self.case_id = None
        self.confirmation.clear_confirmation()
        self._generation += 1
        self.panel.clear()
        self.commitments.clear()
        self.summary.clear()
        self._sync()
