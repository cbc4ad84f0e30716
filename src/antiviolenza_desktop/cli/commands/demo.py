"""`antiviolenza demo`: a store of synthetic data to try the application, its password shown.

Created once in the user's data folder (`demo/`), reopened afterwards. It never holds real
people: the GUI and the CLI mark it as a demo everywhere.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict

from antiviolenza_desktop.cli import output
from antiviolenza_desktop.services.demo import DEMO_LOGIN, DEMO_PASSWORD, open_or_create_demo
from antiviolenza_desktop.services.maintenance import status
from antiviolenza_desktop.services.programme import store_roles

NAME = "demo"
HELP = "apri (o crea) l'archivio dimostrativo con dati sintetici"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", default=None, help="file dell'archivio dimostrativo")


def run(args: argparse.Namespace) -> int:
    opened, created = open_or_create_demo(args.store)
    try:
        info = status(opened)
    finally:
        opened.store.close()
    verb = "creato" if created else "aperto"
    output.result(
        args,
        f"Archivio dimostrativo {verb}: {info.path}\n"
        f"  utente:   {DEMO_LOGIN}\n"
        f"  password: {DEMO_PASSWORD}\n"
        f"  Ambito:   {store_roles().get(info.ambito, info.ambito)}; casi {info.cases}; "
        f"voci di registro {info.audit_entries}\n"
        "Solo dati sintetici: non inserire mai persone reali in questo archivio.",
        {"created": created, "user": DEMO_LOGIN, "password": DEMO_PASSWORD, **asdict(info)},
    )
    return 0
