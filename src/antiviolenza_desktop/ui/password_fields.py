"""A new-password pair with a strength meter, shared by the wizard and the password dialog.

The meter uses the same zxcvbn scoring (with Italian and domain words) that the services use to
refuse a weak password, so what the bar shows and what the save accepts never disagree.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from antiviolenza_desktop.domain.password_policy import password_score


class NewPasswordFields(QWidget):
    def __init__(self, personal_words: Callable[[], list[str]]) -> None:
        super().__init__()
        self._personal_words = personal_words
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Nuova password"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Ripeti la nuova password"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Robustezza della password"))
        self.verdict = QLabel()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("&Nuova password"), self.password)
        layout.addRow(self.tr("&Ripeti password"), self.repeat)
        layout.addRow(self.tr("Robustezza"), self.meter)
        layout.addRow("", self.verdict)
        self.password.textChanged.connect(self._update_meter)
        self._update_meter("")

    def _update_meter(self, text: str) -> None:
        score = password_score(text, self._personal_words()) if text else 0
        self.meter.setValue(score)
        verdicts = [
            self.tr("molto debole"),
            self.tr("debole"),
            self.tr("discreta"),
            self.tr("buona"),
            self.tr("ottima"),
        ]
        self.verdict.setText(verdicts[score] if text else self.tr("Usa una frase di più parole."))

    def matching_password(self) -> str | None:
        """The password when both fields agree, else None."""
        return self.password.text() if self.password.text() == self.repeat.text() else None
