"""The dialogs of the «Formazione e rete» tab, and the store work they run.

A training session: its date, the action (3.4 unless she picks another), a topic or code that
stays in this store (the bundle never carries it: the hint says so), its length as hours and
minutes (never a decimal), and how many people came from each kind of body — numbers only.
A network member: the organisation's name (an organisation, never a person), its kind and the
day it joined; later the day it left. Every write runs on the background runner through its
own unit of work; the services refuse what is wrong and the refusal shows under its field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from antiviolenza_desktop.domain.funds.network_training import (
    BODY_KINDS,
    MAX_PARTICIPANTS_PER_KIND,
    MAX_SESSION_MINUTES,
    TRAINING_ACTION,
    MemberEntry,
    TrainingEntry,
)
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.operations import fund_registers
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.form_fields import DateField
from antiviolenza_desktop.ui.funds.dialogs import WriteDialog
from antiviolenza_desktop.ui.funds.register_page import action_combo
from antiviolenza_desktop.ui.project.fields import hint


def kind_names() -> dict[str, str]:
    """The kinds of body in Italian, translated in the «network_kinds» context."""
    return {code: QCoreApplication.translate("network_kinds", label) for code, label in BODY_KINDS}


class TrainingDialog(WriteDialog):
    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        programme: Programme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Sessione di formazione"), parent)
        self._opened = opened
        self.heading.setText(self.tr("Una sessione di formazione delle équipe"))
        self.on = DateField()
        self.on.set_value(date.today())
        self.action = action_combo(programme.actions)
        self.action.setCurrentIndex(max(self.action.findData(TRAINING_ACTION), 0))
        self.topic = QLineEdit(placeholderText=self.tr("per esempio: modulo 2, valutazione"))
        topic_hint = hint(
            self.tr(
                "L'argomento resta in questo archivio: il pacchetto per la capofila porta solo "
                "il numero di sessioni, la durata e quante persone per tipo di ente."
            )
        )
        self.hours = QSpinBox(suffix=self.tr(" h"), maximum=MAX_SESSION_MINUTES // 60)
        self.minutes = QSpinBox(suffix=self.tr(" min"), maximum=59, singleStep=5)
        self.minutes.setAccessibleName(self.tr("Minuti"))
        self.counts: dict[str, QSpinBox] = {}
        grid_cell = self._participants_grid()
        self.add_field("on", self.tr("&Data"), self.on)
        self.add_field("action_code", self.tr("&Azione"), self.action)
        self.add_field("topic", self.tr("A&rgomento o codice"), self.topic, topic_hint)
        self.add_field("minutes", self.tr("D&urata"), self.hours, beside=(self.minutes,))
        self.add_field("participants", self.tr("&Partecipanti per ente"), grid_cell)
        self.save_button.setText(self.tr("&Registra la sessione"))
        self.topic.setFocus()

    def _participants_grid(self) -> QWidget:
        """One counter per kind of body, two to a line (fills `self.counts`): three to a line
        clipped the longest English label within a dialog at most two thirds of a 1366 screen."""
        grid_cell = QWidget()
        grid = QGridLayout(grid_cell)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (code, name) in enumerate(kind_names().items()):
            spin = QSpinBox(maximum=MAX_PARTICIPANTS_PER_KIND)
            spin.setAccessibleName(self.tr("Partecipanti: %1").replace("%1", name))
            label = QLabel(name)
            label.setBuddy(spin)
            grid.addWidget(label, index // 2, (index % 2) * 2)
            grid.addWidget(spin, index // 2, (index % 2) * 2 + 1)
            self.counts[code] = spin
        return grid_cell

    def entry(self) -> TrainingEntry | None:
        day = self.on.value()
        if day is None:
            self.show_problem("on", self.tr("Indica la data della sessione."))
            return None
        return TrainingEntry(
            on=day,
            topic=self.topic.text(),
            minutes=self.hours.value() * 60 + self.minutes.value(),
            participants={code: spin.value() for code, spin in self.counts.items() if spin.value()},
            action_code=str(self.action.currentData()),
        )

    def submit(self) -> None:
        self.clear_problems()
        entry = self.entry()
        if entry is not None:
            opened = self._opened
            self.run_write(lambda: fund_registers.record_training(opened, entry))


class MemberDialog(WriteDialog):
    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, self.tr("Membro della rete"), parent)
        self._opened = opened
        self.heading.setText(self.tr("Un'organizzazione che entra nella rete territoriale"))
        self.name = QLineEdit(placeholderText=self.tr("per esempio: Consultorio di Crema"))
        name_hint = hint(
            self.tr(
                "Solo organizzazioni, mai persone. Il nome resta in questo archivio: il "
                "pacchetto porta solo quante organizzazioni per tipo."
            )
        )
        self.kind = QComboBox()
        for code, label in kind_names().items():
            self.kind.addItem(label, code)
        self.joined = DateField()
        self.joined.set_value(date.today())
        self.add_field("name", self.tr("&Organizzazione"), self.name, name_hint)
        self.add_field("kind", self.tr("&Tipo di ente"), self.kind)
        self.add_field("joined_on", self.tr("&Adesione"), self.joined)
        self.save_button.setText(self.tr("&Aggiungi alla rete"))
        self.name.setFocus()

    def submit(self) -> None:
        self.clear_problems()
        day = self.joined.value()
        if day is None:
            self.show_problem("joined_on", self.tr("Indica la data di adesione."))
            return
        entry = MemberEntry(self.name.text(), str(self.kind.currentData()), day)
        opened = self._opened
        self.run_write(lambda: fund_registers.add_member(opened, entry))


class LeavingDialog(WriteDialog):
    """The day an organisation left the network (written once)."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        row_id: int,
        description: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Uscita dalla rete"), parent)
        self._opened, self._row_id = opened, row_id
        self.heading.setText(description)
        self.left = DateField()
        self.left.set_value(date.today())
        self.add_field("left_on", self.tr("&Uscita"), self.left)
        self.form.addRow(
            hint(self.tr("La data si scrive una volta: per correggerla si storna la riga."))
        )
        self.save_button.setText(self.tr("&Registra l'uscita"))

    def submit(self) -> None:
        self.clear_problems()
        day = self.left.value()
        if day is None:
            self.show_problem("left_on", self.tr("Indica la data di uscita."))
            return
        opened, row_id = self._opened, self._row_id
        self.run_write(lambda: fund_registers.record_leaving(opened, row_id, day))
