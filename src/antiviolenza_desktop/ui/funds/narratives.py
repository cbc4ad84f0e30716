"""The narrative of each action for the financial report: what was done, in the coordinator's
words. One action at a time: pick it, write, save; switching action with unsaved text asks
nothing but keeps it until the page is read again, so a slip of the combo loses nothing.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.operations import fund_registers
from antiviolenza_desktop.operations.funds_reading import can_write
from antiviolenza_desktop.services.cofinancing import MAX_NARRATIVE
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.funds.register_page import action_combo
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.fields import hint
from antiviolenza_desktop.ui.widgets import ErrorLabel, writer_only


class NarrativePage(QWidget):
    """`changed` after a narrative was saved."""

    changed = Signal()

    def __init__(self, opened: OpenStore, runner: BackgroundRunner, programme: Programme) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.stored: dict[str, str] = {}
        self.typed: dict[str, str] = {}
        self.action = action_combo(programme.actions)
        caption = QLabel(self.tr("&Azione"))
        caption.setBuddy(self.action)
        self.action.setAccessibleName(self.tr("Azione"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Relazione dell'azione"))
        self.text.setPlaceholderText(
            self.tr("Che cosa è stato fatto in questa azione, per la relazione al rendiconto.")
        )
        self.count = QLabel()
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #1b5e20;")
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("&Salva la relazione"))
        writer = can_write(opened)
        self.text.setReadOnly(not writer)
        writer_only(self.save_button, writer)
        self._lay_out(caption, writer)
        self._shown = str(self.action.currentData())
        self.action.currentIndexChanged.connect(self._switch)
        self.text.textChanged.connect(self._count)
        self.save_button.clicked.connect(self.save)
        self._count()

    def _lay_out(self, caption: QLabel, writer: bool) -> None:
        line = QHBoxLayout()
        line.addWidget(caption)
        line.addWidget(self.action, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(self.tr("Il testo di ogni azione entra nel rendiconto finanziario (PDF e XLSX)."))
        )
        layout.addLayout(line)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        if not writer:
            layout.addWidget(
                hint(self.tr("Sola lettura: solo la coordinatrice scrive la relazione."))
            )

    def set_narratives(self, narratives: dict[str, str]) -> None:
        self.stored = dict(narratives)
        self.typed = {}
        self._show(str(self.action.currentData()))

    def _switch(self) -> None:
        self.typed[self._shown] = self.text.toPlainText()
        self._show(str(self.action.currentData()))

    def _show(self, code: str) -> None:
        self._shown = code
        self.text.setPlainText(self.typed.get(code, self.stored.get(code, "")))
        self.notice.clear()
        self.error.clear_error()

    def _count(self) -> None:
        length = len(self.text.toPlainText())
        self.count.setText(
            self.tr("%1 di %2 caratteri")
            .replace("%1", str(length))
            .replace("%2", str(MAX_NARRATIVE))
        )

    def save(self) -> None:
        code, text = self._shown, self.text.toPlainText()
        opened = self._opened
        self.save_button.setEnabled(False)
        self.error.clear_error()

        def done(_result: object) -> None:
            if shiboken6.isValid(self):
                self.save_button.setEnabled(True)
                self.stored[code] = text.strip()
                self.typed.pop(code, None)
                self.notice.setText(self.tr("Relazione salvata."))
                self.changed.emit()

        def refused(error: AppError) -> None:
            if shiboken6.isValid(self):
                self.save_button.setEnabled(True)
                self.error.show_error(error_text(error))

        self._runner.run(lambda: fund_registers.set_narrative(opened, code, text), done, refused)
