"""Reversing a row of any register: the fund ledger, the hours, the action expenses, the
training sessions, the network members, the capofila's register of the Provincia. One
function, one rule.

`reverse_row` checks, in this order and for every register: the permission (coordinator
only), the reason (`domain.funds.reversal.reversal_reason`), the day (never in the future;
never before the row it cancels where the register dates its rows), that no woman is named in
the reason, and that the row may be reversed (it exists, is not itself a reversal, was not
reversed yet), and that neither the row nor the reversal is dated in a period the capofila
approved (`services.approval_lock`). It then writes one reversing row and its audit entry,
in the caller's transaction. The fund ledger's reversing entry also passes the ledger's gate
(`ledger_writes.append_reversal`: a commitment with live payments is refused there).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import inspect

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.funds.reversal import (
    RegisterKind,
    check_after_row,
    check_reversal_day,
    reversal_reason,
)
from antiviolenza_desktop.domain.name_guard import ExportedText
from antiviolenza_desktop.services import audit, ledger, ledger_writes
from antiviolenza_desktop.services.approval_lock import refuse_locked_day, refuse_locked_row
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exported_texts import refuse_women_named
from antiviolenza_desktop.services.provincia import refuse_paid_commitment
from antiviolenza_desktop.services.reversible_rows import row_to_reverse
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    ActionExpense,
    CofinancingHours,
    NetworkMember,
    ProvinciaCommitmentRow,
    ProvinciaHoursRow,
    ProvinciaPaymentRow,
    TrainingSession,
)


@dataclass(frozen=True)
class _Register:
    """How one register keeps a reversing row: the table, the column the reason goes to, the
    column its day goes to (None: the register keeps no day of its own) and its audit names."""

    model: type[Any]  # a store.schema table with `id` and `reverses_id`
    reason_column: str
    day_column: str | None
    action: str
    entity: str


_REGISTERS: dict[RegisterKind, _Register] = {
    "hours": _Register(CofinancingHours, "note", None, "cofinanziamento.storno", "cofinancing"),
    "expenses": _Register(ActionExpense, "description", "on_date", "spese.storno", "expense"),
    "training": _Register(TrainingSession, "note", None, "formazione.storno", "training"),
    "network": _Register(NetworkMember, "note", None, "rete.storno", "network_member"),
    "provincia_commitments": _Register(
        ProvinciaCommitmentRow, "note", "on_date", "provincia.storno", "provincia"
    ),
    "provincia_payments": _Register(
        ProvinciaPaymentRow, "note", "on_date", "provincia.storno", "provincia"
    ),
    "provincia_hours": _Register(ProvinciaHoursRow, "note", None, "provincia.storno", "provincia"),
}

_NOT_COPIED = frozenset({"id", "reverses_id", "actor", "created_at"})


def reverse_row(
    uow: UnitOfWork,
    *,
    kind: RegisterKind,
    row_id: int,
    reason: str,
    day: date,
    today: date | None = None,
) -> int:
    """Cancel row `row_id` of register `kind` in full, dated `day` where the register keeps a
    day; returns the reversing row's number. Permission: coordinator. Errors:
    PermissionDenied, ReversalReasonMissing, ReversalReasonTooLong, ReversalInFuture,
    ReversalBeforeRow, a woman named in the reason; the ledger's EntryNotFound,
    AlreadyReversed, ReversalOfReversal, CommitmentHasDisbursements; the other registers'
    RowNotFound, RowAlreadyReversed, ReversalRowNotReversible; PeriodLocked (the row or the
    reversal dated in an approved period)."""
    require(uow, Permission.FUNDS)
    note = reversal_reason(reason)
    check_reversal_day(day, today=today or date.today())
    refuse_women_named(uow, [ExportedText("note", "Il motivo dello storno", note)])
    if kind == "ledger":
        target = ledger.entry(uow, row_id)
        check_after_row(day, row=row_id, row_day=target.on)
        refuse_locked_day(uow, target.on, register=kind)
        return ledger_writes.append_reversal(uow, target, day, note).seq
    return _reverse_register_row(uow, kind, row_id, note, day)


def _reverse_register_row(
    uow: UnitOfWork, kind: RegisterKind, row_id: int, note: str, day: date
) -> int:
    """A reversing row repeats every column of the row it cancels (so the register's sums
    subtract it whole), with the reason, and the reversal's own day where there is one. Neither
    the row nor the reversal's day may lie in an approved period (`approval_lock`)."""
    register = _REGISTERS[kind]
    row: Any = row_to_reverse(uow, register.model, row_id)
    refuse_locked_row(uow, row, register=kind)
    if register.model is ProvinciaCommitmentRow:
        refuse_paid_commitment(uow, row_id)
    values = {
        column.key: getattr(row, column.key)
        for column in inspect(register.model).column_attrs
        if column.key not in _NOT_COPIED
    }
    values[register.reason_column] = note
    if register.day_column is not None:
        check_after_row(day, row=row_id, row_day=date.fromisoformat(values[register.day_column]))
        values[register.day_column] = day.isoformat()
        refuse_locked_day(uow, day, register=kind)
    cancel = register.model(
        **values, reverses_id=row.id, actor=uow.actor.login, created_at=ledger_writes.now()
    )
    uow.session.add(cancel)
    uow.session.flush()
    details = {"riga": cancel.id, "storna": row.id}
    audit.record(uow, action=register.action, entity=register.entity, details=details)
    return int(cancel.id)
