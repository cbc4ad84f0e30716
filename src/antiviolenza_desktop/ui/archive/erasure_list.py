"""«Conservazione dei dati»: the coordinator's retention period, the closed cases past it, and
the copies that still hold data erased earlier (those on other media named, to delete by
hand).

The list shows codes and dates only (no names: she is looking for what to delete, not for
whom). Erasing goes through the same confirmation as on the case (`ui.case_erasure`); every
write runs on the background runner and a refusal shows in the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case import retention as retention
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.retention import (
    Erasure,
    erasure_state,
    read_retention,
    set_retention,
)
from antiviolenza_desktop.services import erasure_copies
from antiviolenza_desktop.services.retention_due import DueCase
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.archive.outside_copies import outside_copies_text
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.erasure import EraseCaseDialog, offer_copy_purge
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import hint
from antiviolenza_desktop.ui.widgets import ErrorLabel


class ErasureListDialog(QDialog):
    """`case_erased(case_id)` after each erasure, so the case list can refresh."""

    case_erased = Signal(int)

    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conservazione dei dati"))
        self.setMinimumSize(720, 480)
        self._opened = opened
        self._runner = runner
        self.due: list[DueCase] = []
        self.years = QSpinBox(
            minimum=retention.MIN_RETENTION_YEARS,
            maximum=retention.MAX_RETENTION_YEARS,
            suffix=self.tr(" anni"),
        )
        self.years.setAccessibleName(self.tr("Anni di conservazione"))
        self.save_years = QPushButton(self.tr("&Salva il periodo"))
        self.period_hint = hint(
            self.tr(
                "Il periodo conta dalla chiusura del percorso (concluso o interrotto, con il "
                "progetto chiuso). Eliminando restano il codice del caso, le date delle fasi e "
                "gli importi nel registro dei fondi."
            )
        )
        self.error = ErrorLabel()
        self.summary = QLabel(wordWrap=True)
        self.table = self._due_table()
        self.erase_button = QPushButton(self.tr("&Elimina i dati del caso selezionato…"))
        self.copies = QLabel(wordWrap=True)
        self.purge_button = QPushButton(self.tr("&Ripulisci le copie…"))
        self.outside = QLabel(wordWrap=True)
        self.outside.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self.save_years.clicked.connect(self._save_years)
        self.erase_button.clicked.connect(self._erase_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.purge_button.clicked.connect(self._purge)
        self.refresh()

    def _due_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Caso"), self.tr("Fase"), self.tr("Chiuso il"), self.tr("Eliminabile dal")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        return table

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        caption = QLabel(self.tr("&Conserva i dati dei casi chiusi per"))
        caption.setBuddy(self.years)
        period.addWidget(caption)
        period.addWidget(self.years)
        period.addWidget(self.save_years)
        period.addStretch(1)
        copies = QHBoxLayout()
        copies.addWidget(self.copies, 1)
        copies.addWidget(self.purge_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.period_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        erase_row = QHBoxLayout()
        erase_row.addWidget(self.erase_button)
        erase_row.addStretch(1)
        layout.addLayout(erase_row)
        layout.addLayout(copies)
        layout.addWidget(self.outside)
        layout.addWidget(buttons)

    def refresh(self) -> None:
        """Read the period, the cases due and the copies with erased data again."""
        state = read_retention(self._opened)
        years, self.due = state.years, list(state.due)
        self.years.setValue(years)
        self.summary.setText(
            self.tr("Casi chiusi da più di %1 anni: %2")
            .replace("%1", str(years))
            .replace("%2", str(len(self.due)))
        )
        self.table.setRowCount(len(self.due))
        for row, case in enumerate(self.due):
            stage = QCoreApplication.translate(
                "intake_options", opt.label_of(opt.STAGES, case.stage)
            )
            cells = (case.code, stage, format_date(case.closed_on), format_date(case.erasable_from))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._selection_changed()
        stale = erasure_copies.copies_with_erased_data(self._opened)
        self.copies.setText(
            self.tr("Copie di sicurezza che contengono ancora dati eliminati: %1").replace(
                "%1", str(len(stale))
            )
        )
        self.purge_button.setEnabled(bool(stale))
        outside = erasure_copies.outside_copies_with_erased_data(self._opened)
        self.outside.setText(outside_copies_text(outside).strip())
        self.outside.setVisible(bool(outside))

    def _selection_changed(self) -> None:
        self.erase_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _save_years(self) -> None:
        self.error.clear_error()
        opened, years = self._opened, self.years.value()
        self.save_years.setEnabled(False)

        def done(_years: int) -> None:
            self.save_years.setEnabled(True)
            self.refresh()

        def refused(error: AppError) -> None:
            self.save_years.setEnabled(True)
            self.error.show_error(error_text(error))

        self._runner.run(lambda: set_retention(opened, years), done, refused)

    def _erase_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        state = erasure_state(self._opened, self.due[rows[0].row()].case_id)
        if state is None:
            self.refresh()
            return
        dialog = EraseCaseDialog(self._opened, self._runner, state, self)
        dialog.written.connect(self._erased)
        dialog.open()
        self.dialog = dialog

    def _erased(self, result: Erasure) -> None:
        self.case_erased.emit(result.erased.case_id)
        offer_copy_purge(self, self._opened, self._runner, result.stale_copies, self.refresh)

    def _purge(self) -> None:
        stale = len(erasure_copies.copies_with_erased_data(self._opened))
        offer_copy_purge(self, self._opened, self._runner, stale, self.refresh)
