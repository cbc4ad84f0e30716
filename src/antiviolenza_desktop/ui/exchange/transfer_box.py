"""The «Casi trasferiti» tab of an Ambito's «Rete» area: this Ambito's «chiave di ricezione»
card (saved to a file, its fingerprint shown to read by phone), the other Ambiti's cards
registered here, and «Ricevi un caso trasferito…». The flows are `operations.case_transfer`'s.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.exchange.case_transfer import TransferReceived
from antiviolenza_desktop.exchange.transfer_card import KeyCard
from antiviolenza_desktop.operations import case_transfer
from antiviolenza_desktop.operations.case_transfer import CardWritten
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.ambito_names import ambito_name
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.transfer_dialog import FILE_FILTER
from antiviolenza_desktop.ui.funds.dialogs import WriteDialog
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import hint
from antiviolenza_desktop.ui.widgets import ErrorLabel, writer_only


class RegisterCardDialog(WriteDialog):
    """Another Ambito's card read from its file; registered once the fingerprint is typed."""

    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, card: KeyCard, parent: QWidget | None
    ) -> None:
        super().__init__(runner, self.tr("Registra la chiave di un Ambito"), parent)
        self._opened, self._card = opened, card
        self.heading.setText(
            self.tr("Chiave di ricezione dell'Ambito «%1»").replace("%1", ambito_name(card.ambito))
        )
        self.typed = QLineEdit(placeholderText="00000 00000 00000 00000 00000 00000")
        explanation = hint(
            self.tr(
                "Telefona all'Ambito e fatti leggere l'impronta della sua chiave di ricezione: "
                "scrivila qui. Se una cifra non torna, la chiave non viene registrata."
            )
        )
        self.add_field("fingerprint", self.tr("&Impronta"), self.typed, explanation)
        self.save_button.setText(self.tr("&Registra"))

    def submit(self) -> None:
        self.clear_problems()
        opened, card, typed = self._opened, self._card, self.typed.text()
        self.run_write(lambda: case_transfer.register_card(opened, card, typed))


def _row(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class CaseTransferBox(QWidget):
    """`received(case_id)` after a transferred case was received here."""

    received = Signal(int)

    def __init__(self, opened: OpenStore, runner: BackgroundRunner, writer: bool) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.card_button = writer_only(
            QPushButton(self.tr("Salva la &chiave di ricezione…")), writer
        )
        self.register_button = writer_only(
            QPushButton(self.tr("&Registra la chiave di un Ambito…")), writer
        )
        self.receive_button = writer_only(
            QPushButton(self.tr("Ricevi un caso &trasferito…")), writer
        )
        self.fingerprint = QLabel(wordWrap=True)
        self.partners = QLabel(wordWrap=True)
        self.error = ErrorLabel()
        self.card_button.clicked.connect(self._ask_card)
        self.register_button.clicked.connect(self._ask_register)
        self.receive_button.clicked.connect(self._ask_receive)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self._explanation(), wordWrap=True))
        layout.addLayout(_row(self.card_button))
        layout.addWidget(self.fingerprint)
        layout.addLayout(_row(self.register_button))
        layout.addWidget(self.partners)
        layout.addLayout(_row(self.receive_button))
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _explanation(self) -> str:
        return self.tr(
            "Quando una donna si trasferisce in un altro Ambito, il suo caso passa con un file "
            "firmato e cifrato che solo l'Ambito che lo riceve può aprire (la capofila no). "
            "Prima i due Ambiti si scambiano una volta la chiave di ricezione e ne confrontano "
            "l'impronta al telefono."
        )

    def refresh(self) -> None:
        """The registered cards, one line per Ambito (coordinator only)."""
        try:
            partners = case_transfer.partners(self._opened)
        except AppError:
            self.partners.clear()
            return
        current = [p for p in partners if p.retired_at is None]
        lines = [f"{ambito_name(p.ambito)}: {p.fingerprint}" for p in current]
        head = self.tr("Chiavi di ricezione registrate: %1").replace("%1", str(len(current)))
        self.partners.setText("\n".join([head, *lines]))

    def _ask_card(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Salva la chiave di ricezione"), "chiave-ricezione.json", "JSON (*.json)"
        )
        if chosen:
            self.save_card(Path(chosen))

    def save_card(self, path: Path) -> None:
        def saved(written: CardWritten) -> None:
            self.fingerprint.setText(
                self.tr("Impronta da leggere all'altro Ambito: %1").replace(
                    "%1", written.fingerprint
                )
            )

        self.error.clear_error()
        opened = self._opened
        self._runner.run(lambda: case_transfer.write_own_card(opened, path), saved, self._refused)

    def _ask_register(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chiave di ricezione di un Ambito"), "", "JSON (*.json)"
        )
        if chosen:
            self.register_from(Path(chosen))

    def register_from(self, path: Path) -> RegisterCardDialog | None:
        self.error.clear_error()
        try:
            card = case_transfer.read_card_file(path)
        except AppError as error:
            self._refused(error)
            return None
        self.dialog = RegisterCardDialog(self._opened, self._runner, card, self)
        self.dialog.written.connect(lambda _partner: self.refresh())
        self.dialog.open()
        return self.dialog

    def _ask_receive(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Ricevi un caso trasferito"), "", FILE_FILTER
        )
        if chosen:
            self.receive_from(Path(chosen))

    def receive_from(self, path: Path) -> None:
        def done(result: TransferReceived) -> None:
            self._say_received(result)
            self.received.emit(result.case_id)

        self.error.clear_error()
        opened = self._opened
        self._runner.run(lambda: case_transfer.receive_file(opened, path), done, self._refused)

    def _say_received(self, result: TransferReceived) -> None:
        """The new case's code; a warning naming the cases here that may be the same woman."""
        text = (
            self.tr("Caso ricevuto dall'Ambito «%1» (lì %2): qui è il caso %3.")
            .replace("%1", ambito_name(result.from_ambito))
            .replace("%2", result.from_case_code)
            .replace("%3", result.case_code)
        )
        if not result.possible_duplicates:
            QMessageBox.information(self, self.tr("Caso ricevuto"), text)
            return
        twins = self.tr(
            "Attenzione: in questo archivio %n caso può essere la stessa donna (stesso codice "
            "fiscale, o stesso nome e data di nascita): %1. Controllalo: se è lei, lavorate su "
            "uno solo dei due casi.",
            "",
            len(result.possible_duplicates),
        ).replace("%1", ", ".join(result.possible_duplicates))
        QMessageBox.warning(self, self.tr("Caso ricevuto"), f"{text}\n\n{twins}")

    def _refused(self, error: AppError) -> None:
        self.error.show_error(error_text(error))
