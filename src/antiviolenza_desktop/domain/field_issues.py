"""A problem tied to one field of a form, with a stable code and an Italian template.

Forms are checked as she types and every problem is shown next to its input, so a problem is
data rather than an exception: `FieldIssue`. An `IssueKind` is one kind of problem, declared
once at module level (code + Italian template with `{name}` placeholders); `kind.error(field,
**params)` makes the issue. The GUI translates the template (context "field_issues", extracted
by tools/update_translations.py from every `IssueKind` of the domain) and fills the parameters
in; the CLI and the services read `message`, the Italian sentence. Parameters are numbers or
labels of the domain vocabularies, never personal data. A rule that is also an AppError
(a cap, the allowance rule) becomes an issue with `issue_of`, keeping its code and template
(context "errors"). Each issue names its translation context, so the UI never has to guess it
by comparing texts. Every issue has a code: there is no issue made of a plain sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from antiviolenza_desktop.domain.errors import AppError

Severity = Literal["error", "warning"]
FIELD_ISSUES = "field_issues"
ERRORS = "errors"
"""The translation contexts of an IssueKind's template and of an AppError's."""
Param = int | str


@dataclass(frozen=True, slots=True)
class FieldIssue:
    """One problem, shown next to `field`; only errors block saving."""

    field: str
    severity: Severity
    message: str
    code: str
    template: str
    context: str
    params: tuple[tuple[str, Param], ...] = ()


@dataclass(frozen=True, slots=True)
class IssueKind:
    """One kind of problem: `code` for code (never compare messages), `template` for people."""

    code: str
    template: str

    def error(self, field: str, **params: Param) -> FieldIssue:
        return self._issue(field, "error", params)

    def warning(self, field: str, **params: Param) -> FieldIssue:
        return self._issue(field, "warning", params)

    def _issue(self, field: str, severity: Severity, params: dict[str, Param]) -> FieldIssue:
        message = self.template.format(**params)
        return FieldIssue(
            field, severity, message, self.code, self.template, FIELD_ISSUES, tuple(params.items())
        )


def issue_of(error: AppError, severity: Severity = "error") -> FieldIssue:
    """The field issue that says what `error` says, under its field, with its code."""
    params = tuple((name, value) for name, value in error.params.items())
    return FieldIssue(
        error.field or "", severity, error.message, error.code, error.template, ERRORS, params
    )
