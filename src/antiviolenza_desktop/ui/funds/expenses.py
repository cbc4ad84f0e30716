"""Action expenses: the regional money (A) an action spends outside the women's projects, such
as the équipes' training (3.4). The dialog offers only the actions that have A money and are
not paid through a fund (the service refuses the others with the reason anyway).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from antiviolenza_desktop.domain.funds.cofinancing import ExpenseEntry
from antiviolenza_desktop.domain.funds.figures import fund_of_action
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.operations import fund_registers
from antiviolenza_desktop.operations.funds_reading import can_write
from antiviolenza_desktop.services.cofinancing import ExpenseRow
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.form_fields import DateField
from antiviolenza_desktop.ui.formatting import format_date, format_money
from antiviolenza_desktop.ui.funds.dialogs import ReversalDialog, WriteDialog
from antiviolenza_desktop.ui.funds.models import ExpensesModel
from antiviolenza_desktop.ui.funds.register_page import RegisterPage, action_combo
from antiviolenza_desktop.ui.project.fields import MoneyEdit


class ExpenseDialog(WriteDialog):
    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        programme: Programme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Spesa di un'azione"), parent)
        self._opened = opened
        self.heading.setText(self.tr("Una spesa della quota regionale (A) fuori dai progetti"))
        actions = tuple(
            a
            for a in programme.actions
            if a.amount_a > 0 and fund_of_action(programme, a.code) is None
        )
        self.action = action_combo(actions)
        self.on = DateField()
        self.on.set_value(date.today())
        self.amount = MoneyEdit()
        self.payee = QLineEdit(placeholderText=self.tr("per esempio: l'ente di formazione"))
        self.document = QLineEdit(placeholderText=self.tr("fattura, ricevuta o n. di mandato"))
        self.description = QLineEdit()
        self.add_field("action_code", self.tr("&Azione"), self.action)
        self.add_field("on", self.tr("&Data"), self.on)
        self.add_field("amount", self.tr("&Importo (€)"), self.amount)
        self.add_field("payee", self.tr("&Beneficiario"), self.payee)
        self.add_field("document_ref", self.tr("Docu&mento"), self.document)
        self.add_field("description", self.tr("D&escrizione"), self.description)
        self.save_button.setText(self.tr("&Registra la spesa"))
        self.on.setFocus()

    def submit(self) -> None:
        self.clear_problems()
        day, cents = self.on.value(), self.amount.cents()
        if day is None:
            self.show_problem("on", self.tr("Indica la data della spesa."))
            return
        if cents is None:
            self.show_problem("amount", self.amount.problem() or self.tr("Indica l'importo."))
            return
        expense = ExpenseEntry(
            action_code=str(self.action.currentData()),
            on=day,
            amount=cents,
            payee=self.payee.text(),
            document_ref=self.document.text(),
            description=self.description.text(),
        )
        opened = self._opened
        self.run_write(lambda: fund_registers.record_expense(opened, expense))


class ExpensesPage(RegisterPage):
    def __init__(self, opened: OpenStore, runner: BackgroundRunner, programme: Programme) -> None:
        super().__init__(
            opened,
            runner,
            ExpensesModel(),
            self.tr("Spese delle azioni"),
            self.tr("&Aggiungi spesa…"),
        )
        self.programme = programme

    def set_rows(self, rows: Sequence[ExpenseRow]) -> None:
        super().set_rows(rows)
        total = sum(-r.entry.amount if r.reverses_id is not None else r.entry.amount for r in rows)
        self.summary.setText(self.tr("Totale delle spese: %1").replace("%1", format_money(total)))

    def add(self) -> ExpenseDialog | None:
        if not can_write(self._opened):
            return None
        dialog = ExpenseDialog(self._opened, self._runner, self.programme, self)
        dialog.written.connect(self._written)
        dialog.open()
        return dialog

    def reverse(self) -> ReversalDialog | None:
        row: ExpenseRow | None = self.selected()
        if row is None or not can_write(self._opened):
            return None
        text = (
            self.tr("Spesa n. %1 · azione %2 · %3 del %4 · %5")
            .replace("%1", str(row.id))
            .replace("%2", row.entry.action_code)
            .replace("%3", format_money(row.entry.amount))
            .replace("%4", format_date(row.entry.on))
            .replace("%5", row.entry.payee)
        )
        dialog = ReversalDialog(self._opened, self._runner, "expenses", row.id, text, self)
        dialog.written.connect(self._written)
        dialog.open()
        return dialog
