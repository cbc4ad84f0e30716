"""The exporter's check of its own case objects: the import check's rules, one field at a time.

Before a bundle leaves the store its payload goes through the capofila's import check (BU-14).
On 10,000 cases that check rebuilt a typed record from every case object (a third of an
export's own work), though the exporter only needs a yes. Here the same rules as
`payload.fast` — exact key sets, vocabularies, month and pseudonym patterns, integer types and
bounds, distinct codes, distinct record keys — are applied to the payload's case objects field
by field across all cases, each distinct value once, and the sender's totals are recounted
from the same objects. The answer is yes or "not sure"; on "not sure" the exporter runs the
capofila's check, which names the field. It never accepts what that check refuses.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from itertools import chain
from operator import itemgetter
from typing import Any

from antiviolenza_desktop.domain.payload import fast
from antiviolenza_desktop.domain.payload.json_codec import HEX64, MONTH
from antiviolenza_desktop.domain.payload.schema import MAX_CASES, payload_fields, validate_payload
from antiviolenza_desktop.domain.payload.snapshot import CASE_LINES, FundAmounts, Totals
from antiviolenza_desktop.domain.payload.totals import action_amounts, check_stated, fund_sums
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.domain.project.model import ACTIVE_FUND

_month = MONTH.fullmatch
_hex64 = HEX64.fullmatch
_AMOUNT_KEYS = frozenset({"committed", "disbursed"})
_OUTCOME_KEYS = frozenset({"kind", "contract_type"})
Money = tuple[tuple[str, FundAmounts], ...]


def _plain(items: Iterable[Any], keys: frozenset[str]) -> bool:
    """Plain dicts (what the exporter makes) with exactly `keys`."""
    items = list(items)
    return set(map(type, items)) <= {dict} and set(map(frozenset, items)) <= {keys}


def _months(values: Iterable[Any], *, optional: bool) -> bool:
    return all(
        (optional and value is None) or (type(value) is str and _month(value) is not None)
        for value in set(values)
    )


def _in(values: Iterable[Any], allowed: Collection[Any], *, optional: bool = False) -> bool:
    return all(
        (optional and value is None) or (type(value) is str and value in allowed)
        for value in set(values)
    )


def _code_lists(values: Iterable[Any], allowed: Collection[str]) -> bool:
    """Each a list of distinct codes of `allowed`."""
    values = list(values)
    if not set(map(type, values)) <= {list}:
        return False
    return all(
        all(type(item) is str and item in allowed for item in value)
        and len(set(value)) == len(value)
        for value in set(map(tuple, values))
    )


def _ints(values: Iterable[Any], low: int, high: int) -> bool:
    values = list(values)
    if not set(map(type, values)) <= {int}:
        return False
    return not values or (low <= min(values) and max(values) <= high)


def _hex(values: list[Any]) -> bool:
    return set(map(type, values)) <= {str} and all(map(_hex64, values))


def _money(cases: list[dict[str, Any]], fund_keys: frozenset[str]) -> bool:
    tables = list(map(itemgetter("funds"), cases))
    if not _plain(tables, fund_keys):
        return False
    amounts = list(chain.from_iterable(map(dict.values, tables)))
    return _plain(amounts, _AMOUNT_KEYS) and _ints(
        chain.from_iterable(map(dict.values, amounts)), 0, fast.MAX_CENTS
    )


def _case_fields(cases: list[dict[str, Any]], cavs: Collection[str]) -> bool:
    field = {name: list(map(itemgetter(name), cases)) for name in fast.CASE_FIELDS}
    months = field["stage_months"]
    return (
        _hex(field["record"])
        and len(set(field["record"])) == len(cases)
        and _hex(field["pseudonym"])
        and _in(field["cav"], cavs)
        and _in(field["stage"], fast.STAGE_SET)
        and _in(field["age_band"], fast.AGE_BAND_SET, optional=True)
        and _months(field["referral_month"], optional=False)
        and _code_lists(field["lines"], CASE_LINES)
        and _code_lists(field["priority"], fast.PRIORITY_FLAGS)
        and set(map(type, months)) <= {dict}
        and _in(chain.from_iterable(months), fast.STAGE_SET)
        and _months(chain.from_iterable(map(dict.values, months)), optional=False)
    )


def _interventions(items: list[Any], funds: Collection[str]) -> bool:
    if not _plain(items, fast.INTERVENTION_KEYS):
        return False
    kinds = set(map(itemgetter("fund", "kind", "status"), items))
    return (
        all(
            type(fund) is str
            and type(kind) is str
            and (status is None or type(status) is str)
            and fund in funds
            and kind in fast.INTERVENTION_KIND_SETS.get(fund, ())
            and (status is None or (fund == ACTIVE_FUND and status in fast.ACTIVE_STATUSES))
            for fund, kind, status in kinds
        )
        and _ints(map(itemgetter("planned"), items), 0, fast.MAX_CENTS)
        and _months(
            chain.from_iterable(map(itemgetter("start_month", "end_month"), items)), optional=True
        )
    )


def _projects(projects: list[Any], funds: Collection[str]) -> bool:
    if not _plain(projects, fast.PROJECT_KEYS):
        return False
    items = list(map(itemgetter("interventions"), projects))
    outcomes = list(map(itemgetter("outcomes"), projects))
    if not all(type(i) is list and len(i) <= fast.MAX_INTERVENTIONS for i in items):
        return False
    if not all(type(o) is list and len(o) <= fast.MAX_OUTCOMES for o in outcomes):
        return False
    flat_outcomes = list(chain.from_iterable(outcomes))
    return (
        _ints(map(itemgetter("revision"), projects), 1, fast.MAX_REVISION)
        and _in(map(itemgetter("status"), projects), fast.PROJECT_STATUSES)
        and _code_lists(map(itemgetter("lines"), projects), CASE_LINES)
        and _months(
            chain.from_iterable(map(itemgetter("validated_month", "closed_month"), projects)),
            optional=True,
        )
        and _in(map(itemgetter("drop_reason"), projects), fast.DROP_REASONS, optional=True)
        and _interventions(list(chain.from_iterable(items)), funds)
        and _plain(flat_outcomes, _OUTCOME_KEYS)
        and _in(map(itemgetter("kind"), flat_outcomes), fast.OUTCOMES)
        and _in(map(itemgetter("contract_type"), flat_outcomes), fast.CONTRACT_TYPES, optional=True)
    )


def cases_allowed(cases: Any, cavs: Collection[str], funds: tuple[str, ...]) -> bool:
    """Whether the import check accepts every case object of `cases` (False: not sure)."""
    fund_keys = frozenset(funds)
    if type(cases) is not list or len(cases) > MAX_CASES or not _plain(cases, fast.CASE_KEYS):
        return False
    projects = [case["project"] for case in cases if case["project"] is not None]
    return _case_fields(cases, cavs) and _money(cases, fund_keys) and _projects(projects, fund_keys)


def recounted(
    cases: list[dict[str, Any]], funds: tuple[str, ...]
) -> tuple[int, dict[str, int], Money]:
    """Distinct women, women per line and money per fund of checked case objects: the records'
    part of `payload.totals.computed_totals`."""
    women = {case["pseudonym"] for case in cases}
    lines = {
        line: len({c["pseudonym"] for c in cases if c["project"] and line in c["project"]["lines"]})
        for line in CASE_LINES
    }
    money = tuple(
        (
            fund,
            FundAmounts(
                sum(c["funds"][fund]["committed"] for c in cases),
                sum(c["funds"][fund]["disbursed"] for c in cases),
            ),
        )
        for fund in funds
    )
    return len(women), lines, money


def validate_outgoing(payload: dict[str, Any], *, programme: Programme) -> None:
    """`validate_payload` of the payload an exporter is about to send, its case objects checked
    field by field across all cases and the totals recounted from them (`payload.outgoing`);
    when that check is not sure, the whole payload goes through `validate_payload`, which
    names the field. Errors: those of `validate_payload`."""
    funds = tuple(fund.code for fund in programme.funds)
    try:
        allowed = cases_allowed(payload.get("cases"), {c.code for c in programme.cav}, funds)
    except TypeError:  # an unhashable value where a code belongs
        allowed = False
    if not allowed:
        validate_payload(payload, programme=programme)
        return
    header = payload_fields({**payload, "cases": []}, programme)
    women, lines, money = recounted(payload["cases"], funds)
    unshared = header.unshared
    sums = fund_sums([money, unshared.funds], funds)
    computed = Totals(
        women=women + unshared.women,
        lines=tuple((line, lines[line] + n) for line, n in unshared.lines),
        funds=sums,
        actions=action_amounts(programme, sums, header.action_expenses, header.cofinancing),
    )
    check_stated(header.totals, computed, programme)
