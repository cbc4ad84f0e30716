"""«Copie di sicurezza»: every copy of the store with its kind, date, size and expiry.

For the coordinator (menu Archivio): make a copy now, restore one over the current store
(`copies_restore.py`), delete one after a confirmation. Listing, copying and deleting run on
the background runner; the rules (which copy may go, how long each kind lives) are the
services' (`services/copies.py`), so the page and `antiviolenza copie` always agree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from antiviolenza_desktop.domain.backup_rotation import MAX_AGE, CopyKind
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.models import Cell, ValueTableModel
from antiviolenza_desktop.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from antiviolenza_desktop.services.copies import CopyInfo
    from antiviolenza_desktop.ui.main_window import MainWindow


def kind_label(kind: CopyKind) -> str:
    labels = {
        CopyKind.ROUTINE: QCoreApplication.translate("copy_kinds", "ordinaria"),
        CopyKind.BEFORE_UPGRADE: QCoreApplication.translate(
            "copy_kinds", "prima di un aggiornamento"
        ),
        CopyKind.BEFORE_ROTATION: QCoreApplication.translate(
            "copy_kinds", "prima di una rotazione della chiave"
        ),
        CopyKind.BEFORE_CONVERSION: QCoreApplication.translate(
            "copy_kinds", "prima della conversione di formato"
        ),
        CopyKind.REPLACED: QCoreApplication.translate(
            "copy_kinds", "archivio sostituito da un ripristino"
        ),
        CopyKind.FORMER_STORE: QCoreApplication.translate(
            "copy_kinds", "copia di un archivio sostituito"
        ),
    }
    return labels[kind]


def _size_text(size: int) -> str:
    megabytes = size / 1_048_576
    return f"{megabytes:.1f} MB".replace(".", ",") if megabytes >= 0.1 else "< 0,1 MB"


def _expiry(copy: CopyInfo) -> Cell:
    """A date; for the newest copy of this store, until the next one; for a former store's
    newest copy, which no new copy replaces, until someone deletes it."""
    if copy.expires_on:
        return (f"{copy.expires_on:%d/%m/%Y}", copy.expires_on.isoformat())
    if copy.kind is CopyKind.FORMER_STORE:
        return (QCoreApplication.translate("CopiesDialog", "da eliminare a mano"), "9999")
    return (QCoreApplication.translate("CopiesDialog", "alla prossima copia"), "9999")


def _cells(copy: CopyInfo) -> tuple[Cell, ...]:
    expiry = _expiry(copy)
    return (
        (kind_label(copy.kind), copy.kind.value),
        (f"{copy.taken_at:%d/%m/%Y %H:%M}", copy.taken_at.isoformat()),
        (_size_text(copy.size), copy.size),
        expiry,
        (copy.file_name, copy.file_name),
    )


class CopiesModel(ValueTableModel):
    def __init__(self) -> None:
        headers = (
            self.tr("Tipo"),
            self.tr("Presa il"),
            self.tr("Dimensione"),
            self.tr("Scade entro il"),
            self.tr("File"),
        )
        super().__init__(headers, _cells)


class CopiesDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.setWindowTitle(self.tr("Copie di sicurezza"))
        self.model = CopiesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.error = ErrorLabel()
        self.backup_button = QPushButton(self.tr("Fai una copia ora"))
        self.restore_button = QPushButton(self.tr("Ripristina…"))
        self.delete_button = QPushButton(self.tr("Elimina copia…"))
        self.backup_button.clicked.connect(self._backup)
        self.restore_button.clicked.connect(self._restore)
        self.delete_button.clicked.connect(self._delete)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._lay_out()
        self.resize(980, 520)
        self._update_buttons()
        self.refresh()

    def _lay_out(self) -> None:
        explanation = QLabel(
            self.tr(
                "Ogni copia scade: nessuna vive più di %1 giorni, tranne la più recente di "
                "ogni archivio (anche di uno sostituito da un ripristino), che resta finché "
                "non ne esiste una nuova. Le copie ordinarie tengono l'ultima di "
                "ciascuno degli ultimi 7 giorni e delle ultime 4 settimane; quelle prese prima "
                "di un aggiornamento, di una rotazione della chiave o di una conversione di "
                "formato le ultime 2; gli archivi sostituiti da un ripristino, e le loro "
                "copie, gli ultimi 3. Le copie scadute vengono eliminate a ogni apertura e a "
                "ogni nuova copia."
            ).replace("%1", str(MAX_AGE.days))
        )
        explanation.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def selected(self) -> CopyInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _update_buttons(self, *_args: object) -> None:
        chosen, opened = self.selected(), self.main_window.session.opened
        can_restore = opened is not None and opened.actor.login is not None
        self.backup_button.setEnabled(opened is not None)
        self.restore_button.setEnabled(can_restore and chosen is not None and chosen.restorable)
        self.delete_button.setEnabled(chosen is not None)

    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self.error.clear_error()
        for button in (self.backup_button, self.restore_button, self.delete_button):
            button.setEnabled(False)
        self.main_window.session.runner.run(work, on_done, self._failed)

    def _failed(self, error: AppError) -> None:
        self.error.show_error(error_text(error))
        self._update_buttons()

    def refresh(self) -> None:
        from antiviolenza_desktop.services.copies import list_copies

        database = self.main_window.session.database
        self._run(lambda: list_copies(database), self._show)

    def _show(self, copies: list[CopyInfo]) -> None:
        self.model.set_items(copies)
        self._update_buttons()

    def _backup(self) -> None:
        from antiviolenza_desktop.services.maintenance import backup_now

        opened = self.main_window.session.opened
        if opened is not None:
            self._run(lambda: backup_now(opened), lambda _path: self.refresh())

    def _delete(self) -> None:
        from antiviolenza_desktop.services.copies import delete_copy

        chosen, opened = self.selected(), self.main_window.session.opened
        if chosen is None or opened is None or not self._confirm_delete(chosen):
            return
        name = chosen.file_name
        self._run(lambda: delete_copy(opened, file_name=name), lambda _none: self.refresh())

    def _confirm_delete(self, chosen: CopyInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Elimina copia"),
            self.tr(
                "Eliminare per sempre la copia del %1 (%2)? I suoi file vengono cancellati e "
                "non si potrà più ripristinarla."
            )
            .replace("%1", f"{chosen.taken_at:%d/%m/%Y %H:%M}")
            .replace("%2", kind_label(chosen.kind)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _restore(self) -> None:
        from antiviolenza_desktop.ui.archive.copies_restore import ask_and_restore

        chosen = self.selected()
        if chosen is not None:
            ask_and_restore(self.main_window, chosen, parent=self)


def open_copies_dialog(window: MainWindow) -> CopiesDialog:
    dialog = CopiesDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
