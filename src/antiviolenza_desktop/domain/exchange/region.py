"""The Region's roll-up: the newest provincial bundle of each province, and their sum.

One level above `domain.exchange.province`, built the same way: the totals are a pure function
of one provincial snapshot per province (the newest accepted), never of the order bundles
arrived in. Women are summed over provinces: each capofila counted hers once across its
Ambiti, and no pseudonym reaches the Region (each network has its own pseudonym key anyway),
so a woman helped in two provinces is counted in both. With one province the regional totals
are that province's totals exactly. `provincia` is the sum of the provinces' Provincia parts
(`domain.payload.provincial_provincia`): how much of the totals the Provincia registers add.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from antiviolenza_desktop.domain.exchange.province import STALE_AFTER_DAYS
from antiviolenza_desktop.domain.payload.provincial import ProvincialSnapshot, empty_totals
from antiviolenza_desktop.domain.payload.provincial_provincia import ProvinciaPart
from antiviolenza_desktop.domain.payload.snapshot import ActionAmounts, FundAmounts, Totals
from antiviolenza_desktop.domain.programme.model import Programme


@dataclass(frozen=True, slots=True)
class ProvinceFreshness:
    """How recent a province's figures are; `sequence` None when nothing was ever received.
    `ambiti_received` of `ambiti`: the Ambiti whose snapshot the capofila had merged."""

    province: str
    sequence: int | None
    created_at: datetime | None
    age_days: int | None
    stale: bool
    ambiti_received: int = 0
    ambiti: int = 0


@dataclass(frozen=True, slots=True)
class RegionalTotals:
    as_of: datetime
    provinces: tuple[ProvinceFreshness, ...]
    totals: Totals
    unshared_women: int
    duplicate_women: int
    caps_exceeded: int
    provincia: ProvinciaPart


def _freshness(
    province: str, snapshot: ProvincialSnapshot | None, as_of: datetime, stale_after: int
) -> ProvinceFreshness:
    if snapshot is None:
        return ProvinceFreshness(province, None, None, None, True)
    age = (as_of - snapshot.created_at).days
    received = sum(1 for row in snapshot.ambiti if row.sequence is not None)
    return ProvinceFreshness(
        province,
        snapshot.sequence,
        snapshot.created_at,
        age,
        age > stale_after,
        received,
        len(snapshot.ambiti),
    )


def sum_totals(parts: Iterable[Totals], programme: Programme) -> Totals:
    """Figure by figure, the sum of several totals of the programme's shape."""
    result = empty_totals(programme)
    for part in parts:
        result = Totals(
            women=result.women + part.women,
            lines=tuple(
                (line, n + m) for (line, n), (_, m) in zip(result.lines, part.lines, strict=True)
            ),
            funds=tuple(
                (fund, FundAmounts(a.committed + b.committed, a.disbursed + b.disbursed))
                for (fund, a), (_, b) in zip(result.funds, part.funds, strict=True)
            ),
            actions=tuple(
                (action, ActionAmounts(a.a + b.a, a.b + b.b))
                for (action, a), (_, b) in zip(result.actions, part.actions, strict=True)
            ),
        )
    return result


def sum_parts(parts: Iterable[ProvinciaPart]) -> ProvinciaPart:
    """The Provincia parts of several provinces, fund by fund and action by action."""
    funds: dict[str, FundAmounts] = {}
    hours: dict[str, int] = {}
    for part in parts:
        for fund, amounts in part.funds:
            held = funds.get(fund, FundAmounts())
            funds[fund] = FundAmounts(
                held.committed + amounts.committed, held.disbursed + amounts.disbursed
            )
        for action, value in part.hours:
            hours[action] = hours.get(action, 0) + value
    return ProvinciaPart(tuple(funds.items()), tuple(hours.items()))


def regional_totals(
    snapshots: Mapping[str, ProvincialSnapshot],
    *,
    programme: Programme,
    as_of: datetime,
    enrolled: Iterable[str] = (),
    stale_after_days: int = STALE_AFTER_DAYS,
) -> RegionalTotals:
    """The Region from the newest provincial snapshot of each province (keyed by province).
    `enrolled` adds the provinces whose capofila is registered but never sent a bundle (shown
    as never received); `as_of` (time-zone aware) decides staleness."""
    kept = [snapshots[code] for code in sorted(snapshots)]
    provinces = sorted({*snapshots, *enrolled})
    return RegionalTotals(
        as_of=as_of,
        provinces=tuple(
            _freshness(p, snapshots.get(p), as_of, stale_after_days) for p in provinces
        ),
        totals=sum_totals((s.totals for s in kept), programme),
        unshared_women=sum(s.counts.unshared_women for s in kept),
        duplicate_women=sum(s.counts.duplicate_women for s in kept),
        caps_exceeded=sum(s.counts.caps_exceeded for s in kept),
        provincia=sum_parts(s.provincia for s in kept),
    )
