"""The waiting list of each programme line, ranked by the card's criteria, with the reasons.

The lists are read when the area is shown (never at unlock), and each reading is audited
(`services.waiting_list.WaitingListSource`). The tables are emptied before every reading, so
when the read cannot be audited they show no one, and a line above them says why.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.priority import RankedCase
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.waiting_list import WaitingListSource
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel


class WaitingListView(QWidget):
    case_opened = Signal(int)

    def __init__(self, opened: OpenStore) -> None:
        super().__init__()
        self._source = WaitingListSource(opened)
        self.error = ErrorLabel()
        self.tabs = QTabWidget()
        self.tables: dict[str, QTableWidget] = {}
        for line, title in (
            ("work", self.tr("Linea 1 – Inserimento lavorativo")),
            ("housing", self.tr("Linea 2 – Autonomia abitativa")),
        ):
            table = QTableWidget(0, 4)
            table.setHorizontalHeaderLabels(
                [
                    self.tr("Posizione"),
                    self.tr("Codice"),
                    self.tr("Segnalata il"),
                    self.tr("Perché"),
                ]
            )
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().hide()
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            table.setAccessibleName(title)
            table.cellActivated.connect(lambda row, _col, t=table: self._open(t, row))
            self.tables[line] = table
            self.tabs.addTab(table, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        """Read both lists afresh; on a refused read (its audit could not be written) show
        no one and say why."""
        self.clear()
        try:
            ranked = self._source.lists()
        except AppError as refused:
            self.error.show_error(error_text(refused))
            return
        self.error.clear_error()
        for line, table in self.tables.items():
            self._fill(table, ranked[line])

    def _fill(self, table: QTableWidget, ranked: list[RankedCase]) -> None:
        table.setRowCount(len(ranked))
        for row, entry in enumerate(ranked):
            reasons = "; ".join(entry.reasons) or self.tr("nessun criterio di priorità")
            cells = (
                str(entry.position),
                entry.facts.case_code,
                format_date(entry.facts.referral_date),
                reasons,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(256, entry.facts.case_id)
                table.setItem(row, column, item)

    def _open(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.case_opened.emit(int(item.data(256)))

    def clear(self) -> None:
        for table in self.tables.values():
            table.setRowCount(0)
