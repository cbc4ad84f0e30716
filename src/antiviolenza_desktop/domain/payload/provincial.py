"""The provincial payload: what a capofila sends the Region, totals only, never a pseudonym.

Schema version 2, independent of the Ambito snapshot's version (`domain.payload.snapshot`): the
two evolve apart. A canonical JSON object (sorted keys, no whitespace, UTF-8, integers only):

    schema_version, programme_id, province, created_at, sequence,
    ambiti    {Ambito code: {sequence, created_at, totals}}   every Ambito of the programme;
              sequence and created_at of the snapshot the capofila merged, or null (never sent)
    totals    {women, lines, funds, actions}                   the province
    counts    {unshared_women, duplicate_women, caps_exceeded}
    provincia {funds, hours}     what the Provincia's register adds (version 2:
                                 `domain.payload.provincial_provincia`; version 1 had none)

`totals` (per Ambito and for the province) has the shape of an Ambito snapshot's own totals
(`Totals`): women, women per case line, committed and disbursed per fund, A and B per action.
An Ambito's are the totals its snapshot stated (which the capofila recomputed from its records
when it merged it); the province's are `domain.exchange.province.provincial_totals`, where a
woman helped in two Ambiti counts once. So the province's money is the sum of its Ambiti's
plus the Provincia's part, and its women lie between the largest Ambito's and their sum: the
Region checks both
(`domain.payload.provincial_schema`). No record, no pseudonym, no name, no free text: every
string is a code of a closed vocabulary or the creation time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from antiviolenza_desktop.domain.exchange.province import LINE_OF_PROGRAMME, ProvincialTotals
from antiviolenza_desktop.domain.payload.provincial_provincia import (
    ProvinciaPart,
    part_payload,
    provincia_part,
)
from antiviolenza_desktop.domain.payload.snapshot import (
    CASE_LINES,
    ActionAmounts,
    FundAmounts,
    Snapshot,
    Totals,
    format_created_at,
)
from antiviolenza_desktop.domain.programme.model import Programme

PROVINCIAL_SCHEMA_VERSION = 2


@dataclass(frozen=True, slots=True)
class AmbitoTotals:
    """One Ambito as the capofila merged it: its newest snapshot's number, date and totals."""

    ambito: str
    sequence: int | None
    created_at: datetime | None
    totals: Totals


@dataclass(frozen=True, slots=True)
class ProvincialCounts:
    unshared_women: int
    duplicate_women: int
    caps_exceeded: int


@dataclass(frozen=True, slots=True)
class ProvincialSnapshot:
    schema_version: int
    programme_id: str
    province: str
    created_at: datetime
    sequence: int
    ambiti: tuple[AmbitoTotals, ...]
    totals: Totals
    counts: ProvincialCounts
    provincia: ProvinciaPart


def empty_totals(programme: Programme) -> Totals:
    """The totals of an Ambito that never sent a snapshot: zero everywhere."""
    return Totals(
        women=0,
        lines=tuple((line, 0) for line in CASE_LINES),
        funds=tuple((fund.code, FundAmounts()) for fund in programme.funds),
        actions=tuple((action.code, ActionAmounts()) for action in programme.actions),
    )


def province_totals_of(totals: ProvincialTotals) -> Totals:
    """The province's figures from the capofila's provincial totals, in the `Totals` shape."""
    women = {
        LINE_OF_PROGRAMME[row.line]: row.women
        for row in totals.lines
        if row.line in LINE_OF_PROGRAMME
    }
    return Totals(
        women=totals.women,
        lines=tuple((line, women.get(line, 0)) for line in CASE_LINES),
        funds=tuple((f.fund, FundAmounts(f.committed, f.disbursed)) for f in totals.funds),
        actions=tuple((a.action, ActionAmounts(a.actual_a, a.actual_b)) for a in totals.actions),
    )


def provincial_snapshot(
    *,
    programme: Programme,
    province: str,
    totals: ProvincialTotals,
    kept: Mapping[str, Snapshot],
    sequence: int,
    created_at: datetime,
) -> ProvincialSnapshot:
    """The provincial payload from the capofila's totals and the newest snapshot (header) it
    kept of each Ambito; `created_at` must carry a time zone."""
    ambiti = []
    for ambito in programme.ambiti:
        snapshot = kept.get(ambito.code)
        ambiti.append(
            AmbitoTotals(ambito.code, None, None, empty_totals(programme))
            if snapshot is None
            else AmbitoTotals(ambito.code, snapshot.sequence, snapshot.created_at, snapshot.totals)
        )
    return ProvincialSnapshot(
        schema_version=PROVINCIAL_SCHEMA_VERSION,
        programme_id=programme.id,
        province=province,
        created_at=created_at,
        sequence=sequence,
        ambiti=tuple(ambiti),
        totals=province_totals_of(totals),
        counts=ProvincialCounts(
            unshared_women=totals.unshared_women,
            duplicate_women=len(totals.duplicates),
            caps_exceeded=len(totals.caps_exceeded),
        ),
        provincia=provincia_part(totals, programme),
    )


def _totals(totals: Totals) -> dict[str, Any]:
    return {
        "women": totals.women,
        "lines": dict(totals.lines),
        "funds": {f: {"committed": a.committed, "disbursed": a.disbursed} for f, a in totals.funds},
        "actions": {x: {"a": a.a, "b": a.b} for x, a in totals.actions},
    }


def to_provincial_payload(snapshot: ProvincialSnapshot) -> dict[str, Any]:
    """The payload as a JSON object (`domain.payload.snapshot.canonical_bytes` makes the
    bytes that are signed)."""
    return {
        "schema_version": snapshot.schema_version,
        "programme_id": snapshot.programme_id,
        "province": snapshot.province,
        "created_at": format_created_at(snapshot.created_at),
        "sequence": snapshot.sequence,
        "ambiti": {
            row.ambito: {
                "sequence": row.sequence,
                "created_at": None if row.created_at is None else format_created_at(row.created_at),
                "totals": _totals(row.totals),
            }
            for row in snapshot.ambiti
        },
        "totals": _totals(snapshot.totals),
        "counts": {
            "unshared_women": snapshot.counts.unshared_women,
            "duplicate_women": snapshot.counts.duplicate_women,
            "caps_exceeded": snapshot.counts.caps_exceeded,
        },
        "provincia": part_payload(snapshot.provincia),
    }
