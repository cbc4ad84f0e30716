"""Read-only table models of the fund screens: ledger entries, actions A/B, hours, expenses.

They reuse `ValueTableModel` (display text plus a native sort value per cell): dates
dd/mm/yyyy, amounts € 1.234,56, hours «1 h 20 min», the kind of an entry in Italian. A reversed
row says so in words («stornata dalla n. 7»), not only by its colour.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from antiviolenza_desktop.domain.funds.cofinancing import format_minutes, month_label
from antiviolenza_desktop.domain.funds.figures import ActionFigures
from antiviolenza_desktop.domain.ledger.entries import LedgerEntry, OpenCommitment
from antiviolenza_desktop.services.cofinancing import ExpenseRow, HoursRow
from antiviolenza_desktop.ui.formatting import format_date, format_money
from antiviolenza_desktop.ui.funds.charts import fund_label
from antiviolenza_desktop.ui.project.models import SORT_ROLE, Cell, ValueTableModel
from antiviolenza_desktop.ui.project.payment_item_choice import item_link_text

GREY = QColor("#6b7280")
AnyIndex = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    labels = {
        "commitment": QCoreApplication.translate("fund_kinds", "impegno"),
        "disbursement": QCoreApplication.translate("fund_kinds", "erogazione"),
        "reversal": QCoreApplication.translate("fund_kinds", "storno"),
    }
    return labels.get(kind, kind)


def money_cell(cents: int) -> Cell:
    return (format_money(cents), cents)


class GreyedRowsModel(ValueTableModel):
    """Rows for which `greyed(item)` is true (reversed or reversing) are drawn grey."""

    def greyed(self, item: Any) -> bool:
        return False

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return GREY if self.greyed(self.items[index.row()]) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            native = super().data(index, SORT_ROLE)
            if isinstance(native, int) and not isinstance(native, bool):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)


class LedgerEntriesModel(GreyedRowsModel):
    """Ledger entries: n., date, case, fund, kind, amount, residual, payee, document, note,
    and what the row is linked to (its commitment, the entry it reverses, its reversal)."""

    def __init__(self) -> None:
        super().__init__(
            (
                self.tr("N."),
                self.tr("Data"),
                self.tr("Caso"),
                self.tr("Fondo"),
                self.tr("Tipo"),
                self.tr("Importo"),
                self.tr("Residuo"),
                self.tr("Beneficiario"),
                self.tr("Documento"),
                self.tr("Nota"),
                self.tr("Collegamento"),
            ),
            self._cells_of,
        )
        self.open_by_seq: dict[int, OpenCommitment] = {}
        self.reversed_by: dict[int, int] = {}

    def set_entries(
        self,
        entries: tuple[LedgerEntry, ...],
        open_by_seq: dict[int, OpenCommitment],
        reversed_by: dict[int, int],
    ) -> None:
        self.open_by_seq, self.reversed_by = open_by_seq, reversed_by
        self.set_items(entries)

    def greyed(self, item: Any) -> bool:
        return item.kind == "reversal" or item.seq in self.reversed_by

    def _link(self, entry: LedgerEntry) -> str:
        if entry.kind == "reversal":
            return self.tr("storna la n. %1").replace("%1", str(entry.reverses_seq))
        parts = []
        if entry.commitment_seq is not None:
            parts.append(self.tr("sull'impegno n. %1").replace("%1", str(entry.commitment_seq)))
        if entry.intervention is not None:
            parts.append(item_link_text(entry.intervention))
        if entry.seq in self.reversed_by:
            reversal = str(self.reversed_by[entry.seq])
            parts.append(self.tr("stornata dalla n. %1").replace("%1", reversal))
        return "; ".join(parts)

    def _cells_of(self, entry: LedgerEntry) -> tuple[Cell, ...]:
        sign = -entry.amount if entry.kind == "reversal" else entry.amount
        open_commitment = self.open_by_seq.get(entry.seq)
        residual = money_cell(open_commitment.residual) if open_commitment else ("", -1)
        note = " ".join(entry.note.split())
        return (
            (str(entry.seq), entry.seq),
            (format_date(entry.on), entry.on.isoformat()),
            (entry.case_code, entry.case_code),
            (fund_label(entry.fund), entry.fund),
            (kind_label(entry.kind), entry.kind),
            money_cell(sign),
            residual,
            (entry.payee, entry.payee),
            (entry.document_ref, entry.document_ref),
            (note, note),
            (self._link(entry), entry.reverses_seq or entry.commitment_seq or 0),
        )


ACTION_COLUMNS = ("planned_a", "committed_a", "actual_a", "planned_b", "actual_b")


class ActionsModel(GreyedRowsModel):
    """The card's actions: planned A, committed and spent A, planned and actual B, A+B."""

    def __init__(self) -> None:
        super().__init__(
            (
                self.tr("Azione"),
                self.tr("Descrizione"),
                self.tr("A prevista"),
                self.tr("A impegnata"),
                self.tr("A spesa"),
                self.tr("B prevista"),
                self.tr("B effettiva"),
                self.tr("A+B prevista"),
                self.tr("A+B effettiva"),
            ),
            self._cells_of,
        )

    def _cells_of(self, row: ActionFigures) -> tuple[Cell, ...]:
        action = row.action
        return (
            (action.code.replace("-", " "), action.code),
            (action.name, action.name),
            money_cell(action.amount_a),
            money_cell(row.committed_a) if row.fund else ("—", -1),
            money_cell(row.actual_a),
            money_cell(action.amount_b),
            money_cell(row.actual_b),
            money_cell(row.planned_total),
            money_cell(row.actual_total),
        )


class HoursModel(GreyedRowsModel):
    """The hours register: n., body, person, action, month, hours, cost, value, reversal."""

    def __init__(self) -> None:
        super().__init__(
            (
                self.tr("N."),
                self.tr("Ente"),
                self.tr("Persona o ruolo"),
                self.tr("Azione"),
                self.tr("Mese"),
                self.tr("Ore"),
                self.tr("Costo orario"),
                self.tr("Valore"),
                self.tr("Storno"),
            ),
            self._cells_of,
        )

    def greyed(self, item: Any) -> bool:
        return item.reverses_id is not None or item.reversed_by is not None

    def _cells_of(self, row: HoursRow) -> tuple[Cell, ...]:
        entry = row.entry
        value = -row.value if row.reverses_id is not None else row.value
        return (
            (str(row.id), row.id),
            (entry.body, entry.body),
            (entry.person, entry.person),
            (entry.action_code, entry.action_code),
            (month_label(entry.month), entry.month),
            (format_minutes(entry.minutes), entry.minutes),
            money_cell(entry.hourly_cost),
            money_cell(value),
            reversal_cell(row.reverses_id, row.reversed_by, entry.note),
        )


def reversal_cell(reverses: int | None, reversed_by: int | None, note: str) -> Cell:
    """«storna la n. 3: motivo» or «stornata dalla n. 5», in words."""
    if reverses is not None:
        text = QCoreApplication.translate("fund_rows", "storna la n. %1")
        text = text.replace("%1", str(reverses))
        return (f"{text}: {note}" if note else text, reverses)
    if reversed_by is not None:
        text = QCoreApplication.translate("fund_rows", "stornata dalla n. %1")
        return (text.replace("%1", str(reversed_by)), reversed_by)
    return ("", 0)


class ExpensesModel(GreyedRowsModel):
    """Action expenses: n., action, date, amount, payee, document, description, reversal."""

    def __init__(self) -> None:
        super().__init__(
            (
                self.tr("N."),
                self.tr("Azione"),
                self.tr("Data"),
                self.tr("Importo"),
                self.tr("Beneficiario"),
                self.tr("Documento"),
                self.tr("Descrizione"),
                self.tr("Storno"),
            ),
            self._cells_of,
        )

    def greyed(self, item: Any) -> bool:
        return item.reverses_id is not None or item.reversed_by is not None

    def _cells_of(self, row: ExpenseRow) -> tuple[Cell, ...]:
        entry = row.entry
        amount = -entry.amount if row.reverses_id is not None else entry.amount
        description = " ".join(entry.description.split())
        return (
            (str(row.id), row.id),
            (entry.action_code, entry.action_code),
            (format_date(entry.on), entry.on.isoformat()),
            money_cell(amount),
            (entry.payee, entry.payee),
            (entry.document_ref, entry.document_ref),
            (description if row.reverses_id is None else "", description),
            reversal_cell(row.reverses_id, row.reversed_by, description),
        )


class CommitmentsModel(GreyedRowsModel):
    """Her open commitments: n., fund, committed, disbursed, residual."""

    def __init__(self) -> None:
        super().__init__(
            (
                self.tr("Impegno n."),
                self.tr("Fondo"),
                self.tr("Impegnato"),
                self.tr("Erogato"),
                self.tr("Residuo"),
            ),
            self._cells_of,
        )

    def _cells_of(self, row: OpenCommitment) -> tuple[Cell, ...]:
        return (
            (str(row.seq), row.seq),
            (fund_label(row.fund), row.fund),
            money_cell(row.committed),
            money_cell(row.disbursed),
            money_cell(row.residual),
        )
