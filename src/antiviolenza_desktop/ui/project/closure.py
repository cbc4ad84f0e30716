"""Closing the project: the date and either the outcomes reached or the reason she dropped out.

An "assunta" outcome needs the contract type, so its combo is enabled only with that outcome.
Closing is final (nothing can be changed or updated afterwards), so the button stays disabled
until she ticks the box that says so: a confirmation in the page instead of a modal dialog.
The panel builds the `Closure`; the project tab writes it and hands back any refusal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.project import options as opt
from antiviolenza_desktop.domain.project.revisions import Closure, Outcome, ProjectRevision
from antiviolenza_desktop.ui.case.form_fields import DateField
from antiviolenza_desktop.ui.case.form_slots import FieldSlot, field_box
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import (
    form_layout,
    hint,
    labelled_row,
    vocabulary_checks,
    vocabulary_combo,
)
from antiviolenza_desktop.ui.widgets import ErrorLabel


class ClosurePanel(QWidget):
    """`submitted(Closure)` when she confirms the closure."""

    submitted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.state = hint("")
        self.closed_on = DateField()
        self.concluded = QRadioButton(self.tr("Concl&uso, con questi esiti"))
        self.dropped = QRadioButton(self.tr("&Interrotto"))
        self.kind = QButtonGroup(self)
        for button in (self.concluded, self.dropped):
            self.kind.addButton(button)
        self.concluded.setChecked(True)
        self.outcomes = vocabulary_checks(opt.OUTCOMES, columns=2)
        self.contract = vocabulary_combo(opt.CONTRACT_TYPES, empty_text=self.tr("— scegli —"))
        self.drop_reason = vocabulary_combo(opt.DROP_REASONS, empty_text=self.tr("— scegli —"))
        for combo in (self.contract, self.drop_reason):
            combo.setMinimumWidth(260)
        self.note = QLineEdit(minimumWidth=360)
        self.confirm = QCheckBox(
            self.tr("Ho verificato: la chiusura è definitiva, poi il progetto non si modifica più")
        )
        self.close_button = QPushButton(self.tr("Chiudi il p&rogetto"))
        self.error = ErrorLabel()
        self.group = self._form()
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.group)
        layout.addStretch(1)
        self.kind.buttonToggled.connect(self._refresh)
        self.outcomes.boxes[opt.EMPLOYED].toggled.connect(self._refresh)
        self.confirm.toggled.connect(self._refresh)
        self.close_button.clicked.connect(self.submit)
        self._refresh()

    def _form(self) -> QGroupBox:
        group = QGroupBox(self.tr("Chiusura del progetto"))
        group.setMaximumWidth(800)
        form = form_layout(group)
        self.slots: dict[str, FieldSlot] = {}

        def row(label: str, name: str, field: QWidget) -> None:
            self.slots[name] = labelled_row(form, label, name, field)

        row(self.tr("&Data di chiusura"), "closed_on", self.closed_on)
        form.addRow("", self.concluded)
        row(self.tr("Esiti"), "outcomes", self.outcomes)
        row(self.tr("Tipo di co&ntratto"), "contract_type", self.contract)
        form.addRow("", self.dropped)
        row(self.tr("Motivo dell'interru&zione"), "drop_reason", self.drop_reason)
        row(self.tr("N&ota"), "note", self.note)
        form.addRow("", self.confirm)
        form.addRow(self.error)
        form.addRow("", field_box([], self.close_button))
        return group

    def _refresh(self) -> None:
        concluded = self.concluded.isChecked()
        self.outcomes.setEnabled(concluded)
        employed = self.outcomes.boxes[opt.EMPLOYED].isChecked()
        self.contract.setEnabled(concluded and employed)
        self.drop_reason.setEnabled(not concluded)
        self.close_button.setEnabled(self.confirm.isChecked())

    def set_state(self, revision: ProjectRevision | None, closed: bool) -> None:
        self.group.setEnabled(revision is not None and not closed)
        if revision is None:
            self.state.setText(self.tr("Si chiude un progetto dopo averlo validato."))
        elif closed:
            self.state.setText(
                self.tr("Progetto chiuso: revisione %1.").replace("%1", str(revision.number))
            )
        else:
            text = self.tr("Chiude la revisione in vigore (%1), validata il %2.")
            day = format_date(revision.validated_on)
            self.state.setText(text.replace("%1", str(revision.number)).replace("%2", day))
        self._reset(open_for_closure=revision is not None and not closed)

    def _reset(self, *, open_for_closure: bool) -> None:
        self.closed_on.set_value(date.today() if open_for_closure else None)
        self.concluded.setChecked(True)
        self.outcomes.set_value(())
        self.contract.set_value(None)
        self.drop_reason.set_value(None)
        self.note.setText("")
        self.confirm.setChecked(False)
        self.error.clear_error()
        for slot in self.slots.values():
            slot.reset()

    def clear(self) -> None:
        self.set_state(None, False)

    def value(self) -> Closure | None:
        """The closure on screen; None without a date."""
        closed_on = self.closed_on.value()
        if closed_on is None:
            return None
        if self.dropped.isChecked():
            return Closure(closed_on, (), self.drop_reason.value() or "", self.note.text().strip())
        contract = self.contract.value()
        outcomes = tuple(
            Outcome(kind, contract if kind == opt.EMPLOYED else None)
            for kind in self.outcomes.boxes
            if kind in self.outcomes.value()
        )
        return Closure(closed_on, outcomes, None, self.note.text().strip())

    def submit(self) -> None:
        closure = self.value()
        if closure is None:
            self.slots["closed_on"].error.show_error(self.tr("Indica la data di chiusura."))
            return
        self.slots["closed_on"].error.clear_error()
        self.submitted.emit(closure)

    def refused(self, error: AppError) -> None:
        name = (error.field or "").split("[", 1)[0]
        if name == "outcomes" and (error.field or "").endswith("contract_type"):
            name = "contract_type"
        target = self.slots[name].error if name in self.slots else self.error
        target.show_error(error_text(error))
