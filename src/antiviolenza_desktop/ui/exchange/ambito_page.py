"""The Ambito's side of the «Rete» area: its enrolment, its bundle for the capofila and (a box
given by the view, `approval_view.AmbitoPeriodsBox`) its periods submitted for approval.

Whether the store is enrolled (and since when), its signing key's fingerprint as big digit
groups to read to the capofila, and the buttons to accept an enrolment, save the public-key
file again and export the bundle. The buttons only emit their signals: `ExchangeView` opens
the dialogs. The texts keep the «Rete» view's translation context, where they were born.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from antiviolenza_desktop.operations.exchange_enrolment import NetworkState
from antiviolenza_desktop.ui.exchange.widgets import GroupsDisplay
from antiviolenza_desktop.ui.formatting import format_local_day
from antiviolenza_desktop.ui.widgets import WarningLabel, writer_only

CONTEXT = "ExchangeView"


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class AmbitoPage(QWidget):
    def __init__(self, writer: bool, periods: QWidget | None = None) -> None:
        super().__init__()
        self._writer = writer
        self.enrolment_state = QLabel(wordWrap=True)
        self.not_enrolled = WarningLabel()
        self.fingerprint = GroupsDisplay("", 20, per_line=3)
        self.fingerprint_caption = QLabel(wordWrap=True)
        self.accept_button = writer_only(
            QPushButton(QCoreApplication.translate(CONTEXT, "&Accetta un'iscrizione…")), writer
        )
        self.key_button = writer_only(
            QPushButton(QCoreApplication.translate(CONTEXT, "Salva di nuovo la &chiave pubblica…")),
            writer,
        )
        self.export_button = writer_only(
            QPushButton(QCoreApplication.translate(CONTEXT, "&Esporta il pacchetto…")), writer
        )
        self.export_state = QLabel(wordWrap=True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._enrolment_box())
        outer.addWidget(self._bundle_box())
        if periods is not None:
            outer.addWidget(periods)
        outer.addStretch(1)

    def _enrolment_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate(CONTEXT, "Iscrizione alla rete"))
        column = QVBoxLayout(box)
        column.addWidget(self.enrolment_state)
        column.addWidget(self.not_enrolled)
        column.addWidget(self.fingerprint_caption)
        column.addWidget(self.fingerprint)
        column.addLayout(_row(self.accept_button, self.key_button))
        return box

    def _bundle_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate(CONTEXT, "Pacchetto per la capofila"))
        column = QVBoxLayout(box)
        text = QCoreApplication.translate(
            CONTEXT,
            "Il pacchetto è l'intero stato dell'Ambito con pseudonimi, mai con nomi: "
            "esportalo quando vuoi (per esempio ogni mese) e invialo alla capofila per "
            "posta elettronica o su chiavetta. Solo la capofila può aprirlo e "
            "chiunque vedrebbe se è stato alterato.",
        )
        column.addWidget(QLabel(text, wordWrap=True))
        column.addWidget(self.export_state)
        column.addLayout(_row(self.export_button))
        return box

    def show_state(self, state: NetworkState) -> None:
        enrolled = state.enrolled_at is not None
        self._show_enrolment(state.enrolled_at)
        key = state.signing_key
        self.fingerprint.setVisible(key is not None)
        self.fingerprint_caption.setVisible(key is not None)
        if key is not None:
            self.fingerprint.set_code(key.fingerprint)
            self.fingerprint_caption.setText(
                QCoreApplication.translate(
                    CONTEXT,
                    "Impronta della chiave di firma (identificativo %1): la capofila deve "
                    "scrivere queste cifre per registrare la chiave.",
                ).replace("%1", key.key_id)
            )
        self.key_button.setEnabled(self._writer and key is not None)
        self.export_button.setEnabled(self._writer and enrolled)
        self.export_state.setText(
            QCoreApplication.translate(CONTEXT, "Il prossimo pacchetto sarà il n. %1.").replace(
                "%1", str(state.next_sequence)
            )
            if enrolled
            else QCoreApplication.translate(CONTEXT, "Si esporta dopo l'iscrizione alla rete.")
        )

    def _show_enrolment(self, enrolled_at: str | None) -> None:
        if enrolled_at is not None:
            self.enrolment_state.setText(
                QCoreApplication.translate(CONTEXT, "Archivio iscritto alla rete dal %1.").replace(
                    "%1", format_local_day(enrolled_at)
                )
            )
            self.not_enrolled.clear_error()
            return
        self.enrolment_state.clear()
        self.not_enrolled.show_error(
            QCoreApplication.translate(
                CONTEXT,
                "Archivio non ancora iscritto alla rete: chiedi alla capofila il file di "
                "iscrizione e il codice monouso, poi «Accetta un'iscrizione».",
            )
        )
