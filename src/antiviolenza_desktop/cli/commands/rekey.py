"""`antiviolenza rekey`: re-encrypt the database under a new key (e.g. after a lost laptop)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_store_argument,
    add_user_arguments,
    opened_store,
)
from antiviolenza_desktop.domain.errors import InvalidInput
from antiviolenza_desktop.reports.recovery_sheet import write_recovery_sheet
from antiviolenza_desktop.services.credentials import rekey
from antiviolenza_desktop.services.store_lifecycle import store_roles

NAME = "rekey"
HELP = "ruota la chiave di cifratura dell'archivio (copia di sicurezza prima)"


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
        raise InvalidInput(reason="--recovery-sheet serve solo con --new-recovery-key.")
    if args.recovery_sheet and args.recovery_sheet.exists():
        raise InvalidInput(reason=f"Il file {args.recovery_sheet.name} esiste già.")
    with opened_store(args) as opened:
        backup_path, recovery = rekey(opened, new_recovery_key=args.new_recovery_key)
        slot_file = opened.store.slot_file
        if recovery and args.recovery_sheet:
            write_recovery_sheet(
                args.recovery_sheet,
                store_name=slot_file.store_name,
                ambito=store_roles().get(slot_file.ambito, slot_file.ambito),
                store_id=slot_file.store_id,
                created_on=date.today(),
                recovery_key=recovery,
            )
    text = f"Chiave ruotata. Copia di sicurezza presa prima: {backup_path}"
    if recovery:
        text += f"\n\nNUOVA CHIAVE DI RECUPERO (il vecchio foglio non vale più):\n\n    {recovery}"
    output.result(args, text, {"backup": str(backup_path), "recovery_key": recovery})
    return 0
