"""The case list area: search as you type, filters by stage, line and CAV, and the table.

Every keystroke runs one id query (debounced by 150 ms so fast typing costs one query).
Double-click or Enter opens the case. Ctrl+C copies the current cell through the clipboard
guard (cleared 10 s later, like every personal field); Qt's own copy would leave a codice
fiscale on the clipboard for good. The main window's privacy-mode action shows as a button
beside the filters, and a line above the table says when names and codici fiscali are hidden;
the search field then shows its text as dots (a surname or codice fiscale typed there is as
telling as the list), and the search goes on running on what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.case.intake_options import LINES, STAGES
from antiviolenza_desktop.services.case_list import CaseListQuery
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.case.form_fields import option_label
from antiviolenza_desktop.ui.case.list_model import CaseListModel
from antiviolenza_desktop.ui.clipboard_guard import ClipboardGuard
from antiviolenza_desktop.ui.formatting import format_count
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.privacy_mode import shortcut_text

SEARCH_DEBOUNCE_MS = 150


class CaseListView(QWidget):
    case_opened = Signal(int)
    tables_requested = Signal()
    """«Tabelle O.R.A./ISTAT…»: the workspace opens the export dialog (it has the runner)."""

    def __init__(
        self,
        opened: OpenStore,
        cav_names: dict[str, str],
        clipboard: ClipboardGuard | None = None,
    ) -> None:
        """Without a clipboard guard (a benchmark) Ctrl+C copies nothing."""
        super().__init__()
        self.model = CaseListModel(opened, cav_names)
        self._clipboard = clipboard
        self._build_filters(cav_names)
        self.count = QLabel()
        self.privacy_notice = self._privacy_notice()
        self.model.rows_refused.connect(lambda error: self.count.setText(error_text(error)))
        self.table = self._case_table()
        self.table.installEventFilter(self)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        for combo in (self.stage, self.line, self.cav):
            combo.currentIndexChanged.connect(self.apply_filters)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.privacy_notice)
        layout.addWidget(self.table)
        self.tables_button = QPushButton(self.tr("&Tabelle O.R.A./ISTAT…"))
        self.tables_button.clicked.connect(self.tables_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.tables_button)
        layout.addLayout(bottom)
        self.apply_filters()

    def _build_filters(self, cav_names: dict[str, str]) -> None:
        """The search box and the stage, line and CAV filters, in one row."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cerca per nome, cognome, codice fiscale o codice"))
        self.search.setAccessibleName(self.tr("Cerca casi"))
        self.search.setClearButtonEnabled(True)
        self.stage = self._combo(
            self.tr("Tutte le fasi"), [(o.code, option_label(o)) for o in STAGES]
        )
        self.stage.setAccessibleName(self.tr("Filtra per fase"))
        self.line = self._combo(
            self.tr("Tutte le linee"), [(o.code, option_label(o)) for o in LINES]
        )
        self.line.setAccessibleName(self.tr("Filtra per linea"))
        self.cav = self._combo(self.tr("Tutti i CAV"), list(cav_names.items()))
        self.cav.setAccessibleName(self.tr("Filtra per CAV"))
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 3)
        for combo in (self.stage, self.line, self.cav):
            self.filters.addWidget(combo, 1)

    def _privacy_notice(self) -> QLabel:
        """Shown in private mode: what is hidden, and that the search still sees everything."""
        notice = QLabel(
            self.tr(
                "Modalità riservata: iniziali al posto dei nomi, codice fiscale e testo cercato "
                "nascosti (%1 per mostrarli). La ricerca usa comunque i dati completi."
            ).replace("%1", shortcut_text())
        )
        notice.setObjectName("privacyNotice")
        notice.setWordWrap(True)
        notice.setStyleSheet(
            "background: #e7effa; color: #123a6b; border: 1px solid #9db7dc; padding: 4px 10px;"
        )
        notice.hide()
        return notice

    def _case_table(self) -> QTableView:
        """Read-only rows, newest first; activating a row opens the case."""
        table = QTableView()
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setAccessibleName(self.tr("Elenco dei casi"))
        table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        table.activated.connect(
            lambda index: self.case_opened.emit(self.model.case_id_at(index.row()))
        )
        return table

    def _combo(self, everything: str, options: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for code, label in options:
            combo.addItem(label, code)
        return combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+C on the table: the current cell, as shown, through the clipboard guard."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            text = self.table.currentIndex().data()
            if self._clipboard is not None and text:
                self._clipboard.copy_sensitive(str(text))
            return True
        return super().eventFilter(watched, event)

    def follow_privacy_mode(self, action: QAction) -> None:
        """Follow the window's privacy-mode action (its state now and later), shown as a button."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setObjectName("privacyModeButton")
        self.filters.addWidget(button)
        self.set_private(action.isChecked())
        action.toggled.connect(self.set_private)

    def set_private(self, private: bool) -> None:
        self.model.set_private(private)
        self.privacy_notice.setVisible(private)
        self.search.setEchoMode(
            QLineEdit.EchoMode.Password if private else QLineEdit.EchoMode.Normal
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        query = self.model.query
        self.model.set_query(
            CaseListQuery(
                search=self.search.text(),
                stage=self.stage.currentData(),
                line=self.line.currentData(),
                cav=self.cav.currentData(),
                sort=query.sort,
                descending=query.descending,
            )
        )
        count = self.model.rowCount()
        # n picks the plural form; %1 carries the number written the Italian way (1.234).
        self.count.setText(self.tr("%1 casi", "", count).replace("%1", format_count(count)))

    def clear(self) -> None:
        self.search.clear()
        self.model.clear()
