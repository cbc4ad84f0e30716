"""`antiviolenza useradd`: a coordinator gives a colleague her own password (a new key slot)."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_new_password_argument,
    add_store_argument,
    add_user_arguments,
    opened_store,
    read_new_password,
)
from antiviolenza_desktop.domain.access.permissions import ROLE_LABELS, ROLE_OPERATOR, ROLES
from antiviolenza_desktop.services.credentials import add_user

ROLE_HELP = "ruolo: " + ", ".join(f"{code} ({label})" for code, label in ROLE_LABELS.items())

NAME = "useradd"
HELP = "aggiungi un'utente all'archivio (solo coordinatrice)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_argument(parser)
    add_user_arguments(parser)
    parser.add_argument("--new-user", required=True, help="nome utente della nuova persona")
    parser.add_argument("--display-name", required=True, help="nome e cognome da mostrare")
    parser.add_argument("--role", choices=ROLES, default=ROLE_OPERATOR, help=ROLE_HELP)
    parser.add_argument("--cav", help="con --role cav: il codice del suo CAV (per esempio aida)")
    add_new_password_argument(parser)


def run(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        info = add_user(
            opened,
            login=args.new_user,
            display_name=args.display_name,
            role=args.role,
            password=read_new_password(args),
            cav=args.cav,
        )
    output.result(args, f"Utente «{info.login}» aggiunta.", {"user": asdict(info)})
    return 0
