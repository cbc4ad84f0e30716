"""The periods an Ambito submits for approval: a calendar month or a quarter of a year.

A period travels as a code (`2026-03` for March 2026, `2026-Q1` for the first quarter) and is
shown, and typed, as `03/2026` or `T1/2026`. Two periods overlap when they share a day: a
quarter overlaps each of its three months. A period can be submitted only once it has ended.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.errors import AppError

_CODE = re.compile(r"(?P<year>20[0-9]{2})-(?:(?P<month>0[1-9]|1[0-2])|Q(?P<quarter>[1-4]))")
_TYPED_MONTH = re.compile(r"(?P<month>0?[1-9]|1[0-2])/(?P<year>20[0-9]{2})")
_TYPED_QUARTER = re.compile(r"[TtQq](?P<quarter>[1-4])/(?P<year>20[0-9]{2})")


class InvalidPeriod(AppError):
    code = "periodo_non_valido"
    template = (
        "Il periodo «{period}» non è valido: scrivi un mese come mm/aaaa (03/2026) o un "
        "trimestre come T1/2026."
    )


@dataclass(frozen=True, slots=True)
class Period:
    """A month (`quarter` None) or a quarter (`month` None) of `year`."""

    year: int
    month: int | None = None
    quarter: int | None = None

    def __post_init__(self) -> None:
        if (self.month is None) == (self.quarter is None):
            raise ValueError("a period is a month or a quarter")

    @property
    def code(self) -> str:
        if self.month is not None:
            return f"{self.year}-{self.month:02d}"
        return f"{self.year}-Q{self.quarter}"

    @property
    def label(self) -> str:
        """As people read and type it: 03/2026, T1/2026."""
        if self.month is not None:
            return f"{self.month:02d}/{self.year}"
        return f"T{self.quarter}/{self.year}"

    @property
    def is_quarter(self) -> bool:
        return self.quarter is not None

    def months(self) -> tuple[int, ...]:
        if self.month is not None:
            return (self.month,)
        assert self.quarter is not None
        first = 3 * (self.quarter - 1) + 1
        return (first, first + 1, first + 2)

    @property
    def first_day(self) -> date:
        return date(self.year, self.months()[0], 1)

    @property
    def last_day(self) -> date:
        last = self.months()[-1]
        return date(self.year, last, monthrange(self.year, last)[1])

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    def contains_month(self, month: str) -> bool:
        """`month` is `YYYY-MM` (the hours register's month)."""
        return month[:4] == str(self.year) and int(month[5:7]) in self.months()

    def overlaps(self, other: Period) -> bool:
        return self.year == other.year and bool(set(self.months()) & set(other.months()))

    def has_ended(self, today: date) -> bool:
        return self.last_day < today


def period_from_code(code: str) -> Period:
    """The period of a stored or sent code. Errors: InvalidPeriod."""
    found = _CODE.fullmatch(code)
    if found is None:
        raise InvalidPeriod("period", period=code[:20])
    year = int(found["year"])
    if found["month"] is not None:
        return Period(year, month=int(found["month"]))
    return Period(year, quarter=int(found["quarter"]))


def parse_period(text: str) -> Period:
    """A period as typed (`03/2026`, `T1/2026`) or as its code (`2026-03`, `2026-Q1`).
    Errors: InvalidPeriod."""
    typed = text.strip()
    month = _TYPED_MONTH.fullmatch(typed)
    if month is not None:
        return Period(int(month["year"]), month=int(month["month"]))
    quarter = _TYPED_QUARTER.fullmatch(typed)
    if quarter is not None:
        return Period(int(quarter["year"]), quarter=int(quarter["quarter"]))
    return period_from_code(typed.upper() if "q" in typed else typed)


def parse_periods(text: str) -> list[Period]:
    """Periods as typed in one field, separated by commas or spaces; empty: none.
    Errors: InvalidPeriod naming the first that is not one."""
    return [parse_period(part) for part in text.replace(",", " ").split()]
