"""The "Fondi" area: the Ambito's money at a glance, and the registers behind it.

Pages: «Quadro» (per fund allocated / committed / disbursed / available as bars with the
figures in words, the warnings, spending by month), «Azioni A e B» (the card's actions,
planned against actual), «Cronoprogramma» (the Gantt of the card's months with each
action's state today, `ui.funds.gantt`), the co-financing hours, the action expenses and
«Relazione»: the box that saves the report (PDF or XLSX) and the ledger (CSV,
`fund_report_export`) above the narratives the report prints. Every figure opens the ledger
entries behind it (`EntriesDialog`), from which the coordinator records a payment or a
reversal. Reads run on the background runner, so a large ledger never freezes the window;
every write reads the figures again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds import schedule
from antiviolenza_desktop.domain.funds.cofinancing import month_label
from antiviolenza_desktop.domain.funds.figures import FundWarning
from antiviolenza_desktop.operations.funds_reading import (
    EntryList,
    FundsSnapshot,
    can_write,
    read_commitment_entries,
    read_entries_behind,
    read_funds,
)
from antiviolenza_desktop.services.fund_figures import Figure
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.funds.charts import FundBars, MonthChart, fund_label
from antiviolenza_desktop.ui.funds.entries import EntriesDialog
from antiviolenza_desktop.ui.funds.expenses import ExpensesPage
from antiviolenza_desktop.ui.funds.gantt import GanttPage
from antiviolenza_desktop.ui.funds.hours import HoursPage
from antiviolenza_desktop.ui.funds.models import ActionsModel
from antiviolenza_desktop.ui.funds.narratives import NarrativePage
from antiviolenza_desktop.ui.funds.report_export import ReportExports
from antiviolenza_desktop.ui.funds.settings_dialog import FundSettingsDialog
from antiviolenza_desktop.ui.messages import error_text, message_text
from antiviolenza_desktop.ui.widgets import ErrorLabel, writer_only

WARNING_ROLE = Qt.ItemDataRole.UserRole + 1
COMMITTED_COLUMN, SPENT_COLUMN, ACTUAL_B_COLUMN = 3, 4, 6


class FundsView(QWidget):
    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.programme = load_default_programme()
        self.snapshot = FundsSnapshot()
        self._generation = 0
        self.entries_dialog: EntriesDialog | None = None
        self.title = QLabel(self.tr("Fondi dell'Ambito"))
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.status = QLabel()
        self.error = ErrorLabel()
        self.refresh_button = QPushButton(self.tr("A&ggiorna"))
        self.settings_button = QPushButton(self.tr("&Impostazioni dei fondi…"))
        writer_only(self.settings_button, can_write(opened))
        self.bars = FundBars()
        self.months = MonthChart()
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Avvisi"))
        self.warnings.setWordWrap(True)
        self.actions_model = ActionsModel()
        self.actions_table = self._actions_table()
        self.gantt = GanttPage()
        self.hours = HoursPage(opened, runner, self.programme)
        self.expenses = ExpensesPage(opened, runner, self.programme)
        self.narratives = NarrativePage(opened, runner, self.programme)
        self.exports = ReportExports(opened, runner)
        self.pages = self._pages()
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.error)
        layout.addWidget(self.pages, 1)
        self._connect()

    # --- building ------------------------------------------------------------------------

    def _pages(self) -> QTabWidget:
        pages = QTabWidget()
        pages.addTab(self._overview(), self.tr("&Quadro"))
        pages.addTab(self._actions_page(), self.tr("Azioni &A e B"))
        pages.addTab(self.gantt, self.tr("Cro&noprogramma"))
        pages.addTab(self.hours, self.tr("&Ore di cofinanziamento"))
        pages.addTab(self.expenses, self.tr("&Spese delle azioni"))
        pages.addTab(self._report_page(), self.tr("&Relazione"))
        return pages

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.status, 1)
        header.addWidget(self.refresh_button)
        header.addWidget(self.settings_button)
        return header

    def _overview(self) -> QScrollArea:
        page = QWidget()
        column = QVBoxLayout(page)
        funds = QGroupBox(self.tr("Per fondo: stanziato, impegnato, erogato, disponibile"))
        QVBoxLayout(funds).addWidget(self.bars)
        alerts = QGroupBox(self.tr("Avvisi"))
        QVBoxLayout(alerts).addWidget(self.warnings)
        self.warnings.setMaximumHeight(110)
        spending = QGroupBox(self.tr("Erogazioni per mese"))
        QVBoxLayout(spending).addWidget(self.months)
        hint = QLabel(
            self.tr("Clicca una cifra, una barra o un avviso per vedere le voci del registro.")
        )
        hint.setStyleSheet("color: #555555;")
        for widget in (hint, funds, alerts, spending):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _report_page(self) -> QWidget:
        """The narratives the report prints, under the box that saves the report itself."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 8, 8, 0)
        column.addWidget(self.exports)
        column.addWidget(self.narratives, 1)
        return page

    def _actions_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.actions_model)
        table.setAccessibleName(self.tr("Azioni: previsto e effettivo"))
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def _actions_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.actions_table, 1)
        note = QLabel(
            self.tr(
                "A impegnata e A spesa delle azioni pagate dai fondi vengono dal registro; la "
                "B effettiva è il valore delle ore registrate. Clicca una cifra per le sue voci."
            ),
            wordWrap=True,
        )
        note.setStyleSheet("color: #555555;")
        column.addWidget(note)
        return page

    def _connect(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.settings_button.clicked.connect(self.open_settings)
        self.bars.figure_clicked.connect(self.open_figure)
        self.months.month_clicked.connect(self.open_month)
        self.warnings.itemActivated.connect(self._warning_item)
        self.warnings.itemClicked.connect(self._warning_item)
        self.actions_table.activated.connect(self._action_cell)
        self.actions_table.clicked.connect(self._action_cell)
        for page in (self.hours, self.expenses):
            page.changed.connect(self.refresh)

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read every figure again, off the GUI thread; an older answer is dropped."""
        self._generation += 1
        generation = self._generation
        opened, today = self._opened, date.today()
        self.status.setText(self.tr("Lettura dei fondi…"))
        self.refresh_button.setEnabled(False)

        def show(snapshot: FundsSnapshot) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_snapshot(snapshot)

        def failed(error: AppError) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.refresh_button.setEnabled(True)
                self.status.clear()
                self.error.show_error(error_text(error))

        self._runner.run(lambda: read_funds(opened, today), show, failed)

    def show_snapshot(self, snapshot: FundsSnapshot) -> None:
        self.snapshot = snapshot
        self.error.clear_error()
        self.refresh_button.setEnabled(True)
        self.bars.set_totals(snapshot.totals)
        self.months.set_spending(snapshot.months)
        self.actions_model.set_items(snapshot.actions)
        self.gantt.set_schedule(snapshot.schedule)
        self.hours.set_rows(snapshot.hours)
        self.expenses.set_rows(snapshot.expenses)
        self.narratives.set_narratives(snapshot.narratives)
        self.warnings.clear()
        for warning in snapshot.warnings:
            item = QListWidgetItem(message_text(warning.message))
            item.setData(WARNING_ROLE, warning)
            if warning.fund is not None or warning.seq is not None or self._register_of(warning):
                item.setToolTip(self.tr("Apri le voci del registro"))
            self.warnings.addItem(item)
        if not snapshot.warnings:
            self.warnings.addItem(QListWidgetItem(self.tr("Nessun avviso.")))
        self.status.setText(self.tr("Aggiornato alle %1").replace("%1", f"{datetime.now():%H:%M}"))

    def clear(self) -> None:
        """Forget every figure (the store is locking)."""
        self._generation += 1
        self.show_snapshot(FundsSnapshot())
        self.status.clear()

    # --- drill-down ----------------------------------------------------------------------

    def open_entries(self, title: str, loader: Callable[[], EntryList]) -> EntriesDialog:
        """One list at a time: a click that also counts as an activation opens it once."""
        current = self.entries_dialog
        if current is not None and shiboken6.isValid(current) and current.isVisible():
            return current
        dialog = EntriesDialog(self._opened, self._runner, title, loader, self)
        dialog.changed.connect(self.refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.entries_dialog = dialog
        return dialog

    def open_figure(self, fund: str, figure: str) -> EntriesDialog:
        """`disbursed` lists the payments; the other figures come from the commitments."""
        kind: Figure = "disbursed" if figure == "disbursed" else "committed"
        opened = self._opened
        title = (
            self.tr("%1: erogazioni e loro storni")
            if kind == "disbursed"
            else self.tr("%1: impegni e loro storni")
        ).replace("%1", fund_label(fund))
        return self.open_entries(title, lambda: read_entries_behind(opened, kind, fund, None))

    def open_month(self, month: str, fund: str) -> EntriesDialog:
        opened, chosen = self._opened, fund or None
        title = self.tr("Erogazioni di %1").replace("%1", month_label(month))
        if chosen:
            title += f" · {fund_label(chosen)}"
        return self.open_entries(
            title, lambda: read_entries_behind(opened, "disbursed", chosen, month)
        )

    def open_warning(self, warning: FundWarning) -> EntriesDialog | None:
        opened = self._opened
        if warning.seq is not None:
            seq = warning.seq
            title = self.tr("Impegno n. %1 e le sue erogazioni").replace("%1", str(seq))
            return self.open_entries(title, lambda: read_commitment_entries(opened, seq))
        if warning.fund is not None:
            return self.open_figure(warning.fund, "committed")
        register = self._register_of(warning)
        if register is not None:
            self.pages.setCurrentWidget(register)
        return None

    def _register_of(self, warning: FundWarning) -> QWidget | None:
        """The register page where the rows a calendar warning counts are corrected or
        reversed (training sessions live in the network's tab, not here)."""
        pages: dict[str, QWidget] = {
            schedule.HOURS_OUTSIDE.code: self.hours,
            schedule.B_OVER_PLAN.code: self.hours,
            schedule.EXPENSES_OUTSIDE.code: self.expenses,
        }
        return pages.get(warning.message.code)

    def _warning_item(self, item: QListWidgetItem) -> None:
        warning = item.data(WARNING_ROLE)
        if isinstance(warning, FundWarning):
            self.open_warning(warning)

    def _action_cell(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.actions_model.items[index.row()]
        column = index.column()
        if column == ACTUAL_B_COLUMN:
            self.pages.setCurrentWidget(self.hours)
        elif column == SPENT_COLUMN and row.fund is None:
            self.pages.setCurrentWidget(self.expenses)
        elif column in (COMMITTED_COLUMN, SPENT_COLUMN) and row.fund is not None:
            figure = "committed" if column == COMMITTED_COLUMN else "disbursed"
            self.open_figure(row.fund, figure)

    # --- settings ------------------------------------------------------------------------

    def open_settings(self) -> FundSettingsDialog | None:
        if not can_write(self._opened) or not self.snapshot.setups:
            return None
        caps = {fund.code: fund.cap_per_woman for fund in self.programme.funds}
        dialog = FundSettingsDialog(self._opened, self._runner, self.snapshot.setups, caps, self)
        dialog.written.connect(lambda _setup: self.refresh())
        dialog.open()
        return dialog
