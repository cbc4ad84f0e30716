"""The programme calendar against the registers: each action's state, and what is off-plan.

One rule for the Gantt of the fund dashboard, the financial report and `fondi totali`:
- an action is *started* once anything is recorded on it: co-financing hours, an expense, a
  training session, or a commitment or payment of the fund it feeds (reversed rows do not
  count: the services pass net sums and live rows);
- its *plan is reached* when the money recorded is at least what the card plans, A and B;
- before its first month has ended, an action with nothing recorded is *to start*; after it,
  *not started*; an action with something recorded is *running* until its last month ends;
- once its last month has ended it is *finished* if its plan is reached, else *late* (also
  when it never started).
Warnings: rows of the hours, expenses and training registers dated outside their action's
months (one warning per register and action, with the count), and co-financing B recorded
beyond the card's plan for an action.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.funds.figures import ActionFigures, FundWarning
from antiviolenza_desktop.domain.messages import MessageKind
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.domain.programme.calendar import (
    ProgrammeCalendar,
    calendar_of,
    months_shown,
)
from antiviolenza_desktop.domain.programme.model import Action, Programme

TO_START = "da_avviare"
NOT_STARTED = "non_avviata"
RUNNING = "in_corso"
LATE = "in_ritardo"
FINISHED = "conclusa"

STATE_LABELS: dict[str, str] = {
    TO_START: "Da avviare",
    NOT_STARTED: "Non avviata",
    RUNNING: "In corso",
    LATE: "In ritardo",
    FINISHED: "Conclusa",
}
"""Each state's Italian label, as the printed report writes it (the GUI translates its own)."""

HOURS = "hours"
EXPENSES = "expenses"
TRAINING = "training"

HOURS_OUTSIDE = MessageKind(
    "ore_fuori_mesi_azione",
    "Azione {action}: ore di cofinanziamento registrate fuori dai mesi dell'azione ({months}), "
    "righe {count}, da {first} a {last}.",
)
EXPENSES_OUTSIDE = MessageKind(
    "spese_fuori_mesi_azione",
    "Azione {action}: spese registrate fuori dai mesi dell'azione ({months}), righe {count}, "
    "da {first} a {last}.",
)
TRAINING_OUTSIDE = MessageKind(
    "formazione_fuori_mesi_azione",
    "Azione {action}: sessioni di formazione fuori dai mesi dell'azione ({months}), righe "
    "{count}, da {first} a {last}.",
)
B_OVER_PLAN = MessageKind(
    "cofinanziamento_oltre_scheda",
    "Azione {action}: cofinanziamento (B) registrato per {actual}, oltre quanto previsto dalla "
    "scheda ({planned}).",
)
_OUTSIDE_KINDS = {HOURS: HOURS_OUTSIDE, EXPENSES: EXPENSES_OUTSIDE, TRAINING: TRAINING_OUTSIDE}


@dataclass(frozen=True, slots=True)
class DatedRow:
    """A live row of a register: which register, which action, which day (an hours row: the
    first day of its month, and its warning names months, not days)."""

    register: str
    action_code: str
    on: date


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """One action on the Gantt: its card months and its state today."""

    action: Action
    state: str
    started: bool


@dataclass(frozen=True, slots=True)
class Schedule:
    """The Gantt: the calendar, how many month columns, today's month, one row per action."""

    calendar: ProgrammeCalendar
    columns: int
    today_month: int
    rows: tuple[ScheduleRow, ...]


def action_state(
    action: Action, calendar: ProgrammeCalendar, today: date, *, started: bool, reached: bool
) -> str:
    """The state of `action` on `today` (the rule in the module docstring)."""
    if not action.months:
        return RUNNING if started else TO_START
    if today > calendar.last_day(max(action.months)):
        return FINISHED if started and reached else LATE
    if started:
        return RUNNING
    return NOT_STARTED if today > calendar.last_day(min(action.months)) else TO_START


def _started(figures: ActionFigures, rows: Iterable[DatedRow]) -> bool:
    code = figures.action.code
    recorded = figures.committed_a or figures.actual_a or figures.actual_b
    return bool(recorded) or any(row.action_code == code for row in rows)


def _reached(figures: ActionFigures) -> bool:
    action = figures.action
    return figures.actual_a >= action.amount_a and figures.actual_b >= action.amount_b


def programme_schedule(
    programme: Programme, figures: Sequence[ActionFigures], rows: Sequence[DatedRow], today: date
) -> Schedule | None:
    """The Gantt of `programme` on `today`; None when its file has no start date."""
    calendar = calendar_of(programme)
    if calendar is None:
        return None
    schedule_rows = []
    for row in figures:
        started = _started(row, rows)
        state = action_state(row.action, calendar, today, started=started, reached=_reached(row))
        schedule_rows.append(ScheduleRow(row.action, state, started))
    columns = months_shown(programme)
    return Schedule(calendar, columns, calendar.month_of(today), tuple(schedule_rows))


def schedule_warnings(
    programme: Programme, figures: Sequence[ActionFigures], rows: Sequence[DatedRow]
) -> list[FundWarning]:
    """Registers dated outside their action's months; co-financing beyond the card's plan."""
    calendar = calendar_of(programme)
    warnings = [] if calendar is None else _outside_months(programme, calendar, rows)
    for row in figures:
        if row.actual_b > row.action.amount_b:
            message = B_OVER_PLAN(
                action=row.action.printed_code,
                actual=format_eur(row.actual_b),
                planned=format_eur(row.action.amount_b),
            )
            warnings.append(FundWarning(message))
    return warnings


def _outside_months(
    programme: Programme, calendar: ProgrammeCalendar, rows: Sequence[DatedRow]
) -> list[FundWarning]:
    actions: Mapping[str, Action] = {action.code: action for action in programme.actions}
    outside: dict[tuple[str, str], list[date]] = {}
    for row in rows:
        action = actions.get(row.action_code)
        if action is not None and calendar.month_of(row.on) not in action.months:
            outside.setdefault((row.register, row.action_code), []).append(row.on)
    warnings = []
    for (register, code), days in outside.items():
        action = actions[code]
        shown = "%m/%Y" if register == HOURS else "%d/%m/%Y"
        message = _OUTSIDE_KINDS[register](
            action=action.printed_code,
            months=calendar.span_label(action.months),
            count=len(days),
            first=min(days).strftime(shown),
            last=max(days).strftime(shown),
        )
        warnings.append(FundWarning(message))
    return warnings
