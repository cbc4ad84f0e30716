"""`antiviolenza audit verify`: check the hash chain of the audit log, naming the first break."""

from __future__ import annotations

import argparse

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_store_argument,
    add_user_arguments,
    opened_store,
)
from antiviolenza_desktop.domain.audit_chain import ChainReport
from antiviolenza_desktop.services import audit

NAME = "audit"
HELP = "registro delle operazioni"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="audit_action", metavar="AZIONE", required=True)
    check = actions.add_parser("verify", help="verifica la catena del registro")
    check.add_argument("--json", action="store_true", help="risultato in formato JSON")
    add_store_argument(check)
    add_user_arguments(check)


def describe_chain(report: ChainReport) -> str:
    if report.first_broken_seq is not None:
        return (
            f"Registro delle operazioni ALTERATO: la catena si interrompe alla voce "
            f"n. {report.first_broken_seq} (voci integre prima di essa: {report.checked})."
        )
    text = f"Registro delle operazioni integro ({report.checked} voci)."
    if report.clock_regressions:
        seqs = ", ".join(str(seq) for seq in report.clock_regressions[:10])
        text += (
            f"\nAttenzione: l'orologio del computer è tornato indietro alle voci {seqs}; "
            "l'ordine vale per numero di voce, nulla è andato perso."
        )
    return text


def run(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        report = audit.verify(opened.store)
    output.result(
        args,
        describe_chain(report),
        {
            "intact": report.intact,
            "checked": report.checked,
            "first_broken_seq": report.first_broken_seq,
            "clock_regressions": list(report.clock_regressions),
        },
    )
    return 0 if report.intact else 1
