"""The one rule for reversing a row of any register, and the registers that have rows.

The fund ledger, the hours register, the action expenses, the training sessions and the
network members never change a row: a mistake is cancelled in full by a reversing row. Every
one of them asks the same of the reason (written, at most 200 characters once trimmed) and of
the day (not in the future, not before the row it cancels when the register dates its rows);
`services.register_reversal.reverse_row` applies this to every register.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

from antiviolenza_desktop.domain.errors import AppError

RegisterKind = Literal[
    "ledger",
    "hours",
    "expenses",
    "training",
    "network",
    "provincia_commitments",
    "provincia_payments",
    "provincia_hours",
]
REGISTER_KINDS: tuple[RegisterKind, ...] = get_args(RegisterKind)
PROVINCIA_KINDS: frozenset[RegisterKind] = frozenset(
    {"provincia_commitments", "provincia_payments", "provincia_hours"}
)
"""The capofila's register of the Provincia (`services.provincia`): rows only at the capofila."""
DATED_KINDS: frozenset[RegisterKind] = frozenset(
    {"ledger", "expenses", "provincia_commitments", "provincia_payments"}
)
"""Registers whose reversing row carries its own day (the others keep only when it was
written, so their reversal dialog asks no date)."""

MAX_REASON = 200


class ReversalReasonMissing(AppError):
    code = "motivo_storno_obbligatorio"
    template = "Scrivi il motivo dello storno."


class ReversalReasonTooLong(AppError):
    code = "motivo_storno_troppo_lungo"
    template = "Il motivo dello storno è lungo {length} caratteri: al massimo {most}."


class UnknownRegister(AppError):
    code = "registro_sconosciuto"
    template = "Il registro «{kind}» non esiste: scegli tra {known}."


class ReversalInFuture(AppError):
    code = "storno_nel_futuro"
    template = "La data dello storno ({day}) è nel futuro: oggi è il {today}."


class ReversalBeforeRow(AppError):
    code = "storno_prima_della_riga"
    template = (
        "Lo storno del {day} è precedente alla riga n. {row} del {row_day}: controlla la data."
    )


class ReversalDayNotKept(AppError):
    code = "storno_senza_data"
    template = (
        "Questo registro non tiene la data dello storno: la data vale solo per le voci del "
        "registro dei fondi e per le spese. Toglila e riprova."
    )


def reversal_day(kind: RegisterKind, day: date | None, *, today: date) -> date:
    """The day a reversal of `kind` is written with: the one given for a register that dates
    its reversals, today otherwise. Errors: ReversalInFuture, ReversalDayNotKept (a day for a
    register that would silently drop it)."""
    if day is None:
        return today
    check_reversal_day(day, today=today)
    if kind not in DATED_KINDS:
        raise ReversalDayNotKept("on")
    return day


def register_kind(text: str) -> RegisterKind:
    """`text` as a register kind. Errors: UnknownRegister."""
    for kind in REGISTER_KINDS:
        if kind == text:
            return kind
    raise UnknownRegister("kind", kind=text[:40], known=", ".join(REGISTER_KINDS))


def reversal_reason(text: str) -> str:
    """The reason as it is kept: trimmed. Errors (field "note"): ReversalReasonMissing,
    ReversalReasonTooLong."""
    reason = text.strip()
    if not reason:
        raise ReversalReasonMissing("note")
    if len(reason) > MAX_REASON:
        raise ReversalReasonTooLong("note", length=len(reason), most=MAX_REASON)
    return reason


def check_reversal_day(day: date, *, today: date) -> None:
    """A reversal is never dated after today. Errors (field "on"): ReversalInFuture."""
    if day > today:
        raise ReversalInFuture("on", day=f"{day:%d/%m/%Y}", today=f"{today:%d/%m/%Y}")


def check_after_row(day: date, *, row: int, row_day: date) -> None:
    """A dated reversal is never before the row it cancels. Errors (field "on"):
    ReversalBeforeRow."""
    if day < row_day:
        raise ReversalBeforeRow("on", day=f"{day:%d/%m/%Y}", row=row, row_day=f"{row_day:%d/%m/%Y}")
