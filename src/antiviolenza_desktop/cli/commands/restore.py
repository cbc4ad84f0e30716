"""`antiviolenza restore`: put a backup in place; an existing store is set aside, never lost."""

from __future__ import annotations

import argparse
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_store_argument,
    add_user_arguments,
    read_password,
    store_path,
)
from antiviolenza_desktop.services.maintenance import restore

NAME = "restore"
UNREAD_ERASURES = (
    "non è stato possibile leggere l'archivio sostituito (chiavi mancanti o archivio "
    "danneggiato), quindi le cancellazioni fatte dopo la copia non sono state riapplicate. "
    "Se dopo la copia erano stati eliminati i dati personali di qualche caso, vanno eliminati "
    "di nuovo."
)
HELP = "ripristina una copia di sicurezza (con una password valida per quella copia)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", type=Path, help="file della copia (.avdb)")
    add_store_argument(parser)
    add_user_arguments(parser)
    parser.add_argument(
        "--replace",
        action="store_true",
        help=(
            "sostituisci l'archivio esistente (viene spostato in «sostituiti/», non cancellato); "
            "serve una coordinatrice attiva nell'archivio sostituito"
        ),
    )
    parser.add_argument(
        "--altro-archivio",
        action="store_true",
        help=(
            "conferma che la copia è di un altro archivio (un altro ufficio o Ambito) e va "
            "messa al posto di questo; senza, un ripristino simile viene rifiutato"
        ),
    )


def run(args: argparse.Namespace) -> int:
    target = store_path(args)
    restored = restore(
        args.backup,
        login=args.user,
        password=read_password(args),
        target=target,
        replace=args.replace,
        other_store=args.altro_archivio,
    )
    restored.opened.store.close()
    set_aside, reapplied = restored.set_aside, restored.erasures_reapplied
    text = f"Copia ripristinata in {target} e verificata."
    if set_aside:
        text += f"\nL'archivio che c'era è stato spostato, intatto, in {set_aside}."
    if reapplied:
        text += (
            f"\nCancellazioni riapplicate: {reapplied} (casi eliminati dopo questa copia: i "
            "loro dati personali sono stati eliminati di nuovo)."
        )
    if restored.disables_reapplied:
        text += (
            f"\nUtenti disattivate di nuovo: {restored.disables_reapplied} (disattivate dopo "
            "questa copia: la loro password non apre l'archivio ripristinato)."
        )
    if reapplied is None:
        output.warning(UNREAD_ERASURES)
    data = {
        "store": str(target),
        "set_aside": str(set_aside) if set_aside else None,
        "erasures_reapplied": reapplied,
        "disables_reapplied": restored.disables_reapplied,
    }
    output.result(args, text, data)
    return 0
