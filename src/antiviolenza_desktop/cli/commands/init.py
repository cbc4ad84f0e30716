"""`antiviolenza init`: create the encrypted store of an office and show its recovery key once."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_new_password_argument,
    add_store_argument,
    read_new_password,
    store_path,
)
from antiviolenza_desktop.reports.recovery_sheet import write_recovery_sheet
from antiviolenza_desktop.services.store_lifecycle import initialise_store, store_roles

NAME = "init"
HELP = "crea un nuovo archivio cifrato con la prima utente coordinatrice"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_argument(parser)
    parser.add_argument("--name", required=True, help="nome dell'archivio (es. «CAV Cremona»)")
    parser.add_argument(
        "--ambito", required=True, help=f"Ambito dell'archivio: {', '.join(store_roles())}"
    )
    parser.add_argument("--user", required=True, help="nome utente della coordinatrice")
    parser.add_argument("--display-name", required=True, help="nome e cognome da mostrare")
    parser.add_argument(
        "--recovery-sheet", type=Path, help="scrivi il foglio di recupero (PDF) in questo file"
    )
    add_new_password_argument(parser)


def run(args: argparse.Namespace) -> int:
    password = read_new_password(args)
    created = initialise_store(
        store_path(args),
        store_name=args.name,
        ambito=args.ambito,
        login=args.user,
        display_name=args.display_name,
        password=password,
    )
    store = created.store
    try:
        if args.recovery_sheet:
            write_recovery_sheet(
                args.recovery_sheet,
                store_name=store.slot_file.store_name,
                ambito=store_roles()[store.slot_file.ambito],
                store_id=store.slot_file.store_id,
                created_on=date.fromisoformat(store.slot_file.created_at[:10]),
                recovery_key=created.recovery_key,
            )
        sheet = f"\nFoglio di recupero: {args.recovery_sheet}" if args.recovery_sheet else ""
        output.result(
            args,
            f"Archivio creato: {store.database}\n\n"
            f"CHIAVE DI RECUPERO (scrivila o stampala ora, non verrà più mostrata):\n\n"
            f"    {created.recovery_key}\n\n"
            "Conservala in cassaforte, lontano dal computer: con essa si riapre l'archivio "
            f"se tutte le password vanno perse.{sheet}",
            {
                "store": str(store.database),
                "store_id": store.slot_file.store_id,
                "recovery_key": created.recovery_key,
                "recovery_sheet": str(args.recovery_sheet) if args.recovery_sheet else None,
            },
        )
    finally:
        store.close()
    return 0
