"""The "Progetto" tab of the case detail: the project's content, its monitoring and closure.

The content page shows the newest revision read-only, beside a panel with its status, the
buttons, the équipe's signatures (`ui.project.signing`, also on the closure page), the money
box, what stops validation and the history of revisions. "Modifica" makes the editor editable;
"Salva bozza" saves the open draft revision, or after a validation opens the next one (a
validated revision is frozen); "Valida" asks the date in the panel (today by default) and
validates. Every write runs on the background runner; answers that arrive after the case
changed or the store locked are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.project.model import ProjectDraft, ProjectNotValid
from antiviolenza_desktop.domain.project.revisions import ProjectRevision
from antiviolenza_desktop.domain.project.signoff import SignOff
from antiviolenza_desktop.operations import project as project_operations
from antiviolenza_desktop.operations.project import (
    ProjectState,
    read_project,
    read_project_proposal,
)
from antiviolenza_desktop.services.documents import to_document
from antiviolenza_desktop.services.form_drafts import fingerprint
from antiviolenza_desktop.services.projects import programme_caps
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.formatting import format_date
from antiviolenza_desktop.ui.messages import error_text
from antiviolenza_desktop.ui.project.closure import ClosurePanel
from antiviolenza_desktop.ui.project.editor import ProjectEditor
from antiviolenza_desktop.ui.project.models import RevisionHistoryModel
from antiviolenza_desktop.ui.project.monitoring import MonitoringPanel
from antiviolenza_desktop.ui.project.side_panel import (
    HistoryBox,
    IssuesBox,
    ValidationBox,
    side_column,
    status_buttons,
    status_labels,
)
from antiviolenza_desktop.ui.project.signing import ProjectSignatures
from antiviolenza_desktop.ui.project.status import status_lines
from antiviolenza_desktop.ui.widgets import ErrorLabel

SIDE_WIDTH = 310


class ProjectTab(QWidget):
    editing_done = Signal()
    """Her edits were stored (saved or validated) or dropped: nothing is left unsaved."""

    def __init__(self, opened: OpenStore, runner: BackgroundRunner) -> None:
        super().__init__()
        self._opened, self._runner = opened, runner
        self.case_id: int | None = None
        self.state = ProjectState()
        self._generation = 0
        self._busy = False
        self._verdict_shown = False
        self.editor = ProjectEditor(programme_caps())
        self.history_model = RevisionHistoryModel()
        self.monitoring = MonitoringPanel()
        self.closure = ClosurePanel()
        self.signatures = ProjectSignatures(self, opened, self._run)
        self.closure.layout().insertWidget(1, self.signatures.closure_box)  # type: ignore[union-attr]
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(self.editor, 1)
        row.addWidget(self._side_panel())
        self.pages.addTab(content, self.tr("&Contenuto"))
        self.pages.addTab(self.monitoring, self.tr("Monitora&ggio"))
        self.pages.addTab(self.closure, self.tr("C&hiusura"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pages)
        self._connect()
        self._show_state()

    def _side_panel(self) -> QScrollArea:
        self.status, self.status_hint = status_labels()
        self.edit_button, self.cancel_button, self.save_button, self.validate_button = (
            status_buttons()
        )
        self.validation_box = ValidationBox()
        self.notice = QLabel(objectName="noticeLabel", wordWrap=True)
        self.notice.setStyleSheet("color: #1b5e20;")
        self.error = ErrorLabel()
        self.issues_box = IssuesBox()
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.save_button, self.validate_button):
            buttons.addWidget(button)
        return side_column(
            SIDE_WIDTH,
            (self.status, self.status_hint, buttons, self.cancel_button, self.signatures.box),
            (self.signatures.approved,),
            (self.validation_box, self.notice, self.error, self.issues_box),
            (self.editor.money_box, HistoryBox(self.history_model)),
        )

    def _connect(self) -> None:
        self.edit_button.clicked.connect(self.start_editing)
        self.cancel_button.clicked.connect(self.cancel_editing)
        self.save_button.clicked.connect(self.save)
        self.validate_button.clicked.connect(self.validation_box.ask)
        self.validation_box.confirm_button.clicked.connect(self.validate)
        self.issues_box.field_chosen.connect(self.editor.focus_issue)
        self.editor.checked.connect(self._follow_issues)
        self.editor.edited.connect(self._draft_edited)
        self.monitoring.submitted.connect(self._record_monitoring)
        self.closure.submitted.connect(self._close_project)
        self.signatures.signed.connect(self._signed)
        self._runner.busy_changed.connect(self._runner_busy)

    # --- loading -------------------------------------------------------------------------

    def load(self, case_id: int) -> None:
        """Read the project of `case_id` and show its newest revision read-only. The same case
        read again (after an edit of her referral) keeps a project being edited as it is."""
        keep = case_id == self.case_id and not self.editor.read_only
        if not keep:
            self._generation += 1
            self.notice.clear()
        self.case_id = case_id
        self._apply(read_project(self._opened, case_id), keep_editor=keep)

    def clear(self) -> None:
        """Forget the case (the store is locking): nothing of hers stays in any widget."""
        self.case_id = None
        self._generation += 1
        self.notice.clear()
        self.signatures.close()
        self._apply(ProjectState())
        self.validation_box.date.set_value(None)

    def _apply(
        self, state: ProjectState, *, keep_editor: bool = False, keep_forms: bool = False
    ) -> None:
        """Show `state`, keeping the draft typed or (`keep_forms`) the forms being filled."""
        self.state = state
        self.history_model.set_items(state.revisions)
        self.editor.set_checks(state.checks)
        if not keep_editor:
            latest = state.latest
            self.editor.set_value(latest.draft if latest else ProjectDraft())
            self.editor.set_read_only(True)
            self.issues_box.show_issues(())
            self.error.clear_error()
            self.validation_box.hide()
        if not keep_forms:
            self.monitoring.set_state(state.in_force, state.updates, state.closed)
            self.closure.set_state(state.in_force, state.closed)
        self._show_state()

    def _reload(self, *, keep_editor: bool = False) -> None:
        if self.case_id is not None:
            self._apply(read_project(self._opened, self.case_id), keep_editor=keep_editor)

    def _show_state(self) -> None:
        editing = not self.editor.read_only
        title, detail = status_lines(self.state, editing=editing)
        self.status.setText(title)
        self.status_hint.setText(detail)
        latest, closed, idle = self.state.latest, self.state.closed, not self._busy
        has_case = self.case_id is not None
        self.edit_button.setVisible(has_case and not editing and not closed)
        self.cancel_button.setVisible(editing)
        self.save_button.setVisible(editing)
        draft_stored = latest is not None and latest.status == "draft"
        self.validate_button.setVisible(has_case and not closed and (editing or draft_stored))
        for button in (self.edit_button, self.save_button, self.validate_button):
            button.setEnabled(idle)
        self.validation_box.confirm_button.setEnabled(idle)
        self.signatures.show(self.state, self.case_id, editing=editing, idle=idle)

    def _signed(self, signoff: SignOff) -> None:
        if self.case_id is not None:
            state = read_project(self._opened, self.case_id)
            self._apply(state, keep_editor=not self.editor.read_only, keep_forms=True)
        self.notice.setText(self.tr("Firma di %1 registrata.").replace("%1", signoff.name))

    # --- editing -------------------------------------------------------------------------

    def start_editing(self) -> None:
        if self.case_id is None or self.state.closed:
            return
        self.notice.clear()
        if self.state.latest is None:
            self._propose(self.case_id)
        self.editor.set_read_only(False)
        self._show_state()
        self.editor.goals.setFocus()

    def _propose(self, case_id: int) -> None:
        """A first project starts from her lines and the latest assessment's suggestions,
        said to be a proposal until saved."""
        proposal = read_project_proposal(self._opened, case_id)
        self.editor.set_value(proposal.draft)
        if proposal.assessed_on is not None:
            text = self.tr(
                "Proposta dalla valutazione del %1: linee richieste, servizi e percorso abitativo "
                "suggeriti. Controlla, correggi e salva: finché non salvi non è registrato nulla."
            )
            self.notice.setText(text.replace("%1", format_date(proposal.assessed_on)))

    def cancel_editing(self) -> None:
        """Back to the stored revision, read-only."""
        self.notice.clear()
        self._apply(self.state)
        self.editing_done.emit()

    @property
    def saving(self) -> bool:
        return self._busy

    def _stored(self) -> ProjectDraft:
        latest = self.state.latest
        return latest.draft if latest else ProjectDraft()

    def stored_fingerprint(self) -> int:
        """Of the newest stored revision (see `services.form_drafts.fingerprint`)."""
        return fingerprint(self._stored())

    def unsaved_value(self) -> ProjectDraft | None:
        """The project she is editing when it differs from the newest stored revision."""
        if self.case_id is None or self.editor.read_only:
            return None
        value = self.editor.value()
        return None if to_document(value) == to_document(self._stored()) else value

    def restore_unsaved(self, draft: ProjectDraft) -> None:
        """Edit the project again with a draft kept at a lock; it stays unsaved."""
        self.start_editing()
        if not self.editor.read_only:
            self.editor.set_value(draft)

    def _amounts_ok(self) -> bool:
        problems = self.editor.amount_issues()
        if problems:
            self.editor.check_now()
            self.error.show_error(self.tr("Correggi gli importi segnati in rosso."))
            self.editor.focus_issue(problems[0].field)
        return not problems

    def save(self) -> None:
        if self.case_id is None or self.editor.read_only or self._busy or not self._amounts_ok():
            return
        self.error.clear_error()
        opened, case_id, draft = self._opened, self.case_id, self.editor.value()
        self._run(
            lambda: project_operations.save_draft(opened, case_id, draft),
            self._saved,
            self._refused,
        )

    def _saved(self, revision: ProjectRevision) -> None:
        self._reload(keep_editor=True)
        text = self.tr("Bozza salvata: revisione %1.").replace("%1", str(revision.number))
        self.notice.setText(text)
        self.editing_done.emit()

    # --- validation ----------------------------------------------------------------------

    def validate(self) -> None:
        if self.case_id is None or self._busy:
            return
        day = self.validation_box.date.value()
        if day is None:
            self.validation_box.error.show_error(self.tr("Indica la data della validazione."))
            return
        editing = not self.editor.read_only
        if editing and not self._amounts_ok():
            return
        self.validation_box.error.clear_error()
        self.error.clear_error()
        opened, case_id = self._opened, self.case_id
        draft = self.editor.value() if editing else None
        self._run(
            lambda: project_operations.validate(opened, case_id, draft, day),
            self._validated,
            self._not_validated,
        )

    def _validated(self, revision: ProjectRevision) -> None:
        self._reload()
        day = format_date(revision.validated_on)
        text = self.tr("Progetto validato il %1 (revisione %2): ora è bloccato.")
        self.notice.setText(text.replace("%1", day).replace("%2", str(revision.number)))
        self.editing_done.emit()

    def _not_validated(self, error: AppError) -> None:
        self._reload(keep_editor=True)  # her draft was saved before the validation
        if isinstance(error, ProjectNotValid):
            self.validation_box.hide()
            self.editor.show_verdict()
            self.issues_box.show_issues(error.issues)
            self.error.show_error(error_text(error))
            self._verdict_shown = True
        elif error.field == "validated_on":
            self.validation_box.error.show_error(error_text(error))
        else:
            self._refused(error)

    def _draft_edited(self) -> None:
        """Her change makes «Bozza salvata» and the count of a refused validation untrue;
        "Che cosa manca" goes on saying what is missing now."""
        self.notice.clear()
        if self._verdict_shown:
            self.error.clear_error()
            self._verdict_shown = False

    def _follow_issues(self) -> None:
        """After a validation was tried, "Che cosa manca" is recomputed at every check:
        fixed problems go, new ones come."""
        if self.editor.attempted and not self.editor.read_only:
            self.issues_box.show_issues(self.editor.blocking)

    # --- monitoring and closure ----------------------------------------------------------

    def _record_monitoring(self, update: Any) -> None:
        if self.case_id is None or self._busy:
            return
        opened, case_id = self._opened, self.case_id

        def done(_result: object) -> None:
            self._reload(keep_editor=not self.editor.read_only)
            self.monitoring.recorded()

        self._run(
            lambda: project_operations.add_monitoring(opened, case_id, update),
            done,
            self.monitoring.refused,
        )

    def _close_project(self, closure: Any) -> None:
        if self.case_id is None or self._busy:
            return
        opened, case_id = self._opened, self.case_id

        def done(revision: ProjectRevision) -> None:
            self._reload()
            text = self.tr("Progetto chiuso (revisione %1).").replace("%1", str(revision.number))
            self.notice.setText(text)

        self._run(
            lambda: project_operations.close(opened, case_id, closure), done, self.closure.refused
        )

    def _run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[AppError], None],
    ) -> None:
        self._busy = True
        self._show_state()
        self._runner.run(
            work, self._current(on_done), self._current(on_error), answered_at_lock=True
        )

    def _current(self, handler: Callable[[Any], None]) -> Callable[[Any], None]:
        """Drop answers that arrive after the tab was emptied (lock), moved to another case,
        or deleted."""
        generation = self._generation

        def deliver(result: Any) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._busy = False
                handler(result)
                self._show_state()

        return deliver

    def _runner_busy(self, busy: bool) -> None:
        """An unexpected failure goes to the error hook, not to a handler: unlock anyway."""
        if not busy and self._busy and shiboken6.isValid(self):
            self._busy = False
            self._show_state()

    def _refused(self, error: AppError) -> None:
        self.error.show_error(error_text(error))
