"""Unlocking for a read while another process holds the store (the CLI beside the GUI).

The access is audited like every unlock (`accesso.aperto`, with `sola_lettura: true` in the
details so the log says the store was read beside its holder), in its own short transaction,
run again if the holder wrote in between (`reading_unit`). Nothing else is written: no copies
are pruned, no schema upgraded; that is the holder's work (see `store.shared_read`).
"""

from __future__ import annotations

from pathlib import Path

from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.reading_unit import read_in_unit
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.store.shared_read import open_beside_holder


def unlock_beside_holder(database: Path, *, login: str, password: str) -> OpenStore:
    """Open by password for reading only. Errors: as `store_lifecycle.unlock`, and
    StoreUnderMaintenance while the holder rekeys, restores or upgrades the store."""
    store = open_beside_holder(database, user=login, password=password)
    try:
        opened = OpenStore(store, actor_for(store, login))
        read_in_unit(opened, lambda uow: _audit_access(uow, store.failed_attempts))
    except BaseException:
        store.close()
        raise
    return opened


def _audit_access(uow: UnitOfWork, failed_attempts: int) -> None:
    if failed_attempts:
        audit.record(
            uow,
            action="accesso.tentativi_falliti",
            entity="store",
            details={"count": failed_attempts},
        )
    details = {"metodo": "password", "sola_lettura": True}
    audit.record(uow, action="accesso.aperto", entity="store", details=details)
