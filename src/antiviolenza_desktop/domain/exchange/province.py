"""The capofila's merge: the newest snapshot of each Ambito, and the provincial totals from them.

The totals are a pure function of one snapshot per Ambito (the newest accepted), never of the
order bundles arrived in or of how often one was imported (BU-15): `merge_decision` says what
an incoming snapshot does to the one kept for its Ambito, `merged` applies it, and
`provincial_totals` reads the result.

Women are counted once per pseudonym across Ambiti (BU-13): the same codice fiscale gives the
same pseudonym everywhere. Money is summed over Ambiti (it was really spent in each). Her
combined commitments per fund are checked against the per-woman cap across all her records;
women without consent to sharing are in the aggregates only, so they can be neither matched
across Ambiti nor checked against a combined cap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from antiviolenza_desktop.domain.exchange.province_changes import audit_log_shorter
from antiviolenza_desktop.domain.exchange.province_registers import (
    NetworkProvince,
    TrainingAmbito,
    network_province,
    training_by_ambito,
)
from antiviolenza_desktop.domain.exchange.provincia_figures import ProvinciaFigures
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.payload.snapshot import Snapshot, canonical_bytes, to_payload
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.domain.project.model import Caps, caps_from_programme

LINE_OF_PROGRAMME = {"1": "work", "2": "housing"}
"""Programme line codes (the card's «linea d'azione 1 / 2») to the case vocabulary's lines."""

STALE_AFTER_DAYS = 30
Decision = Literal["accepted", "already_imported", "stale", "conflict"]


@dataclass(frozen=True, slots=True)
class AmbitoFreshness:
    """How recent an Ambito's figures are; `sequence` None when nothing was ever received."""

    ambito: str
    name: str
    sequence: int | None
    created_at: datetime | None
    age_days: int | None
    stale: bool
    audit_head: int | None = None
    audit_head_before: int | None = None

    @property
    def audit_shorter(self) -> bool:
        """Its audit log is shorter than in the snapshot accepted before the newest one."""
        return audit_log_shorter(self.audit_head_before, self.audit_head)


@dataclass(frozen=True, slots=True)
class FundProvince:
    """A fund for the province. For a fund the Provincia manages, `committed` and `disbursed`
    are the Provincia's register and `projects_*` what the Ambiti's projects hold on it
    (shown, never added: the same money agreed with the CPI); see docs/provincia.md."""

    fund: str
    name: str
    allocation: Cents
    committed: Cents
    disbursed: Cents
    managed_by: str = "ambiti"
    projects_committed: Cents = 0
    projects_disbursed: Cents = 0

    @property
    def available(self) -> Cents:
        return self.allocation - self.committed


@dataclass(frozen=True, slots=True)
class ActionProvince:
    """One budget row: the card's A and B against what the Ambiti report (paid, valued)."""

    action: str
    printed_code: str
    line: str
    budget_a: Cents
    budget_b: Cents
    actual_a: Cents
    actual_b: Cents


@dataclass(frozen=True, slots=True)
class LineProvince:
    """A line of action: budget and actuals, and women against the card's target."""

    line: str
    name: str
    budget_a: Cents
    budget_b: Cents
    actual_a: Cents
    actual_b: Cents
    women: int
    target: int

    @property
    def target_reached(self) -> bool:
        return self.women >= self.target


@dataclass(frozen=True, slots=True)
class DuplicateWoman:
    """One pseudonym with records in more than one Ambito."""

    pseudonym: str
    ambiti: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CombinedCapExceeded:
    """A woman whose commitments on a fund, summed over all her records, pass the cap."""

    pseudonym: str
    fund: str
    committed: Cents
    cap: Cents
    by_ambito: tuple[tuple[str, Cents], ...]


@dataclass(frozen=True, slots=True)
class ProvincialTotals:
    as_of: datetime
    ambiti: tuple[AmbitoFreshness, ...]
    lines: tuple[LineProvince, ...]
    actions: tuple[ActionProvince, ...]
    funds: tuple[FundProvince, ...]
    women: int
    unshared_women: int
    duplicates: tuple[DuplicateWoman, ...]
    caps_exceeded: tuple[CombinedCapExceeded, ...]
    network: NetworkProvince | None = None
    training: tuple[TrainingAmbito, ...] = ()
    provincia: ProvinciaFigures | None = None


# --- keeping the newest snapshot -----------------------------------------------------------


def merge_decision(current: Snapshot | None, incoming: Snapshot) -> Decision:
    """What `incoming` does to the snapshot kept for its Ambito: replaces it (newer sequence),
    nothing (same sequence, same content), or is refused (older: stale; same sequence with
    other content: conflict)."""
    if current is None or incoming.sequence > current.sequence:
        return "accepted"
    if incoming.sequence < current.sequence:
        return "stale"
    same = canonical_bytes(to_payload(current)) == canonical_bytes(to_payload(incoming))
    return "already_imported" if same else "conflict"


def merged(current: Mapping[str, Snapshot], incoming: Snapshot) -> dict[str, Snapshot]:
    """The kept snapshots after `incoming`: replaced only when the decision is `accepted`."""
    result = dict(current)
    if merge_decision(current.get(incoming.ambito), incoming) == "accepted":
        result[incoming.ambito] = incoming
    return result


# --- provincial totals ---------------------------------------------------------------------


def _freshness(
    programme: Programme,
    snapshots: Mapping[str, Snapshot],
    as_of: datetime,
    stale_after: int,
    heads_before: Mapping[str, int | None],
) -> tuple[AmbitoFreshness, ...]:
    rows = []
    for ambito in programme.ambiti:
        snapshot = snapshots.get(ambito.code)
        if snapshot is None:
            rows.append(AmbitoFreshness(ambito.code, ambito.name, None, None, None, True))
            continue
        age = (as_of - snapshot.created_at).days
        rows.append(
            AmbitoFreshness(
                ambito.code,
                ambito.name,
                snapshot.sequence,
                snapshot.created_at,
                age,
                age > stale_after,
                snapshot.audit_head.seq if snapshot.audit_head else None,
                heads_before.get(ambito.code),
            )
        )
    return tuple(rows)


def _funds(programme: Programme, snapshots: Iterable[Snapshot]) -> tuple[FundProvince, ...]:
    sums: dict[str, list[Cents]] = {fund.code: [0, 0] for fund in programme.funds}
    for snapshot in snapshots:
        for fund, amounts in snapshot.totals.funds:
            sums[fund][0] += amounts.committed
            sums[fund][1] += amounts.disbursed
    return tuple(
        FundProvince(fund.code, fund.name, fund.allocation, sums[fund.code][0], sums[fund.code][1])
        for fund in programme.funds
    )


def _actions(programme: Programme, snapshots: Iterable[Snapshot]) -> tuple[ActionProvince, ...]:
    sums: dict[str, list[Cents]] = {action.code: [0, 0] for action in programme.actions}
    for snapshot in snapshots:
        for action, amounts in snapshot.totals.actions:
            sums[action][0] += amounts.a
            sums[action][1] += amounts.b
    return tuple(
        ActionProvince(x.code, x.printed_code, x.line, x.amount_a, x.amount_b, *sums[x.code])
        for x in programme.actions
    )


def _women_in(snapshots: Iterable[Snapshot], line: str | None) -> int:
    """Distinct pseudonyms (in `line`, or anywhere) plus the unshared women of each Ambito."""
    seen: set[str] = set()
    unshared = 0
    for snapshot in snapshots:
        seen.update(r.pseudonym for r in snapshot.cases if line is None or r.in_line(line))
        counts = dict(snapshot.unshared.lines)
        unshared += snapshot.unshared.women if line is None else counts[line]
    return len(seen) + unshared


def _lines(
    programme: Programme, snapshots: list[Snapshot], actions: tuple[ActionProvince, ...]
) -> tuple[LineProvince, ...]:
    rows = []
    for line in programme.lines:
        mine = [a for a in actions if a.line == line.code]
        case_line = LINE_OF_PROGRAMME.get(line.code)
        rows.append(
            LineProvince(
                line=line.code,
                name=line.name,
                budget_a=line.total_a,
                budget_b=line.total_b,
                actual_a=sum(a.actual_a for a in mine),
                actual_b=sum(a.actual_b for a in mine),
                women=_women_in(snapshots, case_line) if case_line else 0,
                target=line.target_women,
            )
        )
    return tuple(rows)


def _duplicates(snapshots: Iterable[Snapshot]) -> tuple[DuplicateWoman, ...]:
    where: dict[str, set[str]] = defaultdict(set)
    for snapshot in snapshots:
        for record in snapshot.cases:
            where[record.pseudonym].add(snapshot.ambito)
    return tuple(
        DuplicateWoman(pseudonym, tuple(sorted(ambiti)))
        for pseudonym, ambiti in sorted(where.items())
        if len(ambiti) > 1
    )


def _caps_exceeded(snapshots: Iterable[Snapshot], caps: Caps) -> tuple[CombinedCapExceeded, ...]:
    spent: dict[tuple[str, str], dict[str, Cents]] = defaultdict(lambda: defaultdict(int))
    for snapshot in snapshots:
        for record in snapshot.cases:
            for fund, amounts in record.funds:
                if amounts.committed:
                    spent[record.pseudonym, fund][snapshot.ambito] += amounts.committed
    found = []
    for (pseudonym, fund), by_ambito in sorted(spent.items()):
        cap, total = caps.of(fund), sum(by_ambito.values())
        if cap is not None and total > cap:
            found.append(
                CombinedCapExceeded(pseudonym, fund, total, cap, tuple(sorted(by_ambito.items())))
            )
    return tuple(found)


def provincial_totals(
    snapshots: Mapping[str, Snapshot],
    *,
    programme: Programme,
    as_of: datetime,
    stale_after_days: int = STALE_AFTER_DAYS,
    caps: Caps | None = None,
    audit_heads_before: Mapping[str, int | None] | None = None,
) -> ProvincialTotals:
    """The province from the newest accepted snapshot of each Ambito (keyed by Ambito code).

    `as_of` (time-zone aware) decides staleness: a snapshot older than `stale_after_days`, or
    an Ambito never received, is stale. `caps` default to the programme's per-woman caps.
    `audit_heads_before` (Ambito → audit head of the snapshot accepted before its newest)
    only feeds the freshness warning of a shortened audit log; no total depends on it."""
    kept = [snapshots[code] for code in sorted(snapshots)]
    actions = _actions(programme, kept)
    return ProvincialTotals(
        as_of=as_of,
        ambiti=_freshness(programme, snapshots, as_of, stale_after_days, audit_heads_before or {}),
        lines=_lines(programme, kept, actions),
        actions=actions,
        funds=_funds(programme, kept),
        women=_women_in(kept, None),
        unshared_women=sum(s.unshared.women for s in kept),
        duplicates=_duplicates(kept),
        caps_exceeded=_caps_exceeded(kept, caps or caps_from_programme(programme)),
        network=network_province(snapshots, programme),
        training=training_by_ambito(snapshots, programme),
    )
