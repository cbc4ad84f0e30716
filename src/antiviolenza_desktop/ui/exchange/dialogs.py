"""The enrolment dialogs and the export: what each end of the phone call does.

1. Capofila, `IssueEnrolmentDialog`: choose the Ambito and where to save the file; the one-time
   code then shows large, in groups, to read out by phone (never to send with the file).
2. Ambito, `AcceptEnrolmentDialog`: the file and the code she hears; the key's fingerprint then
   shows as big digit groups to read back, and the public-key file is saved to send.
3. Capofila, `RegisterKeyDialog`: the public-key file and the fingerprint typed while the Ambito
   reads it; a mismatch is refused under the field and nothing is registered.
4. Ambito, `ExportBundleDialog`: where to save the bundle (named by Ambito and day); afterwards
   what it holds, in figures.

All of them are `WriteDialog`s (inline refusals in Italian, the work on the background runner:
Argon2id, signatures and sealing never freeze the window). The two that end on something to
read keep the form, disabled, above the result, and their Cancel button becomes «Chiudi».
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.exchange.bundle_export import ExportedBundle
from antiviolenza_desktop.exchange.enrolment import AcceptedEnrolment
from antiviolenza_desktop.operations.exchange_bundles import (
    export_bundle_file,
    suggested_bundle_name,
)
from antiviolenza_desktop.operations.exchange_enrolment import (
    Accepted,
    accept_enrolment_file,
    issue_enrolment_file,
)
from antiviolenza_desktop.operations.exchange_keys import read_key_file, register_key, save_file
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.widgets import FileField, GroupsDisplay
from antiviolenza_desktop.ui.funds.dialogs import WriteDialog
from antiviolenza_desktop.ui.messages import error_text, message_text
from antiviolenza_desktop.ui.widgets import ErrorLabel

JSON_FILTER = "JSON (*.json)"
BUNDLE_FILTER = "Pacchetto (*.avbundle)"


def note(text: str) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setStyleSheet("color: #444444;")
    return label


class StepDialog(WriteDialog):
    """A `WriteDialog` whose work ends on a result to read instead of closing."""

    def __init__(self, runner: BackgroundRunner, title: str, parent: QWidget | None) -> None:
        super().__init__(runner, title, parent)
        self.result_box = QWidget()
        self.result_layout = QVBoxLayout(self.result_box)
        self.result_layout.setContentsMargins(0, 8, 0, 0)
        self.result_box.hide()
        self.layout().insertWidget(3, self.result_box)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555555;")
        self.layout().insertWidget(3, self.status)

    def run_step(self, busy: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.clear_problems()
        self.save_button.setEnabled(False)
        self.status.setText(busy)

        def finished(result: Any) -> None:
            if shiboken6.isValid(self):
                self.status.clear()
                done(result)
                self.fit_height()

        def refused(error: AppError) -> None:
            if shiboken6.isValid(self):
                self.status.clear()
                self.save_button.setEnabled(True)
                self.show_problem(error.field, error_text(error))

        self._runner.run(work, finished, refused)

    def show_result(self, *widgets: QWidget) -> None:
        """Freeze the form and show the result; the only way on is «Chiudi»."""
        for widget, _problem in self.fields.values():
            widget.setEnabled(False)
        self.save_button.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Chiudi"))
        close.setDefault(True)
        close.setFocus()
        for widget in widgets:
            self.result_layout.addWidget(widget)
        self.result_box.show()
        self.adjustSize()  # the code or fingerprint must show whole, on one line
        self.written.emit(None)


class IssueEnrolmentDialog(StepDialog):
    issue_file = staticmethod(issue_enrolment_file)
    """The operation that writes the file (the Region's dialog issues a province's)."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        ambiti: tuple[tuple[str, str], ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Iscrivi un Ambito alla rete"), parent)
        self._opened = opened
        self.code = ""
        self.heading.setText(
            self.tr(
                "Il file di iscrizione porta all'Ambito le chiavi pubbliche della capofila e la "
                "chiave della rete, protetto da un codice monouso che detterai al telefono."
            )
        )
        self.ambito = QComboBox()
        for code, name in ambiti:
            self.ambito.addItem(name, code)
        self.file = FileField(save=True, file_filter=JSON_FILTER)
        self.add_field("ambito", self.tr("&Ambito"), self.ambito)
        self.add_field("file", self.tr("&Salva il file in"), self.file)
        self.save_button.setText(self.tr("&Emetti l'iscrizione"))
        self.ambito.currentIndexChanged.connect(self._suggest)
        self._suggested = ""
        self._suggest()

    def _suggest(self) -> None:
        current = self.file.edit.text()
        if current and current != self._suggested:
            return  # she chose a path herself: keep it
        name = f"iscrizione-{self.ambito.currentData()}-{date.today():%Y-%m-%d}.json"
        self._suggested = str(Path.home() / name)
        self.file.set_path(self._suggested)

    def submit(self) -> None:
        path, ambito, opened = self.file.path(), self.ambito.currentData(), self._opened
        if path is None:
            self.show_problem("file", self.tr("Scegli dove salvare il file di iscrizione."))
            return
        self.run_step(
            self.tr("Preparazione del file di iscrizione…"),
            lambda: self.issue_file(opened, ambito, path),
            lambda issued: self._issued(issued.one_time_code, path),
        )

    def _issued(self, code: str, path: Path) -> None:
        self.code = code
        self.code_display = GroupsDisplay(code, 26)
        self.show_result(
            note(
                self.tr(
                    "File scritto in %1. Invialo all'Ambito «%2» (per posta elettronica o su "
                    "chiavetta). Poi telefona alla coordinatrice e detta questo codice monouso, "
                    "un gruppo alla volta:"
                )
                .replace("%1", str(path))
                .replace("%2", self.ambito.currentText())
            ),
            self.code_display,
            note(
                self.tr(
                    "Non scrivere mai il codice nello stesso messaggio del file: chi avesse "
                    "entrambi leggerebbe la chiave della rete. Il codice non verrà più mostrato."
                )
            ),
        )


class AcceptEnrolmentDialog(StepDialog):
    accept_file = staticmethod(accept_enrolment_file)
    """The operation that accepts the file (the capofila's dialog accepts the Region's)."""

    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, self.tr("Accetta l'iscrizione alla rete"), parent)
        self._opened = opened
        self.accepted_enrolment: Accepted | None = None
        self.heading.setText(
            self.tr(
                "Apri il file di iscrizione ricevuto dalla capofila e scrivi il codice monouso "
                "che la capofila ti detta al telefono."
            )
        )
        self.file = FileField(save=False, file_filter=JSON_FILTER)
        self.code = QLineEdit(placeholderText="XXXX-XXXX-XXXX-XXXX")
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSize(14)
        self.code.setFont(fixed)
        self.add_field("file", self.tr("&File di iscrizione"), self.file)
        self.add_field("code", self.tr("&Codice monouso"), self.code)
        self.save_button.setText(self.tr("&Accetta l'iscrizione"))

    def submit(self) -> None:
        path, code, opened = self.file.path(), self.code.text(), self._opened
        if path is None:
            self.show_problem("file", self.tr("Scegli il file di iscrizione ricevuto."))
            return
        self.run_step(
            self.tr("Verifica del codice e apertura del file…"),
            lambda: self.accept_file(opened, path, code),
            self._accepted,
        )

    def _accepted(self, accepted: Accepted) -> None:
        self.accepted_enrolment = accepted
        info = accepted.enrolment
        self.fingerprint_display = GroupsDisplay(info.fingerprint, 22, per_line=3)
        self.key_file = FileField(save=True, file_filter=JSON_FILTER)
        self.key_file.set_path(Path.home() / self.key_file_name(info))
        self.key_file.edit.setAccessibleName(self.tr("Salva la chiave pubblica in"))
        self.save_key_button = QPushButton(self.tr("Sal&va la chiave pubblica"))
        self.save_key_button.clicked.connect(self.save_key)
        self.key_error = ErrorLabel()
        self.key_saved = QLabel(wordWrap=True)
        self.key_saved.hide()
        read_out, send = self.result_words(info)
        self.show_result(
            note(read_out),
            self.fingerprint_display,
            note(send),
            self.key_file,
            self.save_key_button,
            self.key_error,
            self.key_saved,
        )

    def key_file_name(self, info: AcceptedEnrolment) -> str:
        """The public-key file's suggested name (the Region's dialog names the capofila's)."""
        return f"chiave-{info.ambito}-{date.today():%Y-%m-%d}.json"

    def result_words(self, info: AcceptedEnrolment) -> tuple[str, str]:
        """What to read out before the fingerprint, and where to send the key file."""
        state = self.tr("rinnovata") if info.renewed else self.tr("accettata")
        read_out = (
            self.tr(
                "Iscrizione %1: Ambito «%2». Leggi alla capofila, al telefono, l'impronta "
                "della chiave di firma di questo archivio (identificativo %3):"
            )
            .replace("%1", state)
            .replace("%2", info.ambito)
            .replace("%3", info.key_id)
        )
        send = self.tr(
            "Salva la chiave pubblica e inviala alla capofila: non è segreta, ma la "
            "capofila la registra solo dopo aver scritto la stessa impronta."
        )
        return read_out, send

    def save_key(self) -> None:
        path = self.key_file.path()
        if path is None or self.accepted_enrolment is None:
            return
        data = self.accepted_enrolment.key_file
        self.key_error.clear_error()
        self.save_key_button.setEnabled(False)

        def saved(written: Path) -> None:
            if shiboken6.isValid(self):
                self.key_saved.setText(
                    self.tr("Chiave pubblica salvata in %1: inviala alla capofila.").replace(
                        "%1", str(written)
                    )
                )
                self.key_saved.show()
                self.fit_height()

        def refused(error: AppError) -> None:
            if shiboken6.isValid(self):
                self.save_key_button.setEnabled(True)
                self.key_error.show_error(error_text(error))
                self.fit_height()

        self._runner.run(lambda: save_file(path, data), saved, refused)


class RegisterKeyDialog(WriteDialog):
    """Capofila: register an Ambito's public key once the typed fingerprint matches."""

    register = staticmethod(register_key)
    """The operation that registers it (the Region's dialog registers a capofila's key)."""

    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, self.tr("Registra la chiave di un Ambito"), parent)
        self._opened = opened
        self.heading.setText(
            self.tr(
                "Apri il file della chiave pubblica inviato dall'Ambito, poi scrivi l'impronta "
                "mentre la coordinatrice dell'Ambito te la legge al telefono."
            )
        )
        self.file = FileField(save=False, file_filter=JSON_FILTER)
        self.key_info = QLabel(wordWrap=True)
        self.fingerprint = QLineEdit(placeholderText="12345 67890 12345 67890 12345 67890")
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSize(14)
        self.fingerprint.setFont(fixed)
        self.add_field("file", self.tr("&File della chiave"), self.file, self.key_info)
        self.add_field("fingerprint", self.tr("&Impronta dettata"), self.fingerprint)
        self.save_button.setText(self.tr("&Registra la chiave"))
        self.file.changed.connect(self._describe)

    def _describe(self) -> None:
        """Which Ambito and key the file names (a small local file: read at once)."""
        path = self.file.path()
        self.key_info.clear()
        if path is None or not path.is_file():
            return
        try:
            key = read_key_file(path)
        except AppError as error:
            self.key_info.setText(error_text(error))
        else:
            self.key_info.setText(
                self.tr("Chiave dell'Ambito «%1», identificativo %2.")
                .replace("%1", key.ambito)
                .replace("%2", key.key_id)
            )
        self.fit_height()

    def submit(self) -> None:
        self.clear_problems()
        path, typed, opened = self.file.path(), self.fingerprint.text(), self._opened
        if path is None:
            self.show_problem("file", self.tr("Scegli il file della chiave pubblica."))
            return
        self.run_write(lambda: self.register(opened, read_key_file(path), typed))


class ExportBundleDialog(StepDialog):
    """Ambito: write the bundle for the capofila; then show what it carries."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        ambito: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Esporta il pacchetto per la capofila"), parent)
        self._opened = opened
        self.bundle: ExportedBundle | None = None
        self.heading.setText(
            self.tr(
                "Il pacchetto contiene lo stato dell'Ambito con pseudonimi: nessun nome, codice "
                "fiscale, indirizzo, telefono, data di nascita o testo libero. È firmato da "
                "questo archivio e solo la capofila può aprirlo."
            )
        )
        self.file = FileField(save=True, file_filter=BUNDLE_FILTER)
        self.file.set_path(Path.home() / suggested_bundle_name(ambito, date.today()))
        self.add_field("file", self.tr("&Salva il pacchetto in"), self.file)
        self.save_button.setText(self.tr("&Esporta"))

    def submit(self) -> None:
        path, opened = self.file.path(), self._opened
        if path is None:
            self.show_problem("file", self.tr("Scegli dove salvare il pacchetto."))
            return
        self.run_step(
            self.tr("Preparazione, firma e cifratura del pacchetto…"),
            lambda: export_bundle_file(opened, path),
            lambda bundle: self._exported(bundle, path),
        )

    def _exported(self, bundle: ExportedBundle, path: Path) -> None:
        self.bundle = bundle
        head = QLabel(
            self.tr("Pacchetto n. %1 scritto in %2 (%3 kB). Invialo alla capofila.")
            .replace("%1", str(bundle.sequence))
            .replace("%2", str(path))
            .replace("%3", str(max(1, round(len(bundle.data) / 1024)))),
            wordWrap=True,
        )
        head.setStyleSheet("font-weight: bold;")
        self.summary = QLabel(
            "\n".join(message_text(line) for line in bundle.summary.messages()), wordWrap=True
        )
        self.show_result(head, self.summary)
