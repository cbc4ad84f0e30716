"""The dialog shown when a referral may be a woman the store already knows.

Opened with `open()` (window-modal, never a nested `exec()` loop), so the form keeps running
and tests can press its buttons; the answer comes back as a signal. The safe answer is the
default: Enter opens the existing case, saving a second one needs a deliberate choice. A match
on her very codice fiscale is never "another person" (services.intake): while both paths are
open the only choices are opening it or going back to the form; once the other path is closed,
the choice offered is a new path for the same woman; when the case being saved is the closed
one, it is saving another path of hers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.services.intake import DuplicateMatch

_CASE_ID_ROLE = 256


class DuplicateDialog(QDialog):
    """Lists the matching cases (code and reason) and offers to open one or save anyway."""

    open_existing = Signal(int)
    save_anyway = Signal()

    def __init__(self, matches: Sequence[DuplicateMatch], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possibile doppione"))
        self.matches = tuple(matches)
        self.confirmable = all(match.confirmable for match in self.matches)
        self.same_codice_fiscale = any(match.same_codice_fiscale for match in self.matches)
        self.other_path_open = any(
            match.same_codice_fiscale and not match.path_closed for match in self.matches
        )
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Schede simili"))
        for match in self.matches:
            reason = QCoreApplication.translate("duplicates", match.reason_label)
            item = QListWidgetItem(f"{match.code} — {reason}")
            item.setData(_CASE_ID_ROLE, match.case_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setMaximumHeight(120)
        self.list.itemActivated.connect(lambda _item: self._open())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(self._buttons())
        # At least 520 px, and never narrower than the buttons need (a long translation).
        self.setMinimumWidth(max(520, layout.minimumSize().width()))

    def _intro(self) -> str:
        if not self.confirmable:
            return self.tr(
                "Esiste già una scheda con lo stesso codice fiscale e il suo percorso è aperto: "
                "la segnalazione riguarda la stessa donna. Apri la scheda esistente, oppure "
                "torna al modulo per correggere il codice fiscale se è sbagliato."
            )
        if self.other_path_open:
            return self.tr(
                "Un'altra scheda con lo stesso codice fiscale ha il percorso aperto; questa ha "
                "il percorso chiuso: sono due percorsi della stessa donna. Apri l'altra scheda "
                "per controllare, oppure salva questa."
            )
        if self.same_codice_fiscale:
            return self.tr(
                "Esiste già una scheda con lo stesso codice fiscale, con il percorso chiuso. "
                "Aprila per controllare, oppure apri un nuovo percorso se la donna è tornata."
            )
        return self.tr(
            "Esiste già una scheda che potrebbe riguardare la stessa donna. "
            "Aprila per controllare, oppure conferma che si tratta di un'altra persona."
        )

    def _buttons(self) -> QHBoxLayout:
        """Open (the default, safe answer), save anyway (not over her own open case), cancel."""
        self.open_button = QPushButton(self.tr("&Apri la scheda esistente"))
        self.open_button.setDefault(True)
        self.save_button = QPushButton(self._save_label())
        self.save_button.setAutoDefault(False)
        self.save_button.setVisible(self.confirmable)
        self.cancel_button = QPushButton(
            self.tr("Annulla") if self.confirmable else self.tr("&Torna al modulo")
        )
        self.cancel_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open)
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        return buttons

    def _save_label(self) -> str:
        if self.other_path_open:
            return self.tr("Sono due suoi percorsi: &salva")
        if self.same_codice_fiscale:
            return self.tr("È tornata: salva un &nuovo percorso")
        return self.tr("È un'altra persona, &salva comunque")

    def case_ids(self) -> tuple[int, ...]:
        return tuple(match.case_id for match in self.matches)

    def _open(self) -> None:
        item = self.list.currentItem() or self.list.item(0)
        self.accept()
        self.open_existing.emit(int(item.data(_CASE_ID_ROLE)))

    def _save(self) -> None:
        if not self.confirmable:
            return
        self.accept()
        self.save_anyway.emit()
