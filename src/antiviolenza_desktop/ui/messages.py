"""Turning an AppError, a FieldIssue or a domain Message into the sentence a person reads.

The one place where the GUI renders a code and its parameters as text.

The Italian template is the translation source (context "errors" for an AppError, the context
an issue or a message kind names otherwise), so an English catalogue can translate it; the
parameters are filled in after translation. No text is ever compared to choose anything.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.field_issues import FieldIssue
from antiviolenza_desktop.domain.messages import Message

LABEL_PARAMS = frozenset({"stage", "previous"})
"""Field-issue parameters that hold a label of the intake vocabulary (domain.intake_issues)."""


def error_text(error: AppError) -> str:
    """The error's sentence in the UI's language: its template translated with context
    "errors", the labels among its parameters (`label_params`) with their own context."""
    kind = type(error)
    template = QCoreApplication.translate("errors", kind.template)
    params = dict(error.params)
    for name, context in kind.label_params.items():
        if name in params:
            params[name] = QCoreApplication.translate(context, str(params[name]))
    return _filled(template, params, error.message)


def issue_text(issue: FieldIssue) -> str:
    """The sentence of a field issue in the UI's language.

    Its template is translated with the context the issue names
    ("field_issues" for an IssueKind, "errors" for an AppError) and its parameters filled in
    after translation; the parameters of LABEL_PARAMS are labels of the domain vocabulary
    (stages of the path), translated with context "intake_options".
    """
    template = QCoreApplication.translate(issue.context, issue.template)
    params = {
        name: QCoreApplication.translate("intake_options", str(value))
        if name in LABEL_PARAMS
        else value
        for name, value in issue.params
    }
    return _filled(template, params, issue.message)


def message_text(message: Message) -> str:
    """A domain message (warning, finding, summary line) in the UI's language: the template of
    its kind translated with the kind's context, the parameters filled in after translation
    (those the kind names as vocabulary labels translated with their own context)."""
    kind = message.kind
    template = QCoreApplication.translate(kind.context, kind.template)
    params: dict[str, object] = dict(message.params)
    for name, context in kind.labels:
        params[name] = QCoreApplication.translate(context, str(params[name]))
    return _filled(template, params, message.text)


def _filled(template: str, params: Mapping[str, object], italian: str) -> str:
    """`template` with `params`; the Italian sentence if a translation lost a placeholder."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return italian
