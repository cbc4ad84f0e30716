"""The Provincia's part of a provincial payload (schema version 2): what its register adds.

Where the programme gives the Provincia a register (`gestione = "provincia"`), the capofila's
provincial totals are not the sum of its Ambiti's (`domain.exchange.province_provincia`): a
Provincia fund's money is the Provincia's, and its action's A moves with it; the CPI hours add
to the B of their action. The Region has no register of the Provincia, so the payload carries
what the register contributes — integers only, no name, no woman:

    provincia  {funds: {fund: {committed, disbursed}},   the Provincia's funds
                hours: {action: cents}}                  the CPI hours' B, per action

and the Region's sum check (`domain.payload.provincial_schema`) recomputes every province
figure from the Ambiti and this part, exactly. What the part does not name it does not add: a
version-1 payload (`upgrade_from_1`: no part) and a programme without a Provincia (the part is
empty, any content refused: `ProvinciaPartUnexpected`) keep the plain sum of the Ambiti's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.province import ProvincialTotals
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.payload.fast import MAX_CENTS
from antiviolenza_desktop.domain.payload.json_codec import (
    PayloadInvalid,
    at,
    integer,
    keyed,
    obj,
)
from antiviolenza_desktop.domain.payload.snapshot import FundAmounts
from antiviolenza_desktop.domain.programme.model import MANAGED_BY_PROVINCIA, Programme


class ProvinciaPartUnexpected(AppError):
    code = "pacchetto_provinciale_provincia_non_prevista"
    template = (
        "Il pacchetto provinciale porta cifre della Provincia (campo «{path}»), ma il programma "
        "non affida alcun fondo alla Provincia: pacchetto rifiutato."
    )


@dataclass(frozen=True, slots=True)
class ProvinciaPart:
    """The Provincia's money per fund and its CPI hours' B per action; empty: nothing added."""

    funds: tuple[tuple[str, FundAmounts], ...] = ()
    hours: tuple[tuple[str, Cents], ...] = ()

    @property
    def committed(self) -> Cents:
        return sum(amounts.committed for _, amounts in self.funds)

    @property
    def disbursed(self) -> Cents:
        return sum(amounts.disbursed for _, amounts in self.funds)

    @property
    def hours_value(self) -> Cents:
        return sum(value for _, value in self.hours)


def provincia_codes(programme: Programme) -> tuple[list[str], list[str]]:
    """The funds the Provincia manages and the actions its CPI hours may co-finance (the
    actions of its co-financing lines); none for a programme without a Provincia."""
    if programme.provincia is None:
        return [], []
    funds = [fund.code for fund in programme.funds_managed_by(MANAGED_BY_PROVINCIA)]
    lines = set(programme.provincia.cofinancing_lines)
    return funds, [action.code for action in programme.actions if action.line in lines]


def provincia_part(totals: ProvincialTotals, programme: Programme) -> ProvinciaPart:
    """The part from the capofila's totals (`with_provincia` applied): every Provincia fund
    and every co-financed action, zero where the register holds nothing."""
    figures = totals.provincia
    if figures is None or programme.provincia is None:
        return ProvinciaPart()
    funds, actions = provincia_codes(programme)
    hours = dict.fromkeys(actions, 0)
    for row in figures.hours:
        hours[row.action] = hours.get(row.action, 0) + row.value
    mine = [(f, [row for row in figures.by_ambito if row.fund == f]) for f in funds]
    return ProvinciaPart(
        funds=tuple(
            (f, FundAmounts(sum(r.committed for r in rows), sum(r.disbursed for r in rows)))
            for f, rows in mine
        ),
        hours=tuple(hours.items()),
    )


def part_payload(part: ProvinciaPart) -> dict[str, Any]:
    return {
        "funds": {f: {"committed": a.committed, "disbursed": a.disbursed} for f, a in part.funds},
        "hours": dict(part.hours),
    }


def parse_part(value: Any, programme: Programme) -> ProvinciaPart:
    """The part checked: codes of the Provincia's funds and co-financed actions only, cents
    within bounds; on a programme without a Provincia it must be empty."""
    item = obj(value, "provincia", ("funds", "hours"))
    if programme.provincia is None:
        for name in ("funds", "hours"):
            if item[name] != {}:
                raise ProvinciaPartUnexpected(at("provincia", name), path=at("provincia", name))
    funds, actions = provincia_codes(programme)
    by_fund = keyed(item["funds"], "provincia.funds", funds, all_keys=False)
    by_action = keyed(item["hours"], "provincia.hours", actions, all_keys=False)
    pair = ("committed", "disbursed")
    return ProvinciaPart(
        funds=tuple(
            (f, FundAmounts(*(_cents(obj(by_fund[f], at("provincia.funds", f), pair), f))))
            for f in funds
            if f in by_fund
        ),
        hours=tuple(
            (x, integer(by_action[x], at("provincia.hours", x), 0, MAX_CENTS))
            for x in actions
            if x in by_action
        ),
    )


def _cents(amounts: dict[str, Any], fund: str) -> tuple[int, int]:
    path = at("provincia.funds", fund)
    return (
        integer(amounts["committed"], at(path, "committed"), 0, MAX_CENTS),
        integer(amounts["disbursed"], at(path, "disbursed"), 0, MAX_CENTS),
    )


def upgrade_from_1(payload: dict[str, Any]) -> dict[str, Any]:
    """Provincial version 1 → 2: no Provincia part (the province is the Ambiti's sum). A
    version-1 payload that already carries one is not a version-1 payload: refused."""
    if "provincia" in payload:
        raise PayloadInvalid("provincia", "campo non previsto nella versione 1 del formato")
    return {**payload, "schema_version": 2, "provincia": {"funds": {}, "hours": {}}}
