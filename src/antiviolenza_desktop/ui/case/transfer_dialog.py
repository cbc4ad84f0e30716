"""«Trasferisci a un altro Ambito…» on one case: the coordinator's button and its dialog (the
receiving Ambito, among those whose «chiave di ricezione» is registered here, and the file to
create). The rules are `operations.case_transfer`'s; this module only asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from antiviolenza_desktop.operations import case_transfer
from antiviolenza_desktop.operations.case_transfer import TransferSaved
from antiviolenza_desktop.services.case_transfers import TransferNote
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.ambito_names import ambito_name
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.funds.dialogs import WriteDialog
from antiviolenza_desktop.ui.project.fields import hint

FILE_FILTER = "Caso trasferito (*.avtr)"


class TransferCaseDialog(WriteDialog):
    """`written` carries the `TransferSaved` once the store committed and the file exists."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        case_id: int,
        code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Trasferisci a un altro Ambito"), parent)
        self._opened, self._case_id = opened, case_id
        self.heading.setText(
            self.tr("Trasferire il caso %1 a un altro Ambito?").replace("%1", code)
        )
        self.ambito = QComboBox()
        for ambito in case_transfer.receivers(opened):
            self.ambito.addItem(ambito_name(ambito), ambito)
        self.path = QLineEdit(placeholderText=self.tr("scegli dove salvare il file"))
        browse = QPushButton(self.tr("&Sfoglia…"))
        browse.clicked.connect(self._browse)
        explanation = hint(
            self.tr(
                "Il file è firmato da questo Ambito e cifrato per la chiave di ricezione "
                "dell'Ambito scelto: solo quell'Ambito può aprirlo, la capofila no. Serve il "
                "consenso della donna all'invio ai servizi sociali. Dopo il trasferimento qui "
                "il caso resta in sola lettura; il registro dei fondi resta a questo Ambito."
            )
        )
        none = hint(
            self.tr(
                "Nessuna chiave di ricezione registrata: registrala in «Rete» con «Registra la "
                "chiave di un Ambito…»."
            )
        )
        none.setVisible(self.ambito.count() == 0)
        self.add_field("ambito", self.tr("&Ambito che riceve"), self.ambito, none)
        self.add_field("path", self.tr("&File"), self.path, explanation, beside=(browse,))
        self.save_button.setText(self.tr("&Trasferisci"))
        self.save_button.setEnabled(self.ambito.count() > 0)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Salva il caso trasferito"), "", FILE_FILTER
        )
        if chosen:
            self.path.setText(chosen)

    def submit(self) -> None:
        self.clear_problems()
        if not self.path.text().strip():
            self.show_problem("path", self.tr("Scegli dove salvare il file."))
            return
        opened, case_id = self._opened, self._case_id
        ambito, path = str(self.ambito.currentData()), Path(self.path.text().strip())
        self.run_write(lambda: case_transfer.transfer_case(opened, case_id, ambito, path))


def transfer_notice(note: TransferNote) -> str:
    """The case detail's line about a transfer (sent, or received), or ''."""
    if note.sent_to is not None and note.sent_on is not None:
        return (
            TransferCaseDialog.tr("Caso trasferito all'Ambito «%1» il %2: qui è in sola lettura.")
            .replace("%1", ambito_name(note.sent_to))
            .replace("%2", format_date(note.sent_on))
        )
    if note.received_from is not None:
        return (
            TransferCaseDialog.tr("Caso ricevuto dall'Ambito «%1» (lì %2).")
            .replace("%1", ambito_name(note.received_from))
            .replace("%2", note.from_case_code or "")
        )
    return ""


class CaseTransferButton(QPushButton):
    """Shown to the coordinator of an Ambito store on a case neither erased nor transferred;
    `transferred(case_id, what_to_do)` after the file is written. `editing()` (set by the
    case detail) says that something typed about her is not saved yet: the file carries
    only what is saved, and afterwards her case is read-only, so the transfer waits."""

    transferred = Signal(int, str)

    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        super().__init__(self.tr("T&rasferisci a un altro Ambito…"))
        self._opened, self._runner = opened, runner
        self._case: tuple[int, str] | None = None
        self.note: TransferNote | None = None
        self._may: bool | None = None
        self.editing: Callable[[], bool] = lambda: False
        self.dialog: TransferCaseDialog | None = None
        self.setVisible(False)
        self.clicked.connect(self.ask)

    def load(self, case_id: int, code: str, *, erased: bool) -> TransferNote:
        """Read the case's transfer note; show the button only where it may be used."""
        self._case = (case_id, code)
        self.note = case_transfer.transfer_note(self._opened, case_id)
        self.setVisible(self._allowed() and not erased and self.note.sent_to is None)
        return self.note

    def _allowed(self) -> bool:
        if self._may is None:
            self._may = case_transfer.can_transfer(self._opened)
        return self._may

    def ask(self) -> None:
        if self._case is None:
            return
        case_id, code = self._case
        if self.editing():
            QMessageBox.information(
                self,
                self.tr("Trasferisci a un altro Ambito"),
                self.tr(
                    "Salva o annulla prima le modifiche in corso su questo caso: il file porta "
                    "solo ciò che è salvato, e dopo il trasferimento il caso qui non si modifica."
                ),
            )
            return
        self.dialog = TransferCaseDialog(self._opened, self._runner, case_id, code, self)
        self.dialog.written.connect(self._done)
        self.dialog.open()

    def _done(self, result: TransferSaved) -> None:
        if self._case is None:
            return
        text = (
            self.tr("File salvato in %1: consegnalo solo all'Ambito «%2».")
            .replace("%1", str(result.path))
            .replace("%2", ambito_name(result.to_ambito))
        )
        if result.consents_left:
            left = self.tr(
                "%n consensi legati a un ente di questo Ambito non sono stati trasferiti.",
                "",
                result.consents_left,
            )
            text = f"{text} {left}"
        self.transferred.emit(self._case[0], text)
