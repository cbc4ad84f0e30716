"""The coordinator's audit viewer: who read or changed what, when, with filters and CSV export.

A window of its own (opened from «Archivio → Registro delle operazioni…», for coordinators
only). Filters are a period, a user, a case code and the kind of action (reads, writes or
all); each change runs one query, the case code after a short pause in typing. «Esporta CSV…»
writes the filtered entries for a spreadsheet; «Verifica catena» walks the hash chain off the
GUI thread and says whether it is intact. Entries name women by case code only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.audit.chain import ChainReport
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.audit_query import AuditFilter, AuditSource
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.archive.audit_model import AuditLogModel
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.formatting import format_count
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel

CODE_DEBOUNCE_MS = 300
DEFAULT_DAYS = 30


class AuditLogDialog(QDialog):
    def __init__(
        self, opened: OpenStore, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._opened = opened
        self._runner = runner
        source = AuditSource(opened)
        self.model = AuditLogModel(source)
        self.setWindowTitle(self.tr("Registro delle operazioni"))
        self.resize(1100, 620)
        self._build_filters(source.users())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Voci del registro"))
        self.count = QLabel()
        self.error = ErrorLabel()
        self.chain = QLabel(objectName="chainLabel", wordWrap=True)
        self.export_button = QPushButton(self.tr("&Esporta CSV…"))
        self.verify_button = QPushButton(self.tr("&Verifica catena"))
        close_button = QPushButton(self.tr("&Chiudi"))
        self.export_button.clicked.connect(self._ask_export)
        self.verify_button.clicked.connect(self.verify_chain)
        close_button.clicked.connect(self.close)
        self._lay_out(close_button)
        self.apply_filters()

    def _build_filters(self, logins: list[str]) -> None:
        today = QDate.currentDate()
        self.since_check = QCheckBox(self.tr("&Dal"))
        self.since = self._date_edit(today.addDays(-DEFAULT_DAYS), self.tr("Dal giorno"))
        self.until_check = QCheckBox(self.tr("&al"))
        self.until = self._date_edit(today, self.tr("Al giorno"))
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("Filtra per utente"))
        self.user.addItem(self.tr("Tutti gli utenti"), None)
        for login in logins:
            self.user.addItem(login, login)
        self.case_code = QLineEdit()
        self.case_code.setPlaceholderText(self.tr("Codice del caso"))
        self.case_code.setAccessibleName(self.tr("Filtra per codice del caso"))
        self.case_code.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Filtra per tipo di operazione"))
        for label, kind in (
            (self.tr("Tutte le operazioni"), "all"),
            (self.tr("Solo letture"), "reads"),
            (self.tr("Solo modifiche"), "writes"),
        ):
            self.kind.addItem(label, kind)
        self._debounce = QTimer(self, singleShot=True, interval=CODE_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.case_code.textChanged.connect(lambda _text: self._debounce.start())
        for check, edit in ((self.since_check, self.since), (self.until_check, self.until)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.apply_filters)
            edit.dateChanged.connect(self.apply_filters)
        self.user.currentIndexChanged.connect(self.apply_filters)
        self.kind.currentIndexChanged.connect(self.apply_filters)

    def _date_edit(self, day: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setEnabled(False)
        return edit

    def _lay_out(self, close_button: QPushButton) -> None:
        filters = QHBoxLayout()
        for widget in (self.since_check, self.since, self.until_check, self.until):
            filters.addWidget(widget)
        filters.addWidget(self.user, 1)
        filters.addWidget(self.case_code, 1)
        filters.addWidget(self.kind, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chain)
        layout.addLayout(buttons)

    def wanted(self) -> AuditFilter:
        return AuditFilter(
            since=_day(self.since.date()) if self.since_check.isChecked() else None,
            until=_day(self.until.date()) if self.until_check.isChecked() else None,
            user=self.user.currentData(),
            case_code=self.case_code.text().strip() or None,
            kind=self.kind.currentData(),
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        try:
            self.model.set_filter(self.wanted())
        except AppError as refused:
            self.error.show_error(error_text(refused))
            return
        self.error.clear_error()
        count = self.model.rowCount()
        # n picks the plural form; %1 carries the number written the Italian way (1.234).
        self.count.setText(self.tr("%1 voci", "", count).replace("%1", format_count(count)))

    def _ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Esporta il registro in CSV"),
            str(Path.home() / f"registro-operazioni-{date.today():%Y-%m-%d}.csv"),
            self.tr("File CSV (*.csv)"),
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """Write the filtered entries off the GUI thread; the export adds its own entry."""
        from antiviolenza_desktop.operations.audit_log import export_audit_log

        wanted, opened = self.wanted(), self._opened
        self.export_button.setEnabled(False)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.apply_filters()
            self.chain.setText(
                self.tr("%1 voci salvate in %2", "", count)
                .replace("%1", format_count(count))
                .replace("%2", str(path))
            )

        self._runner.run(lambda: export_audit_log(opened, path, wanted), done, self._failed)

    def verify_chain(self) -> None:
        store = self._opened.store
        self.verify_button.setEnabled(False)
        self.chain.setText(self.tr("Verifica della catena in corso…"))
        self._runner.run(lambda: audit.verify(store), self._show_chain, self._failed)

    def _show_chain(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.intact:
            self.chain.setStyleSheet("color: #1b5e20;")
            self.chain.setText(
                self.tr(
                    "Catena integra: %1 voci verificate, nessuna alterata.", "", report.checked
                ).replace("%1", format_count(report.checked))
            )
            return
        self.chain.setStyleSheet("color: #b00020; font-weight: bold;")
        self.chain.setText(
            self.tr(
                "Catena ALTERATA alla voce n. %1: quella voce o una precedente è stata "
                "modificata o cancellata fuori dall'applicazione."
            ).replace("%1", str(report.first_broken_seq))
        )

    def _failed(self, error: AppError) -> None:
        self.export_button.setEnabled(True)
        self.verify_button.setEnabled(True)
        self.chain.clear()
        self.error.show_error(error_text(error))

    def done(self, result: int) -> None:
        """Closing (or the store locking) drops every loaded row."""
        self.model.clear()
        super().done(result)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
