"""Reversing a row of any register — the fund ledger, the hours, the action expenses, the
training sessions, the network members — in one unit of work.

The ReversalDialog of every fund screen and `antiviolenza fondi storna` call `reverse_row`;
the rule (reason, day, which row may be reversed) is `services.register_reversal`'s and
`domain.funds.reversal`'s, the same for every register.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.funds.reversal import RegisterKind, reversal_day
from antiviolenza_desktop.services import register_reversal
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ReversedRow:
    """Which row of which register was cancelled, and the number of the row that did it."""

    kind: RegisterKind
    row_id: int
    reversal_id: int


def reverse_row(
    opened: OpenStore,
    kind: RegisterKind,
    row_id: int,
    reason: str,
    day: date | None = None,
    *,
    today: date | None = None,
) -> ReversedRow:
    """Cancel row `row_id` of register `kind`, dated `day` (today when None) where the register
    keeps a day. Errors: ReversalDayNotKept (a day for a register that keeps none) and
    `services.register_reversal.reverse_row`'s; nothing is written then."""
    today = today or date.today()
    on = reversal_day(kind, day, today=today)
    with UnitOfWork(opened.store, opened.actor) as uow:
        number = register_reversal.reverse_row(
            uow, kind=kind, row_id=row_id, reason=reason, day=on, today=today
        )
    return ReversedRow(kind, row_id, number)
