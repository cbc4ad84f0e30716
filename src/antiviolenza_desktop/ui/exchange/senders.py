"""The registered keys of the level below and the revocation of a lost laptop's key: the
Ambiti's keys at the capofila, the capofila's keys at the Region.

One registry (`exchange_records.senders`, read with the rest of the network state) and one
operation (`operations.exchange_keys.revoke_key`, the CLI's `enrol keys` / `enrol revoke`) for
both levels; only the words change (`provinces`). The owner shows the senders it read and reads
the state again on `revoked`.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.exchange_keys import revoke_key
from antiviolenza_desktop.services.exchange_records import SenderKey
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.widgets import compact_table, fill_table, mark_row
from antiviolenza_desktop.ui.formatting import format_local_day
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel, writer_only


class SendersPanel(QWidget):
    """The table of registered keys, a note on who has no active key, and «Revoca»."""

    revoked = Signal()

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        writer: bool,
        error: ErrorLabel,
        *,
        provinces: bool = False,
    ) -> None:
        super().__init__()
        self._opened, self._runner, self._error = opened, runner, error
        self._provinces = provinces
        self.senders: tuple[SenderKey, ...] = ()
        self.revoke_button = writer_only(
            QPushButton(self.tr("Re&voca la chiave selezionata…")), writer
        )
        self.note = QLabel(wordWrap=True)
        self.table = compact_table(
            [
                self.tr("Provincia") if provinces else self.tr("Ambito"),
                self.tr("Identificativo"),
                self.tr("Impronta"),
                self.tr("Registrata il"),
                self.tr("Stato"),
            ],
            self.tr("Chiavi registrate delle capofila")
            if provinces
            else self.tr("Chiavi registrate degli Ambiti"),
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.note)
        column.addWidget(self.table)
        self.revoke_button.clicked.connect(self.revoke_selected)

    def show_senders(
        self, senders: tuple[SenderKey, ...], expected: tuple[tuple[str, str], ...] = ()
    ) -> None:
        """`expected`: (code, name) of every sender there should be (the Ambiti of the
        programme); those without an active key are named in the note."""
        self.senders = senders
        states = {
            "attiva": self.tr("attiva"),
            "ritirata": self.tr("ritirata (sostituita)"),
            "revocata": self.tr("REVOCATA: pacchetti rifiutati"),
        }
        names = dict(expected)
        fill_table(
            self.table,
            [
                [
                    names.get(s.ambito, s.ambito),
                    s.key_id,
                    s.fingerprint,
                    format_local_day(s.registered_at),
                    states.get(s.status, s.status),
                ]
                for s in senders
            ],
        )
        for row, sender in enumerate(senders):
            if sender.revoked_at:
                mark_row(self.table, row)
        registered = {s.ambito for s in senders if s.status == "attiva"}
        missing = [name for code, name in expected if code not in registered]
        self.note.setText(
            self.tr("Ambiti senza una chiave attiva: %1.").replace("%1", ", ".join(missing))
            if missing
            else self.tr("Ogni Ambito ha una chiave attiva registrata.")
        )
        self.note.setVisible(bool(expected))

    def clear(self) -> None:
        self.senders = ()
        self.table.setRowCount(0)

    def selected_sender(self) -> SenderKey | None:
        rows = self.table.selectionModel().selectedRows()
        return self.senders[rows[0].row()] if rows else None

    def revoke_selected(self) -> None:
        sender = self.selected_sender()
        if sender is None:
            self._error.show_error(self.tr("Seleziona nell'elenco la chiave da revocare."))
            return
        if QMessageBox.question(self, self.tr("Revoca la chiave"), self._question(sender)) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        opened, key_id = self._opened, sender.key_id

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self):
                self._error.show_error(error_text(error))

        self._runner.run(lambda: revoke_key(opened, key_id), lambda _s: self.revoked.emit(), failed)

    def _question(self, sender: SenderKey) -> str:
        if self._provinces:
            text = self.tr(
                "Revocare la chiave %1 della capofila della provincia «%2»? Ogni pacchetto "
                "provinciale firmato con essa sarà rifiutato da ora in poi (per esempio dopo lo "
                "smarrimento del computer)."
            )
        else:
            text = self.tr(
                "Revocare la chiave %1 dell'Ambito «%2»? Ogni pacchetto firmato con essa sarà "
                "rifiutato da ora in poi (per esempio dopo lo smarrimento del computer). "
                "L'Ambito dovrà creare una nuova chiave e fartela registrare."
            )
        return text.replace("%1", sender.key_id).replace("%2", sender.ambito)
