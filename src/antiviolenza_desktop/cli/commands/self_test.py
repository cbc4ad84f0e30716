"""`antiviolenza self-test`: the checks that need no Qt, run in this very installation.

The frozen build runs it right after it is made (installer/build-windows.ps1, `make
bundle-smoke`); a person can run it to tell a broken installation from a broken store.
`antiviolenza-gui --self-test` adds the Qt checks (the command line never imports Qt).
"""

from __future__ import annotations

import argparse

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.exchange import self_check as exchange_checks
from antiviolenza_desktop.reports import self_check as report_checks
from antiviolenza_desktop.services import self_check

NAME = "self-test"
HELP = "autodiagnosi: controlla che questa installazione abbia tutto ciò che serve"

NON_QT_CHECKS = (*self_check.CHECKS, *exchange_checks.CHECKS, *report_checks.CHECKS)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options: the self-test touches no store of the user's."""


def run(args: argparse.Namespace) -> int:
    lines: list[str] = []
    passed = self_check.run_checks(NON_QT_CHECKS, lines.append)
    output.result(args, "\n".join(lines), {"passed": passed, "checks": lines})
    return 0 if passed else 1
