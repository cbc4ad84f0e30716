"""`antiviolenza usermod`: a coordinator lists users, changes a role, disables or enables one.

The same services as the GUI's Archivio › Utenti… dialog, so the rules (never yourself, never
the last active coordinator) hold in both.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.commands.useradd import ROLE_HELP
from antiviolenza_desktop.cli.credentials_input import (
    RECOVERY_KEY_ENV,
    add_new_password_argument,
    add_store_argument,
    add_user_arguments,
    opened_store,
    read_new_password,
    read_recovery_key,
)
from antiviolenza_desktop.domain.access.permissions import ROLES
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.accounts import accounts, change_role
from antiviolenza_desktop.services.credentials import disable_user, enable_user
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.users import UserInfo


class ChangeNotNamed(AppError):
    code = "modifica_utente_non_indicata"
    template = "Indica --role, --disable o --enable con --target."


NAME = "usermod"
HELP = "elenca gli utenti, cambia un ruolo, disattiva o riattiva un'utente (solo coordinatrice)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_argument(parser)
    add_user_arguments(parser)
    parser.add_argument("--target", help="nome utente da modificare (senza: elenca gli utenti)")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--role", choices=ROLES, help=f"nuovo {ROLE_HELP}")
    action.add_argument("--disable", action="store_true", help="disattiva (toglie la password)")
    action.add_argument(
        "--enable",
        action="store_true",
        help="riattiva con una nuova password iniziale (serve la chiave di recupero)",
    )
    parser.add_argument(
        "--recovery-key-file",
        type=Path,
        help=f"con --enable: file con la chiave di recupero (oppure ${RECOVERY_KEY_ENV})",
    )
    parser.add_argument("--cav", help="con --role cav: il codice del suo CAV (per esempio aida)")
    add_new_password_argument(parser)


def run(args: argparse.Namespace) -> int:
    with opened_store(args) as opened:
        if args.target is None:
            users = accounts(opened)
            text = "\n".join(_line(info) for info in users)
            output.result(args, text, {"users": [asdict(info) for info in users]})
            return 0
        info, copies_updated = _change(args, opened)
    text = f"Utente «{info.login}» aggiornata: {_line(info)}"
    data: dict[str, object] = {"user": asdict(info)}
    if copies_updated is not None:
        text += (
            f"\nCopie di sicurezza aggiornate: {copies_updated} (la sua password non le apre "
            "più). Le copie su altri supporti (backup --to) si aprono ancora con la sua vecchia "
            "password: ruota la chiave di cifratura (rekey) ed elimina quelle copie."
        )
        data["copies_updated"] = copies_updated
    output.result(args, text, data)
    return 0


def _change(args: argparse.Namespace, opened: OpenStore) -> tuple[UserInfo, int | None]:
    """The changed user, and how many copies a disable updated (None for other changes)."""
    if args.disable:
        disabled = disable_user(opened, login=args.target)
        return disabled.user, disabled.copies_updated
    if args.enable:
        info = enable_user(
            opened,
            login=args.target,
            recovery_key=read_recovery_key(args),
            password=read_new_password(args),
        )
        return info, None
    if args.role is None:
        raise ChangeNotNamed("role")
    return change_role(opened, args.target, args.role, args.cav), None


def _line(info: UserInfo) -> str:
    state = "attiva" if info.active else "disattivata"
    role = info.role if info.cav is None else f"{info.role} ({info.cav})"
    return f"{info.login} · {info.display_name} · {role} · {state}"
