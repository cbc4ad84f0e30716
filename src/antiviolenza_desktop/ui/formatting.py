"""The one place where dates, times, money and counts become text: dd/mm/yyyy, dd/mm/yyyy HH:MM,
€ 1.234,56, 50.000."""

from __future__ import annotations

from datetime import date, datetime

from antiviolenza_desktop.domain.money import format_eur


def format_date(value: date | str | None) -> str:
    if not value:
        return ""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day:%d/%m/%Y}"


def format_local_time(stamp: str) -> str:
    """A stored UTC ISO stamp as local dd/mm/yyyy HH:MM."""
    return f"{datetime.fromisoformat(stamp).astimezone():%d/%m/%Y %H:%M}"


def format_money(cents: int) -> str:
    return format_eur(cents)


def format_count(value: int) -> str:
    return f"{value:,}".replace(",", ".")
