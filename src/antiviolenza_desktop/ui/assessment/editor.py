"""A new multidimensional assessment: the meeting, the scores per domain, the two sections.

The editor is built for one instrument version (the current one) and checks as she types
(debounced): every change rebuilds the `Assessment` and runs the domain's
`validate_assessment`, and each issue appears under its field. Errors about an empty field
wait until she has left it or tried to save. Saving runs `record_assessment` on the background
runner; a refusal from the service is shown the same way, field by field. What she typed and
has not saved (`unsaved_value`) is kept as a draft when the store locks (`ui.workspace_drafts`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.assessment.instrument import Instrument
from antiviolenza_desktop.domain.assessment.model import Assessment, TeamMember, validate_assessment
from antiviolenza_desktop.domain.case.intake import CaseHasErrors, FieldIssue
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.assessment import save_assessment
from antiviolenza_desktop.services.documents import to_document
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.ui.assessment.fields import DomainBox, MembersEditor, SectionBox
from antiviolenza_desktop.ui.background import BackgroundRunner
from antiviolenza_desktop.ui.case.form_fields import DateField, ReadOnlyGuard
from antiviolenza_desktop.ui.case.form_slots import FieldSlot, TouchTracker, field_box
from antiviolenza_desktop.ui.messages import error_text, issue_text
from antiviolenza_desktop.ui.project.fields import LinesEdit, form_layout, hint, watch_changes
from antiviolenza_desktop.ui.widgets import ErrorLabel

CHECK_DEBOUNCE_MS = 200
CONTENT_MAX_WIDTH = 860


class AssessmentEditor(QWidget):
    """`saved(assessment_id)` once stored, `cancelled` when she drops it."""

    saved = Signal(int)
    cancelled = Signal()

    def __init__(self, opened: OpenStore, runner: BackgroundRunner, instrument: Instrument) -> None:
        super().__init__()
        self._opened, self._runner, self.instrument = opened, runner, instrument
        self.case_id: int | None = None
        self.issues: list[FieldIssue] = []
        self._attempted = self._saving = False
        self._generation = 0
        self._started = ""  # the assessment as started (JSON): "no unsaved changes"
        self._debounce = QTimer(self, singleShot=True, interval=CHECK_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.validate_now)
        self._tracker = TouchTracker(self._debounce.start, self)
        self.members = MembersEditor(ReadOnlyGuard(self))
        self.domains = [DomainBox(domain) for domain in instrument.domains]
        self.housing = SectionBox(instrument.housing, "housing_answers")
        self.work = SectionBox(instrument.work, "work_answers")
        meeting = self._meeting()
        scores = QGroupBox(self.tr("Bisogni e risorse per ambito"))
        column = QVBoxLayout(scores)
        column.addWidget(hint(instrument.description))
        for box in self.domains:
            column.addWidget(box)
        self.slots: dict[str, FieldSlot] = {**self._own_slots}
        for part in (*self.domains, self.housing, self.work):
            self.slots.update(part.slots)
        for slot in self.slots.values():
            self._tracker.watch(slot)
            for widget in slot.inputs:
                watch_changes(widget, self._changed)
        self.members.changed.connect(self._changed)
        self.scroll = self._scroll(meeting, scores, self.housing, self.work)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self._action_bar())
        runner.busy_changed.connect(self._runner_busy)

    def _meeting(self) -> QGroupBox:
        group = QGroupBox(self.tr("Incontro dell'équipe"))
        form = form_layout(group)
        self.held_on = DateField()
        self.held_on.setAccessibleName(self.tr("Data della valutazione"))
        caption = QLabel(self.tr("&Data della valutazione"))
        caption.setBuddy(self.held_on)
        self.note = LinesEdit(self.tr("Nota generale (facoltativa)"), lines=2)
        self.note.setAccessibleName(self.tr("Nota generale"))
        note_caption = QLabel(self.tr("N&ota generale"))
        note_caption.setBuddy(self.note)
        held = FieldSlot("held_on", [self.held_on], self.held_on.is_empty)
        note = FieldSlot("note", [self.note], lambda: not self.note.toPlainText().strip())
        self._own_slots = {"held_on": held, "note": note}
        form.addRow(caption, field_box([held], self.held_on))
        presents = QLabel(self.tr("Équipe presente"))
        form.addRow(presents, self.members)
        form.addRow(note_caption, field_box([note], self.note, stretch=False))
        return group

    def _scroll(self, *parts: QWidget) -> QScrollArea:
        content = QWidget()
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(12)
        for part in parts:
            column.addWidget(part)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        return scroll

    def _action_bar(self) -> QWidget:
        bar = QWidget()
        self.form_error = ErrorLabel()
        self.cancel_button = QPushButton(self.tr("Annulla"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.save_button = QPushButton(self.tr("Salva la valuta&zione"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(bar)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.form_error)
        column.addLayout(buttons)
        return bar

    # --- values --------------------------------------------------------------------------

    def value(self) -> Assessment:
        return Assessment(
            held_on=self.held_on.value(),
            instrument_id=self.instrument.id,
            instrument_version=self.instrument.version,
            members=self.members.value(),
            scores=tuple(box.value() for box in self.domains),
            housing_answers=self.housing.value(),
            work_answers=self.work.value(),
            note=self.note.toPlainText().strip(),
        )

    def start(
        self,
        case_id: int,
        members: Iterable[TeamMember] = (),
        proposed: Mapping[str, str] | None = None,
    ) -> None:
        """An empty assessment for `case_id`, dated today; `members` pre-fill who is present
        (the équipe of the previous assessment, to correct) and `proposed` the housing answers
        her referral already gives (`services.prefill`), marked as proposals."""
        self._generation += 1
        self.case_id = case_id
        self._fill(date.today(), tuple(members))
        self.housing.propose(proposed or {})
        self._started = to_document(self.value())  # an untouched proposal is nothing to keep

    def clear(self) -> None:
        """Forget everything typed (the store is locking, or she cancelled)."""
        self._generation += 1
        self.case_id = None
        self._fill(None, ())

    def _fill(self, held_on: date | None, members: tuple[TeamMember, ...]) -> None:
        self._set_saving(False)
        self.held_on.set_value(held_on)
        self.members.set_value(members or (TeamMember("", "", ""),))
        for box in self.domains:
            box.set_value(None)
        self.housing.set_value({})
        self.work.set_value({})
        self.note.setPlainText("")
        self._attempted = False
        for slot in self.slots.values():
            slot.reset()
        self.form_error.clear_error()
        self.validate_now()
        self.scroll.verticalScrollBar().setValue(0)
        self._started = to_document(self.value())

    # --- drafts kept across a lock -------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self._saving

    def unsaved_value(self) -> Assessment | None:
        """What she typed and has not saved, or None (no case, or nothing changed)."""
        if self.case_id is None:
            return None
        value = self.value()
        return None if to_document(value) == self._started else value

    def restore_unsaved(self, assessment: Assessment) -> None:
        """Put back an assessment kept at a lock (after `start`, which proposed again what
        her referral gives); it stays unsaved."""
        self.held_on.set_value(assessment.held_on)
        self.members.set_value(assessment.members or (TeamMember("", "", ""),))
        for box in self.domains:
            box.set_value(assessment.score(box.code))
        self.housing.restore(assessment.housing_answers)
        self.work.set_value(dict(assessment.work_answers))
        self.note.setPlainText(assessment.note)
        self.validate_now()

    # --- checks --------------------------------------------------------------------------

    def _changed(self, *_args: Any) -> None:
        self._debounce.start()

    def validate_now(self) -> list[FieldIssue]:
        self._debounce.stop()
        self.issues = validate_assessment(self.value(), self.instrument, date.today())
        self._show(self.issues)
        return self.issues

    def _show(self, issues: Iterable[FieldIssue]) -> None:
        issues = list(issues)
        reveal = self._attempted
        for name, slot in self.slots.items():
            slot.show_issues([i for i in issues if i.field == name], reveal_all=reveal)
        self.members.show_issues(issues, reveal_all=reveal)
        leftover = [
            issue_text(i)
            for i in issues
            if i.field not in self.slots and not self.members.owns(i.field)
        ]
        count = sum(issue.severity == "error" for issue in issues)
        if reveal and count:
            summary = self.tr("Da completare o correggere: %1 (in rosso accanto ai campi).")
            leftover.insert(0, summary.replace("%1", str(count)))
        if leftover:
            self.form_error.show_error("\n".join(leftover))
        else:
            self.form_error.clear_error()

    def focus_first_error(self) -> None:
        """Scroll to the first field (in page order) that shows an error."""
        errors = [issue for issue in self.issues if issue.severity == "error"]
        if not errors:
            return
        field = errors[0].field
        if self.members.owns(field):
            target = self.members.input_for(field)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field in self.slots and self.slots[field].inputs:
            target = self.slots[field].focus()
        else:
            return
        self.scroll.ensureWidgetVisible(target)

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        if self.case_id is None or self._saving:
            return
        self._attempted = True
        if any(issue.severity == "error" for issue in self.validate_now()):
            self.focus_first_error()
            return
        opened, case_id, assessment = self._opened, self.case_id, self.value()
        self._set_saving(True)
        self._runner.run(
            lambda: save_assessment(opened, case_id, assessment),
            self._current(self._saved),
            self._current(self._refused),
            answered_at_lock=True,
        )

    def _current(self, handler: Callable[[Any], None]) -> Callable[[Any], None]:
        generation = self._generation

        def deliver(result: Any) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                handler(result)

        return deliver

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        text = self.tr("Salvataggio…") if saving else self.tr("Salva la valuta&zione")
        self.save_button.setText(text)

    def _runner_busy(self, busy: bool) -> None:
        if not busy and self._saving and shiboken6.isValid(self):
            self._set_saving(False)

    def _saved(self, assessment_id: int) -> None:
        self._set_saving(False)
        self.saved.emit(assessment_id)

    def _refused(self, error: AppError) -> None:
        self._set_saving(False)
        if isinstance(error, CaseHasErrors):
            self._show(dict.fromkeys([*self.validate_now(), *error.issues]))
            self.focus_first_error()
        else:
            self.form_error.show_error(error_text(error))
