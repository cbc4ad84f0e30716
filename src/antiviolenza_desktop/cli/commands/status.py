"""`antiviolenza status`: what this store is, who may open it, its schema and its backups."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.cli.credentials_input import (
    add_store_argument,
    add_user_arguments,
    opened_store,
)
from antiviolenza_desktop.services.maintenance import status
from antiviolenza_desktop.services.programme import store_roles

NAME = "status"
HELP = "mostra lo stato dell'archivio (funziona anche con l'applicazione aperta)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_argument(parser)
    add_user_arguments(parser)


def run(args: argparse.Namespace) -> int:
    with opened_store(args, reading=True) as opened:
        info = status(opened)
    last_backup = info.backups[-1] if info.backups else "nessuna"
    output.result(
        args,
        "\n".join(
            [
                f"Archivio:            {info.store_name}",
                f"File:                {info.path}",
                f"Ambito:              {store_roles().get(info.ambito, info.ambito)}",
                f"Creato il:           {info.created_at[8:10]}/{info.created_at[5:7]}/"
                f"{info.created_at[:4]}",
                f"Programma:           {info.programme_id}",
                f"Versione schema:     {info.schema_revision}",
                f"Utenti:              {info.users} ({info.password_slots} con password)",
                f"Casi:                {info.cases}",
                f"Chiave di recupero:  {'presente' if info.has_recovery_slot else 'ASSENTE'}",
                f"Voci di registro:    {info.audit_entries}",
                f"Ultima copia:        {last_backup}",
            ]
        ),
        asdict(info),
    )
    return 0
