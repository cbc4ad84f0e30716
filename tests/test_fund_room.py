"""The Ambito's fund left for one project: the figures the panel shows and the ledger's rule.

A case being revised does not count its own live commitments against itself (validation
reverses them first), and the refusal shown while she types is the one the ledger raises.
"""

from __future__ import annotations

from datetime import date

import pytest

from antiviolenza_desktop.domain.funds.room import allocation_breaches, fund_rooms
from antiviolenza_desktop.domain.ledger.entries import AllocationExceeded, LedgerEntry
from antiviolenza_desktop.domain.ledger.invariants import check_new_entry
from antiviolenza_desktop.domain.project.draft import ActiveIntervention, WorkPath
from antiviolenza_desktop.domain.project.model import ACTIVE_FUND, Caps, ProjectDraft

ON = date(2026, 3, 1)
ALLOCATION = 200_000
HERS = LedgerEntry(1, 1, "CAV-001", ACTIVE_FUND, "commitment", 100_000, ON, revision=1)
OTHERS = LedgerEntry(2, 2, "CAV-002", ACTIVE_FUND, "commitment", 50_000, ON, revision=1)


def work_project(cents: int) -> ProjectDraft:
    return ProjectDraft(
        work=WorkPath(interventions=(ActiveIntervention("coaching", planned_cost=cents),))
    )


def rooms() -> tuple:  # type: ignore[type-arg]
    committed = {ACTIVE_FUND: HERS.amount + OTHERS.amount}
    return fund_rooms({ACTIVE_FUND: ALLOCATION}, committed, [HERS], case_id=1)


def test_her_own_commitments_do_not_count_against_her_revision() -> None:
    active = next(room for room in rooms() if room.fund == ACTIVE_FUND)
    assert active.held_by_others == OTHERS.amount
    assert active.left_after(work_project(150_000)) == 0
    assert active.left_after(work_project(150_001)) == -1


def test_a_fund_without_an_allocation_has_no_room() -> None:
    others = [room for room in rooms() if room.fund != ACTIVE_FUND]
    assert others and all(room.allocation == 0 for room in others)


@pytest.mark.parametrize("cents", [150_000, 150_001])
def test_the_panel_refuses_exactly_what_the_ledger_refuses(cents: int) -> None:
    shown = allocation_breaches(work_project(cents), rooms())
    reversal = LedgerEntry(3, 1, "CAV-001", ACTIVE_FUND, "reversal", 100_000, ON, reverses_seq=1)
    new = LedgerEntry(4, 1, "CAV-001", ACTIVE_FUND, "commitment", cents, ON, revision=2)
    try:
        check_new_entry(
            [HERS, reversal],
            new,
            allocations={ACTIVE_FUND: ALLOCATION},
            caps=Caps(active=None, passive=None, housing=None),
            fund_committed={ACTIVE_FUND: OTHERS.amount},
            woman_of={},
        )
    except AllocationExceeded as refused:
        assert [b.message for b in shown] == [refused.message]
    else:
        assert shown == []
