"""The Progetto personalizzato as a form: goals, work path, economic support, housing path,
with the money box that follows every keystroke (who approves it is not typed: the équipe
signs in the tab's «Firme dell'équipe» box).

`value()` is the `ProjectDraft` on screen and `set_value` shows one; nothing here writes to the
store (the project tab does, on the background runner). As she types (debounced), the editor
runs the domain's `validation_problems` and puts each issue under its field, and the money box
recomputes the funds. Issues about what is still missing (no goals, no referent, no path) wait
until a validation was attempted (`show_verdict`): a draft is allowed to be incomplete. The
facts outside the draft that validation needs (an assessment, her consent, the lines she asked
for, this store's caps, the Ambito's funds) come with `set_checks`, read by the project tab
from the service the validation uses, so `blocking` is what the validation would refuse now.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from antiviolenza_desktop.domain.case import intake_options as intake_opt
from antiviolenza_desktop.domain.case.intake import FieldIssue
from antiviolenza_desktop.domain.project.model import (
    CapExceeded,
    Caps,
    ProjectDraft,
    validation_problems,
)
from antiviolenza_desktop.services.project_checks import ProjectChecks, ValidationInputs
from antiviolenza_desktop.ui.case.form_fields import OptionChecks, ReadOnlyGuard
from antiviolenza_desktop.ui.case.form_slots import FieldSlot
from antiviolenza_desktop.ui.messages import issue_text
from antiviolenza_desktop.ui.project.fields import (
    LinesEdit,
    form_layout,
    labelled_row,
    set_inputs_read_only,
    watch_changes,
)
from antiviolenza_desktop.ui.project.housing import HousingSection
from antiviolenza_desktop.ui.project.money import MoneyBox
from antiviolenza_desktop.ui.project.rows import RowsEditor
from antiviolenza_desktop.ui.project.support import SupportSection
from antiviolenza_desktop.ui.project.work import WorkSection
from antiviolenza_desktop.ui.read_only_look import show_read_only
from antiviolenza_desktop.ui.widgets import ErrorLabel

CHECK_DEBOUNCE_MS = 150
CONTENT_MAX_WIDTH = 860
COMPLETENESS = frozenset(
    {"assessment", "consent", "goals", "referent", "lines", "work.cpi_office"}
    | {"work.interventions", "housing", "housing.kind", "housing.months", "housing.found_by"}
    | {"housing.monthly_costs", "housing.entry_costs"}
)
"""Fields whose issues say that something is still missing: shown after a validation try."""


class ProjectEditor(QWidget):
    """`checked` fires after each check, when `issues` and the money box are current;
    `edited` when she changes something (not when a revision is shown)."""

    checked = Signal()
    edited = Signal()

    def __init__(self, caps: Caps) -> None:
        super().__init__()
        self.caps = self.programme_caps = caps
        self.facts: ValidationInputs | None = None
        self.guard = ReadOnlyGuard(self)
        self.read_only = False
        self.attempted = False
        self.issues: list[FieldIssue] = []
        self.blocking: list[FieldIssue] = []
        """What stops validation now, whether shown by its field yet or not."""
        self._loading = False
        self.form_error = ErrorLabel()
        self.general = self._general_section()
        self.work = WorkSection(self.guard)
        self.support = SupportSection(self.guard)
        self.housing = HousingSection(self.guard)
        self.money_box = MoneyBox(caps)
        self.slots: dict[str, FieldSlot] = {
            **self._own_slots,
            **self.work.slots,
            **self.housing.slots,
        }
        self.tables: tuple[RowsEditor, ...] = (
            self.work.interventions,
            self.support.supports,
            *self.housing.tables,
        )
        self.scroll = self._scroll(
            self.form_error, self.general, self.work, self.support, self.housing
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self._watch_changes()
        self.check_now()

    def _watch_changes(self) -> None:
        """Every input and table re-checks the project, debounced while she types."""
        self._debounce = QTimer(self, singleShot=True, interval=CHECK_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_now)
        for widget in self.inputs:
            watch_changes(widget, self._changed)
        for table in self.tables:
            table.changed.connect(self._changed)
        self.work.interventions.changed.connect(self._follow_interventions)

    def _general_section(self) -> QGroupBox:
        group = QGroupBox(self.tr("Obiettivi, referente e linee"))
        form = form_layout(group)
        self.goals = LinesEdit(self.tr("Un obiettivo per riga"), lines=4)
        self.referent = QLineEdit(minimumWidth=300, maximumWidth=360)
        self.lines = OptionChecks(intake_opt.LINES, columns=2)
        self._own_slots = {
            "goals": labelled_row(form, self.tr("&Obiettivi"), "goals", self.goals),
            "referent": labelled_row(
                form, self.tr("&Referente dell'équipe"), "referent", self.referent
            ),
            "lines": labelled_row(form, self.tr("&Linee coperte"), "lines", self.lines),
        }
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

    @property
    def inputs(self) -> list[QWidget]:
        own: list[QWidget] = [self.goals, self.referent, self.lines]
        return [*own, *self.work.inputs, *self.housing.inputs]

    # --- values --------------------------------------------------------------------------

    def value(self) -> ProjectDraft:
        return ProjectDraft(
            goals=self.goals.value(),
            referent=self.referent.text().strip(),
            lines=self.lines.value(),
            work=self.work.value(),
            passive_supports=self.support.supports.value(),
            housing=self.housing.value(),
        )

    def set_value(self, draft: ProjectDraft) -> None:
        """Show `draft` as stored; nothing counts as touched or attempted any more."""
        self._loading = True
        try:
            self.goals.set_value(draft.goals)
            self.referent.setText(draft.referent)
            self.lines.set_value(draft.lines)
            self.work.set_value(draft.work)
            self.support.supports.set_value(draft.passive_supports)
            self.housing.set_value(draft.housing)
        finally:
            self._loading = False
        self._follow_interventions()
        self.attempted = False
        for slot in self.slots.values():
            slot.reset()
        self.check_now()
        self.scroll.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        self.set_value(ProjectDraft())

    def _changed(self, *_args: Any) -> None:
        if not self._loading:
            self._debounce.start()
            self.edited.emit()

    def _follow_interventions(self) -> None:
        self.support.supports.set_intervention_labels(self.work.intervention_labels())

    # --- checks --------------------------------------------------------------------------

    def amount_issues(self) -> list[FieldIssue]:
        """Amounts that are not amounts: they block saving, whatever else is true."""
        issues = [issue for table in self.tables[:2] for issue in table.amount_issues()]
        return [*issues, *self.housing.amount_issues()]

    def check_now(self) -> list[FieldIssue]:
        """Apply the domain's rules to what is on screen and show the issues."""
        self._debounce.stop()
        draft = self.value()
        self.money_box.show_draft(draft)
        inputs = self.facts
        problems = validation_problems(
            draft,
            caps=self.caps,
            has_assessment=inputs is None or inputs.has_assessment,
            lines_requested=() if inputs is None else inputs.lines_requested,
            consent_recorded=inputs is None or inputs.consent_recorded,
        )
        shown = [
            issue
            for issue in problems
            if issue.code != CapExceeded.code  # the money box says it, with the figures
            and (self.attempted or issue.field not in COMPLETENESS)
        ]
        amounts = self.amount_issues()
        self.blocking = [i for i in (*amounts, *problems) if i.severity == "error"]
        self.issues = [*amounts, *shown]
        self.show_issues(self.issues)
        self.checked.emit()
        return self.issues

    def show_verdict(self) -> None:
        """A failed validation: from now on every missing piece shows next to its field."""
        self.attempted = True
        self.check_now()

    def set_checks(self, checks: ProjectChecks | None) -> None:
        """What the validation checks her draft against (the case's facts, this store's caps,
        the Ambito's funds): from now on every check uses them."""
        self.facts = None if checks is None else checks.inputs
        self.caps = self.programme_caps if checks is None else checks.inputs.caps
        self.money_box.caps = self.caps
        self.money_box.set_rooms(() if checks is None else checks.rooms)
        self.check_now()

    def show_issues(self, issues: Iterable[FieldIssue]) -> None:
        issues = list(issues)
        routed: set[int] = set()
        for name, slot in self.slots.items():
            mine = [issue for issue in issues if issue.field == name]
            routed.update(id(issue) for issue in mine)
            slot.show_issues(mine, reveal_all=True)
        for table in self.tables:
            table.show_issues(issues, reveal_all=self.attempted)
            routed.update(id(issue) for issue in issues if table.owns(issue.field))
        leftover = [issue_text(issue) for issue in issues if id(issue) not in routed]
        if leftover:
            self.form_error.show_error("\n".join(leftover))
        else:
            self.form_error.clear_error()

    def focus_issue(self, field: str) -> None:
        """Put the keyboard on the input an issue is about, and scroll it into view."""
        target: QWidget = self.form_error
        if field in self.slots:
            target = self.slots[field].focus()
        else:
            table = next((t for t in self.tables if t.owns(field)), None)
            if table is not None:
                target = table.input_for(field)
                target.setFocus(Qt.FocusReason.OtherFocusReason)
        if field.startswith("housing") and not target.isVisible():
            target = self.housing
        self.scroll.ensureWidgetVisible(target)

    # --- read mode -----------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """Read mode: a validated revision is frozen; values stay readable and reachable."""
        self.read_only = read_only
        set_inputs_read_only(self.inputs, read_only, self.guard)
        show_read_only(self, read_only)
        for table in self.tables:
            table.set_read_only(read_only)
