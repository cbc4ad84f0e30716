"""The lock of an approved period, on a real Ambito store: every register refuses a row, and a
reversal, dated in it, naming the period and who approved it, with nothing written; reopening
lifts the lock. The period is the current month, approved as a verified decision file would
(`services.approval_periods.apply_decisions`; the file itself is tested in
test_approval_exchange.py), so a commitment made today can be paid into it once reopened."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from antiviolenza_desktop.domain.approval.periods import Period
from antiviolenza_desktop.domain.approval.states import PeriodLocked
from antiviolenza_desktop.domain.funds.cofinancing import ExpenseEntry, HoursEntry
from antiviolenza_desktop.domain.funds.network_training import MemberEntry, TrainingEntry
from antiviolenza_desktop.domain.ledger.entries import LedgerEntry
from antiviolenza_desktop.services import (
    cofinancing,
    ledger,
    ledger_import,
    ledger_writes,
    network_members,
    register_reversal,
    training,
)
from antiviolenza_desktop.services.approval_periods import DecidedPeriod, apply_decisions
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    ActionExpense,
    ApprovalPeriod,
    AuditLog,
    CofinancingHours,
    LedgerRecord,
    NetworkMember,
    TrainingSession,
)
from tests.funds_support import TODAY, validate_project, work_project

TABLES = (
    LedgerRecord,
    CofinancingHours,
    ActionExpense,
    TrainingSession,
    NetworkMember,
    ApprovalPeriod,
    AuditLog,
)
THIS_MONTH = Period(TODAY.year, month=TODAY.month)
HOURS = HoursEntry("Comune di Cremona", "Assistente sociale", "3.1", f"{TODAY:%Y-%m}", 80, 2_550)
EXPENSE = ExpenseEntry("3.4", TODAY, 25_000, "Ente formatore", "Fattura 3", "Formazione")
SESSION = TrainingEntry(on=TODAY, topic="Modulo 1", minutes=180, participants={"cav": 4})
MEMBER = MemberEntry("Centro Prova", "cav", TODAY)
Write = Callable[[UnitOfWork], object]


def _decide(opened: OpenStore, state: str, number: int) -> None:
    decided = DecidedPeriod(
        THIS_MONTH, state, number, "", datetime.now(UTC).isoformat(timespec="seconds"), "capo"
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        apply_decisions(uow, sequence=number, content_sha256="0" * 64, periods=[decided])


def _state(opened: OpenStore) -> tuple[int, ...]:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return tuple(uow.session.scalar(select(func.count()).select_from(t)) for t in TABLES)


def _locked(opened: OpenStore, write: Write) -> PeriodLocked:
    before = _state(opened)
    with pytest.raises(PeriodLocked) as refused, UnitOfWork(opened.store, opened.actor) as uow:
        write(uow)
    assert _state(opened) == before
    return refused.value


@pytest.fixture
def rows(opened: OpenStore, case_id: int) -> dict[str, int]:
    """A commitment made today, and one row of each other register, before the lock."""
    validate_project(opened, case_id, work_project(150_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        return {
            "ledger": 1,
            "hours": cofinancing.record_hours(uow, entry=HOURS, today=TODAY),
            "expenses": cofinancing.record_expense(uow, expense=EXPENSE, today=TODAY),
            "training": training.record_training(uow, entry=SESSION, today=TODAY),
            "network": network_members.add_member(uow, entry=MEMBER, today=TODAY),
        }


def _payment(uow: UnitOfWork) -> object:
    return ledger_writes.record_disbursement(
        uow, commitment_seq=1, amount=10_000, on=TODAY, payee="Ente Prova", document_ref="FT 1"
    )


WRITES: dict[str, Write] = {
    "ledger": _payment,
    "hours": lambda uow: cofinancing.record_hours(uow, entry=HOURS, today=TODAY),
    "expenses": lambda uow: cofinancing.record_expense(uow, expense=EXPENSE, today=TODAY),
    "training": lambda uow: training.record_training(uow, entry=SESSION, today=TODAY),
    "network": lambda uow: network_members.add_member(uow, entry=MEMBER, today=TODAY),
}


@pytest.mark.parametrize("kind", sorted(WRITES))
def test_a_row_dated_in_an_approved_period_is_refused_until_reopened(
    opened: OpenStore, rows: dict[str, int], kind: str
) -> None:
    _decide(opened, "approved", 1)
    refusal = _locked(opened, WRITES[kind])
    assert refusal.code == "periodo_approvato_bloccato"
    assert refusal.params["period"] == THIS_MONTH.label and refusal.params["by"] == "capo"
    assert refusal.params["on"] == f"{TODAY:%d/%m/%Y}"
    _decide(opened, "reopened", 2)
    with UnitOfWork(opened.store, opened.actor) as uow:
        WRITES[kind](uow)


@pytest.mark.parametrize("kind", ["ledger", "hours", "expenses", "training", "network"])
def test_a_row_of_an_approved_period_is_not_reversed_until_reopened(
    opened: OpenStore, rows: dict[str, int], kind: str
) -> None:
    def reverse(uow: UnitOfWork) -> object:
        return register_reversal.reverse_row(
            uow,
            kind=kind,
            row_id=rows[kind],
            reason="Errore",
            day=TODAY,  # type: ignore[arg-type]
        )

    _decide(opened, "approved", 1)
    assert _locked(opened, reverse).params["period"] == THIS_MONTH.label
    _decide(opened, "reopened", 2)
    with UnitOfWork(opened.store, opened.actor) as uow:
        reverse(uow)


def test_leaving_the_network_in_an_approved_period_is_refused(
    opened: OpenStore, rows: dict[str, int]
) -> None:
    _decide(opened, "approved", 1)
    _locked(
        opened,
        lambda uow: network_members.record_leaving(
            uow, row_id=rows["network"], left_on=TODAY, today=TODAY
        ),
    )


def test_the_bulk_ledger_import_lists_the_locked_period(
    opened: OpenStore, rows: dict[str, int]
) -> None:
    _decide(opened, "approved", 1)
    with UnitOfWork(opened.store, opened.actor) as uow:
        commitment = ledger.entry(uow, 1)
    payment = LedgerEntry(
        seq=2,
        case_id=commitment.case_id,
        case_code=commitment.case_code,
        fund=commitment.fund,
        kind="disbursement",
        amount=10_000,
        on=TODAY,
        commitment_seq=1,
        payee="Ente Prova",
        document_ref="FT 1",
    )
    before = _state(opened)
    with (
        pytest.raises(ledger_writes.LedgerInconsistent) as refused,
        UnitOfWork(opened.store, opened.actor) as uow,
    ):
        ledger_import.import_entries(uow, [payment])
    assert [f.code for f in refused.value.findings if isinstance(f, PeriodLocked)] == [
        "periodo_approvato_bloccato"
    ]
    assert _state(opened) == before


def test_other_states_do_not_lock(opened: OpenStore, rows: dict[str, int]) -> None:
    for number, state in enumerate(("submitted", "sent_back"), start=1):
        _decide(opened, state, number)
        with UnitOfWork(opened.store, opened.actor) as uow:
            WRITES["hours"](uow)
