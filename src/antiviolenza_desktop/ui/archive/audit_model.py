"""The audit viewer's table: the sequence numbers of the current filter, rows cached in batches.

Shaped like the case list model: filtering is a query (services.audit_query) returning numbers
newest first; rows are read 200 at a time the first time the view draws them. Actions show in
Italian words (domain.audit_actions, translated with context "audit_actions"), times in local
time, women by case code only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from antiviolenza_desktop.domain.audit.actions import action_label, details_summary
from antiviolenza_desktop.services.audit_query import AuditFilter, AuditRow, AuditSource
from antiviolenza_desktop.ui.formatting import format_local_time

BATCH = 200
CODES_SHOWN = 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


def translated_action(action: str) -> str:
    return QCoreApplication.translate("audit_actions", action_label(action))


class AuditLogModel(QAbstractTableModel):
    COLUMNS = ("seq", "at", "actor", "action", "cases", "details")

    def __init__(self, source: AuditSource) -> None:
        super().__init__()
        self._source = source
        self._seqs: list[int] = []
        self._rows: dict[int, AuditRow] = {}
        self.wanted = AuditFilter()
        self._headers = (
            self.tr("N."),
            self.tr("Data e ora"),
            self.tr("Utente"),
            self.tr("Azione"),
            self.tr("Caso"),
            self.tr("Dettagli"),
        )

    def set_filter(self, wanted: AuditFilter) -> None:
        """Run the filter's query (AppError, e.g. a reversed period, leaves the model as is)."""
        seqs = self._source.seqs(wanted)
        self.beginResetModel()
        self.wanted = wanted
        self._seqs = seqs
        self._rows = {}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._seqs = []
        self._rows = {}
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._seqs)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def row_at(self, row: int) -> AuditRow | None:
        seq = self._seqs[row]
        if seq not in self._rows:
            start = row - row % BATCH
            self._rows.update(self._source.rows(self._seqs[start : start + BATCH]))
        return self._rows.get(seq)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._seqs):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            SORT_ROLE,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == SORT_ROLE:
            return row.seq if column in ("seq", "at") else self._text(row, column, full=True)
        return self._text(row, column, full=role == Qt.ItemDataRole.ToolTipRole)

    def _text(self, row: AuditRow, column: str, *, full: bool) -> Any:
        if column == "seq":
            return str(row.seq)
        if column == "at":
            return format_local_time(row.at)
        if column == "actor":
            return row.actor or self.tr("chiave di recupero")
        if column == "action":
            return translated_action(row.action)
        if column == "cases":
            return self._codes(row.case_codes, full)
        return details_summary(row.details)

    def _codes(self, codes: tuple[str, ...], full: bool) -> str:
        if full or len(codes) <= CODES_SHOWN:
            return ", ".join(codes)
        shown = ", ".join(codes[:CODES_SHOWN])
        return self.tr("%1 e altri %n", "", len(codes) - CODES_SHOWN).replace("%1", shown)
