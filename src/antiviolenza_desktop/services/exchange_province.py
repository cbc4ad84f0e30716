"""The provincial figures at the capofila: a pure function of the newest snapshot per Ambito.

The totals read the figures kept with each accepted snapshot when it was merged
(`domain.payload.figures`), never the order bundles arrived in or how often one was imported;
they equal `domain.exchange.province.provincial_totals` of the whole snapshots. The stored
payloads are the bytes each Ambito signed: `kept_snapshots` parses them again (and upgrades
them if the application moved to a newer schema since) for the readers that need records.
"""

from __future__ import annotations

from datetime import datetime

from antiviolenza_desktop.domain.exchange.province import STALE_AFTER_DAYS, ProvincialTotals
from antiviolenza_desktop.domain.payload.figures import province_from_figures
from antiviolenza_desktop.domain.payload.schema import parse_snapshot
from antiviolenza_desktop.domain.payload.snapshot import Snapshot
from antiviolenza_desktop.services.collector import collector_paused
from antiviolenza_desktop.services.exchange_records import require_capofila
from antiviolenza_desktop.services.exchange_snapshots import (
    audit_heads_before,
    newest_figures,
    newest_snapshots,
)
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def kept_snapshots(uow: UnitOfWork) -> dict[str, Snapshot]:
    """Ambito code → its newest accepted snapshot, parsed. Errors: NotCapofilaStore."""
    require_capofila(uow, "leggere i totali provinciali")
    programme = load_default_programme()
    return {
        ambito: parse_snapshot(row.payload, programme=programme)
        for ambito, row in newest_snapshots(uow).items()
    }


def province_totals(
    uow: UnitOfWork, *, as_of: datetime, stale_after_days: int = STALE_AFTER_DAYS
) -> ProvincialTotals:
    """The provincial totals from the newest accepted snapshot of each Ambito; `as_of`
    (time-zone aware) decides which Ambiti are stale. Errors: NotCapofilaStore."""
    require_capofila(uow, "leggere i totali provinciali")
    programme = load_default_programme()
    with collector_paused():
        return province_from_figures(
            newest_figures(uow, programme),
            programme=programme,
            as_of=as_of,
            stale_after_days=stale_after_days,
            audit_heads_before=audit_heads_before(uow),
        )
