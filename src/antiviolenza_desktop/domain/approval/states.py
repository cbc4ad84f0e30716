"""The life of a submitted period, as DHIS2's data approval has it, and its refusals.

    (open) --submit--> submitted --approve--> approved --reopen--> reopened --submit--> ...
                            \\--send back (reason)--> sent back --submit--> ...

The Ambito submits (with its next bundle); the capofila approves, sends back with a reason,
or reopens an approved period. A period never submitted has no row: it is open. Sent back and
reopened are open again: the Ambito may edit and submit the period anew. Only an approved
period is locked. Pure functions: the services call them with the rows they read.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Literal, get_args

from antiviolenza_desktop.domain.approval.periods import Period
from antiviolenza_desktop.domain.errors import AppError

State = Literal["submitted", "approved", "sent_back", "reopened"]
STATES: tuple[State, ...] = get_args(State)
Decision = Literal["approve", "send_back", "reopen"]
DECISIONS: tuple[Decision, ...] = get_args(Decision)

STATE_LABELS: dict[str, str] = {
    "open": "aperto",
    "submitted": "sottomesso",
    "approved": "approvato",
    "sent_back": "rinviato",
    "reopened": "riaperto",
}
ACTION_LABELS: dict[str, str] = {
    "submit": "sottometterlo",
    "approve": "approvarlo",
    "send_back": "rinviarlo all'Ambito",
    "reopen": "riaprirlo",
}
_FROM: dict[str, frozenset[str | None]] = {
    "submit": frozenset({None, "sent_back", "reopened"}),
    "approve": frozenset({"submitted"}),
    "send_back": frozenset({"submitted"}),
    "reopen": frozenset({"approved"}),
}
_TO: dict[str, State] = {
    "submit": "submitted",
    "approve": "approved",
    "send_back": "sent_back",
    "reopen": "reopened",
}
_BLOCKING: frozenset[str] = frozenset({"submitted", "approved"})
MAX_REASON = 200


class PeriodNotEnded(AppError):
    code = "periodo_non_concluso"
    template = (
        "Il periodo {period} finisce il {last_day}: si può sottomettere dal giorno dopo "
        "(oggi è il {today})."
    )


class PeriodOverlaps(AppError):
    code = "periodo_sovrapposto"
    template = (
        "Il periodo {period} si sovrappone al periodo {other}, già {state}: sottometti "
        "periodi che non abbiano giorni in comune."
    )


class TransitionRefused(AppError):
    code = "periodo_passaggio_non_ammesso"
    template = "Il periodo {period} è {state}: non si può {action}."


class SendBackReasonMissing(AppError):
    code = "motivo_rinvio_obbligatorio"
    template = "Scrivi il motivo per cui il periodo torna all'Ambito."


class SendBackReasonTooLong(AppError):
    code = "motivo_rinvio_troppo_lungo"
    template = "Il motivo del rinvio è lungo {length} caratteri: al massimo {most}."


class PeriodLocked(AppError):
    code = "periodo_approvato_bloccato"
    template = (
        "La data {day} cade nel periodo {period}, approvato dalla capofila ({by}, {on}): in "
        "quel periodo non si può registrare {what} finché la capofila non lo riapre."
    )


def state_label(state: str | None) -> str:
    return STATE_LABELS[state or "open"]


def next_state(period: Period, state: str | None, action: str) -> State:
    """The state after `action` on a period now in `state` (None: never submitted).
    Errors: TransitionRefused."""
    if state not in _FROM[action]:
        raise TransitionRefused(
            "period", period=period.label, state=state_label(state), action=ACTION_LABELS[action]
        )
    return _TO[action]


def check_submission(period: Period, known: Mapping[Period, str], *, today: date) -> State:
    """The state of `period` once submitted, given the states of the Ambito's other periods.
    Errors: PeriodNotEnded, TransitionRefused (already submitted or approved), PeriodOverlaps
    (a submitted or approved period shares a day with it)."""
    if not period.has_ended(today):
        raise PeriodNotEnded(
            "period",
            period=period.label,
            last_day=f"{period.last_day:%d/%m/%Y}",
            today=f"{today:%d/%m/%Y}",
        )
    state = next_state(period, known.get(period), "submit")
    for other, other_state in sorted(known.items(), key=lambda item: item[0].code):
        if other != period and other_state in _BLOCKING and other.overlaps(period):
            raise PeriodOverlaps(
                "period", period=period.label, other=other.label, state=state_label(other_state)
            )
    return state


def send_back_reason(text: str) -> str:
    """The reason of a send-back, trimmed. Errors: SendBackReasonMissing,
    SendBackReasonTooLong."""
    reason = " ".join(text.split())
    if not reason:
        raise SendBackReasonMissing("reason")
    if len(reason) > MAX_REASON:
        raise SendBackReasonTooLong("reason", length=len(reason), most=MAX_REASON)
    return reason


def is_locked(state: str | None) -> bool:
    return state == "approved"
