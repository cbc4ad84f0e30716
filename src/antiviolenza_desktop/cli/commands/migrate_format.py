"""`antiviolenza migrate-format`: convert a store left in SQLCipher 3's format.

Opening such a store is refused with its own message; this command first copies the file as
it is (with its key file) beside the other safety copies, then converts it. Passwords and the
recovery sheet keep working.
"""

from __future__ import annotations

import argparse

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_store_argument,
    add_user_arguments,
    read_password,
    store_path,
)
from antiviolenza_desktop.services.format_conversion import convert_store_format

NAME = "migrate-format"
HELP = "converte un archivio dal formato di SQLCipher 3 (copia di sicurezza prima)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_argument(parser)
    add_user_arguments(parser)


def run(args: argparse.Namespace) -> int:
    database = store_path(args)
    done = convert_store_format(database, login=args.user, password=read_password(args))
    output.result(
        args,
        "Archivio convertito al formato attuale; si apre con le stesse password. "
        f"Copia del file com'era prima: {done.copy}",
        {"copy": str(done.copy)},
    )
    return 0
