"""The enrolment dialogs one level up: the Ambito's dialogs (`dialogs.py`) with the Region's
operations and words.

1. Region, `IssueProvinceDialog`: choose the province and where to save the file; then the
   one-time code to read to the capofila by phone.
2. Capofila, `AcceptRegionDialog`: the Region's file and the code; then the fingerprint of the
   capofila's signing key, and its public-key file to save and send.
3. Region, `RegisterProvinceKeyDialog`: the capofila's public-key file and the fingerprint
   typed while the capofila reads it out.

The same flows as `antiviolenza region issue`, `province accept-region` and `region register`
(`operations.exchange_region`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from antiviolenza_desktop.domain.exchange.hierarchy import PROVINCE_NAMES
from antiviolenza_desktop.exchange.enrolment import AcceptedEnrolment
from antiviolenza_desktop.operations.exchange_region import (
    accept_region_file,
    issue_province_enrolment_file,
    register_province_key,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.dialogs import (
    AcceptEnrolmentDialog,
    IssueEnrolmentDialog,
    RegisterKeyDialog,
    note,
)
from antiviolenza_desktop.ui.exchange.widgets import GroupsDisplay


class IssueProvinceDialog(IssueEnrolmentDialog):
    issue_file = staticmethod(issue_province_enrolment_file)

    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(opened, runner, tuple(PROVINCE_NAMES.items()), parent)
        self.setWindowTitle(self.tr("Iscrivi la capofila di una provincia"))
        self.heading.setText(
            self.tr(
                "Il file di iscrizione porta alla capofila le chiavi pubbliche della Regione, "
                "protetto da un codice monouso che detterai al telefono."
            )
        )
        self.ambito.setCurrentIndex(self.ambito.findData("cremona"))

    def _issued(self, code: str, path: Path) -> None:
        self.code = code
        self.code_display = GroupsDisplay(code, 26)
        self.show_result(
            note(
                self.tr(
                    "File scritto in %1. Invialo alla capofila della provincia di %2, poi "
                    "telefona alla sua coordinatrice e detta questo codice monouso, un gruppo "
                    "alla volta (mai nello stesso messaggio del file):"
                )
                .replace("%1", str(path))
                .replace("%2", self.ambito.currentText())
            ),
            self.code_display,
        )


class AcceptRegionDialog(AcceptEnrolmentDialog):
    accept_file = staticmethod(accept_region_file)

    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(opened, runner, parent)
        self.setWindowTitle(self.tr("Accetta l'iscrizione alla Regione"))
        self.heading.setText(
            self.tr(
                "Apri il file di iscrizione ricevuto dalla Regione e scrivi il codice monouso "
                "che la Regione ti detta al telefono."
            )
        )

    def key_file_name(self, info: AcceptedEnrolment) -> str:
        return f"chiave-capofila-{info.ambito}.json"

    def result_words(self, info: AcceptedEnrolment) -> tuple[str, str]:
        read_out = (
            self.tr(
                "Iscrizione alla Regione: provincia «%1». Leggi alla Regione, al telefono, "
                "l'impronta della chiave di firma della capofila (identificativo %2):"
            )
            .replace("%1", info.ambito)
            .replace("%2", info.key_id)
        )
        send = self.tr(
            "Salva la chiave pubblica e inviala alla Regione: non è segreta, ma la Regione "
            "la registra solo dopo aver scritto la stessa impronta."
        )
        return read_out, send


class RegisterProvinceKeyDialog(RegisterKeyDialog):
    register = staticmethod(register_province_key)

    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(opened, runner, parent)
        self.setWindowTitle(self.tr("Registra la chiave di una capofila"))
        self.heading.setText(
            self.tr(
                "Apri il file della chiave pubblica inviato dalla capofila, poi scrivi "
                "l'impronta mentre la sua coordinatrice te la legge al telefono."
            )
        )
