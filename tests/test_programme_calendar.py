"""The programme calendar: month n ↔ days, each action's state, and the off-plan warnings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from antiviolenza_desktop.domain.funds.figures import ActionFigures
from antiviolenza_desktop.domain.funds.schedule import (
    EXPENSES,
    FINISHED,
    HOURS,
    LATE,
    NOT_STARTED,
    RUNNING,
    TO_START,
    TRAINING,
    DatedRow,
    action_state,
    programme_schedule,
    schedule_warnings,
)
from antiviolenza_desktop.domain.programme.calendar import (
    ProgrammeCalendar,
    add_months,
    calendar_of,
    is_active,
    months_shown,
)
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.services.programme import load_default_programme

CREMONA = ProgrammeCalendar(date(2018, 2, 1), 18)


def programme() -> Programme:
    return load_default_programme()


def figures(**actual: tuple[int, int]) -> tuple[ActionFigures, ...]:
    """Every action of the card with nothing recorded, except `actual[code] = (a, b)`."""
    rows = []
    for action in programme().actions:
        spent_a, spent_b = actual.get(action.code.replace(".", "_"), (0, 0))
        rows.append(ActionFigures(action, None, 0, spent_a, spent_b))
    return tuple(rows)


# --- months and days ------------------------------------------------------------------------


def test_the_cremona_file_starts_in_february_2018() -> None:
    calendar = calendar_of(programme())
    assert calendar == CREMONA
    assert calendar.label(1) == "feb 2018"
    assert calendar.label(18) == "lug 2019"
    assert calendar.label(19) == "ago 2019"
    assert calendar.last_day_of_programme() == date(2019, 7, 31)


def test_month_first_and_last_days_tile_the_calendar() -> None:
    assert (CREMONA.first_day(1), CREMONA.last_day(1)) == (date(2018, 2, 1), date(2018, 2, 28))
    assert (CREMONA.first_day(12), CREMONA.last_day(12)) == (date(2019, 1, 1), date(2019, 1, 31))
    assert CREMONA.month_of(date(2018, 2, 1)) == 1
    assert CREMONA.month_of(date(2018, 1, 31)) == 0
    assert CREMONA.month_of(date(2019, 7, 31)) == 18
    assert CREMONA.month_of(date(2019, 8, 1)) == 19
    assert CREMONA.span_label((3, 4, 5)) == "apr 2018 – giu 2018"
    assert CREMONA.span_label((1,)) == "feb 2018"


def test_a_start_late_in_the_month_clamps_short_months() -> None:
    calendar = ProgrammeCalendar(date(2018, 1, 31), 18)
    assert calendar.first_day(2) == date(2018, 2, 28)
    assert calendar.last_day(1) == date(2018, 2, 27)
    assert calendar.first_day(3) == date(2018, 3, 31)
    assert calendar.month_of(date(2018, 3, 30)) == 2
    assert add_months(date(2020, 1, 31), 1) == date(2020, 2, 29)
    assert add_months(date(2020, 3, 15), -3) == date(2019, 12, 15)


@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
    day=st.dates(min_value=date(1995, 1, 1), max_value=date(2095, 1, 1)),
)
def test_every_day_lies_in_the_month_month_of_names(start: date, day: date) -> None:
    calendar = ProgrammeCalendar(start, 18)
    month = calendar.month_of(day)
    assert calendar.first_day(month) <= day <= calendar.last_day(month)


def test_the_gantt_keeps_the_cards_month_19() -> None:
    card = programme()
    assert months_shown(card) == 19
    assert is_active(card.action("3.3"), 19) and not is_active(card.action("3.3"), 17)


# --- the state of an action -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "started", "reached", "state"),
    [
        (date(2018, 3, 15), False, False, TO_START),  # months 3-10 start in April
        (date(2018, 4, 30), False, False, TO_START),  # its first month has not ended
        (date(2018, 5, 1), False, False, NOT_STARTED),
        (date(2018, 3, 15), True, False, RUNNING),  # early work counts
        (date(2018, 11, 30), True, False, RUNNING),  # month 10 ends on 30/11/2018
        (date(2018, 12, 1), True, False, LATE),
        (date(2018, 12, 1), False, False, LATE),
        (date(2018, 12, 1), True, True, FINISHED),
        (date(2018, 6, 1), True, True, RUNNING),
    ],
)
def test_action_state_follows_the_card_months(today, started, reached, state) -> None:  # type: ignore[no-untyped-def]
    action = programme().action("3.1")
    assert action_state(action, CREMONA, today, started=started, reached=reached) == state


def test_the_schedule_reads_states_from_the_registers() -> None:
    rows = (DatedRow(TRAINING, "3.4", date(2019, 1, 10)),)
    done = figures(**{"3_0": (0, 17_200)})
    schedule = programme_schedule(programme(), done, rows, date(2019, 1, 15))
    assert schedule is not None
    assert (schedule.columns, schedule.today_month) == (19, 12)
    states = {row.action.code: row.state for row in schedule.rows}
    assert states["3.0"] == FINISHED  # its B reached, months 1-2 over
    assert states["4.0"] == LATE  # nothing recorded, months 1-2 over
    assert states["3.4"] == RUNNING  # a training session in its months 11-14
    assert states["4.2"] == NOT_STARTED  # months 3-13, nothing recorded
    assert states["4.4"] == TO_START  # months 16-18


def test_no_schedule_and_no_month_warnings_without_a_start_date() -> None:
    undated = replace(programme(), start_date=None)
    rows = [DatedRow(HOURS, "3.1", date(2026, 1, 1))]
    assert programme_schedule(undated, figures(), rows, date(2026, 1, 1)) is None
    assert schedule_warnings(undated, figures(), rows) == []


# --- the warnings ---------------------------------------------------------------------------


def test_rows_outside_their_actions_months_are_warned_per_register_and_action() -> None:
    rows = [
        DatedRow(HOURS, "3.1", date(2018, 4, 1)),  # month 3: inside
        DatedRow(HOURS, "3.1", date(2018, 2, 1)),  # month 1
        DatedRow(HOURS, "3.1", date(2019, 3, 1)),  # month 14
        DatedRow(EXPENSES, "3.4", date(2018, 3, 5)),  # month 2 of 11-14
        DatedRow(TRAINING, "3.4", date(2018, 12, 20)),  # month 11: inside
        DatedRow(TRAINING, "3.4", date(2019, 6, 20)),  # month 17
    ]
    warnings = schedule_warnings(programme(), figures(), rows)
    assert [w.message.code for w in warnings] == [
        "ore_fuori_mesi_azione",
        "spese_fuori_mesi_azione",
        "formazione_fuori_mesi_azione",
    ]
    assert warnings[0].text == (
        "Azione 3.1: ore di cofinanziamento registrate fuori dai mesi dell'azione "
        "(apr 2018 – nov 2018), righe 2, da 02/2018 a 03/2019."
    )
    assert "da 05/03/2018 a 05/03/2018" in warnings[1].text
    assert "(dic 2018 – mar 2019), righe 1, da 20/06/2019" in warnings[2].text


def test_co_financing_above_the_cards_plan_is_warned() -> None:
    over = figures(**{"3_3": (0, 31_823), "4_4": (0, 70_520)})
    warnings = schedule_warnings(programme(), over, [])
    assert [w.text for w in warnings] == [
        "Azione 3.3: cofinanziamento (B) registrato per € 318,23, oltre quanto previsto dalla "
        "scheda (€ 318,22)."
    ]
    assert warnings[0].message.code == "cofinanziamento_oltre_scheda"
