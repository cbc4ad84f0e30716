"""A new-password pair with a strength meter, shared by the wizard and the password dialog.

The meter uses the same zxcvbn scoring (with Italian and domain words) that the services use to
refuse a weak password, so what the bar shows and what the save accepts never disagree. Once a
refusal was shown under a field (`show_refusal`), every keystroke in either field runs the
domain's checks again, so "Password troppo debole" never stays under an "ottima" rating and
"non coincidono" disappears as soon as the two agree.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from antiviolenza_desktop.domain.access.first_run import PasswordMismatch
from antiviolenza_desktop.domain.access.password_policy import check_password, password_score
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel

TYPED_FIELD = "password"
REPEAT_FIELD = "password_again"


class NewPasswordFields(QWidget):
    def __init__(self, personal_words: Callable[[], list[str]]) -> None:
        super().__init__()
        self._personal_words = personal_words
        self._refused = False
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
        self.errors = {TYPED_FIELD: ErrorLabel(), REPEAT_FIELD: ErrorLabel()}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("&Nuova password"), self.password)
        layout.addRow(self.tr("&Ripeti password"), self.repeat)
        layout.addRow(self.tr("Robustezza"), self.meter)
        layout.addRow("", self.verdict)
        layout.addRow("", self.errors[TYPED_FIELD])
        layout.addRow("", self.errors[REPEAT_FIELD])
        self.password.textChanged.connect(self._update_meter)
        self.password.textChanged.connect(self._recheck)
        self.repeat.textChanged.connect(self._recheck)
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

    def owns(self, error: AppError) -> bool:
        return error.field in self.errors

    def show_refusal(self, error: AppError) -> None:
        """Show a refusal about the password or its repetition; from now on it follows typing."""
        self._refused = True
        self.errors[error.field or TYPED_FIELD].show_error(error_text(error))

    def clear_refusals(self) -> None:
        self._refused = False
        for label in self.errors.values():
            label.clear_error()

    def _recheck(self) -> None:
        """After a refusal, what is under the fields is what the rules say of them now."""
        if not self._refused:
            return
        weak: AppError | None = None
        try:
            check_password(self.password.text(), self._personal_words())
        except AppError as error:
            weak = error
        agree = self.matching_password() is not None or not self.repeat.text()
        mismatch = None if agree else PasswordMismatch(REPEAT_FIELD)
        for field, error in ((TYPED_FIELD, weak), (REPEAT_FIELD, mismatch)):
            if error is None:
                self.errors[field].clear_error()
            else:
                self.errors[field].show_error(error_text(error))
