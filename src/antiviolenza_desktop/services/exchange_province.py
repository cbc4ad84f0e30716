"""The provincial figures at the capofila: a pure function of the newest snapshot per Ambito.

The totals read the figures kept with each accepted snapshot when it was merged
(`domain.payload.figures`), never the order bundles arrived in or how often one was imported;
they equal `domain.exchange.province.provincial_totals` of the whole snapshots, with the
capofila's register of the Provincia applied (`domain.exchange.province_provincia`). The stored
payloads are the bytes each Ambito signed: `kept_snapshots` parses them again (and upgrades
them if the application moved to a newer schema since) for the readers that need records.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from antiviolenza_desktop.domain.exchange.province import STALE_AFTER_DAYS, ProvincialTotals
from antiviolenza_desktop.domain.exchange.province_provincia import ProvinciaMoney, with_provincia
from antiviolenza_desktop.domain.payload.figures import province_from_figures
from antiviolenza_desktop.domain.payload.schema import parse_snapshot
from antiviolenza_desktop.domain.payload.snapshot import FundAmounts, Snapshot
from antiviolenza_desktop.services import provincia_reading
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
        figures = newest_figures(uow, programme)
        totals = province_from_figures(
            figures,
            programme=programme,
            as_of=as_of,
            stale_after_days=stale_after_days,
            audit_heads_before=audit_heads_before(uow),
        )
    projects = {code: dict(kept.header.totals.funds) for code, kept in figures.items()}
    return provincia_totals(uow, totals, projects)


def provincia_totals(
    uow: UnitOfWork, totals: ProvincialTotals, projects: Mapping[str, Mapping[str, FundAmounts]]
) -> ProvincialTotals:
    """`totals` with the capofila's register of the Provincia (`with_provincia`); `projects`
    is each Ambito's own fund totals from its newest snapshot."""
    money = [
        ProvinciaMoney(line.entry.ambito, line.entry.fund, line.entry.amount, line.paid)
        for line in provincia_reading.commitments(uow)
        if line.in_force
    ]
    hours = [
        line.entry
        for line in provincia_reading.cpi_hours(uow)
        if line.reverses_id is None and line.reversed_by is None
    ]
    return with_provincia(
        totals, programme=load_default_programme(), money=money, hours=hours, projects=projects
    )
