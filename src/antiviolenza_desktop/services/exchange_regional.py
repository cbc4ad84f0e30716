"""The Region's figures: a pure function of the newest provincial snapshot of each province.

The Region's store keeps every accepted provincial bundle in `exchange_snapshots` (keyed by
province), as the capofila keeps its Ambiti's; the newest trusted one per province feeds
`domain.exchange.region.regional_totals`. A provincial payload is a few kilobytes of totals, so
it is parsed again whenever the totals are read (no kept figures, unlike the capofila's).
"""

from __future__ import annotations

from datetime import datetime

from antiviolenza_desktop.domain.exchange.province import STALE_AFTER_DAYS
from antiviolenza_desktop.domain.exchange.region import RegionalTotals, regional_totals
from antiviolenza_desktop.domain.payload.provincial import ProvincialSnapshot
from antiviolenza_desktop.domain.payload.provincial_schema import parse_provincial
from antiviolenza_desktop.services.exchange_records import require_region, senders
from antiviolenza_desktop.services.exchange_snapshots import newest_snapshots
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def kept_provinces(uow: UnitOfWork) -> dict[str, ProvincialSnapshot]:
    """Province code → its newest accepted provincial snapshot, parsed. Errors:
    NotRegionStore."""
    require_region(uow, "leggere i totali regionali")
    programme = load_default_programme()
    return {
        province: parse_provincial(row.payload, programme=programme)
        for province, row in newest_snapshots(uow).items()
    }


def region_totals(
    uow: UnitOfWork, *, as_of: datetime, stale_after_days: int = STALE_AFTER_DAYS
) -> RegionalTotals:
    """The regional totals from the newest provincial snapshot of each province; provinces
    whose capofila is registered but never sent one are listed as never received. Errors:
    NotRegionStore."""
    snapshots = kept_provinces(uow)
    enrolled = {sender.ambito for sender in senders(uow) if not sender.revoked_at}
    return regional_totals(
        snapshots,
        programme=load_default_programme(),
        as_of=as_of,
        enrolled=enrolled,
        stale_after_days=stale_after_days,
    )
