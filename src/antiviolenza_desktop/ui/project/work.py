"""The work path of the project: the CPI office, the Patto di Servizio and DID dates, and the
table of active-policy interventions (kind, provider, planned cost, dates, status).

The interventions are paid by the Fondo politiche attive; the money box of the editor adds
their planned costs as she types. Economic supports refer to an intervention by its number,
so `intervention_labels` gives the numbered names for their "collegata a" column.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QLineEdit, QWidget

from antiviolenza_desktop.domain.project import options as opt
from antiviolenza_desktop.domain.project.model import ActiveIntervention, WorkPath
from antiviolenza_desktop.ui.case.form_fields import DateField, OptionCombo, ReadOnlyGuard
from antiviolenza_desktop.ui.case.form_slots import FieldSlot
from antiviolenza_desktop.ui.project.fields import (
    MoneyEdit,
    form_layout,
    labelled_row,
    vocabulary_combo,
    vocabulary_label_of,
)
from antiviolenza_desktop.ui.project.rows import Column, EditorRow, RowsEditor

DATE_WIDTH = 106
MONEY_WIDTH = 90


class InterventionsEditor(RowsEditor):
    """The active-policy interventions, one row each."""

    def __init__(self, guard: ReadOnlyGuard) -> None:
        columns = (
            Column("kind", self.tr("Intervento")),
            Column("provider", self.tr("Erogato da"), 130),
            Column("planned_cost", self.tr("Costo €"), MONEY_WIDTH),
            Column("start", self.tr("Inizio"), DATE_WIDTH),
            Column("end", self.tr("Fine"), DATE_WIDTH),
            Column("status", self.tr("Stato"), 92),
        )
        super().__init__(
            "work.interventions",
            columns,
            guard,
            noun=self.tr("Intervento"),
            add_text=self.tr("Aggiungi interve&nto"),
            empty_text=self.tr("Nessun intervento di politica attiva."),
        )

    def make_inputs(self) -> dict[str, QWidget]:
        return {
            "kind": vocabulary_combo(opt.ACTIVE_INTERVENTIONS),
            "provider": vocabulary_combo(opt.PROVIDERS),
            "planned_cost": MoneyEdit(),
            "start": DateField(),
            "end": DateField(),
            "status": vocabulary_combo(opt.INTERVENTION_STATUS),
        }

    def read_row(self, row: EditorRow) -> ActiveIntervention:
        i = row.inputs
        assert isinstance(i["planned_cost"], MoneyEdit)
        assert isinstance(i["start"], DateField) and isinstance(i["end"], DateField)
        return ActiveIntervention(
            kind=_code(i["kind"]),
            provider=_code(i["provider"]),
            planned_cost=i["planned_cost"].cents() or 0,
            start=i["start"].value(),
            end=i["end"].value(),
            status=_code(i["status"]),
        )

    def write_row(self, row: EditorRow, item: ActiveIntervention) -> None:
        i = row.inputs
        assert isinstance(i["planned_cost"], MoneyEdit)
        assert isinstance(i["start"], DateField) and isinstance(i["end"], DateField)
        for key in ("kind", "provider", "status"):
            combo = i[key]
            assert isinstance(combo, OptionCombo)
            combo.set_value(getattr(item, key))
        i["planned_cost"].set_cents(item.planned_cost)
        i["start"].set_value(item.start)
        i["end"].set_value(item.end)


def _emptiness(field: QWidget) -> Callable[[], bool]:
    if isinstance(field, DateField):
        return field.is_empty
    assert isinstance(field, QLineEdit)
    return lambda: not field.text().strip()


def _code(widget: QWidget) -> str:
    assert isinstance(widget, OptionCombo)
    return widget.value() or ""


def intervention_label(number: int, kind: str) -> str:
    """ "1. tirocinio extracurricolare (con indennità)" """
    return f"{number}. {vocabulary_label_of(opt.ACTIVE_INTERVENTIONS, kind)}"


class WorkSection(QGroupBox):
    """`value()` is None while nothing of the work path is written."""

    def __init__(self, guard: ReadOnlyGuard) -> None:
        super().__init__(self.tr("Percorso lavoro con il Centro per l'Impiego"))
        form = form_layout(self)
        self.cpi_office = QLineEdit(minimumWidth=300, maximumWidth=360)
        self.service_pact_on = DateField()
        self.did_on = DateField()
        self.interventions = InterventionsEditor(guard)
        self.slots: dict[str, FieldSlot] = {}
        for label, name, field in (
            (self.tr("&Ufficio del Centro per l'Impiego"), "work.cpi_office", self.cpi_office),
            (self.tr("Patto di servi&zio del"), "work.service_pact_on", self.service_pact_on),
            (self.tr("DID del"), "work.did_on", self.did_on),
        ):
            self.slots[name] = labelled_row(form, label, name, field, is_empty=_emptiness(field))
        form.addRow(self.interventions)
        self.inputs: list[QWidget] = [self.cpi_office, self.service_pact_on, self.did_on]

    def value(self) -> WorkPath | None:
        work = WorkPath(
            cpi_office=self.cpi_office.text().strip(),
            service_pact_on=self.service_pact_on.value(),
            did_on=self.did_on.value(),
            interventions=self.interventions.value(),
        )
        return None if work == WorkPath() else work

    def set_value(self, work: WorkPath | None) -> None:
        work = work or WorkPath()
        self.cpi_office.setText(work.cpi_office)
        self.service_pact_on.set_value(work.service_pact_on)
        self.did_on.set_value(work.did_on)
        self.interventions.set_value(work.interventions)

    def intervention_labels(self) -> list[str]:
        return [
            intervention_label(number, item.kind)
            for number, item in enumerate(self.interventions.value(), start=1)
        ]
