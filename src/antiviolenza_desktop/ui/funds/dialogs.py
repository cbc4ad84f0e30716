"""Dialogs that write to the fund registers: a payment against a commitment, and a reversal.

`WriteDialog` is their common shape (also used by the hours, expense and settings dialogs): a
form whose save button runs the write on the background runner. A refusal comes back as an
`AppError`; its `field` says which input to outline in red and put the Italian sentence under,
and the dialog stays open with what she typed. Nothing is written on a refusal: each write is
one transaction in the services. On success the dialog closes and emits `written(result)`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.reversal import DATED_KINDS, RegisterKind, reversal_reason
from antiviolenza_desktop.domain.ledger.entries import OpenCommitment
from antiviolenza_desktop.operations.fund_registers import Payment, record_payment
from antiviolenza_desktop.operations.register_reversal import reverse_row
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.form_fields import DateField
from antiviolenza_desktop.ui.formatting import format_money
from antiviolenza_desktop.ui.funds.charts import fund_label
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import MoneyEdit, hint
from antiviolenza_desktop.ui.project.payment_item_choice import PaymentItemChoice
from antiviolenza_desktop.ui.widgets import ErrorLabel

REFUSED_STYLE = "border: 2px solid #b00020;"


class WriteDialog(QDialog):
    """A form with inline refusals; subclasses add fields and call `run_write`."""

    written = Signal(object)

    def __init__(self, runner: BackgroundRunner, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self._runner = runner
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self.heading = QLabel(wordWrap=True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_field(
        self,
        name: str,
        label: str,
        widget: QWidget,
        *below: QWidget,
        beside: tuple[QWidget, ...] = (),
    ) -> None:
        """A row whose caption is the buddy of `widget` (the input outlined on a refusal),
        with `beside` on its line and `below` under it, then its refusals."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        problem = ErrorLabel()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(widget, 0 if beside else 1)
        for extra in beside:
            line.addWidget(extra)
        if beside:
            line.addStretch(1)
        column.addLayout(line)
        for extra in below:
            column.addWidget(extra)
        column.addWidget(problem)
        self.form.addRow(caption, cell)
        self.fields[name] = (widget, problem)

    def submit(self) -> None:
        raise NotImplementedError

    def clear_problems(self) -> None:
        self.error.clear_error()
        for widget, problem in self.fields.values():
            widget.setStyleSheet("")
            widget.setAccessibleDescription("")
            problem.clear_error()

    def show_problem(self, name: str | None, text: str) -> None:
        """Outline the field `name` and say why under it; other refusals go under the form.
        Amounts keep "€" and their digits on one line."""
        text = text.replace("€ ", "€\u00a0")
        field = self.fields.get((name or "").split("[", 1)[0])
        if field is None:
            self.error.show_error(text)
            self.fit_height()
            return
        widget, problem = field
        widget.setStyleSheet(REFUSED_STYLE)
        widget.setAccessibleDescription(text)
        problem.show_error(text)
        widget.setFocus()
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to the height the wrapped lines need at this width: a dialog sized before a
        refusal appeared would otherwise squeeze the hints under the fields."""
        layout = self.layout()
        layout.invalidate()  # texts set just now have not reached the layout's caches yet
        layout.activate()
        width = self.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(width, needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def run_write(self, work: Callable[[], Any]) -> None:
        self.save_button.setEnabled(False)

        def done(result: Any) -> None:
            if shiboken6.isValid(self):
                self.save_button.setEnabled(True)
                self.written.emit(result)
                self.accept()

        def refused(error: AppError) -> None:
            if shiboken6.isValid(self):
                self.save_button.setEnabled(True)
                self.show_problem(error.field, error_text(error))

        self._runner.run(work, done, refused)


class PaymentDialog(WriteDialog):
    """An erogazione against one commitment: date, amount, payee, document, note."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        commitment: OpenCommitment,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Registra un'erogazione"), parent)
        self._opened = opened
        self.commitment = commitment
        self.heading.setText(
            self.tr("Impegno n. %1 · caso %2 · %3")
            .replace("%1", str(commitment.seq))
            .replace("%2", commitment.case_code)
            .replace("%3", fund_label(commitment.fund))
        )
        self.figures = QLabel(
            self.tr("Impegnati %1 · già erogati %2 · residuo %3")
            .replace("%1", format_money(commitment.committed))
            .replace("%2", format_money(commitment.disbursed))
            .replace("%3", format_money(commitment.residual))
        )
        self.form.addRow(self.figures)
        self._add_fields()
        self.intervention.load(opened, runner, commitment.seq, commitment.case_id)
        self.save_button.setText(self.tr("&Registra l'erogazione"))
        self.amount.setFocus()

    def _add_fields(self) -> None:
        self.on = DateField()
        self.on.set_value(date.today())
        self.amount = MoneyEdit()
        self.payee = QLineEdit(
            placeholderText=self.tr("la beneficiaria, un fornitore, il locatore")
        )
        payee_hint = hint(
            self.tr(
                "Scrivi «la beneficiaria» invece del nome della donna, oppure il nome del "
                "fornitore o del locatore: il registro entra nei rendiconti."
            )
        )
        self.document = QLineEdit(placeholderText=self.tr("ricevuta, fattura o n. di mandato"))
        self.note = QLineEdit()
        self.add_field("on", self.tr("&Data"), self.on)
        self.add_field("amount", self.tr("&Importo (€)"), self.amount)
        self.add_field("payee", self.tr("&Beneficiario"), self.payee)
        self.form.addRow(payee_hint)  # spanning: a wrapped hint in a field cell could be cut
        self.payee.setToolTip(payee_hint.text())
        self.add_field("document_ref", self.tr("Docu&mento"), self.document)
        self.add_field("note", self.tr("&Nota"), self.note)
        self.intervention = PaymentItemChoice()
        self.add_field("intervention", self.tr("&Per l'intervento"), self.intervention)

    def submit(self) -> None:
        self.clear_problems()
        day, cents = self.on.value(), self.amount.cents()
        if day is None:
            self.show_problem("on", self.tr("Indica la data dell'erogazione."))
            return
        if cents is None:
            problem = self.amount.problem() or self.tr("Indica l'importo dell'erogazione.")
            self.show_problem("amount", problem)
            return
        payment = Payment(
            self.commitment.seq,
            day,
            cents,
            self.payee.text(),
            self.document.text(),
            self.note.text(),
            self.intervention.value(),
        )
        opened = self._opened
        self.run_write(lambda: record_payment(opened, payment).entry)


class ReversalDialog(WriteDialog):
    """A storno of one row of a register: what it cancels, its date (when the register keeps
    one), a required reason, and a tick that says it cancels the row in full; the button waits
    for the tick. The reason is checked by the domain's rule before the write is started, so a
    missing one shows at once; the write is `operations.register_reversal.reverse_row`."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        kind: RegisterKind,
        row_id: int,
        description: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Storno"), parent)
        self._opened, self._kind, self._row_id = opened, kind, row_id
        self.heading.setText(description)
        self.on = DateField()
        self.on.set_value(date.today())
        self.reason = QLineEdit(placeholderText=self.tr("per esempio: importo sbagliato"))
        self.confirm = QCheckBox(
            self.tr("Lo storno annulla per intero questa riga; la riga resta nel registro.")
        )
        if kind in DATED_KINDS:
            self.add_field("on", self.tr("&Data dello storno"), self.on)
        self.add_field("note", self.tr("&Motivo"), self.reason)
        self.form.addRow(self.confirm)
        self.save_button.setText(self.tr("&Storna"))
        self.save_button.setEnabled(False)
        self.confirm.toggled.connect(self.save_button.setEnabled)
        self.reason.setFocus()

    def submit(self) -> None:
        self.clear_problems()
        if not self.confirm.isChecked():
            return
        day = self.on.value() if self._kind in DATED_KINDS else None
        if day is None and self._kind in DATED_KINDS:
            self.show_problem("on", self.tr("Indica la data dello storno."))
            return
        try:
            reason = reversal_reason(self.reason.text())
        except AppError as error:
            self.show_problem(error.field, error_text(error))
            return
        opened, kind, row_id = self._opened, self._kind, self._row_id
        self.run_write(lambda: reverse_row(opened, kind, row_id, reason, day))
