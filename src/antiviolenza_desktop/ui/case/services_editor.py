"""The log of the services the CAV gave her: one row per service, with its kind and its day.

Built like the children's rows (`children_editor`): ordinary labelled widgets, reachable by Tab
and read aloud, because a log rarely has more than a dozen rows. The domain checks each row
(`domain.case.statutory`); issues named "statutory.services[i].…" go under row i.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from antiviolenza_desktop.domain.case import statutory_options as so
from antiviolenza_desktop.domain.case.statutory import SERVICES, ServiceGiven
from antiviolenza_desktop.domain.field_issues import FieldIssue
from antiviolenza_desktop.ui.case.form_fields import DateField, OptionCombo, ReadOnlyGuard
from antiviolenza_desktop.ui.case.form_slots import issue_area
from antiviolenza_desktop.ui.messages import issue_text
from antiviolenza_desktop.ui.widgets import ErrorLabel, WarningLabel, chain_tab_order


def row_of(field: str) -> int:
    """The row an issue such as "statutory.services[2].day" belongs to."""
    return int(field.removeprefix(SERVICES).split("]", 1)[0])


class _ServiceRow(QWidget):
    """One service: "Servizio n. 1", its kind, its day, remove, and the row's issues."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, number: int) -> None:
        super().__init__()
        self.title = QLabel()
        self.kind = OptionCombo(so.SERVICE_KINDS, empty_text=self.tr("— scegli —"))
        self.day = DateField()
        self.remove = QPushButton(self.tr("Rimuovi"))
        self.error = ErrorLabel()
        self.warning = WarningLabel()
        self.renumber(number)
        day_caption = QLabel(self.tr("&il"))
        day_caption.setBuddy(self.day)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(10)
        for widget in (self.title, self.kind, day_caption, self.day, self.remove):
            line.addWidget(widget)
        line.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(line)
        column.addWidget(issue_area([self.error, self.warning], reserve=True))
        self.kind.currentIndexChanged.connect(self.changed)
        self.day.dateChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def renumber(self, number: int) -> None:
        self.title.setText(self.tr("Servizio n. %1").replace("%1", str(number)))
        self.kind.setAccessibleName(self.tr("Tipo del servizio n. %1").replace("%1", str(number)))
        self.day.setAccessibleName(self.tr("Data del servizio n. %1").replace("%1", str(number)))
        self.remove.setAccessibleName(self.tr("Rimuovi servizio n. %1").replace("%1", str(number)))

    def value(self) -> ServiceGiven:
        return ServiceGiven(kind=self.kind.value(), day=self.day.value())

    def set_value(self, service: ServiceGiven) -> None:
        self.kind.set_value(service.kind)
        self.day.set_value(service.day)

    def inputs(self) -> tuple[QWidget, ...]:
        return (self.kind, self.day, self.remove)


class ServicesEditor(QWidget):
    """The list of services; `changed` fires on every edit so the form re-checks."""

    changed = Signal()

    def __init__(self, guard: ReadOnlyGuard) -> None:
        super().__init__()
        self._guard = guard
        self._read_only = False
        self.rows: list[_ServiceRow] = []
        self.none_label = QLabel(self.tr("Nessun servizio registrato."))
        self.add_button = QPushButton(self.tr("Aggiungi &servizio"))
        self.add_button.clicked.connect(self._add_and_focus)
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.none_label)
        layout.addLayout(self._rows_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def value(self) -> tuple[ServiceGiven, ...]:
        return tuple(row.value() for row in self.rows)

    def set_value(self, services: Iterable[ServiceGiven]) -> None:
        for row in list(self.rows):
            self._remove(row, notify=False)
        for service in services:
            self.add_row().set_value(service)
        self.changed.emit()

    def add_row(self) -> _ServiceRow:
        row = _ServiceRow(len(self.rows) + 1)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove_and_refocus)
        self._rows_box.addWidget(row)
        row.show()  # a layout shows a new child only later, from the event loop
        self._apply_read_only(row)
        self.rows.append(row)
        chain = [widget for each in self.rows for widget in each.inputs()]
        chain_tab_order(self, chain, self.add_button)
        self.none_label.setVisible(False)
        return row

    def _add_and_focus(self) -> None:
        self.add_row().kind.setFocus()
        self.changed.emit()

    def _remove_and_refocus(self, row: _ServiceRow) -> None:
        index = self.rows.index(row)
        self._remove(row, notify=True)
        target = self.rows[min(index, len(self.rows) - 1)].kind if self.rows else self.add_button
        target.setFocus()

    def _remove(self, row: _ServiceRow, *, notify: bool) -> None:
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        for number, remaining in enumerate(self.rows, start=1):
            remaining.renumber(number)
        self.none_label.setVisible(not self.rows)
        if notify:
            self.changed.emit()

    def show_issues(self, issues: Iterable[FieldIssue]) -> None:
        by_row: dict[int, list[FieldIssue]] = {}
        for issue in issues:
            by_row.setdefault(row_of(issue.field), []).append(issue)
        for index, row in enumerate(self.rows):
            mine = by_row.get(index, [])
            for label, severity in ((row.error, "error"), (row.warning, "warning")):
                text = "\n".join(issue_text(issue) for issue in mine if issue.severity == severity)
                if text:
                    label.show_error(text)
                else:
                    label.clear_error()

    def input_for(self, field: str) -> QWidget:
        """The input to focus for an issue such as "statutory.services[0].day"."""
        index = row_of(field)
        if not 0 <= index < len(self.rows):
            return self.add_button
        row = self.rows[index]
        return row.day if field.endswith(".day") else row.kind

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            self._apply_read_only(row)

    def _apply_read_only(self, row: _ServiceRow) -> None:
        row.remove.setVisible(not self._read_only)
        row.day.set_read_only(self._read_only)
        self._guard.apply((row.kind,), self._read_only)
