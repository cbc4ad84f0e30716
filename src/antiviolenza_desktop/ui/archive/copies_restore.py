"""Restoring a copy over the open store, from the «Copie di sicurezza» page.

The store must be closed first (a restore moves its files), so the window locks, exactly as
Ctrl+L does: every view with personal data goes and the key is dropped. The restore then runs
on the background runner through the same service as `antiviolenza restore --replace`: the
current store moves, whole, into `sostituiti/` and the copy, verified first, takes its place.
On success the restored store is adopted and the workspace comes back; on a refusal the lock
screen shows why and the store is as it was, to be unlocked as usual.

Restoring in place (rather than to a new path) keeps one store per office where people look
for it; the old one is never lost and is listed on the same page as a replaced store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.ui.archive.copies_dialog import kind_label

if TYPE_CHECKING:
    from antiviolenza_desktop.services.copies import CopyInfo
    from antiviolenza_desktop.services.maintenance import Restored
    from antiviolenza_desktop.ui.main_window import MainWindow


class RestoreCopyDialog(QDialog):
    """Says what will happen and asks the password valid when the copy was taken."""

    def __init__(self, chosen: CopyInfo, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ripristina una copia"))
        text = QLabel(
            self.tr(
                "L'archivio verrà chiuso e sostituito dalla copia del %1 (%2), dopo averla "
                "verificata. L'archivio attuale non viene cancellato: viene spostato, intatto, "
                "nella cartella «sostituiti» e compare tra le copie. Il lavoro fatto dopo la "
                "copia non sarà nell'archivio ripristinato."
            )
            .replace("%1", f"{chosen.taken_at:%d/%m/%Y %H:%M}")
            .replace("%2", kind_label(chosen.kind))
        )
        text.setWordWrap(True)
        text.setMinimumWidth(520)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Utente"), QLabel(login))
        form.addRow(self.tr("Password valida per la copia"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("Chiudi l'archivio e ripristina"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)


def ask_and_restore(window: MainWindow, chosen: CopyInfo, parent: QWidget) -> RestoreCopyDialog:
    """Open the confirmation; on accept, lock and restore in the background."""
    opened = window.session.opened
    login = opened.actor.login if opened is not None else None
    dialog = RestoreCopyDialog(chosen, login or "", parent)
    dialog.accepted.connect(lambda: _restore(window, chosen, login, dialog.password.text()))
    dialog.open()
    return dialog


def _restore(window: MainWindow, chosen: CopyInfo, login: str | None, password: str) -> None:
    from antiviolenza_desktop.services.maintenance import restore

    if login is None:
        return
    session = window.session
    database = session.database
    session.lock()
    window.lock_screen.set_busy(True)
    session.runner.run(
        lambda: restore(chosen.path, login=login, password=password, target=database, replace=True),
        lambda result: _restored(window, result),
        window.lock_screen.show_error,
    )


def restored_message(restored: Restored) -> str:
    """Where the old store went, and the erasures applied again to the copy (or that they
    could not be: the old store could not be read)."""
    text = QCoreApplication.translate(
        "CopiesRestore",
        "Copia ripristinata e verificata. L'archivio di prima è stato spostato, intatto, in:\n%1",
    ).replace("%1", str(restored.set_aside))
    if restored.disables_reapplied:
        text += "\n\n" + QCoreApplication.translate(
            "CopiesRestore",
            "Utenti disattivate di nuovo: %1. Erano state disattivate dopo questa copia: la "
            "loro password non apre l'archivio ripristinato.",
        ).replace("%1", str(restored.disables_reapplied))
    if restored.erasures_reapplied:
        text += "\n\n" + QCoreApplication.translate(
            "CopiesRestore",
            "Cancellazioni riapplicate: %1. I casi eliminati dopo questa copia restano senza "
            "dati personali.",
        ).replace("%1", str(restored.erasures_reapplied))
    elif restored.erasures_reapplied is None:
        text += "\n\n" + QCoreApplication.translate(
            "CopiesRestore",
            "Attenzione: non è stato possibile leggere l'archivio di prima (chiavi mancanti o "
            "archivio danneggiato), quindi le cancellazioni fatte dopo la copia non sono state "
            "riapplicate. Se dopo la copia erano stati eliminati i dati personali di qualche "
            "caso, vanno eliminati di nuovo.",
        )
    return text


def _restored(window: MainWindow, restored: Restored) -> None:
    window.session.adopt(restored.opened)
    QMessageBox.information(
        window,
        QCoreApplication.translate("CopiesRestore", "Copia ripristinata"),
        restored_message(restored),
    )
