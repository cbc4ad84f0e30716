"""The store work behind the fund screens: the reads they show and the writes their buttons make.

Every function opens its own unit of work, so it can run on the background runner's thread
(like `operations.project`): the dashboard's sums read the whole ledger and must not freeze the
window on a large store, and the encrypted store keeps one writer. Each write is one
transaction: a refusal leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from antiviolenza_desktop.domain.access.users import ROLE_COORDINATOR
from antiviolenza_desktop.domain.funds.allocation import FundSetup
from antiviolenza_desktop.domain.funds.cofinancing import ExpenseEntry, HoursEntry
from antiviolenza_desktop.domain.funds.figures import ActionFigures, FundWarning
from antiviolenza_desktop.domain.ledger.entries import (
    FundTotals,
    LedgerEntry,
    LedgerIndex,
    OpenCommitment,
    open_commitments,
)
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.project.payment_items import PaymentItemRef
from antiviolenza_desktop.services import (
    cofinancing,
    fund_figures,
    fund_settings,
    ledger,
    ledger_writes,
)
from antiviolenza_desktop.services.cofinancing import ExpenseRow, HoursRow
from antiviolenza_desktop.services.fund_figures import Figure, MonthSpending
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def can_write(opened: OpenStore) -> bool:
    """Only the coordinator records payments, reversals, hours and settings (the services
    refuse anyone else); the GUI disables those buttons instead of letting them fail."""
    return opened.actor.role == ROLE_COORDINATOR


@dataclass(frozen=True)
class FundsSnapshot:
    """Everything the fund dashboard shows, read in one transaction."""

    totals: tuple[FundTotals, ...] = ()
    actions: tuple[ActionFigures, ...] = ()
    months: tuple[MonthSpending, ...] = ()
    warnings: tuple[FundWarning, ...] = ()
    hours: tuple[HoursRow, ...] = ()
    expenses: tuple[ExpenseRow, ...] = ()
    narratives: dict[str, str] = field(default_factory=dict)
    setups: tuple[FundSetup, ...] = ()


def read_funds(opened: OpenStore, today: date) -> FundsSnapshot:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return FundsSnapshot(
            totals=ledger.totals(uow),
            actions=fund_figures.actions(uow),
            months=tuple(fund_figures.monthly_spending(uow)),
            warnings=tuple(fund_figures.warnings(uow, today=today)),
            hours=tuple(cofinancing.hours_register(uow)),
            expenses=tuple(cofinancing.expenses(uow)),
            narratives=cofinancing.narratives(uow),
            setups=fund_settings.current_setups(uow),
        )


@dataclass(frozen=True)
class EntryList:
    """Ledger entries to list, with what the list needs to offer payments and reversals:
    the open commitments among them (by number) and who reversed what."""

    entries: tuple[LedgerEntry, ...] = ()
    open_by_seq: dict[int, OpenCommitment] = field(default_factory=dict)
    reversed_by: dict[int, int] = field(default_factory=dict)


def _listing(uow: UnitOfWork, entries: list[LedgerEntry]) -> EntryList:
    """Residuals and reversals come from each case's whole ledger: a commitment listed under
    «impegnato» has its payments elsewhere."""
    open_by_seq: dict[int, OpenCommitment] = {}
    reversed_by: dict[int, int] = {}
    for case_id in sorted({entry.case_id for entry in entries}):
        mine = ledger.entries_of_case(uow, case_id)
        open_by_seq |= {c.seq: c for c in open_commitments(mine)}
        reversed_by |= LedgerIndex.of(mine).reversed_by
    return EntryList(tuple(entries), open_by_seq, reversed_by)


def read_entries_behind(
    opened: OpenStore, figure: Figure, fund: str | None, month: str | None
) -> EntryList:
    """The entries that make one figure of the dashboard (fund_figures.entries_behind)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        rows = fund_figures.entries_behind(uow, figure=figure, fund=fund, month=month)
        return _listing(uow, rows)


def read_commitment_entries(opened: OpenStore, seq: int) -> EntryList:
    """One commitment with its payments and every reversal of them (a warning's drill-down)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        commitment = ledger.entry(uow, seq)
        mine = ledger.entries_of_case(uow, commitment.case_id)
        payments = {e.seq for e in mine if e.commitment_seq == seq} | {seq}
        rows = [e for e in mine if e.seq in payments or e.reverses_seq in payments]
        return _listing(uow, rows)


def read_case_entries(opened: OpenStore, case_id: int) -> EntryList:
    """Her whole ledger: commitments, payments and reversals on every fund."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return _listing(uow, ledger.entries_of_case(uow, case_id))


# --- writes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Payment:
    """A payment as typed in the dialog."""

    commitment_seq: int
    on: date
    amount: Cents
    payee: str
    document_ref: str
    note: str = ""
    intervention: PaymentItemRef | None = None


def write_payment(opened: OpenStore, payment: Payment) -> LedgerEntry:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return ledger_writes.record_disbursement(
            uow,
            commitment_seq=payment.commitment_seq,
            amount=payment.amount,
            on=payment.on,
            payee=payment.payee,
            document_ref=payment.document_ref,
            note=payment.note,
            intervention=payment.intervention,
        )


def write_hours(opened: OpenStore, entry: HoursEntry) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return cofinancing.record_hours(uow, entry=entry, today=date.today())


def write_expense(opened: OpenStore, expense: ExpenseEntry) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return cofinancing.record_expense(uow, expense=expense, today=date.today())


def write_narrative(opened: OpenStore, action_code: str, text: str) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        cofinancing.set_narrative(uow, action_code=action_code, text=text)


def write_fund_setting(
    opened: OpenStore, fund: str, allocation: Cents, cap_per_woman: Cents | None
) -> FundSetup:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return fund_settings.configure_fund(
            uow, fund=fund, allocation=allocation, cap_per_woman=cap_per_woman
        )
