"""The one place where dates, times, money and counts become text: dd/mm/yyyy, dd/mm/yyyy HH:MM,
€ 1.234,56, 50.000."""

from __future__ import annotations

from datetime import UTC, date, datetime

from antiviolenza_desktop.domain.money import format_eur


def format_date(value: date | str | None) -> str:
    if not value:
        return ""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day:%d/%m/%Y}"


def local_moment(moment: datetime | str) -> datetime:
    """A moment (an ISO stamp or a datetime; naive ones are UTC, as the store writes them) in
    this computer's time zone: people read their own clock, never UTC."""
    value = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def format_local_time(moment: datetime | str) -> str:
    """A moment as local dd/mm/yyyy HH:MM."""
    return f"{local_moment(moment):%d/%m/%Y %H:%M}"


def format_local_day(moment: datetime | str) -> str:
    """The local day of a moment, dd/mm/yyyy (a stamp taken at 23:30 UTC is tomorrow in Italy
    in summer)."""
    return format_date(local_moment(moment).date())


def format_money(cents: int) -> str:
    return format_eur(cents)


def format_count(value: int) -> str:
    return f"{value:,}".replace(",", ".")
