"""`antiviolenza casi aggiungi --file FILE`: a new referral from a UTF-8 JSON file, saved by
the GUI form's own save (`operations.case_intake.add_case_by_codes`): the same rules, the
same duplicate check, the same audit entry, one transaction. The file is read
(`domain.case.intake_file`) before the store is opened, so a broken file asks no password.

`--modello` prints the empty form as a file to fill in (docs/case-file.md). A refusal lists
every problem with its field and code (under --json: `problemi`, each with `campo`,
`codice`, `parametri`, `messaggio`); nothing is written then. Warnings (a codice fiscale with a
wrong check digit...) do not stop the save and are listed after it, as the form shows them.
A possible duplicate is refused with the codes of the cases that may be her; once a worker
has looked at them, `--non-doppione CODICE` (once per case) says that she is another woman.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.cli.store_actions import StoreAction
from antiviolenza_desktop.domain.case.intake import CaseHasErrors
from antiviolenza_desktop.domain.case.intake_file import (
    CaseFileRefused,
    CaseFileUnreadable,
    draft_from_file,
    empty_template,
)
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.field_issues import FieldIssue
from antiviolenza_desktop.operations.case_intake import add_case_by_codes
from antiviolenza_desktop.services.intake import PossibleDuplicate

CONFIRM_HINT = (
    "Se hai controllato la scheda e si tratta di un'altra donna, ripeti il comando con "
    "--non-doppione CODICE per ciascun caso."
)


class _PrintTemplate(argparse.Action):
    """`--modello [FILE]`: the empty file, printed or written to a new FILE in UTF-8, then
    stop, like --help (no store, no user needed). Writing it directly spares Windows
    PowerShell 5.1, whose `>` writes UTF-16, a file the reader refuses."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs="?", default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        if values is None:
            sys.stdout.write(empty_template())
            parser.exit(0)
        path = Path(str(values))
        try:
            with path.open("x", encoding="utf-8", newline="\n") as out:
                out.write(empty_template())
        except FileExistsError:
            parser.error(f"il file {path} esiste già: scegli un altro nome")
        except OSError as failed:
            parser.error(f"non riesco a scrivere il file {path} ({failed.strerror})")
        parser.exit(0, f"Modello scritto in {path}.\n")


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--file", type=Path, required=True, metavar="FILE", help="la scheda in JSON (UTF-8)"
    )
    parser.add_argument(
        "--modello",
        action=_PrintTemplate,
        metavar="FILE",
        help="il modello vuoto del file: stampato, o scritto in FILE (UTF-8), poi esce",
    )
    parser.add_argument(
        "--non-doppione",
        action="append",
        default=[],
        metavar="CODICE",
        help="caso già visto che NON è la stessa donna (ripetibile)",
    )


def _issue_text(issue: FieldIssue) -> str:
    return f"  {issue.field}: {issue.message} [{issue.code}]"


def _issue_data(issue: FieldIssue) -> dict[str, object]:
    return {
        "campo": issue.field,
        "gravita": issue.severity,
        "codice": issue.code,
        "parametri": dict(issue.params),
        "messaggio": issue.message,
    }


def _refused(args: argparse.Namespace, error: AppError, issues: Sequence[FieldIssue]) -> int:
    """A refusal with its list of problems (a refusal without one goes to `cli.main`)."""
    if getattr(args, "json", False):
        payload: dict[str, object] = {"ok": False, "code": error.code, "message": error.message}
        payload["problemi"] = [_issue_data(issue) for issue in issues]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        lines = [f"Errore: {error.message}", *(_issue_text(issue) for issue in issues)]
        print("\n".join(lines), file=sys.stderr)
    return 1


def _duplicate(args: argparse.Namespace, refused: PossibleDuplicate) -> int:
    """The cases that may be her, each with why; how to confirm, when a confirmation can."""
    confirmable = all(match.confirmable for match in refused.matches)
    if getattr(args, "json", False):
        matches = [
            {"codice": m.code, "motivo": m.reason_code, "confermabile": m.confirmable}
            for m in refused.matches
        ]
        payload = {"ok": False, "code": refused.code, "message": refused.message}
        print(json.dumps({**payload, "casi": matches}, ensure_ascii=False, indent=2))
        return 1
    lines = [f"Errore: {refused.message}"]
    lines += [f"  {match.code}: {match.reason_label}" for match in refused.matches]
    if confirmable:
        lines.append(CONFIRM_HINT)
    print("\n".join(lines), file=sys.stderr)
    return 1


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        raise CaseFileUnreadable(field="file", name=path.name) from None


def _add(args: argparse.Namespace) -> int:
    try:
        draft = draft_from_file(_read(args.file))  # before the store is opened
        with opened_store(args) as opened:
            saved = add_case_by_codes(opened, draft, args.non_doppione)
    except (CaseFileRefused, CaseHasErrors) as refused:
        return _refused(args, refused, refused.issues)
    except PossibleDuplicate as duplicate:
        return _duplicate(args, duplicate)
    text = [f"Scheda {saved.code} registrata."]
    if saved.warnings:
        text.append("Avvisi (non impediscono il salvataggio):")
        text += [_issue_text(issue) for issue in saved.warnings]
    data = {"codice": saved.code, "avvisi": [_issue_data(issue) for issue in saved.warnings]}
    output.result(args, "\n".join(text), data)
    return 0


FILE_ACTIONS: tuple[StoreAction, ...] = (
    (
        "aggiungi",
        "registra una nuova scheda da un file JSON (--modello: il modello)",
        _add_options,
        _add,
    ),
)
