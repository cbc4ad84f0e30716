"""`antiviolenza verify`: every page authenticated, structure sound, audit chain unbroken."""

from __future__ import annotations

import argparse

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.commands.audit import describe_chain
from antiviolenza_desktop.cli.credentials_input import (
    add_store_argument,
    add_user_arguments,
    opened_store,
)
from antiviolenza_desktop.services.maintenance import verify

NAME = "verify"
HELP = "verifica integrità e autenticità dell'archivio (anche con l'applicazione aperta)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_argument(parser)
    add_user_arguments(parser)


def run(args: argparse.Namespace) -> int:
    with opened_store(args, reading=True) as opened:
        report = verify(opened)
    lines = [f"Problema: {problem}" for problem in report.problems]
    lines.append(describe_chain(report.audit))
    if report.healthy:
        lines.insert(0, "Archivio integro: tutte le pagine e la struttura superano i controlli.")
    output.result(
        args,
        "\n".join(lines),
        {
            "healthy": report.healthy,
            "problems": list(report.problems),
            "audit_first_broken_seq": report.audit.first_broken_seq,
        },
    )
    return 0 if report.healthy else 1
