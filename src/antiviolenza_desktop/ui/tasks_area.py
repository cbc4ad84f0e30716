"""The «Da fare» area: the reminders due, earliest first, late ones marked, and their count
in the navigation.

What is due and for whom is `operations.tasks.read_tasks`' (the same reading as `antiviolenza
casi da-fare`): an operator sees the tasks of the cases she follows and may ask for all of
them; a coordinator sees all and sets the thresholds (`ui.tasks_thresholds_dialog`). Rows show
case codes, ledger numbers, days and the keyed sentence of each reminder, never her name, so
the area needs no privacy mask. A double-click (or Enter) opens the case, on its funds tab when
the task is a ledger row's.

The navigation item's text carries the count («Da fare (3)»); the workspace calls `refresh`
when the area is shown, after a case is saved and whenever the background runner finishes a
job (every other write of the case detail and of the funds area runs there), so the count
follows what was just recorded.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.access.permissions import ROLE_COORDINATOR, Permission
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.tasks.rules import Task
from antiviolenza_desktop.operations.access import my_permissions
from antiviolenza_desktop.operations.tasks import read_tasks
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.tasks import TaskList
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.messages import error_text, message_text
from antiviolenza_desktop.ui.widgets import ErrorLabel

TASK_ROLE = 256
LATE = QColor("#b00020")


class TasksArea(QWidget):
    """`case_opened(case_id, tab)`: open the case; `tab` is "funds" for a ledger row's task.
    `counted(title, summary)`: the navigation entry's text with the count, and its accessible
    text. A signal, not a kept `QListWidgetItem`: an item is no QObject, so a Python reference
    to it outlives the list that deletes it at a lock, and a later object at the same address
    would be read through the stale wrapper."""

    case_opened = Signal(int, str)
    counted = Signal(str, str)

    def __init__(self, opened: OpenStore) -> None:
        super().__init__()
        self.setObjectName("tasks_area")
        self.opened = opened
        self.found: TaskList | None = None
        self.error = ErrorLabel()
        self.summary = QLabel()
        self.everyone = QCheckBox(self.tr("Mostra i promemoria di tutti i casi"))
        self.everyone.toggled.connect(lambda _on: self.refresh())
        self.thresholds_button = QPushButton(self.tr("Soglie dei promemoria…"))
        self.thresholds_button.clicked.connect(self._edit_thresholds)
        self.table = self._table()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.everyone)
        top.addWidget(self.thresholds_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        # Only once they have a parent: a shown parentless widget would be a window of its own.
        self.everyone.setHidden(opened.actor.role == ROLE_COORDINATOR)  # she sees them all
        self.thresholds_button.setHidden(Permission.TASK_SETTINGS not in my_permissions(opened))

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 6)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Scadenza"),
                self.tr("Stato"),
                self.tr("Caso"),
                self.tr("Voce"),
                self.tr("Da fare"),
                self.tr("Per"),
            ]
        )
        table.setAccessibleName(self.tr("Promemoria da fare"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.cellActivated.connect(lambda row, _column: self._open(row))
        return table

    def _read(self) -> TaskList | None:
        try:
            found = read_tasks(self.opened, everyone=self.everyone.isChecked())
        except AppError as refused:
            self.error.show_error(error_text(refused))
            return None
        self.error.clear_error()
        return found

    def refresh(self) -> None:
        """Read the tasks afresh, fill the table and the navigation count."""
        self.found = self._read()
        tasks = self.found.tasks if self.found is not None else ()
        self._fill(tasks)
        self._show_summary()

    def _fill(self, tasks: tuple[Task, ...]) -> None:
        self.table.setRowCount(len(tasks))
        for row, task in enumerate(tasks):
            late = self.tr("Scaduto") if task.overdue else self.tr("In scadenza")
            cells = (
                format_date(task.due),
                late,
                task.case_code,
                "" if task.ledger_seq is None else str(task.ledger_seq),
                message_text(task.message),
                ", ".join(task.for_users) or self.tr("nessuna"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(TASK_ROLE, row)
                if task.overdue and column < 2:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setForeground(QBrush(LATE))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _show_summary(self) -> None:
        found = self.found
        count = len(found.tasks) if found is not None else 0
        overdue = found.overdue if found is not None else 0
        if found is not None and found.everyone:
            text = self.tr("Promemoria dell'archivio: %1, di cui scaduti: %2")
        else:
            text = self.tr("Promemoria dei casi che segui: %1, di cui scaduti: %2")
        self.summary.setText(text.replace("%1", str(count)).replace("%2", str(overdue)))
        title = self.tr("Da fare")
        self.counted.emit(f"{title} ({count})" if count else title, self.summary.text())

    def _open(self, row: int) -> None:
        if self.found is None or not 0 <= row < len(self.found.tasks):
            return
        task = self.found.tasks[row]
        self.case_opened.emit(task.case_id, "funds" if task.ledger_seq is not None else "")

    def _edit_thresholds(self) -> None:
        from antiviolenza_desktop.ui.tasks_thresholds_dialog import TaskThresholdsDialog

        if TaskThresholdsDialog(self.opened, self).exec():
            self.refresh()

    def clear(self) -> None:
        self.found = None
        self.table.setRowCount(0)
        self.summary.clear()
