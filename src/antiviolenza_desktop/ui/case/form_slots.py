"""Where the issues of one field appear, and whether she has touched that field yet.

A `FieldSlot` ties a `CaseDraft` field name (the `field` of a domain `FieldIssue`) to its
inputs and to a red and a yellow label under them. Errors about an empty field stay hidden
until she has left the field once or tried to save: a blank form must not open in red.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from antiviolenza_desktop.domain.case.intake import FieldIssue
from antiviolenza_desktop.ui.messages import issue_text
from antiviolenza_desktop.ui.widgets import ErrorLabel, WarningLabel


class FieldSlot:
    """One field of the form: its inputs, its issue labels, and the `touched` flag."""

    def __init__(self, name: str, inputs: Sequence[QWidget], is_empty: Callable[[], bool]) -> None:
        self.name = name
        self.inputs = tuple(inputs)
        self.is_empty = is_empty
        self.error = ErrorLabel()
        self.warning = WarningLabel()
        self.touched = False

    def show_issues(self, issues: Iterable[FieldIssue], *, reveal_all: bool) -> bool:
        """Show this field's issues; True when an error is on screen."""
        issues = list(issues)
        errors = [issue_text(issue) for issue in issues if issue.severity == "error"]
        warnings = [issue_text(issue) for issue in issues if issue.severity == "warning"]
        if errors and not (reveal_all or self.touched or not self.is_empty()):
            errors = []
        self._set(self.error, errors)
        self._set(self.warning, warnings)
        for widget in self.inputs:
            widget.setAccessibleDescription(" ".join(errors + warnings))
        return bool(errors)

    @staticmethod
    def _set(label: ErrorLabel, messages: list[str]) -> None:
        if messages:
            label.show_error("\n".join(messages))
        else:
            label.clear_error()

    def reset(self) -> None:
        self.touched = False
        self.show_issues((), reveal_all=False)

    def focus(self) -> QWidget:
        """Put the keyboard on the first input and return it (to scroll it into view)."""
        target = self.inputs[0]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target


def field_box(
    slots: Iterable[FieldSlot], *widgets: QWidget, stretch: bool = True, reserve: bool = False
) -> QWidget:
    """The right-hand cell of a form row: the inputs side by side, the issues underneath.

    With `reserve`, a line is kept for the issues even when there are none, so an error or a
    warning of one line appears without moving anything on the form (the referral form is
    checked as she types: without it, the field she tabbed into would jump away)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    line = QHBoxLayout()
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    if stretch:
        line.addStretch(1)
    column.addLayout(line)
    labels = [label for slot in slots for label in (slot.error, slot.warning)]
    if labels:
        column.addWidget(issue_area(labels, reserve=reserve))
    return box


def issue_area(labels: Iterable[QWidget], *, reserve: bool) -> QWidget:
    """The issue labels of a field or a row, one under the other; with `reserve`, a line is
    kept for them while they are hidden, so a one-line issue moves nothing when it appears."""
    area = QWidget()
    column = QVBoxLayout(area)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for label in labels:
        column.addWidget(label)
    if reserve:
        area.setMinimumHeight(area.fontMetrics().lineSpacing())
    return area


class TouchTracker(QObject):
    """Marks a field as touched when the keyboard leaves it, then asks for a new check.

    Focus lost to a combo's popup or to another window does not count: she has not left
    the field, she is still choosing.
    """

    _IGNORED = frozenset({Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason})

    def __init__(self, on_touched: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_touched = on_touched
        self._slots: dict[QObject, FieldSlot] = {}

    def watch(self, slot: FieldSlot) -> None:
        for widget in slot.inputs:
            self._slots[widget] = slot
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            slot = self._slots.get(watched)
            if slot is not None and event.reason() not in self._IGNORED and not slot.touched:
                slot.touched = True
                self._on_touched()
        return False
