"""`antiviolenza rekey`: re-encrypt the database under a new key (e.g. after a lost laptop).

Passwords and the recovery sheet keep working; `--new-recovery-key` also replaces the recovery
key, which is printed before its sheet is written.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.commands.init import report_sheet, write_sheet
from antiviolenza_desktop.cli.credentials_input import (
    add_store_argument,
    add_user_arguments,
    opened_store,
)
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.store_setup import check_sheet_target
from antiviolenza_desktop.services.credentials import rekey

NAME = "rekey"
HELP = "ruota la chiave di cifratura dell'archivio (copia di sicurezza prima)"


class SheetWithoutNewKey(AppError):
    """`--recovery-sheet` without `--new-recovery-key`: the old key's sheet already exists."""

    code = "foglio_senza_nuova_chiave"
    template = "--recovery-sheet serve solo con --new-recovery-key."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_argument(parser)
    add_user_arguments(parser)
    parser.add_argument(
        "--new-recovery-key",
        action="store_true",
        help="emetti anche una nuova chiave di recupero (il vecchio foglio smette di valere)",
    )
    parser.add_argument("--recovery-sheet", type=Path, help="PDF del nuovo foglio di recupero")


def run(args: argparse.Namespace) -> int:
    if args.recovery_sheet and not args.new_recovery_key:
        raise SheetWithoutNewKey
    if args.recovery_sheet:
        check_sheet_target(args.recovery_sheet)
    with opened_store(args) as opened:
        backup_path, recovery = rekey(opened, new_recovery_key=args.new_recovery_key)
        slot_file = opened.store.slot_file
    text = f"Chiave ruotata. Copia di sicurezza presa prima: {backup_path}"
    if recovery:
        text += f"\n\nNUOVA CHIAVE DI RECUPERO (il vecchio foglio non vale più):\n\n    {recovery}"
    if not args.json:
        output.result(args, text)
    error = None
    if recovery and args.recovery_sheet:
        error = write_sheet(args.recovery_sheet, slot_file, recovery, datetime.now(UTC))
    data = {
        "backup": str(backup_path),
        "recovery_key": recovery,
        "recovery_sheet": str(args.recovery_sheet) if args.recovery_sheet else None,
        "recovery_sheet_error": error,
    }
    return report_sheet(args, data, error)
