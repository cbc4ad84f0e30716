"""The shape shared by the hours register and the action expenses pages, and the programme's
choices their dialogs offer (the actions with their names, the bodies whose staff co-finance).

A page is a table of append-only rows with "Aggiungi…" and "Storna…"; a reversed row stays,
greyed and marked in words. Only the coordinator writes: for anyone else both buttons are
disabled and a line says why. `changed` asks the dashboard to read its figures again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.programme.model import Action, Programme
from antiviolenza_desktop.operations.funds_reading import can_write
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.funds.entries import row_table
from antiviolenza_desktop.ui.funds.models import GreyedRowsModel
from antiviolenza_desktop.ui.project.fields import hint
from antiviolenza_desktop.ui.widgets import writer_only


def programme_bodies(programme: Programme) -> list[str]:
    """The bodies whose staff hours make the co-financing: the capofila (Comune di Cremona),
    the Provincia (line 1), the Ambiti's capofila Comuni and managing entities."""
    names = [programme.capofila.split(" – ")[0]]
    names += [f.managing_entity.split(" – ")[0] for f in programme.funds]
    names = [name for name in names if name.startswith(("Comune", "Provincia"))]
    for ambito in programme.ambiti:
        names += [ambito.capofila, ambito.managing_entity]
    return list(dict.fromkeys(names))


def action_combo(actions: tuple[Action, ...]) -> QComboBox:
    """The actions as «3.2 – Realizzazione e monitoraggio…», the code as item data; the
    full name is the tooltip, since the combo cuts long names."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(34)
    for action in actions:
        combo.addItem(f"{action.printed_code} – {action.name}", action.code)
        combo.setItemData(combo.count() - 1, action.name, Qt.ItemDataRole.ToolTipRole)
    combo.currentIndexChanged.connect(
        lambda: combo.setToolTip(str(combo.currentData(Qt.ItemDataRole.ToolTipRole) or ""))
    )
    combo.setToolTip(str(combo.currentData(Qt.ItemDataRole.ToolTipRole) or ""))
    return combo


def _register_table(model: GreyedRowsModel, name: str) -> QTableView:
    """Whole rows, one at a time, columns as wide as their contents, the last one stretched."""
    table = row_table(model, name)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RegisterPage(QWidget):
    """A table of rows (`model`), a summary line, and the add and reverse buttons."""

    changed = Signal()

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        model: GreyedRowsModel,
        name: str,
        add_text: str,
    ) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.model = model
        self.table = _register_table(model, name)
        self.summary = QLabel()
        self.add_button = QPushButton(add_text)
        self.reverse_button = QPushButton(self.tr("S&torna la riga…"))
        writer = can_write(opened)
        self.read_only_hint = hint(
            self.tr("Sola lettura: solo la coordinatrice scrive i registri.")
        )
        self.read_only_hint.setVisible(not writer)
        for button in (self.add_button, self.reverse_button):
            writer_only(button, writer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.reverse_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.read_only_hint)
        self.layout_.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.add_button.clicked.connect(self.add)
        self.reverse_button.clicked.connect(self.reverse)
        self._sync_buttons()

    def set_rows(self, rows: Any) -> None:
        self.model.set_items(rows)
        self._sync_buttons()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _sync_buttons(self) -> None:
        row = self.selected()
        reversible = row is not None and row.reverses_id is None and row.reversed_by is None
        self.reverse_button.setEnabled(can_write(self._opened) and reversible)

    def add(self) -> Any:
        raise NotImplementedError

    def reverse(self) -> Any:
        raise NotImplementedError

    def _written(self, _result: object) -> None:
        self.changed.emit()
