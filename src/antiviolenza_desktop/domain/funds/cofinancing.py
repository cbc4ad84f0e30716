"""Co-financing (B) as staff hours, and the regional money (A) spent outside women's projects.

The card's co-financing is the «valorizzazione delle ore di lavoro del personale»: every row of
the register says which body's staff worked on which action in which month, for how long and at
what hourly cost; its value is hours × cost, rounded half up to the cent. Time is kept in
minutes so 1 h 20 min is exact. Action expenses are payments of an action's A money that no
woman's project carries (the équipes' training, 3.4); the fund actions are paid through the
ledger instead, so an expense on them is refused (it would be counted twice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.money import Cents, format_eur
from antiviolenza_desktop.domain.programme.model import Programme

MAX_MINUTES_PER_MONTH = 31 * 24 * 60
MAX_HOURLY_COST: Cents = 50_000
MAX_TEXT = 200
_MONTH = re.compile(r"(?P<year>20[0-9]{2})-(?P<month>0[1-9]|1[0-2])")


@dataclass(frozen=True, slots=True)
class HoursEntry:
    """One row of the hours register as typed; `month` is `YYYY-MM`."""

    body: str
    person: str
    action_code: str
    month: str
    minutes: int
    hourly_cost: Cents
    note: str = ""

    @property
    def value(self) -> Cents:
        return hours_value(self.minutes, self.hourly_cost)


@dataclass(frozen=True, slots=True)
class ExpenseEntry:
    """One payment of an action's regional money outside the women's projects."""

    action_code: str
    on: date
    amount: Cents
    payee: str
    document_ref: str
    description: str = ""


class UnknownAction(AppError):
    code = "azione_sconosciuta"
    template = "L'azione «{action}» non è nel programma: scegli tra {known}."


class ActionPaidThroughLedger(AppError):
    code = "azione_pagata_dal_registro"
    template = (
        "L'azione {action} si paga dal {fund}, con le erogazioni sugli impegni delle donne: "
        "una spesa qui sarebbe contata due volte."
    )


class ActionWithoutRegionalMoney(AppError):
    code = "azione_senza_quota_a"
    template = (
        "L'azione {action} non ha quota regionale (A = € 0,00) sulla scheda: le sue spese sono "
        "cofinanziamento, da registrare come ore di lavoro."
    )


class InvalidMonth(AppError):
    code = "mese_non_valido"
    template = "Il mese «{month}» non è valido: scrivilo come mm/aaaa, per esempio 03/2026."


class MonthInFuture(AppError):
    code = "mese_futuro"
    template = "Il mese {month} non è ancora iniziato: si registrano solo ore già lavorate."


class DateInFutureForExpense(AppError):
    code = "spesa_data_futura"
    template = "La data della spesa ({day}) è nel futuro: si registrano solo spese già fatte."


class HoursOutOfRange(AppError):
    code = "ore_non_valide"
    template = "Le ore devono essere più di zero e al massimo {most} in un mese (scritte: {hours})."


class HourlyCostOutOfRange(AppError):
    code = "costo_orario_non_valido"
    template = "Il costo orario deve essere più di € 0,00 e al massimo {most} (scritto: {cost})."


class ExpenseNotPositive(AppError):
    code = "spesa_non_positiva"
    template = "L'importo della spesa deve essere positivo (scritto: {amount})."


class RequiredText(AppError):
    code = "testo_obbligatorio"
    template = "Scrivi {what} (al massimo {most} caratteri)."


def hours_value(minutes: int, hourly_cost: Cents) -> Cents:
    """Minutes × cost per hour, rounded half up to the cent."""
    return (minutes * hourly_cost * 2 + 60) // 120


def format_minutes(minutes: int) -> str:
    """`1 h 20 min`, `8 h`: hours as people say them."""
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def month_label(month: str) -> str:
    """`2026-03` → `03/2026`."""
    return f"{month[5:7]}/{month[:4]}"


def _action_codes(programme: Programme) -> str:
    return ", ".join(action.code for action in programme.actions)


def _known_action(programme: Programme, code: str) -> None:
    if code not in {action.code for action in programme.actions}:
        raise UnknownAction("action_code", action=code, known=_action_codes(programme))


def _text(field: str, value: str, what: str) -> None:
    if not value.strip() or len(value) > MAX_TEXT:
        raise RequiredText(field, what=what, most=MAX_TEXT)


def check_hours(entry: HoursEntry, programme: Programme, *, today: date) -> None:
    """Raise the refusal of the first thing wrong with a row of the hours register."""
    _text("body", entry.body, "l'ente del personale")
    _text("person", entry.person, "la persona o il ruolo")
    _known_action(programme, entry.action_code)
    if _MONTH.fullmatch(entry.month) is None:
        raise InvalidMonth("month", month=entry.month)
    if entry.month > f"{today:%Y-%m}":
        raise MonthInFuture("month", month=month_label(entry.month))
    if not 0 < entry.minutes <= MAX_MINUTES_PER_MONTH:
        raise HoursOutOfRange(
            "minutes",
            most=format_minutes(MAX_MINUTES_PER_MONTH),
            hours=format_minutes(max(entry.minutes, 0)),
        )
    if not 0 < entry.hourly_cost <= MAX_HOURLY_COST:
        raise HourlyCostOutOfRange(
            "hourly_cost", most=format_eur(MAX_HOURLY_COST), cost=format_eur(entry.hourly_cost)
        )


def check_expense(expense: ExpenseEntry, programme: Programme, *, today: date) -> None:
    """Raise the refusal of the first thing wrong with an action expense."""
    _known_action(programme, expense.action_code)
    action = programme.action(expense.action_code)
    for fund in programme.funds:
        if fund.action == action.code:
            raise ActionPaidThroughLedger("action_code", action=action.code, fund=fund.name)
    if action.amount_a == 0:
        raise ActionWithoutRegionalMoney("action_code", action=action.code)
    if expense.amount <= 0:
        raise ExpenseNotPositive("amount", amount=format_eur(expense.amount))
    if expense.on > today:
        raise DateInFutureForExpense("on", day=f"{expense.on:%d/%m/%Y}")
    _text("payee", expense.payee, "a chi è stata pagata la spesa")
