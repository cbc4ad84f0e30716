"""The demo store: synthetic data only, with a password everyone may know.

It is created at the floor KDF cost (it protects nothing real) and reopened on later runs.
"""

from __future__ import annotations

from pathlib import Path

from antiviolenza_desktop.services.paths import demo_store_path
from antiviolenza_desktop.services.store_lifecycle import OpenStore, initialise_store, unlock
from antiviolenza_desktop.services.unit_of_work import actor_for
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS

DEMO_LOGIN = "demo"
DEMO_PASSWORD = "prova-dimostrativa-senza-dati-reali"  # noqa: S105 - public by design
DEMO_NAME = "Archivio dimostrativo (dati sintetici)"
DEMO_AMBITO = "cremonese"


def open_or_create_demo(path: str | Path | None = None) -> tuple[OpenStore, bool]:
    """Open the demo store, creating it first if needed; say whether it was created."""
    database = Path(path) if path else demo_store_path()
    if database.exists():
        return unlock(database, login=DEMO_LOGIN, password=DEMO_PASSWORD), False
    created = initialise_store(
        database,
        store_name=DEMO_NAME,
        ambito=DEMO_AMBITO,
        login=DEMO_LOGIN,
        display_name="Operatrice Esempio",
        password=DEMO_PASSWORD,
        params=FLOOR_PARAMS,
    )
    return OpenStore(created.store, actor_for(created.store, DEMO_LOGIN)), True
