"""The unlocked workspace: navigation on the left, the chosen area on the right.

Built when the store unlocks and thrown away when it locks (`discard`), so no widget or model
outlives the session that filled it with personal data. A case opened from the case list or
the waiting list shows in the same area stack, and "Torna all'elenco" goes back to where it
was opened from.

In privacy mode (ui.privacy_mode) the areas that show one woman's record (the open case and the
new referral form) are covered: the area stack shows `PrivacyCover` instead, and the covered
area, untouched, comes back with its keyboard focus when the mode goes off.

At a lock the forms with unsaved changes are kept as encrypted drafts and put back after the
same worker unlocks (`ui.workspace_drafts`; `ui.session` writes and reads them).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services.form_drafts import FormDraft, KeptDrafts
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.detail import CaseDetail
from antiviolenza_desktop.ui.case.form import CaseForm
from antiviolenza_desktop.ui.case.list_view import CaseListView
from antiviolenza_desktop.ui.case.statutory_dialog import StatutoryTablesDialog
from antiviolenza_desktop.ui.case.waiting_list_view import WaitingListView
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.exchange.view import ExchangeView
from antiviolenza_desktop.ui.funds.dashboard import FundsView
from antiviolenza_desktop.ui.privacy_mode import PrivacyCover
from antiviolenza_desktop.ui.role_visibility import hide_by_role
from antiviolenza_desktop.ui.tasks_area import TasksArea
from antiviolenza_desktop.ui.widgets import DemoBanner
from antiviolenza_desktop.ui.workspace_drafts import WorkspaceDrafts


class Workspace(QWidget):
    def __init__(
        self,
        opened: OpenStore,
        clipboard: ClipboardGuard,
        runner: BackgroundRunner,
        demo_password: str | None = None,
        *,
        regional: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("workspace")
        self.opened = opened
        self.clipboard = clipboard
        self.runner = runner
        programme = load_default_programme()
        self.cav_names = {cav.code: cav.name for cav in programme.cav}
        self.case_list = CaseListView(opened, self.cav_names, clipboard)
        self.waiting_list = WaitingListView(opened)
        self.tasks = TasksArea(opened)
        self.new_case = CaseForm(opened, clipboard, runner)
        self.detail = CaseDetail(opened, clipboard, runner)
        self.funds = FundsView(opened, runner)
        self.network = ExchangeView(opened, runner)
        self._detail_origin: QWidget = self.case_list
        self.privacy_cover = PrivacyCover()
        self._private = False
        self._covered: QWidget = self.detail
        self._covered_focus: QWidget | None = None
        self._build_areas()
        self._connect()
        self.drafts = WorkspaceDrafts(self)
        hide_by_role(self, regional)  # what her role cannot use (`ui.role_visibility`)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.areas, 1)
        layout = QVBoxLayout(self)
        if demo_password is not None:
            layout.addWidget(DemoBanner(), 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.drafts.notice)
        layout.addLayout(body)

    def _build_areas(self) -> None:
        """One nav entry per area; the case detail is an area without an entry.

        A Region's store keeps no cases and no funds of its own, so it shows only «Rete»; each
        role sees only the areas it works in (`ui.role_visibility.hide_areas`).
        """
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Aree"))
        self.nav.setMaximumWidth(220)
        self.areas = QStackedWidget()
        for title, widget in (
            (self.tr("Casi"), self.case_list),
            (self.tr("Lista d'attesa"), self.waiting_list),
            (self.tr("Nuova segnalazione"), self.new_case),
            (self.tr("Fondi"), self.funds),
            (self.tr("Rete"), self.network),
            (self.tr("Da fare"), self.tasks),
        ):
            self.nav.addItem(title)
            self.areas.addWidget(widget)
        self.areas.addWidget(self.detail)
        self.areas.addWidget(self.privacy_cover)

    def _connect(self) -> None:
        self.nav.currentRowChanged.connect(self._show_area)
        # Clicking (or Enter on) the area already selected leaves an open case as well.
        self.nav.itemClicked.connect(self._area_item)
        self.nav.itemActivated.connect(self._area_item)
        self.case_list.case_opened.connect(lambda case_id: self.open_case(case_id))
        self.case_list.tables_requested.connect(self.show_statutory_tables)
        self.waiting_list.case_opened.connect(
            lambda case_id: self.open_case(case_id, origin=self.waiting_list)
        )
        self.new_case.saved.connect(self._new_case_saved)
        self.new_case.open_existing.connect(
            lambda case_id: self.open_case(case_id, origin=self.new_case)
        )
        self.detail.back_requested.connect(self._back_from_detail)
        self.detail.saved.connect(lambda _case_id: self.case_list.apply_filters())
        # The «Da fare» count follows every write: a case saved, any job of the runner done
        # (a project's validation or monitoring, an assessment, a payment).
        self.detail.saved.connect(lambda _case_id: self.tasks.refresh())
        self.runner.busy_changed.connect(self._job_done)
        self.tasks.case_opened.connect(self._open_task)
        self.tasks.counted.connect(self._show_task_count)
        self.tasks.refresh()
        self.detail.open_case_requested.connect(
            lambda case_id: self.open_case(case_id, origin=self._detail_origin)
        )

    def _area_item(self, item: QListWidgetItem) -> None:
        self._show_area(self.nav.row(item))

    def follow_privacy_mode(self, action: QAction) -> None:
        """Follow the window's privacy-mode action: the lists mask, the record areas cover."""
        self.case_list.follow_privacy_mode(action)
        self.waiting_list.follow_privacy_mode(action)
        self.privacy_cover.show_button.clicked.connect(lambda: action.setChecked(False))
        action.toggled.connect(self.set_private)
        self.set_private(action.isChecked())

    def set_private(self, private: bool) -> None:
        self._private = private
        if private:
            self._cover_if_private()
        elif self.areas.currentWidget() is self.privacy_cover:
            self.areas.setCurrentWidget(self._covered)
            if self._covered_focus is not None:
                self._covered_focus.setFocus()

    def _cover_if_private(self) -> None:
        """Put the cover in front of the current area if it shows one woman's record."""
        current = self.areas.currentWidget()
        if not self._private or (current is not self.detail and current is not self.new_case):
            return
        focused = QApplication.focusWidget()
        inside = focused is not None and current.isAncestorOf(focused)
        self._covered = current
        self._covered_focus = focused if inside else None
        self.areas.setCurrentWidget(self.privacy_cover)
        if inside:
            self.privacy_cover.show_button.setFocus()

    def _show_area(self, row: int) -> None:
        self.areas.setCurrentIndex(row)
        self._cover_if_private()
        current = self.areas.currentWidget()
        if current is self.waiting_list:
            self.waiting_list.refresh()
        elif current is self.funds:
            self.funds.refresh()
        elif current is self.network:
            self.network.refresh()
        elif current is self.tasks:
            self.tasks.refresh()

    def shown_area(self) -> QWidget:
        """The area she has in front of her (the one covered, in privacy mode)."""
        current = self.areas.currentWidget()
        return self._covered if current is self.privacy_cover else current

    def show_new_referral(self) -> None:
        row = self.areas.indexOf(self.new_case)
        if self.nav.currentRow() == row:
            self._show_area(row)
        else:
            self.nav.setCurrentRow(row)

    def collect_drafts(self) -> list[FormDraft]:
        """What the forms with unsaved changes hold, to keep at a lock."""
        return self.drafts.collect()

    def saving_a_form(self) -> bool:
        return self.drafts.saving()

    def restore_drafts(self, kept: KeptDrafts, lost: AppError | None) -> None:
        """Put back the drafts kept at the last lock; `lost` says that keeping them failed."""
        self.drafts.restore(kept, lost)

    def show_statutory_tables(self) -> None:
        """The O.R.A./ISTAT export dialog, modal to the window (`ui.case.statutory_dialog`)."""
        self.tables_dialog = StatutoryTablesDialog(self.opened, self.runner, self)
        self.tables_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tables_dialog.open()

    def show_funds(self) -> None:
        """The "Fondi" area, read afresh (also from the main window's menu)."""
        row = self.areas.indexOf(self.funds)
        if self.nav.currentRow() == row:
            self._show_area(row)
        else:
            self.nav.setCurrentRow(row)

    def show_network(self) -> None:
        """The "Rete" area, read afresh (also from the main window's menu)."""
        row = self.areas.indexOf(self.network)
        if self.nav.currentRow() == row:
            self._show_area(row)
        else:
            self.nav.setCurrentRow(row)

    def open_case(self, case_id: int, *, origin: QWidget | None = None, notice: str = "") -> None:
        """Show one case; "Torna all'elenco" returns to `origin` (the case list by default)."""
        self._detail_origin = origin or self.case_list
        self.detail.open_case(case_id, notice)
        self.areas.setCurrentWidget(self.detail)
        self.detail.edit_button.setFocus()
        self._cover_if_private()

    def _job_done(self, busy: bool) -> None:
        if not busy and self.isVisible():  # hidden: discarded at a lock, the store closing
            self.tasks.refresh()

    def _show_task_count(self, title: str, summary: str) -> None:
        item = self.nav.item(self.areas.indexOf(self.tasks))
        item.setText(title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, summary)

    def _open_task(self, case_id: int, tab: str) -> None:
        """A task opens its case; a ledger row's task on the case's funds tab."""
        self.open_case(case_id, origin=self.tasks)
        if tab == "funds":
            self.detail.tabs.setCurrentWidget(self.detail.funds_tab)

    def _back_from_detail(self) -> None:
        origin = self._detail_origin
        self.areas.setCurrentWidget(origin)
        if origin is self.waiting_list:
            self.waiting_list.refresh()
        focus = {self.case_list: self.case_list.table, self.waiting_list: self.waiting_list.tabs}
        focus[self.tasks] = self.tasks.table
        focus.get(origin, origin).setFocus()

    def _new_case_saved(self, case_id: int) -> None:
        """The new case shows in its detail (with its code), and the form starts empty again."""
        notice = self.new_case.notice.text()
        self.case_list.apply_filters()
        self.new_case.clear()
        self.open_case(case_id, notice=notice)
        # The case now belongs to the list it is reached from; the menu says so.
        with QSignalBlocker(self.nav):
            self.nav.setCurrentRow(self.areas.indexOf(self.case_list))

    def discard(self) -> None:
        """Empty every model and widget, then schedule the widgets for deletion."""
        self.case_list.clear()
        self.waiting_list.clear()
        self.tasks.clear()
        self.new_case.clear()
        self.detail.clear()
        self.funds.clear()
        self.network.clear()
        self.hide()
        self.deleteLater()
