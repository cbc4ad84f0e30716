"""Where the referral form shows the domain's field issues, and which field gets the keyboard.

Each issue goes under its field's slot; the children's and the services' issues go to their
list editors; an issue about a field the form has no slot for is shown in the form's own error
line, never dropped. Errors about empty fields wait (`reveal_all`) until she has tried to save.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from antiviolenza_desktop.domain.case.intake import FieldIssue
from antiviolenza_desktop.domain.case.statutory import SERVICES
from antiviolenza_desktop.ui.case.form_sections import CaseFormSections
from antiviolenza_desktop.ui.messages import issue_text
from antiviolenza_desktop.ui.widgets import ErrorLabel

_CHILDREN = "children["


def slot_name(field: str) -> str:
    """The slot that shows an issue of `field`: the stage dates are shown with the stage."""
    return "stage" if field == "stage_dates" else field


def show_issues(
    sections: CaseFormSections,
    issues: Iterable[FieldIssue],
    form_error: ErrorLabel,
    *,
    reveal_all: bool,
) -> None:
    by_slot: dict[str, list[FieldIssue]] = {}
    children: list[FieldIssue] = []
    services: list[FieldIssue] = []
    for issue in issues:
        if issue.field.startswith(_CHILDREN):
            children.append(issue)
        elif issue.field.startswith(SERVICES):
            services.append(issue)
        else:
            by_slot.setdefault(slot_name(issue.field), []).append(issue)
    for name, slot in sections.slots.items():
        slot.show_issues(by_slot.pop(name, ()), reveal_all=reveal_all)
    sections.children.show_issues(children)
    sections.statutory.services.show_issues(services)
    leftover = [issue_text(issue) for found in by_slot.values() for issue in found]
    if leftover:
        form_error.show_error("\n".join(leftover))
    else:
        form_error.clear_error()


def focus_first_error(sections: CaseFormSections, issues: Sequence[FieldIssue]) -> QWidget | None:
    """Put the keyboard on the first field (in page order) that shows an error; that field's
    widget, or None when no error has a field on the form."""
    order = list(sections.slots)
    children_rank = order.index("children_witnessed") - 0.5
    services_rank = order.index("statutory.perpetrator_sex") - 0.5

    def rank(issue: FieldIssue) -> float:
        if issue.field.startswith(_CHILDREN):
            return children_rank
        if issue.field.startswith(SERVICES):
            return services_rank
        name = slot_name(issue.field)
        return order.index(name) if name in order else len(order)

    errors = sorted((i for i in issues if i.severity == "error"), key=rank)
    if not errors:
        return None
    first = errors[0].field
    editor = {_CHILDREN: sections.children, SERVICES: sections.statutory.services}
    for prefix, list_editor in editor.items():
        if first.startswith(prefix):
            target = list_editor.input_for(first)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return target
    if slot_name(first) in sections.slots:
        return sections.slots[slot_name(first)].focus()
    return None
