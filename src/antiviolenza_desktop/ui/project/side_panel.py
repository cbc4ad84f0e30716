"""The boxes of the Progetto tab's side panel: validation date, what stops validation, history,
and the scrolling column that holds them (`side_column`).

Each box owns its widgets and says what happened with a signal; the tab decides what to do
(validate, focus a field) and runs the writes. Their texts are the tab's, so they keep its
translation context ("ProjectTab").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.case.intake import FieldIssue
from antiviolenza_desktop.ui.case.form_fields import DateField
from antiviolenza_desktop.ui.messages import issue_text
from antiviolenza_desktop.ui.widgets import ErrorLabel

FIELD_ROLE = Qt.ItemDataRole.UserRole + 1


class ValidationBox(QGroupBox):
    """The date of validation (today by default), confirmed or dismissed; hidden until asked."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("ProjectTab", "Validazione"))
        self.date = DateField()
        caption = QLabel(QCoreApplication.translate("ProjectTab", "Data di validazione"))
        caption.setBuddy(self.date)
        self.date.setAccessibleName(QCoreApplication.translate("ProjectTab", "Data di validazione"))
        self.error = ErrorLabel()
        self.confirm_button = QPushButton(
            QCoreApplication.translate("ProjectTab", "Con&ferma la validazione")
        )
        self.dismiss_button = QPushButton(QCoreApplication.translate("ProjectTab", "Annulla"))
        line = QHBoxLayout()
        line.addWidget(caption)
        line.addWidget(self.date)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.dismiss_button)
        column = QVBoxLayout(self)
        column.addLayout(line)
        column.addWidget(self.error)
        column.addLayout(buttons)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def ask(self) -> None:
        self.date.set_value(date.today())
        self.error.clear_error()
        self.show()
        self.date.setFocus()


class IssuesBox(QGroupBox):
    """«Che cosa manca per validare»: one line per issue; choosing one emits its field."""

    field_chosen = Signal(str)

    def __init__(self) -> None:
        title = QCoreApplication.translate("ProjectTab", "Che cosa manca per validare")
        super().__init__(title)
        self.issues_list = QListWidget()
        self.issues_list.setWordWrap(True)
        self.issues_list.setSpacing(3)
        self.issues_list.setMaximumHeight(170)
        self.issues_list.setAccessibleName(title)
        QVBoxLayout(self).addWidget(self.issues_list)
        self.issues_list.itemActivated.connect(self._chosen)
        self.issues_list.itemClicked.connect(self._chosen)

    def show_issues(self, issues: Iterable[FieldIssue]) -> None:
        """List `issues`; the box is shown only when there is one."""
        self.issues_list.clear()
        for issue in issues:
            item = QListWidgetItem(issue_text(issue))
            item.setData(FIELD_ROLE, issue.field)
            self.issues_list.addItem(item)
        self.setVisible(self.issues_list.count() > 0)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.field_chosen.emit(str(item.data(FIELD_ROLE)))


class HistoryBox(QGroupBox):
    """«Storico delle revisioni»: the project's revisions, newest first."""

    def __init__(self, model: QAbstractItemModel) -> None:
        title = QCoreApplication.translate("ProjectTab", "Storico delle revisioni")
        super().__init__(title)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(title)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(130)
        QVBoxLayout(self).addWidget(self.table)


def side_column(width: int, *groups: Iterable[QWidget | QLayout]) -> QScrollArea:
    """The panel beside the editor: its widgets and rows top to bottom in a column of fixed
    `width` that scrolls on a small screen."""
    panel = QWidget()
    column = QVBoxLayout(panel)
    column.setContentsMargins(4, 0, 4, 0)
    for group in groups:
        for part in group:
            if isinstance(part, QLayout):
                column.addLayout(part)
            else:
                column.addWidget(part)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(panel)
    scroll.setFixedWidth(width)
    return scroll


def status_labels() -> tuple[QLabel, QLabel]:
    """The revision's status line and its hint."""
    status = QLabel(objectName="projectStatus", wordWrap=True)
    status.setStyleSheet("font-weight: bold;")
    hint = QLabel(objectName="hintLabel", wordWrap=True)
    hint.setStyleSheet("color: #555555;")
    return status, hint


def status_buttons() -> tuple[QPushButton, QPushButton, QPushButton, QPushButton]:
    """Edit, cancel, save and validate: the buttons that act on the revision."""
    return (
        QPushButton(QCoreApplication.translate("ProjectTab", "Mo&difica il progetto")),
        QPushButton(QCoreApplication.translate("ProjectTab", "Annulla le modifiche")),
        QPushButton(QCoreApplication.translate("ProjectTab", "Salva &bozza")),
        QPushButton(QCoreApplication.translate("ProjectTab", "Val&ida…")),
    )
