"""Every message a person sees is a code plus parameters, rendered in one place per front end.

The domain declares each kind once (`MessageKind` for warnings, findings and summaries,
`IssueKind` for problems next to a field): a code and an Italian template. These tests hold
the chain together: codes are unique; every template reaches lupdate (the UI's table, through
tools/update_translations.py) under the context the UI translates it with; every parameter
fills in, in the GUI (ui.messages), in the CLI (cli.output) and in the Italian text; no code
compares message text; and no Italian sentence is built by an f-string in the domain outside
the modules listed as not yet keyed.
"""

from __future__ import annotations

import ast
import re
import string
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from tools import update_translations as catalogue

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.field_issues import IssueKind
from antiviolenza_desktop.domain.messages import MessageKind
from antiviolenza_desktop.reports.report_labels import REPORT_LABELS, report_label
from antiviolenza_desktop.ui.messages import issue_text, message_text

SRC = catalogue.REPO / "src" / catalogue.PACKAGE
DOMAIN = SRC / "domain"

NOT_YET_KEYED = frozenset(
    {
        "assessment/instrument.py",
        "payload/json_codec.py",
        "payload/registers.py",
        "payload/schema.py",
        "payload/totals.py",
        "programme/reader.py",
    }
)
"""Domain modules that still build an Italian sentence with an f-string (a payload check, a
defect of a programme or instrument file): each should become keyed; the list may only
shrink."""

ITALIAN_DATA = {
    "ledger/entries.py": "the note written into a ledger row when a revision is committed: "
    "stored data, not a message",
    "programme/model.py": "the citation of an act («d.g.r. n. 6947 del 24/07/2017»): a label "
    "of the programme card, not a message",
}
"""Domain modules whose Italian f-strings are data, with why."""

ITALIAN = re.compile(
    r"(?i)(?:^|[\s(«'])(il|lo|la|le|gli|non|della|delle|dello|degli|del|che|sono|è|nel|nella|"
    r"per|con|già|indica|scegli|scrivi|manca|prima|dopo)(?=[\s.,:;»)]|$)"
)
"""Words that only an Italian sentence has, standing alone (not inside a code or a path)."""


def _kinds(kind_type: type) -> list[tuple[str, str, object]]:
    return catalogue.domain_kinds(kind_type)


def _sample(template: str) -> dict[str, int | str]:
    """A value for every placeholder of `template`: numbers for counts, text otherwise."""
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return {name: 7 if name in {"count", "seq", "months"} else f"<{name}>" for name in names}


# --- the table of kinds -----------------------------------------------------------------------


def test_every_code_names_one_kind_only() -> None:
    # by identity: a kind imported into another module is still one kind
    kinds = {id(kind): kind for _, _, kind in [*_kinds(MessageKind), *_kinds(IssueKind)]}
    codes = [kind.code for kind in kinds.values()]  # type: ignore[attr-defined]
    assert all(codes), "a kind without a code"
    assert [code for code, times in Counter(codes).items() if times > 1] == []
    errors = {cls.__dict__["code"] for cls in _app_errors() if "code" in cls.__dict__}
    assert sorted(set(codes) & errors) == [], "a message code is also an AppError's"


def _app_errors() -> Iterator[type]:
    pending = list(AppError.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        yield cls


def test_every_template_reaches_lupdate_under_its_context() -> None:
    """The UI translates what lupdate extracted: a kind missing here stays Italian in English."""
    strings = catalogue.data_strings()
    missing = [
        (kind.context, kind.code)
        for _, _, kind in _kinds(MessageKind)
        if kind.template not in strings.get(kind.context, [])
    ]
    missing += [
        ("field_issues", kind.code)
        for _, _, kind in _kinds(IssueKind)
        if kind.template not in strings["field_issues"]
    ]
    assert missing == []


@pytest.mark.parametrize(
    "kind",
    [kind for _, _, kind in catalogue.domain_kinds(MessageKind)],
    ids=lambda kind: kind.code,
)
def test_a_message_fills_in_alike_in_the_gui_the_cli_and_italian(qapp, kind: MessageKind) -> None:  # type: ignore[no-untyped-def]
    params = _sample(kind.template)
    message = kind(**params)
    assert "{" not in message.text and "}" not in message.text
    for value in params.values():
        assert str(value) in message.text
    assert message_text(message) == message.text  # no catalogue installed: the source
    data = output.message_data(message)
    assert (data["code"], data["params"], data["message"]) == (kind.code, params, message.text)


@pytest.mark.parametrize(
    "kind",
    [kind for _, _, kind in catalogue.domain_kinds(IssueKind)],
    ids=lambda kind: kind.code,
)
def test_a_field_issue_fills_in_in_the_gui(qapp, kind: IssueKind) -> None:  # type: ignore[no-untyped-def]
    params = _sample(kind.template)
    issue = kind.warning("field", **params)
    assert "{" not in issue.message
    assert issue_text(issue) == issue.message


class _OneString(QTranslator):
    """Translates one (context, source) pair, every other string to itself: a wrong context
    shows."""

    def __init__(self, context: str, source: str) -> None:
        super().__init__()
        self.pair = (context, source)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return "EN " + source if (context, source) == self.pair else source

    def isEmpty(self) -> bool:
        return False


def test_the_gui_translates_with_the_kind_s_context_then_fills_in(qapp) -> None:  # type: ignore[no-untyped-def]
    from antiviolenza_desktop.domain.funds.figures import NEAR_EXHAUSTION_WARNING
    from antiviolenza_desktop.domain.project.issues import NEGATIVE_AMOUNT

    message = NEAR_EXHAUSTION_WARNING(fund="F", share=95, available="€ 1,00")
    issue = NEGATIVE_AMOUNT.error("amount", amount="-€ 1,00")
    for context, source, shown in (
        ("messages", NEAR_EXHAUSTION_WARNING.template, lambda: message_text(message)),
        ("field_issues", NEGATIVE_AMOUNT.template, lambda: issue_text(issue)),
    ):
        translator = _OneString(context, source)
        QCoreApplication.installTranslator(translator)
        try:
            assert shown().startswith("EN ") and "{" not in shown()
        finally:
            QCoreApplication.removeTranslator(translator)


def test_a_vocabulary_label_in_a_message_is_translated_with_its_own_context(qapp) -> None:  # type: ignore[no-untyped-def]
    from antiviolenza_desktop.domain.funds.figures import NEAR_EXHAUSTION_WARNING
    from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS

    label = next(iter(FUND_LABELS.values()))
    assert label in catalogue.data_strings()["project_options"]
    message = NEAR_EXHAUSTION_WARNING(fund=label, share=95, available="€ 1,00")
    translator = _OneString("project_options", label)
    QCoreApplication.installTranslator(translator)
    try:
        assert message_text(message).startswith(f"EN {label}: ")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_labels_a_kind_names_are_parameters_of_its_template() -> None:
    for _, _, kind in _kinds(MessageKind):
        names = set(_sample(kind.template))  # type: ignore[attr-defined]
        assert {name for name, _ in kind.labels} <= names, kind.code  # type: ignore[attr-defined]


def test_report_labels_are_keyed_and_plural_aware() -> None:
    for code, label in REPORT_LABELS.items():
        assert "{count}" in label.one and "{count}" in label.many, code
    assert report_label("totale_donne", 1) == "Totale (1 donna)"
    assert report_label("totale_donne", 3) == "Totale (3 donne)"


# --- no text compared, no sentence built in the domain -----------------------------------------

RENDERERS = frozenset({"tr", "translate", "error_text", "issue_text", "message_text"})
MESSAGE_ATTRIBUTES = frozenset({"message", "message_it", "template", "text"})
NOT_MESSAGES = {
    "ui/self_test.py": "checks that Qt's own Italian catalogue translates «&Yes»: it tests the "
    "catalogue, it decides nothing by a message",
    "ui/session/windows_session_lock.py": "MSG.message is the number of a Windows message",
}
"""Files whose comparisons the scan would flag, with why they are not about message text."""


def _is_message(node: ast.expr) -> bool:
    """A rendered message (a tr()/translate()/…_text() call) or a message's text attribute."""
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        return name in RENDERERS
    return isinstance(node, ast.Attribute) and node.attr in MESSAGE_ATTRIBUTES


def _compares_message_text(node: ast.AST) -> bool:
    """`message == x`, `"…" in message`, `tr(a) == b`, `message.startswith("…")`; not `is`."""
    if isinstance(node, ast.Compare):
        operands = [node.left, *node.comparators]
        identity = all(isinstance(op, ast.Is | ast.IsNot) for op in node.ops)
        return not identity and any(_is_message(operand) for operand in operands)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        func = node.func
        return func.attr in {"startswith", "endswith", "find"} and _is_message(func.value)
    return False


def _python_files(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        yield from sorted(folder.rglob("*.py"))


def test_no_code_compares_message_text() -> None:
    found = [
        f"{path.relative_to(SRC).as_posix()}:{node.lineno}"
        for path in _python_files(SRC)
        if path.relative_to(SRC).as_posix() not in NOT_MESSAGES
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if _compares_message_text(node)
    ]
    assert found == []


def _italian_f_strings(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        and ITALIAN.search("".join(v.value for v in node.values if isinstance(v, ast.Constant)))
    ]


def test_no_italian_sentence_is_built_by_an_f_string_in_the_domain() -> None:
    found = {
        path.relative_to(DOMAIN).as_posix(): lines
        for path in _python_files(DOMAIN)
        if (lines := _italian_f_strings(path))
    }
    known = NOT_YET_KEYED | ITALIAN_DATA.keys()
    new = {name: lines for name, lines in found.items() if name not in known}
    assert new == {}, "Key these sentences: a MessageKind, an IssueKind or an AppError"
    assert sorted(known - found.keys()) == [], "keyed now: remove from NOT_YET_KEYED"


def _label_params() -> Iterator[tuple[type[AppError], str, str]]:
    for error in catalogue._subclasses(AppError):
        for name, context in error.label_params.items():
            yield error, name, context


def test_every_label_parameter_is_in_its_template_and_its_context_is_in_the_catalogue() -> None:
    declared = list(_label_params())
    assert declared, "no error declares a label parameter"
    contexts = catalogue.data_strings()
    for error, name, context in declared:
        fields = {field for _, field, _, _ in string.Formatter().parse(error.template) if field}
        assert name in fields, (error.__name__, name)
        assert contexts.get(context), (error.__name__, context)


def test_the_gui_translates_the_labels_inside_a_refusal(qapp) -> None:  # type: ignore[no-untyped-def]
    from antiviolenza_desktop.domain.access.permissions import PERMISSION_LABELS, Permission
    from antiviolenza_desktop.domain.case.consent import (
        PURPOSES,
        REFERRAL,
        ConsentMissing,
        label_of,
    )
    from antiviolenza_desktop.domain.case.referral import STATUSES, ReferralStatusOutOfOrder
    from antiviolenza_desktop.domain.errors import PermissionDenied
    from antiviolenza_desktop.ui.messages import error_text
    from antiviolenza_desktop.ui.translations import install_translator

    labels = dict(STATUSES)
    refused = ReferralStatusOutOfOrder("status", current=labels["refused"], wanted=labels["closed"])
    denied = PermissionDenied(action=PERMISSION_LABELS[Permission.USERS])
    missing = ConsentMissing(purpose=label_of(PURPOSES, REFERRAL), day="01/02/2026")
    installed = install_translator(qapp, "en")
    try:
        assert error_text(denied) == (
            "You do not have permission to do this (manage the users and the database key)."
        )
        english = error_text(refused)
        english_consent = error_text(missing)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert labels["refused"] not in english and labels["closed"] not in english
    assert "Invio a un servizio" not in english_consent
    assert error_text(refused) == refused.message
