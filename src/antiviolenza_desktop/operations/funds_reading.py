"""What the fund screens and `antiviolenza fondi totali` show: the dashboard, the entries behind
a figure, a woman's ledger, the training and network registers.

Each read is one unit of work, so the GUI can run it on the background runner's thread (the
dashboard's sums read the whole ledger and must not freeze the window on a large store) and
its parts agree with each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from antiviolenza_desktop.domain.access.permissions import Permission, may
from antiviolenza_desktop.domain.exchange.province_registers import NetworkProvince, network_growth
from antiviolenza_desktop.domain.funds.allocation import FundSetup
from antiviolenza_desktop.domain.funds.figures import ActionFigures, FundWarning
from antiviolenza_desktop.domain.funds.schedule import Schedule
from antiviolenza_desktop.domain.ledger.entries import (
    FundTotals,
    LedgerEntry,
    LedgerIndex,
    OpenCommitment,
    open_commitments,
)
from antiviolenza_desktop.domain.payload.registers import network_figures
from antiviolenza_desktop.domain.project.payment_items import PayableItem
from antiviolenza_desktop.services import (
    cofinancing,
    fund_figures,
    fund_settings,
    ledger,
    network_members,
    training,
)
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.cofinancing import ExpenseRow, HoursRow
from antiviolenza_desktop.services.exchange_registers import members_in_force
from antiviolenza_desktop.services.fund_figures import Figure, MonthSpending
from antiviolenza_desktop.services.network_members import MemberRow
from antiviolenza_desktop.services.payment_items import items_for
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.training import TrainingRow
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def can_write(opened: OpenStore) -> bool:
    """Only a role with FUNDS records payments, reversals, hours and settings (the services
    refuse anyone else); the GUI disables those buttons instead of letting them fail."""
    return may(opened.actor.role, Permission.FUNDS)


@dataclass(frozen=True)
class FundTotalsView:
    """Per fund: allocated, committed, disbursed, available; and the warnings of today."""

    totals: tuple[FundTotals, ...]
    warnings: tuple[FundWarning, ...]


def read_totals(opened: OpenStore, today: date) -> FundTotalsView:
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.FUNDS_READ)
        totals = ledger.totals(uow)
        warnings = tuple(fund_figures.warnings(uow, today=today))
    return FundTotalsView(totals, warnings)


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
    schedule: Schedule | None = None


def read_funds(opened: OpenStore, today: date) -> FundsSnapshot:
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.FUNDS_READ)
        actions, totals = fund_figures.actions(uow), ledger.totals(uow)
        plan = fund_figures.calendar(uow, today=today, figures=actions)
        return FundsSnapshot(
            totals=totals,
            actions=actions,
            months=tuple(fund_figures.monthly_spending(uow)),
            warnings=(*fund_figures.ledger_warnings(uow, totals, today=today), *plan.warnings),
            schedule=plan.schedule,
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
        require(uow, Permission.FUNDS_READ)
        rows = fund_figures.entries_behind(uow, figure=figure, fund=fund, month=month)
        return _listing(uow, rows)


def read_commitment_entries(opened: OpenStore, seq: int) -> EntryList:
    """One commitment with its payments and every reversal of them (a warning's drill-down)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.FUNDS_READ)
        commitment = ledger.entry(uow, seq)
        mine = ledger.entries_of_case(uow, commitment.case_id)
        payments = {e.seq for e in mine if e.commitment_seq == seq} | {seq}
        rows = [e for e in mine if e.seq in payments or e.reverses_seq in payments]
        return _listing(uow, rows)


def read_case_entries(opened: OpenStore, case_id: int) -> EntryList:
    """Her whole ledger: commitments, payments and reversals on every fund."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.FUNDS_READ)
        return _listing(uow, ledger.entries_of_case(uow, case_id))


@dataclass(frozen=True)
class Registers:
    """The training sessions and the network members, oldest first, and this store's network
    against line 1's growth target (the rule the provincial view applies to every Ambito)."""

    training: tuple[TrainingRow, ...]
    members: tuple[MemberRow, ...]
    network: NetworkProvince


def read_registers(opened: OpenStore) -> Registers:
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.FUNDS_READ)
        figures = network_figures(members_in_force(uow))
        return Registers(
            tuple(training.training_register(uow)),
            tuple(network_members.network_register(uow)),
            network_growth((figures,), load_default_programme()),
        )


def payable_items(opened: OpenStore, commitment_seq: int) -> tuple[PayableItem, ...]:
    """The project items a payment against this commitment may name: the payment dialog's
    «Per l'intervento» list (`services.payment_items.items_for`); the write checks it again."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.FUNDS_READ)
        return items_for(uow, ledger.entry(uow, commitment_seq))
