"""The service a consent or a referral names: a kind of body (`network_training.BODY_KINDS`)
and, if the woman named one, a member of the network of that kind.

The members are read on the background runner when the dialog opens; the member list follows
the kind chosen and stays off when the kind has no member.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.operations import case_consents
from antiviolenza_desktop.operations.case_consents import NetworkChoice
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner


def kind_label(label: str) -> str:
    """A kind of body, in the words the network registers use."""
    return QCoreApplication.translate("network_kinds", label)


def kinds_combo(blank: str | None = None) -> QComboBox:
    """Every kind of body, after a `blank` first item (data None) when given."""
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for code, label in BODY_KINDS:
        combo.addItem(kind_label(label), code)
    return combo


class ServicePicker(QObject):
    """`service` (the kind) and `member` (a member of that kind, or «any»): two combos for
    the dialog's form. `failed` shows a failure to read the network."""

    def __init__(
        self,
        opened: OpenStore,
        runner: BackgroundRunner,
        blank: str,
        failed: Callable[[AppError], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._members: list[NetworkChoice] = []
        self.service = kinds_combo(blank)
        self.member = QComboBox()
        self.service.currentIndexChanged.connect(self.fill_members)
        self.fill_members()
        runner.run(lambda: case_consents.network_choices(opened), self._got_members, failed)

    def _got_members(self, members: list[NetworkChoice]) -> None:
        if shiboken6.isValid(self):
            self._members = members
            self.fill_members()

    def fill_members(self) -> None:
        kind, chosen = self.service.currentData(), self.member.currentData()
        self.member.clear()
        self.member.addItem(self.tr("— qualsiasi ente di questo tipo —"), None)
        for choice in self._members:
            if choice.kind == kind:
                self.member.addItem(choice.name, choice.id)
        self.member.setCurrentIndex(max(0, self.member.findData(chosen)))
        self.member.setEnabled(kind is not None and self.member.count() > 1)
