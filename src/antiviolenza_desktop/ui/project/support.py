"""The economic support of the project (passive policies): kind, amount, period, and the
intervention it goes with.

The "collegata a" column offers the interventions of the work path by number; it follows the
work table as she adds or removes interventions, and keeps each row's choice by position. A
participation allowance linked to an extracurricular traineeship is refused by the domain
(`allowance_breaches`), and the money box says so as soon as she picks it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from antiviolenza_desktop.domain.case.intake_options import Option
from antiviolenza_desktop.domain.project import options as opt
from antiviolenza_desktop.domain.project.model import PassiveSupport
from antiviolenza_desktop.ui.case.form_fields import DateField, OptionCombo, ReadOnlyGuard
from antiviolenza_desktop.ui.project.fields import MoneyEdit, hint, vocabulary_combo
from antiviolenza_desktop.ui.project.rows import Column, EditorRow, RowsEditor
from antiviolenza_desktop.ui.project.work import DATE_WIDTH, MONEY_WIDTH


class LinkedInterventionCombo(OptionCombo):
    """ "— nessuno —" or one of the interventions, by index (as `PassiveSupport` stores it)."""

    def __init__(self, labels: Sequence[str]) -> None:
        super().__init__((), empty_text=self.tr("— nessuno —"))
        self.set_labels(labels)

    def set_labels(self, labels: Sequence[str]) -> None:
        chosen = self.index_value()
        self._options = tuple(Option(str(index), label) for index, label in enumerate(labels))
        self.set_choices(option.code for option in self._options)
        self.set_index_value(chosen if chosen is not None and chosen < len(labels) else None)
        for index in range(self.count()):
            self.setItemData(index, self.itemText(index), Qt.ItemDataRole.ToolTipRole)

    def index_value(self) -> int | None:
        code = self.value()
        return None if code is None else int(code)

    def set_index_value(self, index: int | None) -> None:
        self.set_value(None if index is None else str(index))


class SupportsEditor(RowsEditor):
    def __init__(self, guard: ReadOnlyGuard) -> None:
        columns = (
            Column("kind", self.tr("Sostegno")),
            Column("amount", self.tr("Importo €"), MONEY_WIDTH),
            Column("period_from", self.tr("Dal"), DATE_WIDTH),
            Column("period_to", self.tr("Al"), DATE_WIDTH),
            Column("linked_intervention", self.tr("Per l'intervento"), 170),
        )
        super().__init__(
            "passive_supports",
            columns,
            guard,
            noun=self.tr("Sostegno"),
            add_text=self.tr("Aggiungi s&ostegno"),
            empty_text=self.tr("Nessun sostegno economico."),
        )
        self._labels: list[str] = []

    def make_inputs(self) -> dict[str, QWidget]:
        return {
            "kind": vocabulary_combo(opt.PASSIVE_SUPPORTS),
            "amount": MoneyEdit(),
            "period_from": DateField(),
            "period_to": DateField(),
            "linked_intervention": LinkedInterventionCombo(self._labels),
        }

    def read_row(self, row: EditorRow) -> PassiveSupport:
        i = row.inputs
        kind, amount, linked = i["kind"], i["amount"], i["linked_intervention"]
        start, end = i["period_from"], i["period_to"]
        assert isinstance(kind, OptionCombo) and isinstance(amount, MoneyEdit)
        assert isinstance(start, DateField) and isinstance(end, DateField)
        assert isinstance(linked, LinkedInterventionCombo)
        return PassiveSupport(
            kind=kind.value() or "",
            amount=amount.cents() or 0,
            period_from=start.value(),
            period_to=end.value(),
            linked_intervention=linked.index_value(),
        )

    def write_row(self, row: EditorRow, item: PassiveSupport) -> None:
        i = row.inputs
        kind, amount, linked = i["kind"], i["amount"], i["linked_intervention"]
        start, end = i["period_from"], i["period_to"]
        assert isinstance(kind, OptionCombo) and isinstance(amount, MoneyEdit)
        assert isinstance(start, DateField) and isinstance(end, DateField)
        assert isinstance(linked, LinkedInterventionCombo)
        kind.set_value(item.kind)
        amount.set_cents(item.amount)
        start.set_value(item.period_from)
        end.set_value(item.period_to)
        linked.set_index_value(item.linked_intervention)

    def set_intervention_labels(self, labels: Sequence[str]) -> None:
        """Offer the work path's interventions as they are now."""
        self._labels = list(labels)
        loading = self._loading
        self._loading = True  # a choice that follows the table is not her edit
        try:
            for row in self.rows:
                combo = row.inputs["linked_intervention"]
                assert isinstance(combo, LinkedInterventionCombo)
                combo.set_labels(self._labels)
        finally:
            self._loading = loading


class SupportSection(QGroupBox):
    def __init__(self, guard: ReadOnlyGuard) -> None:
        super().__init__(self.tr("Sostegno economico (politiche passive)"))
        self.supports = SupportsEditor(guard)
        column = QVBoxLayout(self)
        column.addWidget(
            hint(
                self.tr(
                    "Indennità di partecipazione, rimborsi dei trasporti, spese di "
                    "conciliazione famiglia-lavoro. L'indennità non si lega mai al tirocinio "
                    "extracurricolare: lo paga il Fondo politiche attive."
                )
            )
        )
        column.addWidget(self.supports)
