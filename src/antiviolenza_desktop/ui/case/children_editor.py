"""The children of the referral form: one row per child with age, minor and disabled.

Rows of ordinary widgets rather than a table: a woman rarely has more than a few children,
and a row of labelled inputs is reachable by Tab and read aloud by a screen reader, where a
table cell editor is neither. Typing an age ticks or unticks "minorenne" for her; the domain
still checks the two agree, because the box can be changed by hand afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.case.intake import ADULT_AGE, Child, FieldIssue
from antiviolenza_desktop.ui.case.form_fields import ReadOnlyGuard
from antiviolenza_desktop.ui.case.form_slots import issue_area
from antiviolenza_desktop.ui.messages import issue_text
from antiviolenza_desktop.ui.widgets import ErrorLabel, WarningLabel, chain_tab_order


class _ChildRow(QWidget):
    """One child: "Figlio/a n. 1", age, minor, disabled, remove, and the row's issues."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, number: int) -> None:
        super().__init__()
        self.title = QLabel()
        self.age = QLineEdit()
        self.age.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"), self))
        self.age.setMaximumWidth(60)
        self.minor = QCheckBox(self.tr("minorenne"))
        self.disabled = QCheckBox(self.tr("con disabilità"))
        self.remove = QPushButton(self.tr("Rimuovi"))
        self.error = ErrorLabel()
        self.warning = WarningLabel()
        self.renumber(number)
        age_caption = QLabel(self.tr("&età"))
        age_caption.setBuddy(self.age)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(10)
        line.addWidget(self.title)
        line.addWidget(age_caption)
        for widget in (self.age, self.minor, self.disabled, self.remove):
            line.addWidget(widget)
        line.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(line)
        column.addWidget(issue_area([self.error, self.warning], reserve=True))
        self.age.textEdited.connect(self._age_typed)
        self.age.textChanged.connect(self.changed)
        self.minor.toggled.connect(self.changed)
        self.disabled.toggled.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def renumber(self, number: int) -> None:
        self.title.setText(self.tr("Figlio/a n. %1").replace("%1", str(number)))
        self.age.setAccessibleName(self.tr("Età del figlio/a n. %1").replace("%1", str(number)))
        self.minor.setAccessibleName(self.tr("Figlio/a n. %1 minorenne").replace("%1", str(number)))
        self.disabled.setAccessibleName(
            self.tr("Figlio/a n. %1 con disabilità").replace("%1", str(number))
        )
        self.remove.setAccessibleName(self.tr("Rimuovi figlio/a n. %1").replace("%1", str(number)))

    def _age_typed(self, text: str) -> None:
        if text:
            self.minor.setChecked(int(text) < ADULT_AGE)

    def value(self) -> Child:
        text = self.age.text()
        return Child(
            age=int(text) if text else None,
            minor=self.minor.isChecked(),
            disabled=self.disabled.isChecked(),
        )

    def set_value(self, child: Child) -> None:
        self.age.setText("" if child.age is None else str(child.age))
        self.minor.setChecked(child.minor)
        self.disabled.setChecked(child.disabled)

    def inputs(self) -> tuple[QWidget, ...]:
        return (self.age, self.minor, self.disabled, self.remove)


class ChildrenEditor(QWidget):
    """The list of children; `changed` fires on every edit so the form re-checks."""

    changed = Signal()

    def __init__(self, guard: ReadOnlyGuard) -> None:
        super().__init__()
        self._guard = guard
        self.rows: list[_ChildRow] = []
        self.none_label = QLabel(self.tr("Nessun figlio inserito."))
        self.add_button = QPushButton(self.tr("&Aggiungi figlio/a"))
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
        self._read_only = False

    def value(self) -> tuple[Child, ...]:
        return tuple(row.value() for row in self.rows)

    def set_value(self, children: Iterable[Child]) -> None:
        for row in list(self.rows):
            self._remove(row, notify=False)
        for child in children:
            self.add_row().set_value(child)
        self.changed.emit()

    def add_row(self) -> _ChildRow:
        row = _ChildRow(len(self.rows) + 1)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove_and_refocus)
        self._rows_box.addWidget(row)
        row.show()  # a layout shows a new child only later, from the event loop
        self._apply_read_only(row)
        self.rows.append(row)
        self._order_tabs()
        self.none_label.setVisible(False)
        return row

    def _add_and_focus(self) -> None:
        self.add_row().age.setFocus()
        self.changed.emit()

    def _remove_and_refocus(self, row: _ChildRow) -> None:
        index = self.rows.index(row)
        self._remove(row, notify=True)
        target = self.rows[min(index, len(self.rows) - 1)].age if self.rows else self.add_button
        target.setFocus()

    def _remove(self, row: _ChildRow, *, notify: bool) -> None:
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        for number, remaining in enumerate(self.rows, start=1):
            remaining.renumber(number)
        self.none_label.setVisible(not self.rows)
        if notify:
            self.changed.emit()

    def _order_tabs(self) -> None:
        chain = [widget for row in self.rows for widget in row.inputs()]
        chain_tab_order(self, chain, self.add_button)

    def show_issues(self, issues: Iterable[FieldIssue]) -> None:
        """Issues named "children[i].…" go under row i."""
        by_row: dict[int, list[FieldIssue]] = {}
        for issue in issues:
            index = int(issue.field.split("[", 1)[1].split("]", 1)[0])
            by_row.setdefault(index, []).append(issue)
        for index, row in enumerate(self.rows):
            mine = by_row.get(index, [])
            for label, severity in ((row.error, "error"), (row.warning, "warning")):
                text = "\n".join(issue_text(issue) for issue in mine if issue.severity == severity)
                if text:
                    label.show_error(text)
                else:
                    label.clear_error()

    def input_for(self, field: str) -> QWidget:
        """The input to focus for an issue such as "children[0].minor"."""
        index = int(field.split("[", 1)[1].split("]", 1)[0])
        if not 0 <= index < len(self.rows):
            return self.add_button
        row = self.rows[index]
        return row.minor if field.endswith(".minor") else row.age

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            self._apply_read_only(row)

    def _apply_read_only(self, row: _ChildRow) -> None:
        row.remove.setVisible(not self._read_only)
        row.age.setReadOnly(self._read_only)
        self._guard.apply((row.minor, row.disabled), self._read_only)
