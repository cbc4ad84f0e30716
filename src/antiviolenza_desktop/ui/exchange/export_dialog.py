"""The Ambito's export: where to save the bundle (named by Ambito and day), the periods to
submit for approval with it, and afterwards what it holds, in figures.

A `StepDialog` like the enrolment dialogs: signing and sealing run on the background runner, and
the form stays, disabled, above the result.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from antiviolenza_desktop.domain.approval.periods import parse_periods
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.exchange.bundle_export import ExportedBundle
from antiviolenza_desktop.operations.exchange_bundles import (
    export_bundle_file,
    suggested_bundle_name,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.exchange.dialogs import BUNDLE_FILTER, StepDialog
from antiviolenza_desktop.ui.exchange.widgets import FileField
from antiviolenza_desktop.ui.messages import error_text, message_text


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
        self.periods = QLineEdit(placeholderText=self.tr("es. 03/2026 o T1/2026; vuoto: nessuno"))
        self.add_field("period", self.tr("Sottometti i &periodi"), self.periods)
        self.save_button.setText(self.tr("&Esporta"))

    def submit(self) -> None:
        path, opened = self.file.path(), self._opened
        if path is None:
            self.show_problem("file", self.tr("Scegli dove salvare il pacchetto."))
            return
        try:
            periods = parse_periods(self.periods.text())
        except AppError as error:
            self.show_problem("period", error_text(error))
            return
        self.run_step(
            self.tr("Preparazione, firma e cifratura del pacchetto…"),
            lambda: export_bundle_file(opened, path, submit=periods),
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
