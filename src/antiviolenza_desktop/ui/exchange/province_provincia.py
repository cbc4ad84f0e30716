"""The Provincia's part of the provincial view: its fund per Ambito and the CPI hours.

Figures are `ProvincialTotals.provincia` (`domain.exchange.province_provincia`): per Ambito
what the Provincia committed and paid on its fund, beside what the Ambito's projects hold on it
(the same money seen from the équipe: shown, never added), and the CPI hours per month, office
and action with their value, already in line 1's «B realizzato». Written with `antiviolenza
provincia` (docs/provincia.md).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from antiviolenza_desktop.domain.exchange.province import ProvincialTotals
from antiviolenza_desktop.domain.exchange.provincia_figures import ProvinciaFigures as Figures
from antiviolenza_desktop.domain.funds.cofinancing import format_minutes, month_label
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.ui.exchange.widgets import compact_table, fill_table
from antiviolenza_desktop.ui.formatting import format_money


class ProvinciaFigures(QWidget):
    """The figures, and the buttons that open the register's dialogs (`write_asked` says
    which: the provincial view opens it, and refreshes after a write)."""

    write_asked = Signal(str)

    def __init__(self, programme: Programme) -> None:
        super().__init__()
        self.programme = programme
        buttons = self._buttons()
        self.note = QLabel(wordWrap=True)
        self.fund_table = compact_table(
            [
                self.tr("Ambito"),
                self.tr("Impegnato dalla Provincia"),
                self.tr("Pagato dalla Provincia"),
                self.tr("Nei progetti dell'Ambito"),
            ],
            self.tr("Fondo della Provincia per Ambito"),
            stretch=0,
        )
        self.hours = QLabel(wordWrap=True)
        self.hours_table = compact_table(
            [
                self.tr("Mese"),
                self.tr("Sede CPI"),
                self.tr("Azione"),
                self.tr("Ore"),
                self.tr("Valore (B)"),
            ],
            self.tr("Ore del personale dei CPI"),
            stretch=1,
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        for widget in (self.note, self.fund_table, self.hours, self.hours_table):
            column.addWidget(widget)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.write_buttons: list[QPushButton] = []
        for kind, label in (
            ("commitment", self.tr("&Impegno della Provincia…")),
            ("payment", self.tr("Pa&gamento della Provincia…")),
            ("hours", self.tr("&Ore dei CPI…")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, k=kind: self.write_asked.emit(k))
            row.addWidget(button)
            self.write_buttons.append(button)
        row.addStretch(1)
        return row

    def show_totals(self, totals: ProvincialTotals) -> None:
        figures = totals.provincia
        if figures is None:
            self.clear()
            return
        self.note.setText(
            self.tr(
                "Il fondo politiche attive è gestito dalla %1: impegni e pagamenti sono quelli "
                "del suo registro, tenuto qui dalla capofila. «Nei progetti dell'Ambito» è "
                "quanto i progetti hanno concordato con il CPI: la stessa spesa, non si somma."
            ).replace("%1", figures.name)
        )
        fill_table(
            self.fund_table,
            [
                [
                    row.name,
                    *map(format_money, (row.committed, row.disbursed, row.projects_committed)),
                ]
                for row in figures.by_ambito
            ],
            right_from=1,
        )
        self._show_hours(figures)

    def _show_hours(self, figures: Figures) -> None:
        self.hours.setText(
            self.tr("Ore dei CPI (cofinanziamento della linea 1): %1, %2.")
            .replace("%1", format_minutes(figures.hours_minutes))
            .replace("%2", format_money(figures.hours_value))
        )
        fill_table(
            self.hours_table,
            [
                [
                    month_label(h.month),
                    h.office,
                    self.programme.action(h.action).printed_code,
                    format_minutes(h.minutes),
                    format_money(h.value),
                ]
                for h in figures.hours
            ],
            right_from=3,
        )

    def clear(self) -> None:
        self.note.clear()
        self.hours.clear()
        self.fund_table.setRowCount(0)
        self.hours_table.setRowCount(0)
