"""`antiviolenza passwd`: change your own password (the database is not re-encrypted)."""

from __future__ import annotations

import argparse

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_new_password_argument,
    add_store_argument,
    add_user_arguments,
    opened_store,
    read_new_password,
    read_password,
)
from antiviolenza_desktop.services.credentials import change_password

NAME = "passwd"
HELP = "cambia la tua password"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_argument(parser)
    add_user_arguments(parser)
    add_new_password_argument(parser)


def run(args: argparse.Namespace) -> int:
    current = read_password(args)
    with opened_store(args, password=current) as opened:
        change_password(opened, current_password=current, new_password=read_new_password(args))
    output.result(
        args,
        "Password cambiata: la vecchia non apre più questo archivio. Le copie di sicurezza già "
        "fatte si aprono ancora con la vecchia password.",
    )
    return 0
