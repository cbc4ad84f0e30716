"""The "Valutazione" tab of the case detail: her assessments, the latest one reviewed, and
"Nuova valutazione".

On the left, the assessments recorded (newest first); on the right, the review of the latest
one (comparison with the previous one, chart, suggestions) or, while she records a new one,
the editor. The editor is built the first time it is needed, for the current instrument, and
starts with the équipe of the previous assessment, since the same people usually meet again.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.assessment import AssessmentState, read_assessments
from antiviolenza_desktop.operations.project import read_proposed_answers
from antiviolenza_desktop.services.instruments import current_instrument
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.assessment.editor import AssessmentEditor
from antiviolenza_desktop.ui.assessment.models import AssessmentListModel
from antiviolenza_desktop.ui.assessment.review import AssessmentReviewPanel
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.widgets import ErrorLabel

LIST_WIDTH = 270


class AssessmentTab(QWidget):
    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.case_id: int | None = None
        self.state = AssessmentState()
        self.editor: AssessmentEditor | None = None
        self.model = AssessmentListModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Valutazioni registrate"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton(self.tr("&Nuova valutazione"))
        self.new_button.clicked.connect(self.new_assessment)
        self.notice = QLabel(objectName="noticeLabel", wordWrap=True)
        self.notice.setStyleSheet("color: #1b5e20;")
        self.error = ErrorLabel()
        self.review = AssessmentReviewPanel()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.review)
        listing = QGroupBox(self.tr("Valutazioni registrate"))
        column = QVBoxLayout(listing)
        column.addWidget(self.table, 1)
        column.addWidget(self.new_button)
        column.addWidget(self.notice)
        column.addWidget(self.error)
        listing.setFixedWidth(LIST_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(listing)
        layout.addWidget(self.pages, 1)
        self._enable()

    def load(self, case_id: int) -> None:
        """Read the assessments of `case_id` and show the latest one. The same case read
        again (after an edit of her referral) keeps an assessment being typed on screen."""
        editing = self.editor is not None and self.pages.currentWidget() is self.editor
        keep = editing and case_id == self.case_id
        if not keep:
            if self.editor is not None:
                self.editor.clear()
            self.pages.setCurrentWidget(self.review)
        self.case_id = case_id
        self.notice.clear()
        self.error.clear_error()
        self._show(read_assessments(self._opened, case_id))
        self._enable()

    def clear(self) -> None:
        """Forget the case (the store is locking): nothing of hers stays on screen."""
        self.case_id = None
        if self.editor is not None:
            self.editor.clear()
        self.notice.clear()
        self.error.clear_error()
        self._show(AssessmentState())
        self.pages.setCurrentWidget(self.review)
        self._enable()

    def _show(self, state: AssessmentState) -> None:
        self.state = state
        self.model.set_assessments(state.stored)
        self.review.show_review(state.review, state.stored)

    def _enable(self) -> None:
        editing = self.editor is not None and self.pages.currentWidget() is self.editor
        self.new_button.setEnabled(self.case_id is not None and not editing)

    def new_assessment(self) -> None:
        """Open the editor for a new assessment of this case."""
        if self.case_id is None:
            return
        try:
            editor = self._editor()
        except AppError as error:  # an instrument file missing or broken in this install
            self.error.show_error(error_text(error))
            return
        latest = self.state.review.latest
        proposed = read_proposed_answers(self._opened, self.case_id)
        editor.start(self.case_id, latest.assessment.members if latest else (), proposed)
        self.notice.clear()
        self.pages.setCurrentWidget(editor)
        self._enable()
        editor.held_on.setFocus()

    def _editor(self) -> AssessmentEditor:
        if self.editor is None:
            self.editor = AssessmentEditor(self._opened, self._runner, current_instrument())
            self.editor.saved.connect(self._saved)
            self.editor.cancelled.connect(self._cancelled)
            self.pages.addWidget(self.editor)
        return self.editor

    def _saved(self, _assessment_id: int) -> None:
        if self.case_id is None:
            return
        self.pages.setCurrentWidget(self.review)  # done with the editor: load() empties it
        self.load(self.case_id)
        self.notice.setText(self.tr("Valutazione registrata."))

    def _cancelled(self) -> None:
        if self.editor is not None:
            self.editor.clear()
        self.pages.setCurrentWidget(self.review)
        self._enable()
