"""`antiviolenza recover`: open with the recovery key and set a new password for a user."""

from __future__ import annotations

import argparse
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    RECOVERY_KEY_ENV,
    add_new_password_argument,
    add_store_argument,
    read_new_password,
    read_recovery_key,
    store_path,
)
from antiviolenza_desktop.services.credentials import reset_password_with_recovery
from antiviolenza_desktop.services.store_lifecycle import unlock_with_recovery_key

NAME = "recover"
HELP = "usa la chiave di recupero per dare una nuova password a un'utente"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_argument(parser)
    parser.add_argument("--user", required=True, help="utente a cui dare la nuova password")
    parser.add_argument(
        "--recovery-key-file",
        type=Path,
        help=f"file con la chiave di recupero (oppure ${RECOVERY_KEY_ENV})",
    )
    add_new_password_argument(parser)


def run(args: argparse.Namespace) -> int:
    opened = unlock_with_recovery_key(store_path(args), recovery_key=read_recovery_key(args))
    try:
        reset_password_with_recovery(opened, login=args.user, new_password=read_new_password(args))
    finally:
        opened.store.close()
    output.result(args, f"Nuova password impostata per «{args.user}».")
    return 0
