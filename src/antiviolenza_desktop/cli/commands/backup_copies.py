"""`antiviolenza copie`: the copies of a store (backups and replaced stores), and their end.

`elenca` needs no password (names and dates are not personal data), so it also helps to choose
the copy to restore over a damaged store; `elimina` and `scadute` delete, so they unlock the
store as a coordinator and are audited.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    PASSWORD_ENV,
    add_store_argument,
    opened_store,
    store_path,
)
from antiviolenza_desktop.domain.backup_rotation import MAX_AGE, CopyKind
from antiviolenza_desktop.domain.errors import InvalidInput
from antiviolenza_desktop.services import copies

NAME = "copie"
HELP = (
    f"elenca le copie di sicurezza e gli archivi sostituiti, con la data in cui scadono "
    f"(nessuna vive oltre {MAX_AGE.days} giorni, tranne la più recente di ogni archivio, "
    f"anche di uno sostituito da un ripristino); "
    f"«elimina NOME» ne elimina una, «scadute» elimina subito quelle scadute"
)
KIND_NAMES = {
    "ordinaria": "ordinaria",
    "prima-aggiornamento": "prima di un aggiornamento",
    "prima-rotazione": "prima di una rotazione della chiave",
    "prima-conversione": "prima della conversione di formato",
    "sostituito": "archivio sostituito da un ripristino",
    "archivio-precedente": "copia di un archivio sostituito",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("azione", choices=("elenca", "elimina", "scadute"), help="cosa fare")
    parser.add_argument("nome", nargs="?", help="con «elimina»: il nome della copia")
    add_store_argument(parser)
    parser.add_argument("--user", help="nome utente (per «elimina» e «scadute»)")
    parser.add_argument(
        "--password-file", type=Path, help=f"file con la password (oppure ${PASSWORD_ENV})"
    )


def run(args: argparse.Namespace) -> int:
    if args.azione == "elenca":
        return _list(args)
    if not args.user:
        raise InvalidInput(field="user", reason="Indica l'utente coordinatore con --user.")
    if args.azione == "elimina":
        if not args.nome:
            raise InvalidInput(field="nome", reason="Indica il nome della copia da eliminare.")
        with opened_store(args) as opened:
            copies.delete_copy(opened, file_name=args.nome)
        output.result(args, f"Copia eliminata: {args.nome}", {"deleted": [args.nome]})
        return 0
    with opened_store(args) as opened:
        gone = copies.prune_expired(opened)
    text = "\n".join(f"Eliminata: {name}" for name in gone) or "Nessuna copia scaduta."
    output.result(args, text, {"deleted": gone})
    return 0


def _list(args: argparse.Namespace) -> int:
    found = copies.list_copies(store_path(args))
    rows = [
        {
            "kind": copy.kind.value,
            "file": copy.file_name,
            "path": str(copy.path),
            "taken_at": copy.taken_at.isoformat(timespec="seconds"),
            "size": copy.size,
            "expires_on": copy.expires_on.isoformat(timespec="seconds")
            if copy.expires_on
            else None,
        }
        for copy in found
    ]
    lines = [_line(copy) for copy in found]
    output.result(args, "\n".join(lines) or "Nessuna copia.", {"copies": rows})
    return 0


def _line(copy: copies.CopyInfo) -> str:
    if copy.expires_on:
        expiry = f"scade entro il {copy.expires_on:%d/%m/%Y}"
    elif copy.kind is CopyKind.FORMER_STORE:
        expiry = "da eliminare a mano"
    else:
        expiry = "la più recente"
    kind = KIND_NAMES[copy.kind.value]
    return f"{copy.taken_at:%d/%m/%Y %H:%M}  {kind:<38}  {expiry:<24}  {copy.file_name}"
