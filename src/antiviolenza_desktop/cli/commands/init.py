"""`antiviolenza init`: create the encrypted store of an office and show its recovery key once.

The sheet path is checked before the store exists, and the key is printed before the sheet is
written: a recovery key nobody has seen would be a store nobody can rescue.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_new_password_argument,
    add_store_argument,
    read_new_password,
    store_path,
)
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.store_setup import (
    check_sheet_target,
    create_store,
    write_recovery_sheet,
)
from antiviolenza_desktop.store.keyslot_file import SlotFile

NAME = "init"
HELP = "crea un nuovo archivio cifrato con la prima utente coordinatrice"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_argument(parser)
    parser.add_argument("--name", required=True, help="nome dell'archivio (es. «CAV Cremona»)")
    parser.add_argument(
        "--ambito",
        required=True,
        help="Ambito dell'archivio: cremonese, cremasco, casalasco oppure capofila",
    )
    parser.add_argument("--user", required=True, help="nome utente della coordinatrice")
    parser.add_argument("--display-name", required=True, help="nome e cognome da mostrare")
    parser.add_argument(
        "--recovery-sheet", type=Path, help="scrivi il foglio di recupero (PDF) in questo file"
    )
    add_new_password_argument(parser)


def write_sheet(
    path: Path, slot_file: SlotFile, recovery_key: str, issued_at: datetime | None = None
) -> str | None:
    """Write the sheet; return the refusal's message instead of raising (the key is shown)."""
    try:
        write_recovery_sheet(slot_file, recovery_key, path, issued_at=issued_at)
    except AppError as error:
        return error.message
    return None


def run(args: argparse.Namespace) -> int:
    if args.recovery_sheet:
        check_sheet_target(args.recovery_sheet)
    created = create_store(
        store_path(args),
        store_name=args.name,
        ambito=args.ambito,
        login=args.user,
        display_name=args.display_name,
        password=read_new_password(args),
    )
    store = created.store
    slot_file = store.slot_file
    store.close()
    text = (
        f"Archivio creato: {store.database}\n\n"
        "CHIAVE DI RECUPERO (scrivila o stampala ora, non verrà più mostrata):\n\n"
        f"    {created.recovery_key}\n\n"
        "Conservala in cassaforte, lontano dal computer: con essa si riapre l'archivio "
        "se tutte le password vanno perse."
    )
    if not args.json:
        output.result(args, text)
    sheet_error = None
    if args.recovery_sheet:
        sheet_error = write_sheet(args.recovery_sheet, slot_file, created.recovery_key)
    data = {
        "store": str(store.database),
        "store_id": slot_file.store_id,
        "recovery_key": created.recovery_key,
        "recovery_sheet": str(args.recovery_sheet) if args.recovery_sheet else None,
        "recovery_sheet_error": sheet_error,
    }
    return report_sheet(args, data, sheet_error)


def report_sheet(args: argparse.Namespace, data: dict[str, object], error: str | None) -> int:
    """Finish the output once the key is shown: the sheet's path, or why it is missing."""
    if args.json:
        output.result(args, "", data)
    elif error:
        output.warning(f"foglio di recupero non scritto: {error} Usa la chiave mostrata sopra.")
    elif data["recovery_sheet"]:
        output.result(args, f"Foglio di recupero: {data['recovery_sheet']}")
    return 1 if error else 0
