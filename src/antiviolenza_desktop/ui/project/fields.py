"""Inputs of the project and assessment editors that the referral form does not have.

`MoneyEdit` takes euro amounts the Italian way ("1.234,56") through `domain.money`, and
refuses anything else with the domain's own message; `LinesEdit` is a list of lines (the
goals); `vocabulary_combo` and `vocabulary_checks` show a `project_options` vocabulary
through the catalogue (context "project_options"). `watch_changes` and `set_inputs_read_only`
treat any mix of inputs alike, so an editor made of several sections needs no special cases.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from antiviolenza_desktop.domain.case.intake_options import Option, label_of
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.field_issues import FieldIssue, issue_of
from antiviolenza_desktop.domain.money import Cents, parse_amount
from antiviolenza_desktop.ui.case.form_fields import (
    DateField,
    OptionChecks,
    OptionCombo,
    ReadOnlyGuard,
)
from antiviolenza_desktop.ui.case.form_slots import FieldSlot, field_box
from antiviolenza_desktop.ui.formatting import format_money
from antiviolenza_desktop.ui.messages import error_text

VOCABULARY_CONTEXT = "project_options"


def vocabulary_label(option: Option) -> str:
    """The label of a project or assessment vocabulary entry, through the catalogue."""
    return QCoreApplication.translate(VOCABULARY_CONTEXT, option.label)


def vocabulary_label_of(options: Sequence[Option], code: str) -> str:
    """The translated label of `code`, or the code itself when the vocabulary lacks it."""
    try:
        return vocabulary_label(Option(code, label_of(tuple(options), code)))
    except KeyError:
        return code


def translated(options: Iterable[Option]) -> list[Option]:
    return [Option(option.code, vocabulary_label(option)) for option in options]


def vocabulary_combo(options: Sequence[Option], *, empty_text: str | None = None) -> OptionCombo:
    """An `OptionCombo` over a `project_options` vocabulary; each label is also its tooltip,
    because the narrow columns of a table cut the long ones."""
    combo = OptionCombo(translated(options), empty_text=empty_text)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    for index in range(combo.count()):
        combo.setItemData(index, combo.itemText(index), Qt.ItemDataRole.ToolTipRole)
    combo.currentIndexChanged.connect(lambda: combo.setToolTip(combo.currentText()))
    return combo


def vocabulary_checks(options: Sequence[Option], *, columns: int = 2) -> OptionChecks:
    return OptionChecks(translated(options), columns=columns)


class MoneyEdit(QLineEdit):
    """A euro amount: "1.234,56", "1234,56" or "1234.56"; shown back as "1.234,56".

    `cents()` is None when the field is empty or the text is not an amount; `problem()` says
    why in the domain's words (`InvalidAmount`), so the editor shows it under the field.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0,00")
        self.setToolTip(self.tr("Importo in euro, per esempio 1.234,56"))
        self.editingFinished.connect(self._tidy)

    def _parsed(self) -> Cents | AppError | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_amount(text)
        except AppError as error:
            return error

    def cents(self) -> Cents | None:
        parsed = self._parsed()
        return parsed if isinstance(parsed, int) else None

    def problem(self) -> str | None:
        parsed = self._parsed()
        return error_text(parsed) if isinstance(parsed, AppError) else None

    def issue(self, field: str) -> FieldIssue | None:
        """What is wrong with the amount typed, as an error under `field` keeping the
        error's code and template (so it is translated where it is shown); None if nothing."""
        parsed = self._parsed()
        return replace(issue_of(parsed), field=field) if isinstance(parsed, AppError) else None

    def set_cents(self, cents: Cents | None) -> None:
        self.setText("" if cents is None else format_money(cents).replace("€ ", ""))

    def _tidy(self) -> None:
        cents = self.cents()
        if cents is not None and not self.isReadOnly():
            self.set_cents(cents)


class LinesEdit(QPlainTextEdit):
    """One item per line (goals, names); empty lines are dropped."""

    def __init__(self, placeholder: str, lines: int = 3) -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setFixedHeight(height)

    def value(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def set_value(self, lines: Iterable[str]) -> None:
        self.setPlainText("\n".join(lines))


def watch_changes(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call `slot()` (without the signal's arguments) on every change of an input."""

    def call(*_args: object) -> None:
        slot()

    if isinstance(widget, DateField):
        widget.dateChanged.connect(call)
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.textChanged.connect(call)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(call)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(call)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(call)
    elif isinstance(widget, OptionChecks):
        for box in widget.boxes.values():
            box.toggled.connect(call)


def set_inputs_read_only(widgets: Iterable[QWidget], read_only: bool, guard: ReadOnlyGuard) -> None:
    """Read mode for any input: values stay readable and reachable by Tab."""
    for widget in widgets:
        if isinstance(widget, DateField):
            widget.set_read_only(read_only)
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.setReadOnly(read_only)
        elif isinstance(widget, QSpinBox):
            widget.setReadOnly(read_only)
            symbols = QAbstractSpinBox.ButtonSymbols
            widget.setButtonSymbols(symbols.NoButtons if read_only else symbols.UpDownArrows)
        elif isinstance(widget, OptionChecks):
            guard.apply(widget.boxes.values(), read_only)
        else:
            guard.apply((widget,), read_only)


def labelled_row(
    form: QFormLayout,
    label: str,
    name: str,
    field: QWidget,
    *extra: QWidget,
    is_empty: Callable[[], bool] = lambda: False,
) -> FieldSlot:
    """A form row whose caption (with its &) is the buddy of `field`; issues go under it."""
    caption = QLabel(label)
    caption.setBuddy(field.first() if isinstance(field, OptionChecks) else field)
    field.setAccessibleName(label.replace("&", ""))
    inputs = list(field.boxes.values()) if isinstance(field, OptionChecks) else [field]
    slot = FieldSlot(name, inputs, is_empty)
    stretch = not isinstance(field, QPlainTextEdit)  # text areas take the whole row
    form.addRow(caption, field_box([slot], field, *extra, stretch=stretch))
    return slot


def form_layout(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


def hint(text: str) -> QLabel:
    """A grey explanatory line (guidance of the instrument, what a section is for)."""
    label = QLabel(text, wordWrap=True)
    label.setObjectName("hintLabel")
    label.setStyleSheet("color: #555555;")
    return label
