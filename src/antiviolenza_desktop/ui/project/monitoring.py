"""Monitoring of a validated project: a new update (date, source, note, status of each
intervention) and the list of the updates already recorded.

Updates refer to the revision in force; the status column of each intervention starts at
"— invariato —", and the label next to it says where the intervention stands after the updates
so far (`intervention_statuses`). The panel only builds the `MonitoringUpdate`: the project tab
writes it on the background runner and hands back the service's refusal, if any.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.project import options as opt
from antiviolenza_desktop.domain.project.revisions import (
    MonitoringUpdate,
    ProjectRevision,
    intervention_statuses,
)
from antiviolenza_desktop.ui.case.form_fields import DateField, OptionCombo
from antiviolenza_desktop.ui.case.form_slots import FieldSlot
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import (
    form_layout,
    hint,
    labelled_row,
    vocabulary_combo,
    vocabulary_label_of,
)
from antiviolenza_desktop.ui.project.models import MonitoringModel
from antiviolenza_desktop.ui.project.work import intervention_label
from antiviolenza_desktop.ui.widgets import ErrorLabel


class MonitoringPanel(QWidget):
    """`submitted(MonitoringUpdate)` when she records an update that looks complete."""

    submitted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.state = hint("")
        self.model = MonitoringModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Aggiornamenti registrati"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.status_combos: list[OptionCombo] = []
        self.form_box = self._form()
        listing = QGroupBox(self.tr("Aggiornamenti registrati"))
        QVBoxLayout(listing).addWidget(self.table)
        form_column = QVBoxLayout()
        form_column.addWidget(self.form_box)
        form_column.addStretch(1)  # the form keeps its height; the list takes the rest
        columns = QHBoxLayout()
        columns.addLayout(form_column, 2)
        columns.addWidget(listing, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(columns, 1)

    def _form(self) -> QGroupBox:
        group = QGroupBox(self.tr("Nuovo aggiornamento"))
        form = form_layout(group)
        self.on = DateField()
        self.source = vocabulary_combo(opt.MONITORING_SOURCES, empty_text=self.tr("— scegli —"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.slots: dict[str, FieldSlot] = {
            "on": labelled_row(form, self.tr("&Data"), "on", self.on),
            "source": labelled_row(form, self.tr("&Fonte"), "source", self.source),
            "note": labelled_row(form, self.tr("N&ota"), "note", self.note),
        }
        self.statuses_box = QGroupBox(self.tr("Stato degli interventi"))
        self.statuses_grid = QGridLayout(self.statuses_box)
        self.statuses_grid.setColumnStretch(0, 1)
        self.status_captions: list[QLabel] = []
        form.addRow(self.statuses_box)
        self.error = ErrorLabel()
        self.notice = QLabel(wordWrap=True)
        self.notice.setStyleSheet("color: #1b5e20;")
        self.record_button = QPushButton(self.tr("&Registra l'aggiornamento"))
        self.record_button.clicked.connect(self.submit)
        form.addRow(self.error)
        form.addRow(self.notice)
        form.addRow("", self.record_button)
        return group

    def set_state(
        self, revision: ProjectRevision | None, updates: Sequence[MonitoringUpdate], closed: bool
    ) -> None:
        """Show the updates, and offer a new one when a validated revision is in force."""
        self.model.set_items(updates)
        self._status_rows(revision, updates)
        open_for_updates = revision is not None and not closed
        self.form_box.setEnabled(open_for_updates)
        if revision is None:
            self.state.setText(self.tr("Gli aggiornamenti si registrano dopo la validazione."))
        elif closed:
            self.state.setText(self.tr("Il progetto è chiuso: non si registrano aggiornamenti."))
        else:
            text = self.tr("Aggiornamenti sulla revisione in vigore (%1).")
            self.state.setText(text.replace("%1", str(revision.number)))
        self._reset_form(open_for_updates)

    def _status_rows(
        self, revision: ProjectRevision | None, updates: Sequence[MonitoringUpdate]
    ) -> None:
        for widget in [*self.status_captions, *self.status_combos]:
            self.statuses_grid.removeWidget(widget)
            widget.setParent(None)  # type: ignore[call-overload]
            widget.deleteLater()
        self.status_captions, self.status_combos = [], []
        items = revision.draft.interventions if revision else ()
        now = intervention_statuses(revision, updates) if revision else ()
        for index, (item, status) in enumerate(zip(items, now, strict=True)):
            combo = vocabulary_combo(opt.INTERVENTION_STATUS, empty_text=self.tr("— invariato —"))
            name = intervention_label(index + 1, item.kind)
            current = vocabulary_label_of(opt.INTERVENTION_STATUS, status)
            caption = QLabel(self.tr("%1 (ora: %2)").replace("%1", name).replace("%2", current))
            caption.setWordWrap(True)
            caption.setBuddy(combo)
            combo.setAccessibleName(caption.text())
            combo.setFixedWidth(170)
            self.statuses_grid.addWidget(caption, index, 0)
            self.statuses_grid.addWidget(combo, index, 1)
            self.status_captions.append(caption)
            self.status_combos.append(combo)
        self.statuses_box.setVisible(bool(items))

    def _reset_form(self, open_for_updates: bool) -> None:
        self.on.set_value(date.today() if open_for_updates else None)
        self.source.set_value(None)
        self.note.setPlainText("")
        for slot in self.slots.values():
            slot.reset()
        self.error.clear_error()

    def clear(self) -> None:
        self.set_state(None, (), False)
        self.notice.clear()

    def submit(self) -> None:
        """Check that date and source are there; the service checks the rest."""
        self.notice.clear()
        missing = {
            "on": self.tr("Indica la data dell'aggiornamento.") if self.on.is_empty() else "",
            "source": self.tr("Indica chi riferisce.") if self.source.value() is None else "",
        }
        for name, message in missing.items():
            self._show(name, message)
        if any(missing.values()):
            return
        on, source = self.on.value(), self.source.value()
        assert on is not None and source is not None
        statuses = tuple(
            (index, combo.value())
            for index, combo in enumerate(self.status_combos)
            if combo.value() is not None
        )
        note = self.note.toPlainText().strip()
        self.submitted.emit(MonitoringUpdate(on, source, note, statuses))  # type: ignore[arg-type]

    def _show(self, name: str, message: str) -> None:
        label = self.slots[name].error
        if message:
            label.show_error(message)
        else:
            label.clear_error()

    def refused(self, error: AppError) -> None:
        """The service's refusal, under the field it names or above the button."""
        if error.field in self.slots:
            self._show(error.field, error_text(error))
        else:
            self.error.show_error(error_text(error))

    def recorded(self) -> None:
        self.notice.setText(self.tr("Aggiornamento registrato."))
