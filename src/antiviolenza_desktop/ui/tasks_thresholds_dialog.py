"""«Soglie dei promemoria»: the coordinator's periods behind the «Da fare» reminders.

Each spin box holds one threshold within the bounds of `domain.tasks.thresholds` (the service
checks them again and refuses with a keyed message, shown under the form; nothing is written
then). Saving is one call to `operations.tasks.set_thresholds`.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.tasks.thresholds import BOUNDS, FIELDS
from antiviolenza_desktop.operations.tasks import read_thresholds, set_thresholds
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel


class TaskThresholdsDialog(QDialog):
    def __init__(self, opened: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.setWindowTitle(self.tr("Soglie dei promemoria"))
        labels = {
            "monitoring_months": self.tr("Mesi tra due aggiornamenti di &monitoraggio"),
            "review_months": self.tr("Mesi dalla validazione alla &verifica del progetto"),
            "idle_commitment_months": self.tr("Mesi senza &erogazioni su un impegno"),
            "stale_case_weeks": self.tr("Settimane senza aggiornamenti di un &caso"),
            "waiting_weeks": self.tr("Settimane in lista d'&attesa senza presa in carico"),
            "referral_answer_days": self.tr("Giorni di attesa della risposta a un &invio"),
            "horizon_days": self.tr("Giorni di &preavviso prima della scadenza"),
        }
        current = read_thresholds(opened)
        self.boxes: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for name in FIELDS:
            box = QSpinBox()
            box.setRange(*BOUNDS[name])
            box.setValue(getattr(current, name))
            box.setMaximumWidth(100)
            box.setAccessibleName(labels[name].replace("&", ""))
            self.boxes[name] = box
            form.addRow(labels[name], box)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        changes = {name: box.value() for name, box in self.boxes.items()}
        try:
            set_thresholds(self.opened, changes)
        except AppError as refused:
            self.error.show_error(error_text(refused))
            return
        super().accept()
