"""The one place where dates, money and counts become text: dd/mm/yyyy, € 1.234,56, 50.000."""

from __future__ import annotations

from datetime import date

from antiviolenza_desktop.domain.money import format_eur


def format_date(value: date | str | None) -> str:
    if not value:
        return ""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day:%d/%m/%Y}"


def format_money(cents: int) -> str:
    return format_eur(cents)


def format_count(value: int) -> str:
    return f"{value:,}".replace(",", ".")
