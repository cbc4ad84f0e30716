"""Editable tables made of rows of ordinary inputs: interventions, supports, costs, members.

Rows of labelled widgets rather than a QTableView with delegates, for the reason the children
editor gives: every input is reachable by Tab and has an accessible name ("Intervento n. 2 –
costo previsto"), and a row's issues appear right under it. Columns have fixed widths (one may
stretch) and a header row, so the rows read as a table. A subclass says which inputs a row
has and how a row becomes a domain value and back; this base adds, removes and renumbers rows,
keeps the Tab order, routes issues named `prefix[i].key` under row i, and reports amounts
that are not amounts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from antiviolenza_desktop.domain.case.intake import FieldIssue
from antiviolenza_desktop.domain.project.model import AllowanceTiedToTraineeship
from antiviolenza_desktop.ui.case.form_fields import ReadOnlyGuard
from antiviolenza_desktop.ui.messages import issue_text
from antiviolenza_desktop.ui.project.fields import MoneyEdit, set_inputs_read_only, watch_changes
from antiviolenza_desktop.ui.widgets import ErrorLabel, WarningLabel, chain_tab_order

REMOVE_WIDTH = 30
SPACING = 6
SHOWN_AT_ONCE = frozenset({AllowanceTiedToTraineeship.code})
"""Rules that tie two rows (an allowance and the traineeship it names): the row they are
about shows them as soon as they are broken, even when the change was made in the other
table, so she never learns of them only at validation."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column: the key of its input in a row, its (translated) header, its width (0:
    takes the room left)."""

    key: str
    header: str
    width: int = 0


def _place(line: QHBoxLayout, widget: QWidget, width: int) -> None:
    if width:
        widget.setFixedWidth(width)
        line.addWidget(widget)
    else:
        widget.setMinimumWidth(120)
        line.addWidget(widget, 1)


def show_messages(error: ErrorLabel, warning: ErrorLabel, issues: Iterable[FieldIssue]) -> None:
    """Errors in the red label, warnings in the yellow one, one per line."""
    issues = list(issues)
    for label, severity in ((error, "error"), (warning, "warning")):
        text = "\n".join(issue_text(issue) for issue in issues if issue.severity == severity)
        if text:
            label.show_error(text)
        else:
            label.clear_error()


class EditorRow(QWidget):
    """One row: its inputs side by side, a remove button, and its issues underneath."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, inputs: dict[str, QWidget], columns: Sequence[Column]) -> None:
        super().__init__()
        self.inputs = inputs
        self.columns = tuple(columns)
        self.edited = False
        self.remove = QPushButton("✕")
        self.remove.setToolTip(self.tr("Rimuovi la riga"))
        self.remove.setFixedWidth(REMOVE_WIDTH)
        policy = self.remove.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # columns stay under their headers in read mode
        self.remove.setSizePolicy(policy)
        self.error = ErrorLabel()
        self.warning = WarningLabel()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(SPACING)
        for column in self.columns:
            _place(line, inputs[column.key], column.width)
        line.addWidget(self.remove)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(line)
        box.addWidget(self.error)
        box.addWidget(self.warning)
        for widget in inputs.values():
            watch_changes(widget, self.changed.emit)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def renumber(self, noun: str, number: int) -> None:
        pattern = QCoreApplication.translate("EditorRow", "%1 n. %2 – %3")
        for column in self.columns:
            name = pattern.replace("%1", noun).replace("%2", str(number))
            self.inputs[column.key].setAccessibleName(name.replace("%3", column.header))
        removal = QCoreApplication.translate("EditorRow", "Rimuovi %1 n. %2")
        self.remove.setAccessibleName(removal.replace("%1", noun).replace("%2", str(number)))

    def focusable(self) -> list[QWidget]:
        return [*(self.inputs[column.key] for column in self.columns), self.remove]


class RowsEditor(QWidget):
    """A list of rows of one kind; `changed` fires on every edit. Subclasses implement
    `make_inputs`, `read_row` and `write_row`."""

    changed = Signal()

    def __init__(
        self,
        prefix: str,
        columns: Sequence[Column],
        guard: ReadOnlyGuard,
        *,
        noun: str,
        add_text: str,
        empty_text: str,
    ) -> None:
        super().__init__()
        self.prefix = prefix
        self.columns = tuple(columns)
        self.noun = noun
        self.rows: list[EditorRow] = []
        self._guard = guard
        self._read_only = False
        self._loading = False
        self.header = self._header()
        self.empty_label = QLabel(empty_text)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self._add_and_focus)
        self.error = ErrorLabel()
        self.warning = WarningLabel()
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self._rows_box.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.header, self.empty_label):
            layout.addWidget(widget)
        layout.addLayout(self._rows_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        self.header.hide()

    def _header(self) -> QWidget:
        header = QWidget()
        line = QHBoxLayout(header)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(SPACING)
        for column in self.columns:
            caption = QLabel(column.header)
            caption.setStyleSheet("font-weight: bold;")
            _place(line, caption, column.width)
        line.addSpacing(REMOVE_WIDTH)
        return header

    # --- subclass hooks ------------------------------------------------------------------

    def make_inputs(self) -> dict[str, QWidget]:
        raise NotImplementedError

    def read_row(self, row: EditorRow) -> Any:
        raise NotImplementedError

    def write_row(self, row: EditorRow, item: Any) -> None:
        raise NotImplementedError

    # --- values --------------------------------------------------------------------------

    def value(self) -> tuple[Any, ...]:
        return tuple(self.read_row(row) for row in self.rows)

    def set_value(self, items: Iterable[Any]) -> None:
        self._loading = True
        try:
            for row in list(self.rows):
                self._remove(row)
            for item in items:
                self.write_row(self.add_row(), item)
        finally:
            self._loading = False
        self.changed.emit()

    def add_row(self) -> EditorRow:
        row = EditorRow(self.make_inputs(), self.columns)
        row.changed.connect(lambda: self._row_changed(row))
        row.remove_requested.connect(self._remove_and_refocus)
        self._rows_box.addWidget(row)
        row.show()  # a layout shows a new child only later, from the event loop
        self.rows.append(row)
        self._renumber()
        self._apply_read_only(row)
        self._order_tabs()
        return row

    def _row_changed(self, row: EditorRow) -> None:
        if not self._loading:
            row.edited = True
            self.changed.emit()

    def _add_and_focus(self) -> None:
        row = self.add_row()
        row.focusable()[0].setFocus()
        self.changed.emit()

    def _remove_and_refocus(self, row: EditorRow) -> None:
        index = self.rows.index(row)
        self._remove(row)
        self.changed.emit()
        target = self.rows[min(index, len(self.rows) - 1)].focusable()[0] if self.rows else None
        (target or self.add_button).setFocus()

    def _remove(self, row: EditorRow) -> None:
        """Out of the layout and out of the widget tree at once: a row waiting for
        deleteLater must not keep what was typed in it among the editor's children."""
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.hide()
        row.setParent(None)  # type: ignore[call-overload]
        row.deleteLater()
        self._renumber()

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.renumber(self.noun, number)
        self.empty_label.setVisible(not self.rows)
        self.header.setVisible(bool(self.rows))

    def _order_tabs(self) -> None:
        chain = [widget for row in self.rows for widget in row.focusable()]
        chain_tab_order(self, chain, self.add_button)

    # --- issues --------------------------------------------------------------------------

    def amount_issues(self) -> list[FieldIssue]:
        """Amounts typed that are not amounts, named like the domain names row fields."""
        issues = []
        for index, row in enumerate(self.rows):
            for key, widget in row.inputs.items():
                field = f"{self.prefix}[{index}].{key}"
                issue = widget.issue(field) if isinstance(widget, MoneyEdit) else None
                if issue:
                    issues.append(issue)
        return issues

    def owns(self, field: str) -> bool:
        return field == self.prefix or field.startswith(self.prefix + "[")

    def show_issues(self, issues: Iterable[FieldIssue], *, reveal_all: bool) -> None:
        """`prefix` issues under the table (once a row was edited), `prefix[i]...` under row i
        (once that row was edited, or at once for the rules of SHOWN_AT_ONCE); everything at
        once with `reveal_all`."""
        by_row: dict[int, list[FieldIssue]] = {}
        mine: list[FieldIssue] = []
        for issue in issues:
            if issue.field == self.prefix:
                mine.append(issue)
            elif self.owns(issue.field):
                by_row.setdefault(self._index(issue.field), []).append(issue)
        edited = any(row.edited for row in self.rows)
        show_messages(self.error, self.warning, mine if reveal_all or edited else [])
        for index, row in enumerate(self.rows):
            shown = [
                issue
                for issue in by_row.get(index, [])
                if reveal_all or row.edited or issue.code in SHOWN_AT_ONCE
            ]
            show_messages(row.error, row.warning, shown)
            text = " ".join(issue_text(issue) for issue in shown)
            for widget in row.inputs.values():
                widget.setAccessibleDescription(text)

    def _index(self, field: str) -> int:
        return int(field[len(self.prefix) + 1 :].split("]", 1)[0])

    def input_for(self, field: str) -> QWidget:
        """The input to focus for an issue such as `work.interventions[1].end`."""
        if field == self.prefix or not self.rows:
            return self.add_button if not self._read_only else self
        row = self.rows[min(self._index(field), len(self.rows) - 1)]
        key = field.rsplit(".", 1)[-1]
        return row.inputs.get(key, row.focusable()[0])

    # --- read mode -----------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            self._apply_read_only(row)

    def _apply_read_only(self, row: EditorRow) -> None:
        row.remove.setVisible(not self._read_only)
        set_inputs_read_only(row.inputs.values(), self._read_only, self._guard)
