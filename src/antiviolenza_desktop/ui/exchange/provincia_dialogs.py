"""The capofila's dialogs for the Provincia's register: a commitment, a payment, CPI hours.

Each calls `operations.provincia` on the background runner; the refusals are the services'
(`domain.funds.provincia`), shown under the field they name. The CPI hours dialog is the hours
register's own dialog with the CPI office in place of the body and line 1's actions only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from antiviolenza_desktop.domain.funds.provincia import ProvinciaCommitment, ProvinciaPayment
from antiviolenza_desktop.domain.programme.model import MANAGED_BY_PROVINCIA, Programme
from antiviolenza_desktop.operations import provincia
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.form_fields import DateField
from antiviolenza_desktop.ui.funds.dialogs import WriteDialog
from antiviolenza_desktop.ui.funds.hours import HoursDialog
from antiviolenza_desktop.ui.project.fields import MoneyEdit, hint


class CommitmentDialog(WriteDialog):
    """A commitment of the Provincia for a woman of an Ambito (her pseudonym's first digits)."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        programme: Programme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Impegno della Provincia"), parent)
        self._opened = opened
        self.heading.setText(self.tr("Un impegno del fondo gestito dalla Provincia"))
        self.ambito = QComboBox()
        for ambito in programme.ambiti:
            self.ambito.addItem(ambito.name, ambito.code)
        self.woman = QLineEdit(placeholderText=self.tr("prime 8 cifre dello pseudonimo"))
        self.fund = QComboBox()
        self.intervention = QComboBox()
        for fund in programme.funds_managed_by(MANAGED_BY_PROVINCIA):
            self.fund.addItem(fund.name, fund.code)
            for code in fund.interventions:
                self.intervention.addItem(code, code)
        self.on = DateField()
        self.on.set_value(date.today())
        self.amount = MoneyEdit()
        self.note = QLineEdit()
        self.add_field("ambito", self.tr("&Ambito"), self.ambito)
        woman_hint = hint(
            self.tr(
                "Come nella vista provinciale; vuoto per una donna senza consenso alla "
                "condivisione (la capofila la conosce solo nei totali)."
            )
        )
        self.add_field("pseudonym", self.tr("&Donna"), self.woman, woman_hint)
        self.add_field("fund", self.tr("&Fondo"), self.fund)
        self.add_field("intervention", self.tr("&Intervento"), self.intervention)
        self.add_field("on", self.tr("Da&ta"), self.on)
        self.add_field("amount", self.tr("&Importo (€)"), self.amount)
        self.add_field("note", self.tr("&Nota"), self.note)
        self.save_button.setText(self.tr("&Registra l'impegno"))

    def submit(self) -> None:
        self.clear_problems()
        day, cents = self.on.value(), self.amount.cents()
        if day is None:
            self.show_problem("on", self.tr("Indica la data dell'impegno."))
            return
        if cents is None:
            self.show_problem("amount", self.amount.problem() or self.tr("Indica l'importo."))
            return
        entry = ProvinciaCommitment(
            ambito=str(self.ambito.currentData()),
            pseudonym=self.woman.text() or None,
            fund=str(self.fund.currentData()),
            intervention=str(self.intervention.currentData()),
            on=day,
            amount=cents,
            note=self.note.text(),
        )
        opened = self._opened
        self.run_write(lambda: provincia.record_commitment(opened, entry, date.today()))


class ProvinciaPaymentDialog(WriteDialog):
    """A payment of the Provincia on one of its commitments (by number)."""

    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, self.tr("Pagamento della Provincia"), parent)
        self._opened = opened
        self.heading.setText(self.tr("Un pagamento su un impegno della Provincia"))
        self.commitment = QSpinBox(minimum=1, maximum=10**9)
        self.on = DateField()
        self.on.set_value(date.today())
        self.amount = MoneyEdit()
        self.payee = QLineEdit(placeholderText=self.tr("la tirocinante, l'ente di formazione"))
        self.document = QLineEdit(placeholderText=self.tr("mandato o fattura"))
        self.add_field("commitment_id", self.tr("&Impegno n."), self.commitment)
        self.add_field("on", self.tr("Da&ta"), self.on)
        self.add_field("amount", self.tr("I&mporto (€)"), self.amount)
        self.add_field("payee", self.tr("&Beneficiario"), self.payee)
        self.add_field("document_ref", self.tr("Docu&mento"), self.document)
        self.save_button.setText(self.tr("&Registra il pagamento"))

    def submit(self) -> None:
        self.clear_problems()
        day, cents = self.on.value(), self.amount.cents()
        if day is None:
            self.show_problem("on", self.tr("Indica la data del pagamento."))
            return
        if cents is None:
            self.show_problem("amount", self.amount.problem() or self.tr("Indica l'importo."))
            return
        payment = ProvinciaPayment(
            self.commitment.value(), day, cents, self.payee.text(), self.document.text()
        )
        opened = self._opened
        self.run_write(lambda: provincia.record_payment(opened, payment, date.today()))


class CpiHoursDialog(HoursDialog):
    """The hours register's dialog for the CPI: the office in place of the body."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        programme: Programme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(opened, runner, programme, parent)
        self.setWindowTitle(self.tr("Ore dei CPI"))
        self.heading.setText(self.tr("Ore del personale dei CPI (cofinanziamento della linea 1)"))
        self.body.clear()
        self.body.setEditText("")
        self.body.lineEdit().setPlaceholderText(self.tr("per esempio: CPI di Crema"))
        lines = programme.provincia.cofinancing_lines if programme.provincia else ()
        for index in reversed(range(self.action.count())):
            if programme.action(str(self.action.itemData(index))).line not in lines:
                self.action.removeItem(index)

    def submit(self) -> None:
        self.clear_problems()
        entry = self.entry()
        if entry is not None:
            opened = self._opened
            self.run_write(lambda: provincia.record_cpi_hours(opened, entry, date.today()))


def provincia_dialog(
    kind: str, opened: OpenStore, runner: BackgroundRunner, programme: Programme, parent: QWidget
) -> WriteDialog:
    """The dialog of the Provincia's register `kind` (`commitment`, `payment`, `hours`),
    opened; the provincial view connects its `written` to a refresh."""
    dialog: WriteDialog
    if kind == "commitment":
        dialog = CommitmentDialog(opened, runner, programme, parent)
    elif kind == "payment":
        dialog = ProvinciaPaymentDialog(opened, runner, parent)
    else:
        dialog = CpiHoursDialog(opened, runner, programme, parent)
    dialog.open()
    return dialog
