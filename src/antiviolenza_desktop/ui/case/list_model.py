"""The case list model: the ids of the current query, and a cache of the rows already shown.

Rows are fetched from the store in batches the first time the view asks for them, so a list
of 50,000 cases costs one id query and a few small row queries. Sorting and filtering are new
queries (services.case_list), never a proxy over every row.

In privacy mode (ui.privacy_mode) the name columns hold initials and the codice fiscale is
hidden in every role the model serves, so no view, screen reader or Ctrl+C can reveal them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from antiviolenza_desktop.domain.case.intake_options import STAGES, label_of
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services.case_list import CaseListQuery, CaseListSource, CaseRow
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.privacy_mode import hidden_codice_fiscale, initials

BATCH = 200
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractTableModel):
    """`rows_refused(AppError)`: a batch was not shown because its read could not be audited
    (its cells stay empty and it is not asked again until the next query)."""

    rows_refused = Signal(object)
    COLUMNS = (
        "code",
        "last_name",
        "first_name",
        "codice_fiscale",
        "referral_date",
        "referring_cav",
        "stage",
        "lines",
    )
    SORTABLE = frozenset({"code", "last_name", "referral_date", "referring_cav", "stage"})
    PERSONAL = ("last_name", "first_name", "codice_fiscale")

    def __init__(self, opened: OpenStore, cav_names: dict[str, str]) -> None:
        super().__init__()
        self._source = CaseListSource(opened)
        self._cav_names = cav_names
        self._ids: list[int] = []
        self._rows: dict[int, CaseRow] = {}
        self._refused: set[int] = set()
        self.query = CaseListQuery()
        self.private = False
        self._headers = (
            self.tr("Codice"),
            self.tr("Cognome"),
            self.tr("Nome"),
            self.tr("Codice fiscale"),
            self.tr("Segnalata il"),
            self.tr("CAV"),
            self.tr("Fase"),
            self.tr("Linee"),
        )

    def set_query(self, query: CaseListQuery) -> None:
        self.beginResetModel()
        self.query = query
        self._ids = self._source.ids(query)
        self._rows = {}
        self._refused = set()
        self.endResetModel()

    def set_private(self, private: bool) -> None:
        """Show initials and hide the codice fiscale (privacy mode), or show them again."""
        if private == self.private:
            return
        self.private = private
        if self._ids:
            columns = [self.COLUMNS.index(name) for name in self.PERSONAL]
            self.dataChanged.emit(
                self.index(0, min(columns)), self.index(len(self._ids) - 1, max(columns))
            )

    def refresh(self) -> None:
        self.set_query(self.query)

    def clear(self) -> None:
        """Drop every id and row (the store is locking)."""
        self.beginResetModel()
        self._ids = []
        self._rows = {}
        self._refused = set()
        self.endResetModel()

    def case_id_at(self, row: int) -> int:
        return self._ids[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _row(self, row: int) -> CaseRow | None:
        case_id = self._ids[row]
        start = row - row % BATCH
        if case_id not in self._rows and start not in self._refused:
            try:
                self._rows.update(self._source.rows(self._ids[start : start + BATCH]))
            except AppError as refused:
                self._refused.add(start)
                self.rows_refused.emit(refused)
        return self._rows.get(case_id)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == CASE_ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        return self._value(row, self.COLUMNS[index.column()], role)

    def _value(self, row: CaseRow, column: str, role: int) -> Any:
        if self.private and column in self.PERSONAL:
            if column == "codice_fiscale":
                return hidden_codice_fiscale(row.codice_fiscale)
            return initials(getattr(row, column))
        if column == "referral_date":
            return row.referral_date if role == SORT_ROLE else format_date(row.referral_date)
        if column == "referring_cav":
            return self._cav_names.get(row.referring_cav, row.referring_cav)
        if column == "stage":
            return QCoreApplication.translate("intake_options", label_of(STAGES, row.stage))
        if column == "lines":
            lines = [self.tr("lavoro")] if row.line_work else []
            return ", ".join([*lines, self.tr("casa")] if row.line_housing else lines)
        return getattr(row, column) or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = self.COLUMNS[column]
        if name not in self.SORTABLE:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            CaseListQuery(**{**self.query.__dict__, "sort": name, "descending": descending})
        )
