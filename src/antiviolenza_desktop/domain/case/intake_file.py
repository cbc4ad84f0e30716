"""A referral read from a file: the bytes of a UTF-8 JSON object turned into a `CaseDraft`.

`antiviolenza casi aggiungi --file` records a woman from a file written by hand or by another
program. This module only turns the file into the same `CaseDraft` the GUI form builds; the
rules that decide whether it can be saved are the form's (`intake.validate_case`, run by
`services.intake.record_case`), so a file and the form accept and refuse alike.

The format (docs/case-file.md): one JSON object whose keys are `CaseDraft`'s field names;
dates written GG/MM/AAAA; coded fields hold the codes of `intake_options` and
`statutory_options`; `children` a list of {"age", "minor", "disabled"}; `stage_dates` an
object from stage code to date; `statutory` an object of `StatutoryFacts`' fields, its
`services` a list of {"kind", "day"}. A missing key keeps the empty form's value, so the
template (`empty_template`) lists every key with that value. A UTF-8 BOM (Notepad's) is
dropped. Every problem is a keyed `FieldIssue` on its field (`file` for the whole file), all
reported at once in `CaseFileRefused`; no issue repeats a value, which may be personal data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from antiviolenza_desktop.domain.case import intake_file_issues as kinds
from antiviolenza_desktop.domain.case.intake import CaseDraft, Child
from antiviolenza_desktop.domain.case.statutory import ServiceGiven, StatutoryFacts
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.field_issues import FieldIssue, IssueKind

MAX_BYTES = 256 * 1024
FILE_FIELD = "file"
MAX_KEY = 40
"""An unknown key is named in its issue cut to this length."""


class CaseFileRefused(AppError):
    """The file cannot become a referral: `issues` says every reason, each on its field."""

    code = "file_scheda_rifiutato"
    template = "Il file della scheda non si può usare ({count} problemi da correggere)."

    def __init__(self, issues: tuple[FieldIssue, ...]) -> None:
        self.issues = issues
        super().__init__(field=issues[0].field if issues else None, count=len(issues))


class CaseFileUnreadable(AppError):
    """The file named on the command line cannot be read (missing, a folder, no permission)."""

    code = "file_scheda_illeggibile"
    template = "Non riesco a leggere il file della scheda {name}."


class _Wrong(Exception):
    """A value of the wrong kind: `kind` is the issue to report on the value's field."""

    def __init__(self, kind: IssueKind) -> None:
        super().__init__(kind.code)
        self.kind = kind


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Wrong(kinds.NOT_TEXT)
    return value


def _name_text(value: Any) -> str:
    return "" if value is None else _text(value)


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value) or None


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _Wrong(kinds.BAD_DATE)
    try:
        return datetime.strptime(value.strip(), "%d/%m/%Y").date()
    except ValueError:
        raise _Wrong(kinds.BAD_DATE) from None


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Wrong(kinds.NOT_BOOL)
    return value


def _number(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Wrong(kinds.NOT_NUMBER)
    return value


def _codes(value: Any) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _Wrong(kinds.NOT_LIST)
    return frozenset(value)


@dataclass(frozen=True)
class _Field:
    """How one key reads (`read`) and what the empty template writes for it (`empty`)."""

    read: Callable[[Any], Any]
    empty: Any


_TEXT = _Field(_name_text, "")
_OPTIONAL = _Field(_optional_text, None)
_DATE = _Field(_day, None)
_FLAG = _Field(_flag, False)
_CODES = _Field(_codes, [])

CHILD_FIELDS = {"age": _Field(_number, None), "minor": _FLAG, "disabled": _FLAG}
SERVICE_FIELDS = {"kind": _OPTIONAL, "day": _DATE}


def _object(
    value: Any, path: str, spec: dict[str, _Field], issues: list[FieldIssue]
) -> dict[str, Any]:
    """The known keys of one JSON object read by `spec`; each problem appended to `issues`."""
    if not isinstance(value, dict):
        issues.append(kinds.NOT_OBJECT.error(path, name=path))
        return {}
    read: dict[str, Any] = {}
    for key, item in value.items():
        name = f"{path}.{key[:MAX_KEY]}" if path else key[:MAX_KEY]
        if key not in spec:
            issues.append(kinds.FIELD_UNKNOWN.error(name, name=name))
            continue
        try:
            read[key] = spec[key].read(item)
        except _Wrong as wrong:
            issues.append(wrong.kind.error(name, name=name))
        except _Nested as nested:
            issues.extend(nested.issues)
    return read


class _Nested(Exception):
    """Problems found inside a composite value (a child, a service, the statutory facts)."""

    def __init__(self, issues: list[FieldIssue]) -> None:
        super().__init__(len(issues))
        self.issues = issues


def _objects(value: Any, path: str, spec: dict[str, _Field]) -> list[dict[str, Any]]:
    """A list of objects (her children, the services given), every item's problems at once."""
    if not isinstance(value, list):
        raise _Wrong(kinds.NOT_OBJECTS)
    issues: list[FieldIssue] = []
    read = [_object(item, f"{path}[{index}]", spec, issues) for index, item in enumerate(value)]
    if issues:
        raise _Nested(issues)
    return read


def _children(value: Any) -> tuple[Child, ...]:
    return tuple(Child(**read) for read in _objects(value, "children", CHILD_FIELDS))


def _stage_dates(value: Any) -> dict[str, date]:
    if not isinstance(value, dict):
        raise _Wrong(kinds.NOT_OBJECT)
    issues: list[FieldIssue] = []
    read: dict[str, date] = {}
    for stage, day in value.items():
        try:
            parsed = _day(day)
        except _Wrong as wrong:
            name = f"stage_dates.{str(stage)[:MAX_KEY]}"
            issues.append(wrong.kind.error(name, name=name))
            continue
        if parsed is not None:
            read[str(stage)] = parsed
    if issues:
        raise _Nested(issues)
    return read


def _services(value: Any) -> tuple[ServiceGiven, ...]:
    path = "statutory.services"
    return tuple(ServiceGiven(**read) for read in _objects(value, path, SERVICE_FIELDS))


STATUTORY_FIELDS: dict[str, _Field] = {
    "contact_channel": _OPTIONAL,
    "help_before": _CODES,
    "services": _Field(_services, []),
    "perpetrator_sex": _OPTIONAL,
    "perpetrator_age_band": _OPTIONAL,
    "perpetrator_citizenship": _OPTIONAL,
    "perpetrator_record": _CODES,
    "outcomes": _CODES,
}


def _statutory(value: Any) -> StatutoryFacts:
    issues: list[FieldIssue] = []
    read = _object(value, "statutory", STATUTORY_FIELDS, issues)
    if issues:
        raise _Nested(issues)
    return StatutoryFacts(**read)


_SPECIAL: dict[str, _Field] = {
    "referral_date": _DATE,
    "birth_date": _DATE,
    "consent_date": _DATE,
    "first_name": _TEXT,
    "last_name": _TEXT,
    "shelter": _Field(_text, "none"),
    "complaint": _Field(_text, "none"),
    "stage": _Field(_text, "contact"),
    "children": _Field(_children, []),
    "stage_dates": _Field(_stage_dates, {}),
    "statutory": _Field(_statutory, {name: f.empty for name, f in STATUTORY_FIELDS.items()}),
}


def _field_of(name: str, default: Any) -> _Field:
    """A draft field's reading: the special ones above, else by the type of its default."""
    if name in _SPECIAL:
        return _SPECIAL[name]
    if isinstance(default, bool):
        return _FLAG
    if isinstance(default, frozenset):
        return _CODES
    return _OPTIONAL


DRAFT_FIELDS: dict[str, _Field] = {
    f.name: _field_of(f.name, getattr(CaseDraft(), f.name)) for f in fields(CaseDraft)
}


def empty_template() -> str:
    """The empty form as a file: every key with the value a new referral starts from."""
    empty = {name: spec.empty for name, spec in DRAFT_FIELDS.items()}
    return json.dumps(empty, ensure_ascii=False, indent=2) + "\n"


def _decoded(raw: bytes) -> str:
    if len(raw) > MAX_BYTES:
        raise CaseFileRefused((kinds.FILE_TOO_LARGE.error(FILE_FIELD, max=MAX_BYTES // 1024),))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseFileRefused((kinds.FILE_NOT_UTF8.error(FILE_FIELD),)) from None


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a key written twice (the second would silently win)."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _Repeated(key)
        seen[key] = value
    return seen


class _Repeated(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _loaded(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_pairs)
    except json.JSONDecodeError as bad:
        issue = kinds.FILE_MALFORMED.error(FILE_FIELD, line=bad.lineno, column=bad.colno)
        raise CaseFileRefused((issue,)) from None
    except _Repeated as repeated:
        key = repeated.key[:MAX_KEY]
        issue = kinds.FIELD_REPEATED.error(key, name=key)
        raise CaseFileRefused((issue,)) from None
    except (ValueError, RecursionError):  # a number past Python's digit limit, deep nesting
        raise CaseFileRefused((kinds.FILE_NOT_A_FORM.error(FILE_FIELD),)) from None


def draft_from_file(raw: bytes) -> CaseDraft:
    """The referral the file describes. Errors: CaseFileRefused with every problem found;
    the form's rules are not run here (the intake service runs them on save)."""
    value = _loaded(_decoded(raw))
    if not isinstance(value, dict):
        raise CaseFileRefused((kinds.FILE_NOT_OBJECT.error(FILE_FIELD),))
    issues: list[FieldIssue] = []
    read = _object(value, "", DRAFT_FIELDS, issues)
    if issues:
        raise CaseFileRefused(tuple(issues))
    return replace(CaseDraft(), **read)
