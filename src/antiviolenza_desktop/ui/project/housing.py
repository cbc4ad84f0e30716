"""The housing path of the project: none, a) temporary housing services, b) a new private lease.

Path a: the kind of housing, the monthly costs the Fondo autonomia abitativa covers (rent,
condominium fees, utilities) for a number of months, and the co-payment of her municipality of
residence with what it covers. Path b: the entry costs of the new home, whether the rent is
controlled (canone concordato), who found the home, and the lease: who lets it (a role, never a
name), the monthly rent and the contract's dates. Switching path keeps what was typed in the
other one on screen, but only the chosen path is part of the project.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.case.intake import FieldIssue
from antiviolenza_desktop.domain.project import options as opt
from antiviolenza_desktop.domain.project.model import HousingCost, PrivateLease, TemporaryHousing
from antiviolenza_desktop.ui.case.form_fields import DateField, OptionCombo, ReadOnlyGuard
from antiviolenza_desktop.ui.case.form_slots import FieldSlot
from antiviolenza_desktop.ui.formatting import format_money
from antiviolenza_desktop.ui.project.fields import (
    MoneyEdit,
    form_layout,
    labelled_row,
    vocabulary_combo,
    vocabulary_label_of,
)
from antiviolenza_desktop.ui.project.rows import Column, EditorRow, RowsEditor
from antiviolenza_desktop.ui.project.work import MONEY_WIDTH

PATHS = ("none", "a", "b")


class CostsEditor(RowsEditor):
    """Housing costs of one kind list (monthly for path a, one-off for path b)."""

    def __init__(self, prefix: str, allowed: frozenset[str], guard: ReadOnlyGuard) -> None:
        self._kinds = tuple(o for o in opt.HOUSING_COST_KINDS if o.code in allowed)
        monthly = prefix.endswith("monthly_costs")
        columns = (
            Column("kind", self.tr("Voce")),
            Column("amount", self.tr("Al mese €") if monthly else self.tr("Importo €"), 110),
        )
        super().__init__(
            prefix,
            columns,
            guard,
            noun=self.tr("Costo"),
            add_text=self.tr("Aggiungi costo mensile") if monthly else self.tr("Aggiungi spesa"),
            empty_text=self.tr("Nessun costo indicato."),
        )

    def make_inputs(self) -> dict[str, QWidget]:
        return {"kind": vocabulary_combo(self._kinds), "amount": MoneyEdit()}

    def read_row(self, row: EditorRow) -> HousingCost:
        kind, amount = row.inputs["kind"], row.inputs["amount"]
        assert isinstance(kind, OptionCombo) and isinstance(amount, MoneyEdit)
        return HousingCost(kind.value() or "", amount.cents() or 0)

    def write_row(self, row: EditorRow, item: HousingCost) -> None:
        kind, amount = row.inputs["kind"], row.inputs["amount"]
        assert isinstance(kind, OptionCombo) and isinstance(amount, MoneyEdit)
        kind.set_value(item.kind)
        amount.set_cents(item.amount)


class HousingSection(QGroupBox):
    def __init__(self, guard: ReadOnlyGuard) -> None:
        super().__init__(self.tr("Percorso abitativo"))
        self.slots: dict[str, FieldSlot] = {}
        self.path_group = QButtonGroup(self)
        self.path_buttons: dict[str, QRadioButton] = {}
        texts = {
            "none": self.tr("Nessun percorso abitativo"),
            "a": vocabulary_label_of(opt.HOUSING_PATHS, "a_temporary"),
            "b": vocabulary_label_of(opt.HOUSING_PATHS, "b_private_lease"),
        }
        for path in PATHS:
            button = QRadioButton(texts[path])
            self.path_group.addButton(button)
            self.path_buttons[path] = button
        self.path_buttons["none"].setChecked(True)
        self.monthly_costs = CostsEditor("housing.monthly_costs", opt.MONTHLY_COSTS_COVERED, guard)
        self.entry_costs = CostsEditor("housing.entry_costs", opt.ENTRY_COSTS, guard)
        self.page_a = self._temporary_page()
        self.page_b = self._lease_page()
        column = QVBoxLayout(self)
        self.slots["housing"] = FieldSlot(
            "housing", list(self.path_buttons.values()), lambda: False
        )
        choices = QVBoxLayout()
        choices.setSpacing(2)
        for button in self.path_buttons.values():
            choices.addWidget(button)
        column.addLayout(choices)
        column.addWidget(self.slots["housing"].error)
        column.addWidget(self.slots["housing"].warning)
        column.addWidget(self.page_a)
        column.addWidget(self.page_b)
        self.path_group.buttonToggled.connect(self._show_path)
        self.monthly_costs.changed.connect(self._update_total)
        self.months.textChanged.connect(self._update_total)
        self._show_path()

    def _temporary_page(self) -> QWidget:
        page = QWidget()
        form = form_layout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.kind = vocabulary_combo(opt.TEMPORARY_HOUSING_KINDS, empty_text=self.tr("— scegli —"))
        self.kind.setMinimumWidth(360)
        self.months = QLineEdit(maxLength=2)  # empty rather than a spin box's "0"
        self.months.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,2}"), self))
        self.months.setFixedWidth(60)
        self.total = QLabel(wordWrap=True)
        self.copayment = MoneyEdit()
        self.copayment.setFixedWidth(MONEY_WIDTH)
        self.copayment_covers = QLineEdit(minimumWidth=280)
        self.copayment_covers.setPlaceholderText(self.tr("per esempio: supporto educativo"))
        self._row(form, self.tr("Tipo di alloggio"), "housing.kind", self.kind)
        form.addRow(QLabel(self.tr("Costi mensili coperti dal fondo")), self.monthly_costs)
        self._row(form, self.tr("Per &quanti mesi"), "housing.months", self.months)
        form.addRow("", self.total)
        self._row(
            form,
            self.tr("Compartecipazione del comune di residenza €"),
            "housing.municipality_copayment",
            self.copayment,
        )
        covers = self.tr("Che cosa copre il c&omune")
        self._row(form, covers, "housing.copayment_covers", self.copayment_covers)
        return page

    def _lease_page(self) -> QWidget:
        page = QWidget()
        form = form_layout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.controlled_rent = QCheckBox(self.tr("A canone concordato (L. 431/1998, art. 2 c. 3)"))
        self.found_by = vocabulary_combo(opt.HOUSING_FOUND_BY, empty_text=self.tr("— scegli —"))
        self.found_by.setMinimumWidth(240)
        form.addRow(QLabel(self.tr("Spese di ingresso coperte dal fondo")), self.entry_costs)
        form.addRow("", self.controlled_rent)
        self._row(form, self.tr("Chi ha trovato la casa"), "housing.found_by", self.found_by)
        self._lease_rows(form)
        return page

    def _lease_rows(self, form: QFormLayout) -> None:
        """The lease: the landlord as a role (never a name), the rent, the contract's dates."""
        self.landlord_role = vocabulary_combo(
            opt.LANDLORD_ROLES, empty_text=self.tr("— non ancora noto —")
        )
        self.landlord_role.setMinimumWidth(240)
        self.landlord_note = QLineEdit(minimumWidth=360, maxLength=120)
        self.landlord_note.setPlaceholderText(
            self.tr("facoltativa, mai un nome: es. cooperativa edilizia")
        )
        self.monthly_rent = MoneyEdit()
        self.monthly_rent.setFixedWidth(MONEY_WIDTH)
        self.contract_start = DateField()
        self.contract_end = DateField()
        self._row(form, self.tr("&Locatore (ruolo)"), "housing.landlord_role", self.landlord_role)
        self._row(form, self.tr("Nota sul locatore"), "housing.landlord_note", self.landlord_note)
        self._row(form, self.tr("Canone mensile €"), "housing.monthly_rent", self.monthly_rent)
        self._row(form, self.tr("Contratto dal"), "housing.contract_start", self.contract_start)
        self._row(form, self.tr("Contratto al"), "housing.contract_end", self.contract_end)

    def _row(
        self, form: QFormLayout, label: str, name: str, field: QWidget, *extra: QWidget
    ) -> None:
        self.slots[name] = labelled_row(form, label, name, field, *extra)

    @property
    def inputs(self) -> list[QWidget]:
        """The inputs outside the cost tables, for read mode and change tracking."""
        return [
            *self.path_buttons.values(),
            self.kind,
            self.months,
            self.copayment,
            self.copayment_covers,
            self.controlled_rent,
            self.found_by,
            self.landlord_role,
            self.landlord_note,
            self.monthly_rent,
            self.contract_start,
            self.contract_end,
        ]

    @property
    def tables(self) -> tuple[RowsEditor, RowsEditor]:
        return (self.monthly_costs, self.entry_costs)

    def path(self) -> str:
        return next(path for path, button in self.path_buttons.items() if button.isChecked())

    def _show_path(self) -> None:
        path = self.path()
        self.page_a.setVisible(path == "a")
        self.page_b.setVisible(path == "b")

    def _update_total(self) -> None:
        monthly = sum(cost.amount for cost in self.monthly_costs.value())
        text = self.tr("totale a carico del fondo: %1 (%2 al mese)")
        total = format_money(monthly * self.month_count())
        self.total.setText(text.replace("%1", total).replace("%2", format_money(monthly)))

    def month_count(self) -> int:
        text = self.months.text()
        return int(text) if text else 0

    def value(self) -> TemporaryHousing | PrivateLease | None:
        path = self.path()
        if path == "a":
            return TemporaryHousing(
                kind=self.kind.value() or "",
                monthly_costs=self.monthly_costs.value(),
                months=self.month_count(),
                municipality_copayment=self.copayment.cents() or 0,
                copayment_covers=self.copayment_covers.text().strip(),
            )
        if path == "b":
            return PrivateLease(
                entry_costs=self.entry_costs.value(),
                controlled_rent=self.controlled_rent.isChecked(),
                found_by=self.found_by.value() or "",
                landlord_role=self.landlord_role.value() or "",
                landlord_note=self.landlord_note.text().strip(),
                monthly_rent=self.monthly_rent.cents(),
                contract_start=self.contract_start.value(),
                contract_end=self.contract_end.value(),
            )
        return None

    def set_value(self, housing: TemporaryHousing | PrivateLease | None) -> None:
        temporary = housing if isinstance(housing, TemporaryHousing) else TemporaryHousing()
        lease = housing if isinstance(housing, PrivateLease) else PrivateLease()
        path = "none" if housing is None else housing.path
        self.path_buttons[path].setChecked(True)
        self.kind.set_value(temporary.kind or None)
        self.monthly_costs.set_value(temporary.monthly_costs)
        self.months.setText(str(temporary.months) if temporary.months else "")
        self.copayment.set_cents(temporary.municipality_copayment or None)
        self.copayment_covers.setText(temporary.copayment_covers)
        self.entry_costs.set_value(lease.entry_costs)
        self.controlled_rent.setChecked(lease.controlled_rent)
        self.found_by.set_value(lease.found_by or None)
        self.landlord_role.set_value(lease.landlord_role or None)
        self.landlord_note.setText(lease.landlord_note)
        self.monthly_rent.set_cents(lease.monthly_rent)
        self.contract_start.set_value(lease.contract_start)
        self.contract_end.set_value(lease.contract_end)
        self._show_path()
        self._update_total()

    def amount_issues(self) -> Iterable[FieldIssue]:
        path = self.path()
        if path == "a":
            yield from self.monthly_costs.amount_issues()
            issue = self.copayment.issue("housing.municipality_copayment")
            if issue:
                yield issue
        elif path == "b":
            yield from self.entry_costs.amount_issues()
            issue = self.monthly_rent.issue("housing.monthly_rent")
            if issue:
                yield issue
