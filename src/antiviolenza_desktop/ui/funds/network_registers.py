"""The «Formazione e rete» tab of an Ambito store: the training register and the network
register, each a table of append-only rows with add and reverse (as the fund registers).

Both feed the bundle for the capofila as counts only (sessions, minutes, participants per
kind of body; organisations per kind, joinings and leavings per month): the topics and the
organisations' names stay here, and the page says so. Reading runs on the background runner;
only the coordinator writes (the buttons are disabled for others, the services refuse anyway).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import shiboken6
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.province_registers import NetworkProvince
from antiviolenza_desktop.domain.funds.cofinancing import format_minutes
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.operations.funds_reading import Registers, can_write, read_registers
from antiviolenza_desktop.services.network_members import MemberRow
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.training import TrainingRow
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.funds.dialogs import ReversalDialog
from antiviolenza_desktop.ui.funds.models import GreyedRowsModel, reversal_cell
from antiviolenza_desktop.ui.funds.network_dialogs import (
    LeavingDialog,
    MemberDialog,
    TrainingDialog,
    kind_names,
)
from antiviolenza_desktop.ui.funds.network_growth import growth_text
from antiviolenza_desktop.ui.funds.register_page import RegisterPage
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import hint
from antiviolenza_desktop.ui.project.models import Cell
from antiviolenza_desktop.ui.widgets import ErrorLabel, writer_only


def _greyed(item: Any) -> bool:
    return item.reverses_id is not None or item.reversed_by is not None


class TrainingModel(GreyedRowsModel):
    def __init__(self) -> None:
        super().__init__(
            (
                self.tr("N."),
                self.tr("Data"),
                self.tr("Azione"),
                self.tr("Argomento"),
                self.tr("Durata"),
                self.tr("Partecipanti"),
                self.tr("Storno"),
            ),
            self._cells_of,
        )

    def greyed(self, item: Any) -> bool:
        return _greyed(item)

    def _cells_of(self, row: TrainingRow) -> tuple[Cell, ...]:
        entry = row.entry
        names = kind_names()
        people = ", ".join(f"{names[k]} {n}" for k, n in entry.participants.items() if n)
        return (
            (str(row.id), row.id),
            (format_date(entry.on), entry.on.isoformat()),
            (entry.action_code, entry.action_code),
            (entry.topic, entry.topic),
            (format_minutes(entry.minutes), entry.minutes),
            (f"{entry.total_participants} ({people})", entry.total_participants),
            reversal_cell(row.reverses_id, row.reversed_by, ""),
        )


class MembersModel(GreyedRowsModel):
    def __init__(self) -> None:
        super().__init__(
            (
                self.tr("N."),
                self.tr("Organizzazione"),
                self.tr("Tipo di ente"),
                self.tr("Adesione"),
                self.tr("Uscita"),
                self.tr("Storno"),
            ),
            self._cells_of,
        )

    def greyed(self, item: Any) -> bool:
        return _greyed(item)

    def _cells_of(self, row: MemberRow) -> tuple[Cell, ...]:
        entry = row.entry
        left = format_date(row.left_on) if row.left_on else "—"
        return (
            (str(row.id), row.id),
            (entry.name, entry.name),
            (kind_names().get(entry.kind, entry.kind), entry.kind),
            (format_date(entry.joined_on), entry.joined_on.isoformat()),
            (left, row.left_on.isoformat() if row.left_on else ""),
            reversal_cell(row.reverses_id, row.reversed_by, ""),
        )


class TrainingPage(RegisterPage):
    def __init__(self, opened: OpenStore, runner: BackgroundRunner, programme: Programme) -> None:
        super().__init__(
            opened,
            runner,
            TrainingModel(),
            self.tr("Registro della formazione"),
            self.tr("Aggiungi una &sessione…"),
        )
        self.programme = programme

    def set_rows(self, rows: Sequence[TrainingRow]) -> None:
        super().set_rows(rows)
        counted = [r for r in rows if not _greyed(r)]
        self.summary.setText(
            self.tr("Sessioni: %1 · durata %2 · partecipanti %3")
            .replace("%1", str(len(counted)))
            .replace("%2", format_minutes(sum(r.entry.minutes for r in counted)))
            .replace("%3", str(sum(r.entry.total_participants for r in counted)))
        )

    def add(self) -> TrainingDialog | None:
        if not can_write(self._opened):
            return None
        dialog = TrainingDialog(self._opened, self._runner, self.programme, self)
        dialog.written.connect(self._written)
        dialog.open()
        return dialog

    def reverse(self) -> ReversalDialog | None:
        row: TrainingRow | None = self.selected()
        if row is None or not can_write(self._opened):
            return None
        text = (
            self.tr("Sessione n. %1 del %2 · %3")
            .replace("%1", str(row.id))
            .replace("%2", format_date(row.entry.on))
            .replace("%3", row.entry.topic)
        )
        dialog = ReversalDialog(self._opened, self._runner, "training", row.id, text, self)
        dialog.written.connect(self._written)
        dialog.open()
        return dialog


class MembersPage(RegisterPage):
    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        super().__init__(
            opened,
            runner,
            MembersModel(),
            self.tr("Registro della rete"),
            self.tr("Aggiungi un'&organizzazione…"),
        )
        self.growth = QLabel(wordWrap=True)
        self.layout_.insertWidget(1, self.growth)
        self.leave_button = writer_only(
            QPushButton(self.tr("Registra l'&uscita…")), can_write(opened)
        )
        self.layout_.itemAt(self.layout_.count() - 1).layout().insertWidget(2, self.leave_button)
        self.leave_button.clicked.connect(self.leave)
        self.table.selectionModel().selectionChanged.connect(self._sync_leave)
        self._sync_leave()

    def _sync_leave(self) -> None:
        row: MemberRow | None = self.selected()
        self.leave_button.setEnabled(
            can_write(self._opened) and row is not None and row.in_force and row.left_on is None
        )

    def set_rows(self, rows: Sequence[MemberRow]) -> None:
        super().set_rows(rows)
        self._sync_leave()
        now = sum(1 for r in rows if r.in_force and r.left_on is None)
        self.summary.setText(self.tr("Organizzazioni nella rete oggi: %1").replace("%1", str(now)))

    def show_growth(self, network: NetworkProvince) -> None:
        """This store's share of line 1's target: the card month's baseline and the growth."""
        self.growth.setText(growth_text(network))

    def _describe(self, row: MemberRow) -> str:
        return (
            self.tr("Riga n. %1 · %2 · %3")
            .replace("%1", str(row.id))
            .replace("%2", row.entry.name)
            .replace("%3", kind_names().get(row.entry.kind, row.entry.kind))
        )

    def add(self) -> MemberDialog | None:
        if not can_write(self._opened):
            return None
        dialog = MemberDialog(self._opened, self._runner, self)
        dialog.written.connect(self._written)
        dialog.open()
        return dialog

    def leave(self) -> LeavingDialog | None:
        row: MemberRow | None = self.selected()
        if row is None or not can_write(self._opened):
            return None
        dialog = LeavingDialog(self._opened, self._runner, row.id, self._describe(row), self)
        dialog.written.connect(self._written)
        dialog.open()
        return dialog

    def reverse(self) -> ReversalDialog | None:
        row: MemberRow | None = self.selected()
        if row is None or not can_write(self._opened):
            return None
        dialog = ReversalDialog(
            self._opened, self._runner, "network", row.id, self._describe(row), self
        )
        dialog.written.connect(self._written)
        dialog.open()
        return dialog


class TrainingNetworkView(QWidget):
    """The two registers, one above the other, read again after every write."""

    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self._generation = 0
        self.error = ErrorLabel()
        self.training = TrainingPage(opened, runner, load_default_programme())
        self.members = MembersPage(opened, runner)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Il pacchetto per la capofila porta solo numeri: sessioni, durata e "
                    "partecipanti per tipo di ente; organizzazioni della rete per tipo. "
                    "Argomenti e nomi delle organizzazioni restano in questo archivio."
                )
            )
        )
        layout.addWidget(self.error)
        for title, page in (
            (self.tr("Formazione delle équipe"), self.training),
            (self.tr("Rete territoriale antiviolenza"), self.members),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(page)
            layout.addWidget(box, 1)
            page.changed.connect(self.refresh)

    def refresh(self) -> None:
        self._generation += 1
        generation, opened = self._generation, self._opened

        def show(registers: Registers) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.error.clear_error()
                self.training.set_rows(registers.training)
                self.members.set_rows(registers.members)
                self.members.show_growth(registers.network)

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.error.show_error(error_text(error))

        self._runner.run(lambda: read_registers(opened), show, failed)
