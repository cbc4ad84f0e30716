"""Small read-only table models of the project tab: revision history and monitoring updates.

These lists are short (a project has a handful of revisions and some monthly updates), so each
model holds its rows; `ValueTableModel` is the shared base: named columns, Italian headers,
the display text and a native-value sort role per cell (dates sort as dates). The assessment
tab's models use the same base.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from antiviolenza_desktop.domain.project import options as opt
from antiviolenza_desktop.domain.project.revisions import MonitoringUpdate, ProjectRevision
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.project.fields import vocabulary_label_of

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
Cell = tuple[str, Any]
"""(display text, native sort value) of one cell."""


class ValueTableModel(QAbstractTableModel):
    """Rows of items, each turned into cells by `cells(item)`; headers are translated."""

    def __init__(self, headers: Sequence[str], cells: Callable[[Any], Sequence[Cell]]) -> None:
        super().__init__()
        self._headers = tuple(headers)
        self._cells = cells
        self._rows: list[tuple[Cell, ...]] = []
        self.items: list[Any] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._rows = [tuple(self._cells(item)) for item in self.items]
        self.endResetModel()

    def clear(self) -> None:
        self.set_items(())

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text, native = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        if role == SORT_ROLE:
            return native
        return None


def _revision_cells(revision: ProjectRevision) -> tuple[Cell, ...]:
    validated = revision.validated_on
    return (
        (str(revision.number), revision.number),
        (vocabulary_label_of(opt.REVISION_STATUS, revision.status), revision.status),
        (format_date(validated), validated.isoformat() if validated else ""),
    )


class RevisionHistoryModel(ValueTableModel):
    """Every revision, oldest first: number, status, validation date."""

    def __init__(self) -> None:
        super().__init__(
            (self.tr("Revisione"), self.tr("Stato"), self.tr("Validata il")), _revision_cells
        )


class MonitoringModel(ValueTableModel):
    """Monitoring updates, oldest first: date, source, note, the statuses they report."""

    def __init__(self) -> None:
        super().__init__(
            (self.tr("Data"), self.tr("Fonte"), self.tr("Nota"), self.tr("Stati aggiornati")),
            self._cells_of,
        )

    def _cells_of(self, update: MonitoringUpdate) -> tuple[Cell, ...]:
        statuses = "; ".join(
            f"{index + 1}: {vocabulary_label_of(opt.INTERVENTION_STATUS, status)}"
            for index, status in update.statuses
        )
        source = vocabulary_label_of(opt.MONITORING_SOURCES, update.source)
        note = " ".join(update.note.split())
        return (
            (format_date(update.on), update.on.isoformat()),
            (source, source),
            (note, note),
            (statuses, statuses),
        )
