"""One way to reverse a row of every register (operations.register_reversal), without Qt.

Every refusal is checked for every register kind, and after each one the five registers and
the audit log are exactly as they were.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from antiviolenza_desktop.domain.errors import AppError, PermissionDenied
from antiviolenza_desktop.domain.funds.cofinancing import ExpenseEntry, HoursEntry
from antiviolenza_desktop.domain.funds.network_training import MemberEntry, TrainingEntry
from antiviolenza_desktop.domain.funds.reversal import (
    DATED_KINDS,
    PROVINCIA_KINDS,
    REGISTER_KINDS,
    register_kind,
)
from antiviolenza_desktop.operations.register_reversal import reverse_row
from antiviolenza_desktop.services import cofinancing, network_members, training
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from antiviolenza_desktop.store.schema import (
    ActionExpense,
    AuditLog,
    CofinancingHours,
    LedgerRecord,
    NetworkMember,
    TrainingSession,
)
from tests.funds_support import TODAY, validate_project, work_project

# The Provincia's registers live at the capofila: their reversals are in test_provincia_register.
AMBITO_KINDS = tuple(kind for kind in REGISTER_KINDS if kind not in PROVINCIA_KINDS)
TABLES = (LedgerRecord, CofinancingHours, ActionExpense, TrainingSession, NetworkMember, AuditLog)
UNKNOWN = {"ledger": "voce_inesistente"}
ALREADY = {"ledger": "voce_gia_stornata"}
OF_A_REVERSAL = {"ledger": "storno_di_storno"}


@pytest.fixture
def rows(opened: OpenStore, case_id: int) -> dict[str, int]:
    """One row in each register: a commitment, hours, an expense, a session, a member."""
    validate_project(opened, case_id, work_project(150_000))
    hours = HoursEntry(
        "Comune di Cremona", "Assistente sociale", "3.1", f"{TODAY:%Y-%m}", 80, 2_550
    )
    expense = ExpenseEntry("3.4", TODAY, 25_000, "Ente formatore", "Fattura 3", "Formazione")
    session = TrainingEntry(on=TODAY, topic="Modulo 1", minutes=180, participants={"cav": 4})
    with UnitOfWork(opened.store, opened.actor) as uow:
        return {
            "ledger": 1,
            "hours": cofinancing.record_hours(uow, entry=hours, today=TODAY),
            "expenses": cofinancing.record_expense(uow, expense=expense, today=TODAY),
            "training": training.record_training(uow, entry=session, today=TODAY),
            "network": network_members.add_member(
                uow, entry=MemberEntry("Centro Prova", "cav", TODAY), today=TODAY
            ),
        }


def _state(opened: OpenStore) -> tuple[int, ...]:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return tuple(uow.session.scalar(select(func.count()).select_from(t)) for t in TABLES)


def _refused(opened: OpenStore, kind: str, row_id: int, reason: str, **day: object) -> str:
    """The code of the refusal, after checking that nothing changed."""
    before = _state(opened)
    with pytest.raises(AppError) as refused:
        reverse_row(opened, register_kind(kind), row_id, reason, **day)  # type: ignore[arg-type]
    assert _state(opened) == before
    return refused.value.code


@pytest.mark.parametrize("kind", AMBITO_KINDS)
def test_a_reason_is_required_and_at_most_200_characters(opened, rows, kind) -> None:  # type: ignore[no-untyped-def]
    assert _refused(opened, kind, rows[kind], "   ") == "motivo_storno_obbligatorio"
    assert _refused(opened, kind, rows[kind], "x" * 201) == "motivo_storno_troppo_lungo"
    done = reverse_row(opened, kind, rows[kind], "  " + "x" * 200 + "  ")
    assert (done.kind, done.row_id) == (kind, rows[kind]) and done.reversal_id > rows[kind]


@pytest.mark.parametrize("kind", AMBITO_KINDS)
def test_an_unknown_or_reversed_row_is_refused(opened, rows, kind) -> None:  # type: ignore[no-untyped-def]
    assert _refused(opened, kind, 999, "Errore") == UNKNOWN.get(kind, "riga_inesistente")
    done = reverse_row(opened, kind, rows[kind], "Inserita due volte")
    assert _refused(opened, kind, rows[kind], "Ancora") == ALREADY.get(kind, "riga_gia_stornata")
    of_reversal = _refused(opened, kind, done.reversal_id, "Storno dello storno")
    assert of_reversal == OF_A_REVERSAL.get(kind, "riga_di_storno")


@pytest.mark.parametrize("kind", AMBITO_KINDS)
def test_a_reversal_is_never_dated_in_the_future(opened, rows, kind) -> None:  # type: ignore[no-untyped-def]
    tomorrow = TODAY + timedelta(days=1)
    assert _refused(opened, kind, rows[kind], "Errore", day=tomorrow) == "storno_nel_futuro"


@pytest.mark.parametrize("kind", ["ledger", "expenses"])
def test_a_dated_reversal_is_never_before_its_row(opened, rows, kind) -> None:  # type: ignore[no-untyped-def]
    yesterday = TODAY - timedelta(days=1)
    assert _refused(opened, kind, rows[kind], "Errore", day=yesterday) == "storno_prima_della_riga"


@pytest.mark.parametrize("kind", AMBITO_KINDS)
def test_only_the_coordinator_reverses(opened, rows, kind) -> None:  # type: ignore[no-untyped-def]
    operator = OpenStore(opened.store, Actor(user_id=None, login="op", role="operator"))
    before = _state(opened)
    with pytest.raises(PermissionDenied):
        reverse_row(operator, kind, rows[kind], "Errore")
    assert _state(opened) == before


@pytest.mark.parametrize("kind", sorted(set(AMBITO_KINDS) - DATED_KINDS))
def test_a_day_for_a_register_that_keeps_none_is_refused_not_dropped(opened, rows, kind) -> None:  # type: ignore[no-untyped-def]
    yesterday = TODAY - timedelta(days=1)
    assert _refused(opened, kind, rows[kind], "Errore", day=yesterday) == "storno_senza_data"


def test_the_reversing_row_carries_the_reason_and_the_day(opened, rows) -> None:  # type: ignore[no-untyped-def]
    done = reverse_row(opened, "expenses", rows["expenses"], " Fattura doppia ", TODAY)
    with UnitOfWork(opened.store, opened.actor) as uow:
        listed = {row.id: row for row in cofinancing.expenses(uow)}
    assert listed[rows["expenses"]].reversed_by == done.reversal_id
    assert listed[done.reversal_id].entry.description == "Fattura doppia"
    assert listed[done.reversal_id].entry.amount == 25_000


def test_an_unknown_register_is_refused() -> None:
    with pytest.raises(AppError) as refused:
        register_kind("cassa")
    assert refused.value.code == "registro_sconosciuto"
