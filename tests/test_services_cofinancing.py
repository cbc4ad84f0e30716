"""The hours register, action expenses, narratives and the figures built on them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from antiviolenza_desktop.domain.errors import AppError, PermissionDenied
from antiviolenza_desktop.domain.funds.cofinancing import (
    ActionPaidThroughLedger,
    ActionWithoutRegionalMoney,
    DateInFutureForExpense,
    ExpenseEntry,
    ExpenseNotPositive,
    HourlyCostOutOfRange,
    HoursEntry,
    HoursOutOfRange,
    InvalidMonth,
    MonthInFuture,
    RequiredText,
    UnknownAction,
    hours_value,
)
from antiviolenza_desktop.domain.funds.figures import IdleCommitment, fund_warnings
from antiviolenza_desktop.domain.ledger.entries import FundTotals
from antiviolenza_desktop.services import (
    cofinancing,
    fund_figures,
    ledger_writes,
    register_reversal,
)
from antiviolenza_desktop.services.reversible_rows import (
    ReversalRowNotReversible,
    RowAlreadyReversed,
    RowNotFound,
)
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from tests.funds_support import TODAY, new_case, validate_project, work_project

MONTH = f"{TODAY:%Y-%m}"


def _hours(**changes) -> HoursEntry:  # type: ignore[no-untyped-def]
    fields = {
        "body": "Comune di Cremona",
        "person": "Assistente sociale",
        "action_code": "3.1",
        "month": MONTH,
        "minutes": 80,
        "hourly_cost": 2_550,
    }
    return HoursEntry(**(fields | changes))


def test_hours_are_valued_to_the_cent_half_up() -> None:
    assert hours_value(80, 2_550) == 3_400
    assert hours_value(1, 2_550) == 43  # 42.5 cents rounds up
    assert hours_value(60, 1) == 1


@pytest.mark.parametrize(
    ("changes", "refusal"),
    [
        ({"action_code": "9.9"}, UnknownAction),
        ({"month": "2026-13"}, InvalidMonth),
        ({"month": "marzo"}, InvalidMonth),
        ({"month": f"{TODAY.year + 1}-01"}, MonthInFuture),
        ({"minutes": 0}, HoursOutOfRange),
        ({"minutes": 31 * 24 * 60 + 1}, HoursOutOfRange),
    ],
)
def test_bad_hours_are_refused_and_nothing_is_written(opened, changes, refusal) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(refusal), UnitOfWork(opened.store, opened.actor) as uow:
        cofinancing.record_hours(uow, entry=_hours(**changes), today=TODAY)
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert cofinancing.hours_register(uow) == []


def test_hours_count_per_action_and_reversals_cancel_them(opened) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        first = cofinancing.record_hours(uow, entry=_hours(), today=TODAY)
        cofinancing.record_hours(uow, entry=_hours(minutes=600), today=TODAY)
        register_reversal.reverse_row(
            uow, kind="hours", row_id=first, day=TODAY, reason="Ore registrate due volte"
        )
    with (
        pytest.raises(RowAlreadyReversed),
        UnitOfWork(opened.store, opened.actor) as uow,
    ):
        register_reversal.reverse_row(uow, kind="hours", row_id=first, day=TODAY, reason="Ancora")
    for row_id, refusal in ((3, ReversalRowNotReversible), (99, RowNotFound)):
        with pytest.raises(refusal), UnitOfWork(opened.store, opened.actor) as uow:
            register_reversal.reverse_row(
                uow, kind="hours", row_id=row_id, day=TODAY, reason="Storno dello storno"
            )
    with UnitOfWork(opened.store, opened.actor) as uow:
        register = cofinancing.hours_register(uow)
        figures = {row.action.code: row for row in fund_figures.actions(uow)}
    assert [(row.id, row.reverses_id, row.reversed_by) for row in register] == [
        (1, None, 3),
        (2, None, None),
        (3, 1, None),
    ]
    assert figures["3.1"].actual_b == hours_value(600, 2_550)
    assert figures["3.1"].action.amount_b == 131_575


def test_expenses_go_only_to_actions_with_their_own_regional_money(opened) -> None:  # type: ignore[no-untyped-def]
    def expense(action: str) -> ExpenseEntry:
        return ExpenseEntry(action, TODAY, 25_000, "Ente formatore", "Fattura 3", "Formazione")

    for action, refusal in (
        ("3.2-attive", ActionPaidThroughLedger),
        ("3.1", ActionWithoutRegionalMoney),
    ):
        with pytest.raises(refusal), UnitOfWork(opened.store, opened.actor) as uow:
            cofinancing.record_expense(uow, expense=expense(action), today=TODAY)
    with UnitOfWork(opened.store, opened.actor) as uow:
        cofinancing.record_expense(uow, expense=expense("3.4"), today=TODAY)
        figures = {row.action.code: row for row in fund_figures.actions(uow)}
    assert figures["3.4"].actual_a == 25_000
    assert figures["3.4"].action.amount_a == 65_973


def test_fund_actions_show_payments_as_actual_a(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000, 20_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_writes.record_disbursement(
            uow, commitment_seq=1, amount=60_000, on=TODAY, payee="Lei", document_ref="M1"
        )
        figures = {row.action.code: row for row in fund_figures.actions(uow)}
        months = fund_figures.monthly_spending(uow)
        behind = fund_figures.entries_behind(uow, figure="committed", fund="active_policies")
        annex = fund_figures.per_woman(uow)
    active = figures["3.2-attive"]
    assert (active.committed_a, active.actual_a) == (150_000, 60_000)
    assert figures["3.2-passive"].committed_a == 20_000
    assert [(m.month, m.fund, m.disbursed) for m in months] == [(MONTH, "active_policies", 60_000)]
    assert [e.seq for e in behind] == [1]
    assert [(w.fund, w.committed, w.disbursed) for w in annex] == [
        ("active_policies", 150_000, 60_000),
        ("passive_policies", 20_000, 0),
    ]


def test_warnings_name_idle_commitments(opened) -> None:  # type: ignore[no-untyped-def]
    """The Fondo politiche attive is the Provincia's (programme `gestione = "provincia"`): the
    Ambito holds no allocation of it, so its commitments never make it «near exhaustion» here;
    they still become idle."""
    for seed in range(3):
        validate_project(opened, new_case(opened, seed), work_project(300_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        texts = [w.text for w in fund_figures.warnings(uow, today=TODAY)]
        later = [w.text for w in fund_figures.warnings(uow, today=TODAY + timedelta(days=100))]
    assert texts == []
    assert sum("nessuna erogazione da 3 mesi" in text for text in later) == 3


def test_a_fund_committed_beyond_90_percent_is_a_warning() -> None:
    totals = [FundTotals("housing_autonomy", 1_000_000, 900_000, 0, 100_000)]
    texts = [w.text for w in fund_warnings(totals, (), today=TODAY)]
    assert len(texts) == 1 and "90%" in texts[0] and "€ 1.000,00" in texts[0]
    below = [FundTotals("housing_autonomy", 1_000_000, 899_999, 0, 100_001)]
    assert fund_warnings(below, (), today=TODAY) == []


def test_an_idle_commitment_fully_paid_is_not_a_warning() -> None:
    idle = [IdleCommitment(1, "X", "active_policies", 0, TODAY - timedelta(days=400))]
    assert fund_warnings((), idle, today=TODAY) == []


def test_operators_do_not_write_the_registers(opened) -> None:  # type: ignore[no-untyped-def]
    operator = Actor(user_id=None, login="operatrice", role="operator")
    with pytest.raises(PermissionDenied), UnitOfWork(opened.store, operator) as uow:
        cofinancing.record_hours(uow, entry=_hours(), today=TODAY)
    with pytest.raises(PermissionDenied), UnitOfWork(opened.store, operator) as uow:
        cofinancing.set_narrative(uow, action_code="3.1", text="Relazione")


def test_narratives_are_kept_per_action(opened) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        cofinancing.set_narrative(uow, action_code="3.1", text="  Valutazioni svolte.  ")
        cofinancing.set_narrative(uow, action_code="4.1", text="")
    with pytest.raises(UnknownAction), UnitOfWork(opened.store, opened.actor) as uow:
        cofinancing.set_narrative(uow, action_code="7", text="x")
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert cofinancing.narratives(uow) == {"3.1": "Valutazioni svolte."}


def test_an_expense_reversal_is_dated_between_the_expense_and_today(opened) -> None:  # type: ignore[no-untyped-def]
    expense = ExpenseEntry("3.4", TODAY, 25_000, "Ente formatore", "Fattura 3", "Formazione")
    with UnitOfWork(opened.store, opened.actor) as uow:
        row = cofinancing.record_expense(uow, expense=expense, today=TODAY)
    for day in (TODAY + timedelta(days=1), TODAY - timedelta(days=1)):
        with pytest.raises(AppError), UnitOfWork(opened.store, opened.actor) as uow:
            register_reversal.reverse_row(
                uow, kind="expenses", row_id=row, day=day, reason="Errore"
            )
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert len(cofinancing.expenses(uow)) == 1


@pytest.mark.parametrize(
    ("changes", "refusal"),
    [
        ({"hourly_cost": 0}, HourlyCostOutOfRange),
        ({"hourly_cost": 50_001}, HourlyCostOutOfRange),
        ({"body": "  "}, RequiredText),
        ({"person": "x" * 201}, RequiredText),
    ],
)
def test_more_bad_hours_are_refused(opened, changes, refusal) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(refusal), UnitOfWork(opened.store, opened.actor) as uow:
        cofinancing.record_hours(uow, entry=_hours(**changes), today=TODAY)
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert cofinancing.hours_register(uow) == []


@pytest.mark.parametrize(
    ("amount", "day", "refusal"),
    [
        (0, TODAY, ExpenseNotPositive),
        (100, TODAY + timedelta(days=1), DateInFutureForExpense),
    ],
)
def test_bad_expenses_are_refused(opened, amount, day, refusal) -> None:  # type: ignore[no-untyped-def]
    expense = ExpenseEntry("3.4", day, amount, "Ente formatore", "Fattura 3", "Formazione")
    with pytest.raises(refusal), UnitOfWork(opened.store, opened.actor) as uow:
        cofinancing.record_expense(uow, expense=expense, today=TODAY)
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert cofinancing.expenses(uow) == []
