"""The O.R.A./ISTAT answers in the snapshot (schema version `SINCE`): `statutory`, a list of
anonymous rows, one per shared case, from which the capofila builds the same tables as an
Ambito.

A row carries no pseudonym and no record key, only codes of closed lists and months: the
referral month, the author's relationship, the contact channel, the help sought before, the
services as (kind, month), the author's sex, age band and citizenship, the previous complaints
or measures, and the outcomes of the path. Rows are sorted by their content, so their order
says nothing about which record each belongs to. Only the cases whose woman consented to
sharing travel, as for the records. `upgrade_from_4` (`payload_schema.UPGRADERS[SINCE - 1]`)
gives an older payload an empty list: the capofila counts its women as not sent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case import statutory_options as so
from antiviolenza_desktop.domain.case.intake_options import Option, codes
from antiviolenza_desktop.domain.case.statutory import ServiceGiven, StatutoryFacts
from antiviolenza_desktop.domain.case.statutory_tables import TableCase
from antiviolenza_desktop.domain.payload.json_codec import (
    PayloadInvalid,
    array,
    at,
    code,
    code_list,
    month,
    obj,
    optional_code,
)

FIELD = "statutory"
SINCE = 5
"""The payload version that added `FIELD`; `upgrade_from_4` turns version `SINCE - 1` into it."""
_NOT_BEFORE = "campo non previsto nella versione 4 del formato"
"""The refusal's reason: version `SINCE - 1`, written out (no sentence built in the domain)."""
MAX_ROWS = 10**6
MAX_SERVICES = 500
_SINGLE = (
    ("relationship", opt.PERPETRATOR_RELATIONSHIP),
    ("contact_channel", so.CONTACT_CHANNELS),
    ("perpetrator_sex", so.PERPETRATOR_SEX),
    ("perpetrator_age_band", so.PERPETRATOR_AGE_BANDS),
    ("perpetrator_citizenship", so.PERPETRATOR_CITIZENSHIP),
)
_MULTIPLE: tuple[tuple[str, tuple[Option, ...]], ...] = (
    ("help_before", so.HELP_BEFORE),
    ("perpetrator_record", so.PERPETRATOR_RECORD),
    ("outcomes", so.PATH_OUTCOMES),
)
_KEYS = ("referral_month", "services", *(n for n, _ in _SINGLE), *(n for n, _ in _MULTIPLE))
_SERVICE_KINDS = frozenset(codes(so.SERVICE_KINDS))


@dataclass(frozen=True, slots=True)
class StatutoryRow:
    """One shared case's answers, by month; blank answers are None or empty."""

    referral_month: str
    services: tuple[tuple[str, str], ...] = ()
    relationship: str | None = None
    contact_channel: str | None = None
    perpetrator_sex: str | None = None
    perpetrator_age_band: str | None = None
    perpetrator_citizenship: str | None = None
    help_before: tuple[str, ...] = ()
    perpetrator_record: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()


def _month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def row_of(case: TableCase) -> StatutoryRow:
    """The row of one case, its days turned into months."""
    f = case.facts
    services = tuple(
        sorted((s.kind, _month_of(s.day)) for s in f.services if s.kind and s.day is not None)
    )
    return StatutoryRow(
        _month_of(case.referral),
        services,
        case.relationship,
        f.contact_channel,
        f.perpetrator_sex,
        f.perpetrator_age_band,
        f.perpetrator_citizenship,
        tuple(sorted(f.help_before)),
        tuple(sorted(f.perpetrator_record)),
        tuple(sorted(f.outcomes)),
    )


def _first_day(text: str) -> date:
    return date(int(text[:4]), int(text[5:7]), 1)


def table_case(row: StatutoryRow) -> TableCase:
    """The row as the tables read it: each month is its first day (the capofila's periods are
    whole months, `statutory_tables.check_whole_months`)."""
    facts = StatutoryFacts(
        contact_channel=row.contact_channel,
        help_before=frozenset(row.help_before),
        services=tuple(ServiceGiven(kind, _first_day(m)) for kind, m in row.services),
        perpetrator_sex=row.perpetrator_sex,
        perpetrator_age_band=row.perpetrator_age_band,
        perpetrator_citizenship=row.perpetrator_citizenship,
        perpetrator_record=frozenset(row.perpetrator_record),
        outcomes=frozenset(row.outcomes),
    )
    return TableCase(_first_day(row.referral_month), row.relationship, facts)


def _plain(row: StatutoryRow) -> dict[str, Any]:
    return {
        "referral_month": row.referral_month,
        "services": [{"kind": kind, "month": m} for kind, m in row.services],
        **{name: getattr(row, name) for name, _ in _SINGLE},
        **{name: list(getattr(row, name)) for name, _ in _MULTIPLE},
    }


def to_plain(rows: Iterable[StatutoryRow]) -> list[dict[str, Any]]:
    """The rows in the payload, sorted by content (never in the records' order)."""
    return [_plain(row) for row in sorted(rows, key=_sort_key)]


def _sort_key(row: StatutoryRow) -> tuple[str, ...]:
    return tuple(str(value) for value in (*_plain(row).values(),))


def parse_statutory(value: Any) -> tuple[StatutoryRow, ...]:
    """Every row checked against its closed lists. Errors: PayloadInvalid."""
    return tuple(_row(item, at(FIELD, i)) for i, item in enumerate(array(value, FIELD, MAX_ROWS)))


def _row(item: Any, path: str) -> StatutoryRow:
    raw = obj(item, path, _KEYS)
    services = array(raw["services"], at(path, "services"), MAX_SERVICES)
    given = []
    for i, service in enumerate(services):
        where = at(at(path, "services"), i)
        one = obj(service, where, ("kind", "month"))
        given.append(
            (code(one["kind"], at(where, "kind"), _SERVICE_KINDS), month(one["month"], where))
        )
    single = [optional_code(raw[n], at(path, n), codes(o)) for n, o in _SINGLE]
    multiple = [code_list(raw[n], at(path, n), codes(o)) for n, o in _MULTIPLE]
    relationship, channel, sex, age_band, citizenship = single
    help_before, record, outcomes = multiple
    return StatutoryRow(
        month(raw["referral_month"], at(path, "referral_month")),
        tuple(sorted(given)),
        relationship,
        channel,
        sex,
        age_band,
        citizenship,
        help_before,
        record,
        outcomes,
    )


def upgrade_from_4(payload: dict[str, Any]) -> dict[str, Any]:
    """Version `SINCE - 1` → `SINCE`: no O.R.A./ISTAT rows. A payload of the version before
    that already carries them is not what it claims to be: refused."""
    if FIELD in payload:
        raise PayloadInvalid(FIELD, _NOT_BEFORE)
    return {**payload, "schema_version": SINCE, FIELD: []}
