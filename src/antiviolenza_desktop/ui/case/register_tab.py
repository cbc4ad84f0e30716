"""A case tab showing one of her append-only registers (consents, referrals): a summary line,
a read-only table, «Registra…» and one action on the chosen row, and a green confirmation.

It reads on the background runner when the case opens and after each write (the case was
opened, an audited read, before); answers for a case no longer shown are dropped. A subclass
says how to read the register, fill the table, and which row the action applies to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.confirmations import ConfirmationLabel
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import hint


def register_table(headers: Sequence[str], stretch: int, name: str) -> QTableWidget:
    """Whole rows, one at a time, read-only; columns as wide as their contents but `stretch`."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class CaseRegisterTab(QWidget):
    """`changed` after a row of her register was written. `listing` is the last register
    read (None before, and after `clear`)."""

    changed = Signal()

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        table: QTableWidget,
        buttons: tuple[QPushButton, QPushButton],
        explanation: str,
    ) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.listing: Any = None
        self._generation = 0
        self.summary = QLabel(wordWrap=True)
        self.table = table
        self.add_button, self._action_button = buttons
        self.confirmation = ConfirmationLabel()
        row = QHBoxLayout()
        row.addWidget(hint(explanation), 1)
        row.addWidget(self.add_button)
        row.addWidget(self._action_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.confirmation)
        self.table.itemSelectionChanged.connect(self._sync)
        self._sync()

    # --- what a register says --------------------------------------------------------------

    def reader(self) -> tuple[str, Callable[[OpenStore, int], Any]]:
        """The «Lettura…» text and the operation that reads her register."""
        raise NotImplementedError

    def rows_of(self, listing: Any) -> Sequence[Any]:
        raise NotImplementedError

    def present(self, listing: Any) -> None:
        """Fill the table (`fill`) and the summary line from her register."""
        raise NotImplementedError

    def actionable(self, row: Any) -> bool:
        """Whether the row action («Cambia stato…», «Revoca…») applies to `row`."""
        raise NotImplementedError

    # --- shared behaviour --------------------------------------------------------------------

    def load(self, case_id: int) -> None:
        if self.listing is None or self.listing.case_id != case_id:
            self.confirmation.clear_confirmation()
        self._generation += 1
        generation, opened = self._generation, self._opened
        reading, read = self.reader()
        self.summary.setText(reading)

        def show(listing: Any) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_listing(listing)

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.summary.setText(error_text(error))

        self._runner.run(lambda: read(opened, case_id), show, failed)

    def show_listing(self, listing: Any) -> None:
        self.listing = listing
        self.present(listing)
        self._sync()

    def fill(self, rows: Sequence[Sequence[str]], tooltips: Sequence[str] = ()) -> None:
        """The table's rows; each row's cells get its tooltip, when given."""
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if tooltips:
                    item.setToolTip(tooltips[row])
                self.table.setItem(row, column, item)

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if self.listing is None or not rows:
            return None
        return self.rows_of(self.listing)[rows[0].row()]

    def _sync(self) -> None:
        chosen = self.selected()
        self.add_button.setEnabled(self.listing is not None)
        self._action_button.setEnabled(chosen is not None and self.actionable(chosen))

    def written(self, text: str) -> None:
        """After a write: the confirmation, her register read again, `changed`."""
        self.confirmation.confirm(text)
        if self.listing is not None:
            self.load(self.listing.case_id)
        self.changed.emit()

    def set_writable(self, writable: bool) -> None:
        """An erased case shows an empty register and offers no writes."""
        self.add_button.setVisible(writable)
        self._action_button.setVisible(writable)

    def clear(self) -> None:
        """Forget her (the store is locking or another case opens)."""
        self.listing = None
        self._generation += 1
        self.confirmation.clear_confirmation()
        self.table.setRowCount(0)
        self.summary.clear()
        self._sync()
