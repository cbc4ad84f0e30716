"""The waiting list of each programme line, ranked by the card's criteria, with the reasons.

The lists are read when the area is shown (never at unlock), and each reading is audited
(`services.waiting_list.WaitingListSource`). The tables are emptied before every reading, so
when the read cannot be audited they show no one, and a line above them says why.

Each row names her (initials in privacy mode, like the case list), her code, the referral day,
the days she has waited and why she stands there (each reason a code translated here, with
the intake vocabulary's labels). The search box filters the rows already read by name or code;
it never changes her position, which is her rank on the whole list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case.priority import REASON_VOCABULARIES, PriorityReason
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.name_guard import folded
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.waiting_list import WaitingEntry, WaitingListSource
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.privacy_mode import initials
from antiviolenza_desktop.ui.widgets import ErrorLabel

CASE_ID_ROLE = 256
NAME_COLUMN = 1


def reason_text(reason: PriorityReason) -> str:
    """The reason in the interface's language: its template and the labels of the options it
    names, both through Qt translation."""
    template = QCoreApplication.translate("waiting_list", reason.template)
    labels = {
        name: QCoreApplication.translate(
            "intake_options", opt.label_of(REASON_VOCABULARIES[name], code)
        )
        for name, code in reason.params
    }
    try:
        return template.format(**labels)
    except (KeyError, IndexError, ValueError):
        return reason.text


def matches(entry: WaitingEntry, search: str) -> bool:
    """Every word typed is in her name (case and accents aside), or the text is in her code."""
    if not search.strip():
        return True
    if search.strip().casefold() in entry.ranked.facts.case_code.casefold():
        return True
    name = folded(entry.name).compact
    words = folded(search).words
    return bool(words) and all(word in name for word in words)


class WaitingListView(QWidget):
    case_opened = Signal(int)

    def __init__(self, opened: OpenStore) -> None:
        super().__init__()
        self._source = WaitingListSource(opened)
        self._entries: dict[str, list[WaitingEntry]] = {}
        self._private = False
        self.error = ErrorLabel()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cerca per nome, cognome o codice"))
        self.search.setAccessibleName(self.tr("Cerca nella lista d'attesa"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._apply_search())
        self.count = QLabel()
        self.tabs = QTabWidget()
        self.tables: dict[str, QTableWidget] = {}
        for line, title in (
            ("work", self.tr("Linea 1 – Inserimento lavorativo")),
            ("housing", self.tr("Linea 2 – Autonomia abitativa")),
        ):
            table = self._table(title)
            self.tables[line] = table
            self.tabs.addTab(table, title)
        self.tabs.currentChanged.connect(lambda _index: self._show_count())
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(self.filters)
        layout.addWidget(self.tabs)
        layout.addWidget(self.count)

    def _table(self, title: str) -> QTableWidget:
        table = QTableWidget(0, 6)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Posizione"),
                self.tr("Nome e cognome"),
                self.tr("Codice"),
                self.tr("Segnalata il"),
                self.tr("In attesa da"),
                self.tr("Perché"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.setAccessibleName(title)
        table.cellActivated.connect(lambda row, _col, t=table: self._open(t, row))
        table.installEventFilter(self)
        return table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+C on a table copies nothing: Qt's own copy would leave her name on the
        clipboard for good (the case list copies through the clipboard guard instead)."""
        if (
            isinstance(watched, QTableWidget)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            return True
        return super().eventFilter(watched, event)

    def follow_privacy_mode(self, action: QAction) -> None:
        """Follow the window's privacy-mode action (its state now and later), shown as a button."""
        button = QToolButton()
        button.setDefaultAction(action)
        self.filters.addWidget(button)
        self.set_private(action.isChecked())
        action.toggled.connect(self.set_private)

    def set_private(self, private: bool) -> None:
        """Initials instead of names, the search text as dots (it still searches)."""
        self._private = private
        self.search.setEchoMode(
            QLineEdit.EchoMode.Password if private else QLineEdit.EchoMode.Normal
        )
        for line, table in self.tables.items():
            for row, entry in enumerate(self._entries.get(line, [])):
                item = table.item(row, NAME_COLUMN)
                if item is not None:
                    item.setText(self._name(entry))

    def refresh(self) -> None:
        """Read both lists afresh; on a refused read (its audit could not be written) show
        no one and say why."""
        self.clear()
        try:
            self._entries = self._source.lists()
        except AppError as refused:
            self.error.show_error(error_text(refused))
            return
        self.error.clear_error()
        for line, table in self.tables.items():
            self._fill(table, self._entries[line])
        self._apply_search()

    def _name(self, entry: WaitingEntry) -> str:
        return initials(entry.name) if self._private else entry.name

    def _fill(self, table: QTableWidget, entries: list[WaitingEntry]) -> None:
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            ranked = entry.ranked
            reasons = "; ".join(reason_text(reason) for reason in ranked.reasons)
            cells = (
                str(ranked.position),
                self._name(entry),
                ranked.facts.case_code,
                format_date(ranked.facts.referral_date),
                self.tr("%n giorni", "", entry.days_waiting),
                reasons or self.tr("nessun criterio di priorità"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CASE_ID_ROLE, ranked.facts.case_id)
                table.setItem(row, column, item)

    def _apply_search(self) -> None:
        text = self.search.text()
        for line, table in self.tables.items():
            for row, entry in enumerate(self._entries.get(line, [])):
                table.setRowHidden(row, not matches(entry, text))
        self._show_count()

    def _show_count(self) -> None:
        table = self.tabs.currentWidget()
        if not isinstance(table, QTableWidget):
            return
        shown = sum(not table.isRowHidden(row) for row in range(table.rowCount()))
        self.count.setText(self.tr("%n donne in questa lista", "", shown))

    def _open(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.case_opened.emit(int(item.data(CASE_ID_ROLE)))

    def clear(self) -> None:
        self._entries = {}
        for table in self.tables.values():
            table.setRowCount(0)
        self.count.clear()
