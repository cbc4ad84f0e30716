"""«Elimina i dati personali…» on one case: the coordinator's button, the confirmation dialog
that names the case and asks for its code, and the offer to clean the older copies after it.

The rules are the services' (`services.erasure`): this module only asks. The dialog's button
stays off until the typed code matches, and the service checks the code again; a refusal shows
under its field. After the erasure the coordinator is offered a fresh verified backup and the
deletion of the copies made before it (`services.erasure_copies`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPushButton, QWidget

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.case import retention as retention
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.access import my_permissions
from antiviolenza_desktop.operations.retention import Erasure, erase_case, erasure_state
from antiviolenza_desktop.services import erasure_copies
from antiviolenza_desktop.services.retention_due import CaseErasure
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.archive.outside_copies import outside_copies_text
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.funds.dialogs import WriteDialog
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import hint


class EraseCaseDialog(WriteDialog):
    """`written` carries the `operations.retention.Erasure` once the store has committed it."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        state: CaseErasure,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Elimina i dati personali"), parent)
        self._opened = opened
        self.state = state
        self.heading.setText(
            self.tr("Eliminare i dati personali del caso %1?").replace("%1", state.code)
        )
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Scadenza del periodo di conservazione"), "scadenza")
        self.reason.addItem(self.tr("Richiesta dell'interessata (art. 17 GDPR)"), "richiesta")
        due = state.erasable_from is not None and state.erasable_from <= date.today()
        self.reason.setCurrentIndex(0 if due else 1)
        self.typed = QLineEdit(placeholderText=state.code)
        explanation = hint(
            self.tr(
                "Nome, codice fiscale, nascita, recapiti, figli, valutazioni e progetto vengono "
                "cancellati subito e non si recuperano. Restano il codice del caso, le date "
                "delle fasi e gli importi nel registro dei fondi."
            )
        )
        self.add_field("reason", self.tr("&Motivo"), self.reason, self._closure_hint())
        self.add_field(
            "typed_code",
            self.tr("&Riscrivi il codice del caso"),
            self.typed,
            explanation,
        )
        self.save_button.setText(self.tr("&Elimina i dati personali"))
        self.save_button.setEnabled(False)
        self.typed.textChanged.connect(self._typed_changed)
        self.typed.setFocus()

    def _closure_hint(self) -> QWidget:
        closed, until = self.state.closed_on, self.state.erasable_from
        if closed is None or until is None:
            text = self.tr(
                "Il percorso non è chiuso: si elimina solo su richiesta dell'interessata."
            )
        else:
            text = (
                self.tr("Percorso chiuso il %1; si conserva fino al %2.")
                .replace("%1", format_date(closed))
                .replace("%2", format_date(until))
            )
        return hint(text)

    def _typed_changed(self, text: str) -> None:
        self.save_button.setEnabled(text.strip().casefold() == self.state.code.casefold())

    def submit(self) -> None:
        self.clear_problems()
        opened, case_id = self._opened, self.state.case_id
        reason, typed = str(self.reason.currentData()), self.typed.text()
        self.run_write(lambda: erase_case(opened, case_id, reason, typed))


def _copies_unchecked(parent: QWidget, title: str) -> None:
    """The erasure stands but the older copies could not be listed: say where to clean them."""
    QMessageBox.warning(
        parent,
        title,
        QCoreApplication.translate(
            "CaseErasure",
            "I dati sono stati eliminati, ma non è stato possibile controllare le copie di "
            "sicurezza fatte prima: da Archivio › Conservazione dei dati e casi da "
            "eliminare usa «Ripulisci le copie…».",
        ),
    )


def offer_copy_purge(
    parent: QWidget,
    opened: OpenStore,
    runner: BackgroundRunner,
    stale: int | None,
    done: Callable[[], None] = lambda: None,
) -> None:
    """Ask whether to replace the `stale` older copies (which still hold erased data) with a
    fresh one; the count is the erasure's (`operations.retention.Erasure.stale_copies`, None
    when the copies could not be listed)."""
    title = QCoreApplication.translate("CaseErasure", "Copie con dati eliminati")
    if stale is None:
        _copies_unchecked(parent, title)
    if not stale:
        done()
        return
    answer = QMessageBox.question(
        parent,
        title,
        # A class's tr, not translate(): lupdate marks only tr() calls with n as plurals.
        EraseCaseDialog.tr(
            "%n copie di sicurezza fatte prima contengono ancora i dati eliminati. Fare ora "
            "una nuova copia verificata ed eliminare quelle precedenti?",
            "",
            stale,
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        done()
        return

    def purged(result: erasure_copies.PurgeResult) -> None:
        QMessageBox.information(parent, title, _purged_text(result))
        done()

    def refused(error: AppError) -> None:
        QMessageBox.warning(parent, title, error_text(error))
        done()

    runner.run(lambda: erasure_copies.purge_copies_after_erasure(opened), purged, refused)


def _purged_text(result: erasure_copies.PurgeResult) -> str:
    """The fresh copy, how many were removed, and the copies outside that she must delete."""
    template = QCoreApplication.translate(
        "CaseErasure",
        "Nuova copia verificata: %1\nCopie eliminate: %2.\nLe copie su chiavette o "
        "altri dischi vanno cancellate a mano.",
    )
    text = template.replace("%1", result.fresh_backup.name).replace("%2", str(len(result.removed)))
    return text + outside_copies_text(list(result.outside))


class CaseErasureButton(QPushButton):
    """Shown to the coordinator on a case not yet erased; `erased(case_id)` after an erasure."""

    erased = Signal(int)

    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        super().__init__(self.tr("Elimina i dati &personali…"))
        self._opened = opened
        self._runner = runner
        self.state: CaseErasure | None = None
        self.setVisible(False)
        self.clicked.connect(self.ask)

    def load(self, case_id: int | None) -> CaseErasure | None:
        """Read the case's erasure state; show the button only where it may be used."""
        self.state = None if case_id is None else erasure_state(self._opened, case_id)
        allowed = Permission.ERASURE in my_permissions(self._opened)
        self.setVisible(allowed and self.state is not None and not self.state.erased)
        return self.state

    def ask(self) -> None:
        if self.state is None:
            return
        dialog = EraseCaseDialog(self._opened, self._runner, self.state, self)
        dialog.written.connect(self._erased)
        dialog.open()
        self.dialog = dialog

    def _erased(self, result: Erasure) -> None:
        erased = result.erased
        if not erased.wal_truncated:
            QMessageBox.warning(self, self.tr("Elimina i dati personali"), wal_not_truncated())
        offer_copy_purge(
            self,
            self._opened,
            self._runner,
            result.stale_copies,
            lambda: self.erased.emit(erased.case_id),
        )


def wal_not_truncated() -> str:
    """The CLI's warning when the checkpoint after an erasure found the store busy."""
    return QCoreApplication.translate(
        "CaseErasure",
        "Attenzione: il file -wal non è stato svuotato perché l'archivio è aperto altrove: lo "
        "sarà alla prossima apertura.",
    )


def erased_notice(state: CaseErasure | None) -> str:
    """The line the case detail shows on a tombstone (empty for a case with her data)."""
    if state is None or state.erased_at is None:
        return ""
    reasons = {
        retention.REASON_REQUEST: QCoreApplication.translate(
            "CaseErasure", "su richiesta dell'interessata"
        ),
        retention.REASON_EXPIRY: QCoreApplication.translate(
            "CaseErasure", "per scadenza della conservazione"
        ),
    }
    day = datetime.fromisoformat(state.erased_at).astimezone().date()
    return (
        QCoreApplication.translate(
            "CaseErasure",
            "Dati personali eliminati il %1 %2: restano il codice, le date e gli importi.",
        )
        .replace("%1", format_date(day))
        .replace("%2", reasons.get(state.erasure_reason or "", ""))
    )
