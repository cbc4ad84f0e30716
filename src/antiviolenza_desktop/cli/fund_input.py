"""Reading what a coordinator types for the fund commands: dates, months, hours, funds.

Amounts go through `domain.money.parse_amount` (Italian or machine form); the rest is read
here with the same care: a date is `gg/mm/aaaa`, a month `mm/aaaa`, hours `12`, `12:30` or
`12,5`. Each refusal says what was typed and how to write it.
"""

from __future__ import annotations

import re
from datetime import date

from antiviolenza_desktop.domain.errors import AppError, InvalidInput
from antiviolenza_desktop.domain.money import Cents, parse_amount


class DayNotReadable(AppError):
    code = "data_non_leggibile"
    template = "Data non valida «{typed}»: scrivila come gg/mm/aaaa."


class HoursNotReadable(AppError):
    code = "ore_non_leggibili"
    template = "Ore non valide «{typed}»: scrivi per esempio 12, 12:30 oppure 12,5."


FUND_ALIASES: dict[str, str] = {
    "attive": "active_policies",
    "passive": "passive_policies",
    "abitativa": "housing_autonomy",
}
"""Short Italian names accepted by `--fondo` beside the programme's codes."""

_DAY = re.compile(r"(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})/(?P<y>[0-9]{4})")
_MONTH = re.compile(r"(?P<m>[0-9]{1,2})/(?P<y>[0-9]{4})")
_HOURS = re.compile(r"(?P<h>[0-9]{1,3})(?::(?P<min>[0-5][0-9])|[.,](?P<dec>[0-9]{1,2}))?")


def parse_day(text: str, field: str) -> date:
    """`25/11/2026` → a date; anything else is refused naming the field's option."""
    match = _DAY.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        raise DayNotReadable(field, typed=text[:20]) from None


def parse_month(text: str) -> str:
    """`03/2026` → `2026-03` (the register's form). Text that is not a month is passed on
    unchanged, so the register's own rule refuses it with its message."""
    match = _MONTH.fullmatch(text.strip())
    if match is None:
        return text.strip()
    return f"{match['y']}-{int(match['m']):02d}"


def parse_minutes(text: str) -> int:
    """`12` → 720, `1:20` → 80, `12,5` → 750 (hours as people write them)."""
    match = _HOURS.fullmatch(text.strip())
    if match is None:
        raise HoursNotReadable("minutes", typed=text[:20])
    minutes = int(match["h"]) * 60
    if match["min"]:
        minutes += int(match["min"])
    if match["dec"]:
        fraction = match["dec"].ljust(2, "0")
        minutes += round(int(fraction) * 60 / 100)
    return minutes


def parse_money(text: str, field: str) -> Cents:
    """An amount as typed (`1.234,56`, `1234.56`); the money parser's refusal, with its field."""
    try:
        return parse_amount(text)
    except InvalidInput as error:
        error.field = field
        raise


def fund_code(text: str) -> str:
    """`attive`, `passive`, `abitativa` or a programme code; unknown ones reach the service,
    which refuses them listing the funds."""
    return FUND_ALIASES.get(text.strip().casefold(), text.strip())
