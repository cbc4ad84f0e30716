"""Turning an AppError or a FieldIssue into the sentence shown next to a field.

The Italian template is the translation source (context "errors"), so an English catalogue can
translate it; the parameters are filled in after translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.field_issues import FieldIssue

LABEL_PARAMS = frozenset({"stage", "previous"})
"""Field-issue parameters that hold a label of the intake vocabulary (domain.intake_issues)."""


def error_text(error: AppError) -> str:
    template = QCoreApplication.translate("errors", type(error).template)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.message


def issue_text(issue: FieldIssue) -> str:
    """The sentence of a field issue in the UI's language.

    An issue with a kind has its template translated (context "field_issues") and its
    parameters filled in after translation; the parameters of LABEL_PARAMS are labels of the
    domain vocabulary (stages of the path), translated with context "intake_options"; a template
    not in "field_issues" is an AppError's, in "errors". An issue
    built from a plain sentence shows it as it is.
    """
    if not issue.template:
        return issue.message
    template = QCoreApplication.translate("field_issues", issue.template)
    if template == issue.template:  # a rule that is also an AppError (`issue_of`)
        template = QCoreApplication.translate("errors", issue.template)
    params = {
        name: QCoreApplication.translate("intake_options", str(value))
        if name in LABEL_PARAMS
        else value
        for name, value in issue.params
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return issue.message
