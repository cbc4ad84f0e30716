"""A colleague's role and, for a CAV worker, her CAV: the two choices of the user forms.

The roles offered are those the store gives (`operations.access.store_role_choices`: a CAV
worker on an Ambito's store, the Provincia on the capofila's); the CAV list is enabled only
for the role «Operatrice CAV». The service checks both again (`services.users`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.access.permissions import (
    ROLE_CAV,
    ROLE_LABELS,
    ROLE_OPERATOR,
)
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.access import cav_choices, store_role_choices
from antiviolenza_desktop.operations.accounts import change_role
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.users import UserInfo
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel


def role_label(role: str) -> str:
    """The role as the coordinator reads it (context "roles"; the code for an unknown one)."""
    label = ROLE_LABELS.get(role)
    return role if label is None else QCoreApplication.translate("roles", label)


class RoleFields:
    """The role and CAV combo boxes, added as two rows of a form."""

    def __init__(self, opened: OpenStore, form: QFormLayout, role: str = ROLE_OPERATOR) -> None:
        self.role = QComboBox()
        self.role.setAccessibleName(QCoreApplication.translate("users", "Ruolo"))
        for code in store_role_choices(opened):
            self.role.addItem(role_label(code), code)
        self.cav = QComboBox()
        self.cav.setAccessibleName(QCoreApplication.translate("users", "CAV"))
        for choice in cav_choices():
            self.cav.addItem(choice.name, choice.code)
        form.addRow(QCoreApplication.translate("users", "R&uolo"), self.role)
        form.addRow(QCoreApplication.translate("users", "C&AV"), self.cav)
        self.role.currentIndexChanged.connect(self._sync)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self._sync()

    def _sync(self) -> None:
        self.cav.setEnabled(self.role.currentData() == ROLE_CAV)

    def chosen(self) -> tuple[str, str | None]:
        """The role code and, for a CAV worker, her CAV code."""
        role = str(self.role.currentData())
        return role, (str(self.cav.currentData()) if role == ROLE_CAV else None)


class RoleDialog(QDialog):
    """Give a colleague another role, or a CAV worker another CAV."""

    def __init__(self, opened: OpenStore, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.user = user
        self.setWindowTitle(self.tr("Cambia ruolo"))
        form = QFormLayout()
        self.fields = RoleFields(opened, form, user.role)
        if user.cav is not None:
            self.fields.cav.setCurrentIndex(max(0, self.fields.cav.findData(user.cav)))
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = self.tr("Ruolo di %1:").replace("%1", f"{user.display_name} ({user.login})")
        layout.addWidget(QLabel(intro, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        role, cav = self.fields.chosen()
        try:
            change_role(self.opened, self.user.login, role, cav)
        except AppError as refused:
            self.error.show_error(error_text(refused))
            return
        self.accept()
