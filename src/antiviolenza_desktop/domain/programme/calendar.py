"""The programme's months as calendar months: month n of the card ↔ the days it covers.

The card numbers its months 1..18 ("MESI DI PROGETTO") and never says when month 1 is; the
programme file's `data_avvio` does. Month n starts on the start date moved n - 1 calendar
months on (the day clamped to the month's length: a start on the 31st gives 28/02 in
February) and ends the day before month n + 1 starts, so the months tile the calendar without
gaps whatever day the programme started. Month numbers below 1 (before the start) and above
the duration (after the end, or the card's own month 19) are computed the same way: nothing
here refuses a month the card prints.
"""

from __future__ import annotations

import calendar as _gregorian
from dataclasses import dataclass
from datetime import date, timedelta

from antiviolenza_desktop.domain.programme.model import Action, Programme

MONTH_ABBREVIATIONS: tuple[str, ...] = (
    "gen",
    "feb",
    "mar",
    "apr",
    "mag",
    "giu",
    "lug",
    "ago",
    "set",
    "ott",
    "nov",
    "dic",
)
"""Italian month abbreviations, as a date is written out (`gen 2018`), not a sentence."""


def add_months(day: date, months: int) -> date:
    """`day` moved by whole calendar months, its day clamped to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _gregorian.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


@dataclass(frozen=True, slots=True)
class ProgrammeCalendar:
    """The start date and the duration of a programme: the map between months and days."""

    start: date
    duration: int

    def first_day(self, month: int) -> date:
        """The first day of programme month `month` (1 is the start date)."""
        return add_months(self.start, month - 1)

    def last_day(self, month: int) -> date:
        """The last day of programme month `month`: the day before the next month starts."""
        return self.first_day(month + 1) - timedelta(days=1)

    def month_of(self, day: date) -> int:
        """The programme month `day` falls in; below 1 before the start, above the duration
        after the end."""
        month = (day.year - self.start.year) * 12 + day.month - self.start.month + 1
        while self.first_day(month) > day:
            month -= 1
        while self.first_day(month + 1) <= day:
            month += 1
        return month

    def last_day_of_programme(self) -> date:
        return self.last_day(self.duration)

    def label(self, month: int) -> str:
        """The calendar month programme month `month` starts in, written out: `feb 2018`."""
        first = self.first_day(month)
        return f"{MONTH_ABBREVIATIONS[first.month - 1]} {first.year}"

    def span_label(self, months: tuple[int, ...]) -> str:
        """An action's months written out: `mar 2018 – ott 2018` (or one month)."""
        if not months:
            return ""
        first, last = self.label(min(months)), self.label(max(months))
        return first if first == last else f"{first} – {last}"


def calendar_of(programme: Programme) -> ProgrammeCalendar | None:
    """The programme's calendar, or None when its file has no start date."""
    if programme.start_date is None:
        return None
    return ProgrammeCalendar(programme.start_date, programme.duration_months)


def months_shown(programme: Programme) -> int:
    """Columns a timeline needs: the duration, or more when the card shades a later month
    (action 3.3's month 19), so the card's own inconsistency stays visible."""
    return max([programme.duration_months, *(m for a in programme.actions for m in a.months)])


def is_active(action: Action, month: int) -> bool:
    """Whether the card shades `month` for `action`."""
    return month in action.months


def first_day_of_rows(programme: Programme) -> date:
    """The first day a register row of the programme may be dated where a register refuses
    earlier ones (the Provincia's): month 1's first day, or the card's date in a file without
    `data_avvio` (whose months have no days)."""
    calendar = calendar_of(programme)
    return programme.card_date if calendar is None else calendar.first_day(1)
