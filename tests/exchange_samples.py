"""Synthetic snapshots for the exchange tests: invented pseudonyms, codes and amounts only.

`snapshot_of` builds a valid snapshot from a few case records (its totals are what the records
add up to), and the hypothesis strategies below draw records, snapshots and sets of snapshots.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

from antiviolenza_desktop.domain.payload.snapshot import (
    SCHEMA_VERSION,
    Aggregate,
    CaseRecord,
    CofinancingRow,
    ExpenseRow,
    FundAmounts,
    InterventionRecord,
    ProjectRecord,
    Snapshot,
    Totals,
)
from antiviolenza_desktop.domain.payload.totals import computed_totals
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.services.programme import load_default_programme

PROGRAMME: Programme = load_default_programme()
FUNDS = tuple(fund.code for fund in PROGRAMME.funds)
AMBITI = tuple(ambito.code for ambito in PROGRAMME.ambiti)
CAV = tuple(cav.code for cav in PROGRAMME.cav)
EPOCH = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def hex_of(label: str) -> str:
    return hashlib.sha256(label.encode()).hexdigest()


def funds(**amounts: tuple[int, int]) -> tuple[tuple[str, FundAmounts], ...]:
    return tuple((fund, FundAmounts(*amounts.get(fund, (0, 0)))) for fund in FUNDS)


def record(
    label: str,
    *,
    woman: str | None = None,
    lines: tuple[str, ...] = ("work",),
    stage: str = "taken_in_charge",
    money: dict[str, tuple[int, int]] | None = None,
    project_status: str | None = "validated",
) -> CaseRecord:
    project = None
    if project_status is not None:
        project = ProjectRecord(
            revision=1,
            status=project_status,
            lines=lines,
            validated_month="2026-02",
            interventions=(
                InterventionRecord("active_policies", "skills_review", 10_000, "planned"),
            ),
        )
    return CaseRecord(
        record=hex_of("record:" + label),
        pseudonym=hex_of("woman:" + (woman or label)),
        cav=CAV[0],
        lines=lines,
        priority=("unemployed",),
        age_band="30_39",
        stage=stage,
        referral_month="2026-01",
        stage_months=(("contact", "2026-01"), ("taken_in_charge", "2026-01")),
        funds=funds(**(money or {})),
        project=project,
    )


def snapshot_of(
    ambito: str,
    sequence: int,
    cases: tuple[CaseRecord, ...] = (),
    *,
    unshared: Aggregate | None = None,
    cofinancing: tuple[CofinancingRow, ...] = (),
    expenses: tuple[ExpenseRow, ...] = (),
    created_at: datetime = EPOCH,
) -> Snapshot:
    empty = Aggregate(0, (("work", 0), ("housing", 0)), funds())
    draft = Snapshot(
        schema_version=SCHEMA_VERSION,
        programme_id=PROGRAMME.id,
        ambito=ambito,
        created_at=created_at,
        sequence=sequence,
        cases=cases,
        unshared=unshared or empty,
        cofinancing=cofinancing,
        action_expenses=expenses,
        totals=Totals(0, (), (), ()),
    )
    return replace(draft, totals=computed_totals(draft, PROGRAMME))


_amount = st.integers(min_value=0, max_value=500_000)


@st.composite
def case_records(draw: st.DrawFn, women: tuple[str, ...]) -> CaseRecord:
    committed = {fund: draw(_amount) for fund in FUNDS}
    money = {fund: (c, draw(st.integers(0, c))) for fund, c in committed.items()}
    return record(
        draw(st.text("abcdef0123", min_size=4, max_size=12)),
        woman=draw(st.sampled_from(women)),
        lines=tuple(sorted(draw(st.sets(st.sampled_from(("work", "housing")), min_size=1)))),
        stage=draw(st.sampled_from(("taken_in_charge", "concluded", "dropped_out"))),
        money=money,
        project_status=draw(st.sampled_from((None, "validated", "closed"))),
    )


@st.composite
def snapshots(draw: st.DrawFn, ambito: str, sequence: int) -> Snapshot:
    """A valid snapshot of `ambito`; women are drawn from a small shared pool, so the same
    pseudonym often appears in several Ambiti."""
    pool = ("anna", "bea", "carla", "dora", "elsa", "fede")
    records = draw(st.lists(case_records(pool), max_size=6, unique_by=lambda r: r.record))
    hours = draw(
        st.lists(
            st.builds(
                CofinancingRow,
                st.sampled_from(("3.1", "4.2")),
                st.sampled_from(("2026-01", "2026-02")),
                st.integers(1, 6000),
                st.integers(1, 300_000),
            ),
            max_size=3,
            unique_by=lambda r: (r.action, r.month),
        )
    )
    unshared = Aggregate(
        draw(st.integers(0, 3)),
        (("work", draw(st.integers(0, 2))), ("housing", draw(st.integers(0, 2)))),
        funds(active_policies=(draw(_amount), 0)),
    )
    age = timedelta(days=draw(st.integers(0, 90)))
    return snapshot_of(
        ambito,
        sequence,
        tuple(records),
        unshared=unshared,
        cofinancing=tuple(hours),
        created_at=EPOCH - age,
    )
