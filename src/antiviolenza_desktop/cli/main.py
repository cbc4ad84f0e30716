"""Entry point of the `antiviolenza` command: parses arguments and dispatches to one command module.

Exit codes follow the convention users of restic and borg know: 0 done, 1 refused (bad input,
wrong password, failed check), 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from antiviolenza_desktop import __version__
from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.commands import (
    audit,
    backup,
    backup_copies,
    bundle,
    casi,
    demo,
    enrol,
    fondi,
    init,
    migrate_format,
    passwd,
    periodi,
    programme,
    province,
    provincia,
    recover,
    region,
    rekey,
    restore,
    self_test,
    status,
    useradd,
    usermod,
    verify,
)
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.store.process_hardening import harden_process

COMMANDS: tuple[ModuleType, ...] = (
    init,
    status,
    passwd,
    useradd,
    usermod,
    recover,
    rekey,
    backup,
    backup_copies,
    restore,
    verify,
    migrate_format,
    programme,
    audit,
    fondi,
    casi,
    demo,
    enrol,
    bundle,
    province,
    provincia,
    region,
    periodi,
    self_test,
)

APPLICATION_OPEN_NOTE = (
    "Con l'applicazione aperta sullo stesso archivio funzionano i comandi di sola lettura: "
    "status, verify, audit verify/list/export, fondi totali/rendiconto/registro. Gli altri "
    "modificano i dati: chiudi o blocca l'applicazione (Ctrl+L) prima di usarli."
)

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="antiviolenza",
        description="Archivio cifrato della rete antiviolenza della Provincia di Cremona.",
        epilog=APPLICATION_OPEN_NOTE,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMANDO", required=True)
    for command in COMMANDS:
        sub = subparsers.add_parser(command.NAME, help=command.HELP, description=command.HELP)
        sub.add_argument("--json", action="store_true", help="risultato in formato JSON")
        command.add_arguments(sub)
        sub.set_defaults(run=command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    output.use_utf8_streams()  # before argparse, whose usage and errors print too
    harden_process()
    os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except AppError as error:
        output.refusal(args, error)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_REFUSED
    except Exception as error:
        # Unexpected: no traceback and no message text (it could hold personal data).
        output.unexpected(args, type(error).__name__)
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())
