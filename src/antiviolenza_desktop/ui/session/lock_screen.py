"""The lock screen: user and password (or the recovery key), with the error next to the field.

Shows only what the slot file says about the store (its name and Ambito). A demo store shows
its banner and its public password, so nobody mistakes it for a real one. A store left in
SQLCipher 3's format gets a button that converts it (a copy of the old file is taken first).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.access.recovery_key import GROUP_SIZE, GROUPS
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.store_errors import OldCipherFormat
from antiviolenza_desktop.services.store_label import StoreLabel
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import DemoBanner, ErrorLabel


class LockScreen(QWidget):
    unlock_requested = Signal(str, str)
    recovery_requested = Signal(str)
    conversion_requested = Signal(str, str)

    def __init__(self, label: StoreLabel | None, demo_password: str | None = None) -> None:
        super().__init__()
        self.setObjectName("lockScreen")
        self._recovery_mode = False
        self._build(label, demo_password)

    def _build(self, label: StoreLabel | None, demo_password: str | None) -> None:
        card = QFrame(objectName="lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(760)  # room for the whole recovery key (see fit_recovery_key)
        self._build_form()
        self._build_buttons()
        layout = QVBoxLayout(card)
        for widget in self._headings(label):
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.convert_button)
        layout.addWidget(self.toggle)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        if demo_password:
            outer.addWidget(DemoBanner(demo_password), 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        if label and len(label.users) == 1:
            self.user.setText(label.users[0])

    def _headings(self, label: StoreLabel | None) -> tuple[QLabel, QLabel]:
        """«Archivio bloccato», and which store: its name and Ambito from the unencrypted label."""
        title = QLabel(self.tr("Archivio bloccato"), objectName="lockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            f"{label.name} · {label.ambito_name}" if label else self.tr("Archivio"),
            objectName="lockSubtitle",
        )
        subtitle.setWordWrap(True)
        return title, subtitle

    def _build_form(self) -> None:
        """User and password, or the recovery key in its place (hidden until asked for)."""
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("Nome utente"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Chiave di recupero"))
        self.recovery_key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        fit_recovery_key(self.recovery_key)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Utente"), self.user)
        self.form.addRow(self.tr("&Password"), self.password)
        self.form.addRow(self.tr("&Chiave di recupero"), self.recovery_key)
        self.form.setRowVisible(self.recovery_key, False)
        self.user.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        self.recovery_key.returnPressed.connect(self._submit)

    def _build_buttons(self) -> None:
        self.error = ErrorLabel()
        self.unlock_button = QPushButton(self.tr("Sblocca"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.convert_button = QPushButton(self.tr("Converti l'archivio (prima una copia)"))
        self.convert_button.setVisible(False)
        self.convert_button.clicked.connect(self._convert)
        self.toggle = QPushButton(self.tr("Password dimenticata? Usa la chiave di recupero"))
        self.toggle.setFlat(True)
        self.toggle.clicked.connect(self._toggle_mode)

    def _toggle_mode(self) -> None:
        self._recovery_mode = not self._recovery_mode
        self.form.setRowVisible(self.user, not self._recovery_mode)
        self.form.setRowVisible(self.password, not self._recovery_mode)
        self.form.setRowVisible(self.recovery_key, self._recovery_mode)
        self.toggle.setText(
            self.tr("Torna alla password")
            if self._recovery_mode
            else self.tr("Password dimenticata? Usa la chiave di recupero")
        )
        self.error.clear_error()
        self.convert_button.setVisible(False)
        (self.recovery_key if self._recovery_mode else self.password).setFocus()

    def _convert(self) -> None:
        self.error.clear_error()
        self.convert_button.setVisible(False)
        self.conversion_requested.emit(self.user.text().strip(), self.password.text())

    def _submit(self) -> None:
        self.error.clear_error()
        self.convert_button.setVisible(False)
        if self._recovery_mode:
            self.recovery_requested.emit(self.recovery_key.text())
        elif not self.user.text().strip():
            self.error.show_error(self.tr("Scrivi il tuo nome utente."))
            self.user.setFocus()
        else:
            self.unlock_requested.emit(self.user.text().strip(), self.password.text())

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Apertura in corso…") if busy else self.tr("Sblocca"))

    def show_error(self, error: AppError) -> None:
        self.set_busy(False)
        self.error.show_error(error_text(error))
        # A centred card sizes from hints that ignore wrapping: give long messages their height.
        self.error.setMinimumHeight(self.error.heightForWidth(self.error.width()))
        old_format = error.code == OldCipherFormat.code
        self.convert_button.setVisible(old_format and not self._recovery_mode)
        field = self.recovery_key if self._recovery_mode else self.password
        if error.field == "user":
            field = self.user
        field.selectAll()
        field.setFocus()

    def reset(self) -> None:
        """Forget what was typed: called every time the store locks."""
        self.password.clear()
        self.recovery_key.clear()
        self.error.clear_error()
        self.convert_button.setVisible(False)
        self.set_busy(False)
        (self.password if self.user.text() else self.user).setFocus()


def fit_recovery_key(field: QLineEdit) -> None:
    """A fixed-width font and room for the widest key (8 groups of 5 characters and the dashes,
    as on the printed sheet), so the whole key stays in sight while it is typed and checked."""
    field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    widest = "-".join(["W" * GROUP_SIZE] * GROUPS)
    margins = field.textMargins()
    room = field.fontMetrics().horizontalAdvance(widest) + margins.left() + margins.right()
    field.setMinimumWidth(room + 24)  # the frame and the style's inner padding
