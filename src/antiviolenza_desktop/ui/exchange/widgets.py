"""Small widgets of the «Rete» area: codes read out by phone, file pickers, compact tables.

A one-time code or a fingerprint is read aloud group by group, so it is shown large, in a fixed
width font, with wide gaps between groups, and its accessible description spells the groups
out for a screen reader. File pickers are a line edit (what the tests fill) beside a «Scegli…»
button that opens the platform's dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

WARNING_BACKGROUND = "#fff3cd"
WARNING_INK = "#8a5a00"


class GroupsDisplay(QLabel):
    """A code in large groups («K7QM-…» or «12345 67890 …»), `per_line` groups a line (a
    fingerprint's six groups as two lines of three, like Signal's safety numbers), selectable
    but never copied for her: she reads it out."""

    def __init__(self, text: str = "", point_size: int = 22, per_line: int = 4) -> None:
        super().__init__()
        self._per_line = per_line
        self.setObjectName("groupsDisplay")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(point_size)
        font.setBold(True)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "background: #f4f6f8; border: 1px solid #c8ced6; border-radius: 6px; padding: 12px;"
        )
        self.set_code(text)

    def set_code(self, text: str) -> None:
        groups = text.replace("-", " ").split()
        self.groups = tuple(groups)
        lines = [groups[i : i + self._per_line] for i in range(0, len(groups), self._per_line)]
        self.setText("\n".join("  ".join(line) for line in lines))
        self.setAccessibleName(self.tr("Gruppi da leggere"))
        self.setAccessibleDescription(", ".join(groups))


class FileField(QWidget):
    """A path and a «Scegli…» button; `save` asks for a new file, otherwise an existing one."""

    changed = Signal(str)

    def __init__(self, *, save: bool, file_filter: str, suggested: str = "") -> None:
        super().__init__()
        self._save, self._filter = save, file_filter
        self.edit = QLineEdit(suggested)
        self.edit.setMinimumWidth(360)
        self.button = QPushButton(self.tr("Scegli…"))
        self.button.clicked.connect(self.choose)
        self.edit.textChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | str) -> None:
        self.edit.setText(str(path))

    def choose(self) -> None:
        start = self.edit.text() or str(Path.home())
        if self._save:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Salva"), start, self._filter)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Apri"), start, self._filter)
        if chosen:
            self.edit.setText(chosen)

    def setStyleSheet(self, style: str) -> None:
        """A refusal's outline (set by `WriteDialog.show_problem`) goes on the path itself."""
        self.edit.setStyleSheet(style)


def compact_table(headers: list[str], name: str, *, stretch: int = -1) -> QTableWidget:
    """A read-only table sized to its rows (it lives in a scrolling page, not a long list);
    the `stretch` column (a name, a description) takes the spare width, so the amounts stay
    next to what they are of."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], *, right_from: int = 99) -> None:
    """Replace the rows; columns from `right_from` on are amounts (right-aligned)."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c >= right_from:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    fit_height(table)


def mark_row(table: QTableWidget, row: int) -> None:
    """A warning row: shaded and dark amber; the text in it says why (never colour alone)."""
    for column in range(table.columnCount()):
        item = table.item(row, column)
        if item is not None:
            item.setBackground(QColor(WARNING_BACKGROUND))
            item.setForeground(QColor(WARNING_INK))
            font = item.font()
            font.setBold(True)
            item.setFont(font)


def fit_height(table: QTableWidget) -> None:
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    if table.horizontalScrollBar().isVisible():
        height += table.horizontalScrollBar().height()
    table.setFixedHeight(height + 2)


def table_texts(table: QTableWidget) -> list[list[str]]:
    """What a table shows, row by row (tests and screenshots read it)."""
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
