"""`antiviolenza casi stampa-progetto|stampa-scheda CODICE --pdf OUT`: her filled Progetto
personalizzato or Scheda di segnalazione as PDF, the very file the case's «Stampa → Salva in
PDF…» writes (`operations.case_prints.save_form`, with its audited print).

The PDF is written privately and atomically (a temporary sibling, then a rename), never over
an existing file unless `--sovrascrivi` (then the old file is replaced in one step, and stays
as it was if anything fails). A Progetto she does not have yet is refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import opened_store
from antiviolenza_desktop.cli.store_actions import RunAction, StoreAction
from antiviolenza_desktop.operations import case_prints

FORM_NAMES = {
    case_prints.PROJECT: "Progetto personalizzato del caso {code} salvato in {path}.",
    case_prints.REFERRAL: "Scheda di segnalazione del caso {code} salvata in {path}.",
}
"""What was saved, in words that agree with the form's gender."""


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("codice", metavar="CODICE", help="codice del caso")
    parser.add_argument(
        "--pdf", required=True, type=Path, metavar="OUT", help="file PDF da scrivere"
    )
    parser.add_argument(
        "--sovrascrivi", action="store_true", help="sostituisci il file se esiste già"
    )


def _printer(form: str) -> RunAction:
    """The action that saves `form` (one of FORM_NAMES)."""

    def run(args: argparse.Namespace) -> int:
        with opened_store(args) as opened:
            path = case_prints.save_form_by_code(
                opened, form, args.codice, args.pdf, replace=args.sovrascrivi
            )
        text = FORM_NAMES[form].format(code=args.codice.upper(), path=path)
        output.result(args, text, {"codice": args.codice.upper(), "modulo": form, "pdf": str(path)})
        return 0

    return run


PRINT_ACTIONS: tuple[StoreAction, ...] = (
    (
        "stampa-progetto",
        "salva in PDF il Progetto personalizzato di un caso",
        _add_options,
        _printer(case_prints.PROJECT),
    ),
    (
        "stampa-scheda",
        "salva in PDF la Scheda di segnalazione di un caso",
        _add_options,
        _printer(case_prints.REFERRAL),
    ),
)
