"""`antiviolenza backup`: a verified encrypted copy of the store (with its slot file)."""

from __future__ import annotations

import argparse
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_store_argument,
    add_user_arguments,
    opened_store,
)
from antiviolenza_desktop.services.maintenance import backup_now

NAME = "backup"
HELP = "crea una copia di sicurezza cifrata e verificata"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_argument(parser)
    add_user_arguments(parser)
    parser.add_argument(
        "--to", type=Path, help="cartella di destinazione (es. una chiavetta USB cifrata)"
    )


def run(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        path = backup_now(opened, destination=args.to)
    output.result(args, f"Copia di sicurezza creata e verificata: {path}", {"backup": str(path)})
    return 0
