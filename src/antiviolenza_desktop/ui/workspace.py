"""The unlocked workspace: navigation on the left, the chosen area on the right.

Built when the store unlocks and thrown away when it locks (`discard`), so no widget or model
outlives the session that filled it with personal data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case_list_view import CaseListView
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.waiting_list_view import WaitingListView
from antiviolenza_desktop.ui.widgets import DemoBanner


class Workspace(QWidget):
    def __init__(
        self,
        opened: OpenStore,
        clipboard: ClipboardGuard,
        runner: BackgroundRunner,
        demo_password: str | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("workspace")
        self.opened = opened
        self.clipboard = clipboard
        self.runner = runner
        programme = load_default_programme()
        self.cav_names = {cav.code: cav.name for cav in programme.cav}
        sessions = opened.store.sessions
        self.case_list = CaseListView(sessions, self.cav_names)
        self.waiting_list = WaitingListView(sessions)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Aree"))
        self.nav.setMaximumWidth(220)
        self.areas = QStackedWidget()
        for title, widget in (
            (self.tr("Casi"), self.case_list),
            (self.tr("Lista d'attesa"), self.waiting_list),
        ):
            self.nav.addItem(title)
            self.areas.addWidget(widget)
        self.nav.currentRowChanged.connect(self._show_area)
        self.nav.setCurrentRow(0)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.areas, 1)
        layout = QVBoxLayout(self)
        if demo_password is not None:
            layout.addWidget(DemoBanner(), 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(body)

    def _show_area(self, row: int) -> None:
        self.areas.setCurrentIndex(row)
        current = self.areas.currentWidget()
        if current is self.waiting_list:
            self.waiting_list.refresh()

    def discard(self) -> None:
        """Empty every model and schedule the widgets for deletion."""
        self.case_list.clear()
        self.waiting_list.clear()
        self.hide()
        self.deleteLater()
