"""The writes of the fund screens and of `antiviolenza fondi`: a payment on a commitment, hours,
an action expense, an action's report text, a fund's share, a training session, a network
member joining or leaving. (Reversals of any of them: `operations.register_reversal`.)

Each is one unit of work, so a refusal leaves nothing behind and the GUI can run it on the
background runner's thread; the rules, the permission (coordinator only) and the audit entry
are the services'. The one flow here is the payment's: the project item it pays may be named
by its number on the printed Progetto (the command line) or picked from a list (the GUI), and
the answer carries the commitment's residual after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.funds.allocation import FundSetup
from antiviolenza_desktop.domain.funds.cofinancing import ExpenseEntry, HoursEntry
from antiviolenza_desktop.domain.funds.network_training import MemberEntry, TrainingEntry
from antiviolenza_desktop.domain.ledger.entries import LedgerEntry, open_commitments
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.project.payment_items import PaymentItemRef
from antiviolenza_desktop.services import (
    cofinancing,
    fund_settings,
    ledger,
    ledger_writes,
    network_members,
    training,
)
from antiviolenza_desktop.services.payment_items import ref_by_number
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Payment:
    """A payment as typed: the project item it pays either picked (`intervention`) or named
    by its number on the Progetto (`item_number`), or neither."""

    commitment_seq: int
    on: date
    amount: Cents
    payee: str
    document_ref: str
    note: str = ""
    intervention: PaymentItemRef | None = None
    item_number: int | None = None


@dataclass(frozen=True)
class RecordedPayment:
    entry: LedgerEntry
    residual: Cents
    """What the commitment still holds after this payment."""


def record_payment(opened: OpenStore, payment: Payment) -> RecordedPayment:
    """Errors: `ledger_writes.record_disbursement`'s, and ItemNotInProject for an item number
    the commitment's project does not have."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        item = payment.intervention
        if payment.item_number is not None:
            commitment = ledger.entry(uow, payment.commitment_seq)
            item = ref_by_number(uow, commitment, payment.item_number)
        paid = ledger_writes.record_disbursement(
            uow,
            commitment_seq=payment.commitment_seq,
            amount=payment.amount,
            on=payment.on,
            payee=payment.payee,
            document_ref=payment.document_ref,
            note=payment.note,
            intervention=item,
        )
        mine = ledger.entries_of_case(uow, paid.case_id)
    still_open = {c.seq: c.residual for c in open_commitments(mine)}
    return RecordedPayment(paid, still_open.get(payment.commitment_seq, 0))


def record_hours(opened: OpenStore, entry: HoursEntry, *, today: date | None = None) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return cofinancing.record_hours(uow, entry=entry, today=today or date.today())


def record_expense(opened: OpenStore, expense: ExpenseEntry, *, today: date | None = None) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return cofinancing.record_expense(uow, expense=expense, today=today or date.today())


def set_narrative(opened: OpenStore, action_code: str, text: str) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        cofinancing.set_narrative(uow, action_code=action_code, text=text)


def configure_fund(
    opened: OpenStore, fund: str, allocation: Cents, cap_per_woman: Cents | None
) -> FundSetup:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return fund_settings.configure_fund(
            uow, fund=fund, allocation=allocation, cap_per_woman=cap_per_woman
        )


def record_training(opened: OpenStore, entry: TrainingEntry, *, today: date | None = None) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return training.record_training(uow, entry=entry, today=today or date.today())


def add_member(opened: OpenStore, entry: MemberEntry, *, today: date | None = None) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return network_members.add_member(uow, entry=entry, today=today or date.today())


def record_leaving(
    opened: OpenStore, row_id: int, left_on: date, *, today: date | None = None
) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        network_members.record_leaving(
            uow, row_id=row_id, left_on=left_on, today=today or date.today()
        )
