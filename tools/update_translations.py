"""Regenerate the catalogues: resources/translations/antiviolenza_en.ts (English) and
antiviolenza_it.ts (Italian plural forms only), and their .qm files.

Usage: python tools/update_translations.py

Italian is the source language. pyside6-lupdate reads the `tr()`/`translate()` literals of
every module under src/antiviolenza_desktop/ui, but some strings the UI translates at run
time are data in lower layers: the `template` of every AppError (context "errors"), the
template of every field-issue kind (`IssueKind`, context "field_issues"), the labels
of the intake vocabularies (context "intake_options"), the duplicate reasons (context
"duplicates") and the labels of the project and assessment vocabularies, the funds and the
housing-path suggestion (context "project_options"), the kinds of body of the network
(context "network_kinds"), the purposes, ways and states of a consent (context
"consent_options"), the statuses of a referral (context "referral_options"), the roles
(context "roles"), what each permission allows and the acts that need sign-offs (contexts
"permissions" and "signoff_acts", named in refusals: `AppError.label_params`), the actions of
the audit log (context "audit_actions") and the templates of the waiting-list reasons (context
"waiting_list") and the template of every domain message kind (`MessageKind`: fund warnings,
check findings, summaries; context "messages" unless the kind names another). Those are
written first, as `QT_TRANSLATE_NOOP` entries, into the generated module
build/translations/translatable_vocabulary.py (outside src/: the app never imports it, it is
lupdate's input only), so that lupdate sees them like any other literal and its merge
keeps their English translations when a catalogue is updated. (Adding them to the .ts after
lupdate instead would fight lupdate, which drops entries it cannot find in the sources,
and would mean re-implementing its merge.) The catalogue is then compiled with
pyside6-lrelease. Running it twice changes nothing.

Plurals: a count is written `self.tr("%n casi", "", count)` (lupdate marks only `tr` calls with
n as numerus messages, so a module-level function uses some class's `tr`). Italian is the
source language, so the source text is one form only; as Qt documents for a source language
with plurals, a second catalogue, antiviolenza_it.ts, holds ONLY the numerus messages, with the
Italian forms (singular, plural): lupdate fills it like the English one, then every message that
is not numerus is dropped from it. The app loads it for Italian (ui.translations).

New strings arrive as "unfinished": translate them in the .ts (by hand or with
pyside6-linguist), then run this again to compile. tests/test_translations.py fails, naming
them, until every string has a finished translation and the .qm matches the .ts.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.etree import ElementTree

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "antiviolenza_desktop"
UI_DIR = REPO / "src" / PACKAGE / "ui"
VOCABULARY = REPO / "build" / "translations" / "translatable_vocabulary.py"
"""lupdate's input for the strings that are data in lower layers: generated at each run, not
committed, never imported by the app."""
TRANSLATIONS = REPO / "resources" / "translations"
TS_FILE = TRANSLATIONS / "antiviolenza_en.ts"
QM_FILE = TRANSLATIONS / "antiviolenza_en.qm"
PLURALS_TS_FILE = TRANSLATIONS / "antiviolenza_it.ts"
PLURALS_QM_FILE = TRANSLATIONS / "antiviolenza_it.qm"
SOURCE_LANGUAGE = "it_IT"
TARGET_LANGUAGE = "en_GB"

NO_SUGGESTION = "nessuna proposta"
"""The label of domain.assessment's housing-path Suggestion when it proposes no path; the
assessment review translates every suggestion label with context "project_options" (the other
labels are those of project_options.HOUSING_PATHS). The tool stops if domain.assessment no
longer spells it this way."""

_HEADER = '''\
# ruff: noqa: E501
"""Strings the UI translates at run time that live as data outside the UI (generated).

Written by tools/update_translations.py as lupdate's input, outside the package: nothing
imports it at run time. pyside6-lupdate only sees literals inside translation calls,
and these strings are data in lower layers (AppError templates, context "errors"; the
templates of the field-issue kinds, context "field_issues"; the labels
of domain.intake_options, context "intake_options"; the duplicate reasons of
services.intake, context "duplicates"; the labels of domain.project_options, of the funds,
of the assessment directions and of the housing-path suggestion, context "project_options").
Listing them here lets lupdate extract and merge them like every other string, so their
English translations survive each update.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
'''


def _import_package_modules() -> None:
    """Import every module of the package, so that every AppError subclass is defined."""
    package = importlib.import_module(PACKAGE)
    for module in pkgutil.walk_packages(package.__path__, f"{PACKAGE}."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)


def _subclasses(root: type) -> Iterable[type]:
    for child in root.__subclasses__():
        yield child
        yield from _subclasses(child)


def error_templates() -> list[str]:
    """Every distinct AppError template of the package, ordered by module and class name."""
    _import_package_modules()
    from antiviolenza_desktop.domain.errors import AppError

    ours = [AppError, *(c for c in _subclasses(AppError) if c.__module__.startswith(PACKAGE))]
    ours.sort(key=lambda cls: (cls.__module__, cls.__qualname__))
    return list(dict.fromkeys(cls.template for cls in ours))


def domain_kinds(kind_type: type) -> list[tuple[str, str, object]]:
    """(module, attribute, value) of every `kind_type` value at module level of the domain."""
    _import_package_modules()
    return sorted(
        (name, attribute, value)
        for name, module in list(sys.modules.items())
        if name.startswith(f"{PACKAGE}.domain.")
        for attribute, value in vars(module).items()
        if isinstance(value, kind_type)
    )


def field_issue_templates() -> list[str]:
    """Every distinct template of the field-issue kinds (`IssueKind` values at module level of
    the domain), ordered by module and name."""
    from antiviolenza_desktop.domain.field_issues import IssueKind

    return list(dict.fromkeys(kind.template for _, _, kind in domain_kinds(IssueKind)))


def message_templates() -> dict[str, list[str]]:
    """Context -> every distinct template of the domain's message kinds (`MessageKind` values
    at module level: warnings, check findings, summaries), ordered by module and name."""
    from antiviolenza_desktop.domain.messages import MessageKind

    contexts: dict[str, list[str]] = {}
    for _, _, kind in domain_kinds(MessageKind):
        templates = contexts.setdefault(kind.context, [])
        if kind.template not in templates:
            templates.append(kind.template)
    return contexts


def _option_labels(module: object) -> list[str]:
    """The labels of every `Option` vocabulary tuple of `module`, in the module's order."""
    from antiviolenza_desktop.domain.case.intake_options import Option

    labels: list[str] = []
    for value in vars(module).values():
        if isinstance(value, tuple) and value and isinstance(value[0], Option):
            labels.extend(option.label for option in value)
    return labels


def vocabulary_labels() -> list[str]:
    """Every distinct label of the intake vocabularies and of the O.R.A./ISTAT lists (shown by
    the same option widgets), in the modules' order."""
    from antiviolenza_desktop.domain.case import intake_options as intake_options
    from antiviolenza_desktop.domain.case import statutory_options as statutory_options

    labels = _option_labels(intake_options) + _option_labels(statutory_options)
    return list(dict.fromkeys(labels))


def project_vocabulary_labels() -> list[str]:
    """Every distinct label the UI translates with context "project_options": the project
    vocabularies, the funds, the case lines, the assessment directions and the no-suggestion
    label."""
    from antiviolenza_desktop.domain.assessment import model as assessment
    from antiviolenza_desktop.domain.assessment.model import DIRECTIONS
    from antiviolenza_desktop.domain.payload.totals import LINE_LABELS
    from antiviolenza_desktop.domain.project import options as project_options
    from antiviolenza_desktop.domain.project.model import FUNDS

    if json.dumps(NO_SUGGESTION) not in inspect.getsource(assessment):
        raise ValueError(f"domain.assessment no longer suggests {NO_SUGGESTION!r}: update the tool")
    labels = _option_labels(project_options)
    labels.extend(option.label for option in FUNDS)
    labels.extend(option.label for option in DIRECTIONS)
    labels.append(NO_SUGGESTION)
    labels.extend(LINE_LABELS.values())
    return list(dict.fromkeys(labels))


def network_kind_labels() -> list[str]:
    """The kinds of body of the network and of training participants (context
    "network_kinds")."""
    from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS

    return [label for _, label in BODY_KINDS]


def consent_labels() -> list[str]:
    """The purposes, ways of collection and states of a consent (context "consent_options")."""
    from antiviolenza_desktop.domain.case.consent import PURPOSES, STATE_LABELS, WAYS

    labels = [label for _, label in PURPOSES + WAYS]
    labels.extend(STATE_LABELS.values())
    return list(dict.fromkeys(labels))


def referral_labels() -> list[str]:
    """The statuses of a referral to a service (context "referral_options")."""
    from antiviolenza_desktop.domain.case.referral import STATUSES

    return [label for _, label in STATUSES]


def role_labels() -> list[str]:
    """The roles of a store's users (context "roles"), shown in the users dialog and the
    status bar."""
    from antiviolenza_desktop.domain.access.permissions import ROLE_LABELS

    return list(ROLE_LABELS.values())


def permission_labels() -> list[str]:
    """What each permission allows, named in a refusal (context "permissions")."""
    from antiviolenza_desktop.domain.access.permissions import PERMISSION_LABELS

    return list(PERMISSION_LABELS.values())


def signoff_act_labels() -> list[str]:
    """The acts of a project that need sign-offs, named in a refusal (context
    "signoff_acts")."""
    from antiviolenza_desktop.domain.project.signoff import ACTS

    return [label for _code, label in ACTS]


def audit_action_labels() -> list[str]:
    """The Italian words of the audit log's actions, shown by the audit viewer (context
    "audit_actions")."""
    from antiviolenza_desktop.domain.audit.actions import ACTION_LABELS

    return list(dict.fromkeys(ACTION_LABELS.values()))


def waiting_list_reasons() -> list[str]:
    """The templates of domain.priority's waiting-list reasons (context "waiting_list")."""
    from antiviolenza_desktop.domain.case.priority import REASON_TEMPLATES

    return list(dict.fromkeys(REASON_TEMPLATES.values()))


def duplicate_reason_labels() -> list[str]:
    """The labels of services.intake's duplicate reasons (context "duplicates")."""
    from antiviolenza_desktop.services.intake import REASON_LABELS

    return list(REASON_LABELS.values())


def data_strings() -> dict[str, list[str]]:
    """Context -> source strings that lupdate cannot find in the UI's own literals."""
    return {
        "errors": error_templates(),
        "field_issues": field_issue_templates(),
        "intake_options": vocabulary_labels(),
        "duplicates": duplicate_reason_labels(),
        "project_options": project_vocabulary_labels(),
        "network_kinds": network_kind_labels(),
        "consent_options": consent_labels(),
        "referral_options": referral_labels(),
        "roles": role_labels(),
        "permissions": permission_labels(),
        "signoff_acts": signoff_act_labels(),
        "audit_actions": audit_action_labels(),
        "waiting_list": waiting_list_reasons(),
        **message_templates(),
    }


def vocabulary_source() -> str:
    """The text of the generated lupdate input (VOCABULARY)."""
    parts = [_HEADER]
    for context, sources in data_strings().items():
        parts.append(f"\n{context.upper()} = (\n")
        for source in sources:
            literal = json.dumps(source, ensure_ascii=False)
            parts.append(
                f'    QT_TRANSLATE_NOOP(\n        "{context}",\n        {literal},\n    ),\n'
            )
        parts.append(")\n")
    return "".join(parts)


def write_if_changed(path: Path, text: str) -> bool:
    """Write `text` unless the file already holds it (keeps the tool idempotent)."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def qt_tool(name: str) -> str:
    """The path of a PySide6 tool: the one next to this Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found: install PySide6 in this environment")
    return found


def ui_sources(vocabulary: Path = VOCABULARY) -> list[Path]:
    """The UI modules lupdate reads, with `vocabulary` standing in for the generated module."""
    return [*sorted(UI_DIR.rglob("*.py")), vocabulary]


def extract(ts_path: Path, sources: Sequence[Path], target: str = TARGET_LANGUAGE) -> None:
    """Run lupdate: add new strings to `ts_path`, keep translations, drop vanished strings."""
    command = [
        qt_tool("pyside6-lupdate"),
        *(str(path) for path in sources),
        "-locations",
        "none",
        "-no-obsolete",
        "-silent",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        target,
        "-ts",
        str(ts_path),
    ]
    subprocess.run(command, check=True, cwd=REPO)


def keep_only_plurals(ts_path: Path) -> None:
    """Drop from `ts_path` every message that is not numerus (and contexts left empty)."""
    tree = ElementTree.parse(ts_path)  # noqa: S314 - our own catalogue, not untrusted input
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(root, encoding="unicode")
    text = f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'
    write_if_changed(ts_path, text)


def compile_catalogue(ts_path: Path, qm_path: Path) -> None:
    """Run lrelease: the binary catalogue that the app loads for `--lang en`."""
    command = [qt_tool("pyside6-lrelease"), "-silent", str(ts_path), "-qm", str(qm_path)]
    subprocess.run(command, check=True, cwd=REPO)


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if write_if_changed(VOCABULARY, vocabulary_source()):
        print(f"updated {VOCABULARY.relative_to(REPO)}")
    extract(TS_FILE, ui_sources())
    compile_catalogue(TS_FILE, QM_FILE)
    print(f"updated {TS_FILE.relative_to(REPO)} and {QM_FILE.name}")
    extract(PLURALS_TS_FILE, ui_sources(), target=SOURCE_LANGUAGE)
    keep_only_plurals(PLURALS_TS_FILE)
    compile_catalogue(PLURALS_TS_FILE, PLURALS_QM_FILE)
    print(f"updated {PLURALS_TS_FILE.relative_to(REPO)} and {PLURALS_QM_FILE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
