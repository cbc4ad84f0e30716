"""The hours register (co-financing B), the action expenses (A outside projects), narratives.

Both registers are append-only like the ledger: a mistake is cancelled by a reversing row that
points at it, never by editing it (`services.register_reversal`, one rule for every register).
Only the coordinator writes them; every write is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.funds.cofinancing import (
    ExpenseEntry,
    HoursEntry,
    RequiredText,
    UnknownAction,
    check_expense,
    check_hours,
)
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.name_guard import ExportedText
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.approval_lock import refuse_locked_day, refuse_locked_month
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exported_texts import refuse_women_named
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.reversible_rows import (
    reversed_by,
)
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    ActionExpense,
    ActionNarrative,
    CofinancingHours,
)

MAX_NARRATIVE = 4000


@dataclass(frozen=True, slots=True)
class HoursRow:
    id: int
    entry: HoursEntry
    value: Cents
    reverses_id: int | None
    reversed_by: int | None


@dataclass(frozen=True, slots=True)
class ExpenseRow:
    id: int
    entry: ExpenseEntry
    reverses_id: int | None
    reversed_by: int | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record_hours(uow: UnitOfWork, *, entry: HoursEntry, today: date) -> int:
    """Append a row of the hours register; returns its number. Errors: see check_hours."""
    require(uow, Permission.FUNDS)
    check_hours(entry, load_default_programme(), today=today)
    refuse_locked_month(uow, entry.month, register="hours")
    refuse_women_named(uow, [ExportedText("note", "La nota", entry.note)])
    row = CofinancingHours(
        body=entry.body.strip(),
        person=entry.person.strip(),
        action_code=entry.action_code,
        month=entry.month,
        minutes=entry.minutes,
        hourly_cost=entry.hourly_cost,
        value=entry.value,
        note=entry.note.strip(),
        actor=uow.actor.login,
        created_at=_now(),
    )
    uow.session.add(row)
    uow.session.flush()
    details = {"riga": row.id, "azione": row.action_code, "valore": row.value}
    audit.record(uow, action="cofinanziamento.ore", entity="cofinancing", details=details)
    return row.id


def hours_register(uow: UnitOfWork) -> list[HoursRow]:
    """Every row, oldest first, with who reversed it."""
    rows = list(uow.session.scalars(select(CofinancingHours).order_by(CofinancingHours.id)))
    reversing = reversed_by(rows)
    return [
        HoursRow(
            row.id,
            HoursEntry(
                row.body,
                row.person,
                row.action_code,
                row.month,
                row.minutes,
                row.hourly_cost,
                row.note,
            ),
            row.value,
            row.reverses_id,
            reversing.get(row.id),
        )
        for row in rows
    ]


def record_expense(uow: UnitOfWork, *, expense: ExpenseEntry, today: date) -> int:
    """Append an action expense; returns its number. Errors: see check_expense."""
    require(uow, Permission.FUNDS)
    check_expense(expense, load_default_programme(), today=today)
    refuse_locked_day(uow, expense.on, register="expenses")
    refuse_women_named(
        uow,
        [
            ExportedText("payee", "Il beneficiario", expense.payee),
            ExportedText("document_ref", "Il riferimento del documento", expense.document_ref),
            ExportedText("description", "La descrizione", expense.description),
        ],
    )
    row = ActionExpense(
        action_code=expense.action_code,
        on_date=expense.on.isoformat(),
        amount=expense.amount,
        payee=expense.payee.strip(),
        document_ref=expense.document_ref.strip(),
        description=expense.description.strip(),
        actor=uow.actor.login,
        created_at=_now(),
    )
    uow.session.add(row)
    uow.session.flush()
    details = {"riga": row.id, "azione": row.action_code, "importo": row.amount}
    audit.record(uow, action="spese.registrata", entity="expense", details=details)
    return row.id


def expenses(uow: UnitOfWork) -> list[ExpenseRow]:
    rows = list(uow.session.scalars(select(ActionExpense).order_by(ActionExpense.id)))
    reversing = reversed_by(rows)
    return [
        ExpenseRow(
            row.id,
            ExpenseEntry(
                row.action_code,
                date.fromisoformat(row.on_date),
                row.amount,
                row.payee,
                row.document_ref,
                row.description,
            ),
            row.reverses_id,
            reversing.get(row.id),
        )
        for row in rows
    ]


def set_narrative(uow: UnitOfWork, *, action_code: str, text: str) -> None:
    """The report's text for one action (empty text removes it from the report)."""
    require(uow, Permission.FUNDS)
    programme = load_default_programme()
    if action_code not in {action.code for action in programme.actions}:
        known = ", ".join(action.code for action in programme.actions)
        raise UnknownAction("action_code", action=action_code, known=known)
    if len(text) > MAX_NARRATIVE:
        raise RequiredText("text", what="una relazione più breve", most=MAX_NARRATIVE)
    refuse_women_named(uow, [ExportedText("text", "La relazione", text)])
    row = uow.session.get(ActionNarrative, action_code) or ActionNarrative(action_code=action_code)
    row.text = text.strip()
    row.updated_at = _now()
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, action="relazione.azione", entity="action", entity_id=action_code)


def narratives(uow: UnitOfWork) -> dict[str, str]:
    rows = uow.session.scalars(select(ActionNarrative))
    return {row.action_code: row.text for row in rows if row.text}
