"""What is left of the Ambito's funds for one project, as its validation will find it.

Validating a revision first reverses the live commitments of the case's earlier revision and
then commits what the new one asks of each fund (domain.ledger.commitment_entries_for); the
ledger refuses a commitment that takes a fund past its allocation
(`ledger_invariants.allocation_refusal`). `FundRoom` holds the two figures that rule needs
for a case: the allocation, and what the other projects hold. The project panel shows the
room left while she types and the refusal the validation would give, from the same rule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from antiviolenza_desktop.domain.ledger.entries import (
    FUND_LABELS,
    AllocationExceeded,
    LedgerEntry,
    committed,
)
from antiviolenza_desktop.domain.ledger.invariants import allocation_refusal
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.project.model import ProjectDraft, fund_total


@dataclass(frozen=True, slots=True)
class FundRoom:
    """One fund of the Ambito as a revision of one case meets it at validation."""

    fund: str
    allocation: Cents
    held_by_others: Cents
    """Net commitments of the fund, less those of this case (reversed before committing)."""

    def left_after(self, draft: ProjectDraft) -> Cents:
        """What the fund keeps once `draft` is validated (negative: it would be refused)."""
        return self.allocation - self.held_by_others - fund_total(draft, self.fund)


def fund_rooms(
    allocations: Mapping[str, Cents],
    fund_committed: Mapping[str, Cents],
    case_entries: Sequence[LedgerEntry],
    case_id: int,
) -> tuple[FundRoom, ...]:
    """Per fund: its allocation, and its net commitments without the case's own."""
    return tuple(
        FundRoom(
            fund,
            allocations.get(fund, 0),
            fund_committed.get(fund, 0) - committed(case_entries, fund=fund, case_id=case_id),
        )
        for fund in FUND_LABELS
    )


def allocation_breaches(draft: ProjectDraft, rooms: Sequence[FundRoom]) -> list[AllocationExceeded]:
    """The refusals the validation of `draft` would meet on the Ambito's allocations."""
    breaches = []
    for room in rooms:
        amount = fund_total(draft, room.fund)
        if amount <= 0:
            continue
        refusal = allocation_refusal(
            room.fund, room.held_by_others, amount, {room.fund: room.allocation}
        )
        if refusal is not None:
            breaches.append(refusal)
    return breaches
