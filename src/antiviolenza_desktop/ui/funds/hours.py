"""The co-financing hours register (B): the page with its rows and the dialog that adds one.

A row says which body's staff worked on which action in which month, for how long and at what
hourly cost; its value (hours × cost, to the cent) is shown as she types, computed by the same
domain function the service stores. Hours are typed as hours and minutes, never as a decimal
(«1,5 ore» is where mistakes come from); the month as mm/yyyy, no later than this month.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QSpinBox, QWidget

from antiviolenza_desktop.domain.funds.cofinancing import (
    MAX_MINUTES_PER_MONTH,
    HoursEntry,
    format_minutes,
    hours_value,
)
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.operations import fund_registers
from antiviolenza_desktop.operations.funds_reading import can_write
from antiviolenza_desktop.services.cofinancing import HoursRow
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.formatting import format_money
from antiviolenza_desktop.ui.funds.dialogs import ReversalDialog, WriteDialog
from antiviolenza_desktop.ui.funds.models import HoursModel
from antiviolenza_desktop.ui.funds.register_page import (
    RegisterPage,
    action_combo,
    programme_bodies,
)
from antiviolenza_desktop.ui.project.fields import MoneyEdit


class HoursDialog(WriteDialog):
    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        programme: Programme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Ore di cofinanziamento"), parent)
        self._opened = opened
        self.heading.setText(self.tr("Una riga del registro delle ore (cofinanziamento B)"))
        self.body = QComboBox(editable=True)
        self.body.addItems(programme_bodies(programme))
        self.body.setCurrentIndex(0)
        self.person = QLineEdit(placeholderText=self.tr("per esempio: assistente sociale"))
        self.action = action_combo(programme.actions)
        self.month = QDateEdit()
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setCalendarPopup(False)
        today = QDate.currentDate()
        self.month.setMaximumDate(QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1))
        self.month.setDate(today)
        self.hours = QSpinBox(suffix=self.tr(" h"), maximum=MAX_MINUTES_PER_MONTH // 60)
        self.minutes = QSpinBox(suffix=self.tr(" min"), maximum=59, singleStep=5)
        self.minutes.setAccessibleName(self.tr("Minuti"))
        self.cost = MoneyEdit()
        self.value = QLabel()
        self.note = QLineEdit()
        self.add_field("body", self.tr("&Ente"), self.body)
        self.add_field("person", self.tr("&Persona o ruolo"), self.person)
        self.add_field("action_code", self.tr("&Azione"), self.action)
        self.add_field("month", self.tr("&Mese"), self.month)
        self.add_field("minutes", self.tr("&Ore"), self.hours, beside=(self.minutes,))
        self.add_field("hourly_cost", self.tr("&Costo orario (€)"), self.cost, self.value)
        self.add_field("note", self.tr("&Nota"), self.note)
        self.save_button.setText(self.tr("&Registra le ore"))
        for spin in (self.hours, self.minutes):
            spin.valueChanged.connect(self._show_value)
        self.cost.textChanged.connect(self._show_value)
        self._show_value()
        self.person.setFocus()

    def total_minutes(self) -> int:
        return self.hours.value() * 60 + self.minutes.value()

    def _show_value(self) -> None:
        cents = self.cost.cents()
        minutes = self.total_minutes()
        if cents is None or minutes == 0:
            self.value.setText(self.tr("Valore: scrivi le ore e il costo orario"))
            return
        text = self.tr("Valore: %1 × %2 = %3")
        value = format_money(hours_value(minutes, cents))
        self.value.setText(
            text.replace("%1", format_minutes(minutes))
            .replace("%2", format_money(cents))
            .replace("%3", value)
        )

    def entry(self) -> HoursEntry | None:
        """The row on screen; None (with the reason shown) when the cost is not an amount."""
        cents = self.cost.cents()
        if cents is None:
            problem = self.cost.problem() or self.tr("Indica il costo orario.")
            self.show_problem("hourly_cost", problem)
            return None
        month: date = self.month.date().toPython()
        return HoursEntry(
            body=self.body.currentText(),
            person=self.person.text(),
            action_code=str(self.action.currentData()),
            month=f"{month:%Y-%m}",
            minutes=self.total_minutes(),
            hourly_cost=cents,
            note=self.note.text(),
        )

    def submit(self) -> None:
        self.clear_problems()
        entry = self.entry()
        if entry is not None:
            opened = self._opened
            self.run_write(lambda: fund_registers.record_hours(opened, entry))


class HoursPage(RegisterPage):
    def __init__(self, opened: OpenStore, runner: BackgroundRunner, programme: Programme) -> None:
        super().__init__(
            opened,
            runner,
            HoursModel(),
            self.tr("Registro delle ore di cofinanziamento"),
            self.tr("&Aggiungi ore…"),
        )
        self.programme = programme

    def set_rows(self, rows: Sequence[HoursRow]) -> None:
        super().set_rows(rows)
        total = sum(-r.value if r.reverses_id is not None else r.value for r in rows)
        self.summary.setText(
            self.tr("Valore delle ore registrate: %1").replace("%1", format_money(total))
        )

    def add(self) -> HoursDialog | None:
        if not can_write(self._opened):
            return None
        dialog = HoursDialog(self._opened, self._runner, self.programme, self)
        dialog.written.connect(self._written)
        dialog.open()
        return dialog

    def reverse(self) -> ReversalDialog | None:
        row: HoursRow | None = self.selected()
        if row is None or not can_write(self._opened):
            return None
        text = (
            self.tr("Riga n. %1 · %2 · %3 · azione %4 · %5")
            .replace("%1", str(row.id))
            .replace("%2", row.entry.body)
            .replace("%3", row.entry.person)
            .replace("%4", row.entry.action_code)
            .replace("%5", format_money(row.value))
        )
        dialog = ReversalDialog(self._opened, self._runner, "hours", row.id, text, self)
        dialog.written.connect(self._written)
        dialog.open()
        return dialog
