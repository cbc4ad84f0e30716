"""The O.R.A./ISTAT rows of the payload (schema version 5): round trip, closed lists, no
identity field, and the upgrade of a version-4 payload (on real bundles:
`test_exchange_payload_bytes.py`, `test_exchange_payload_v3.py`)."""

from __future__ import annotations

from datetime import date

import pytest

from antiviolenza_desktop.domain.case.statutory import ServiceGiven, StatutoryFacts
from antiviolenza_desktop.domain.case.statutory_tables import TableCase
from antiviolenza_desktop.domain.payload.json_codec import PayloadInvalid
from antiviolenza_desktop.domain.payload.schema import UPGRADERS
from antiviolenza_desktop.domain.payload.snapshot import SCHEMA_VERSION
from antiviolenza_desktop.domain.payload.statutory import (
    SINCE,
    parse_statutory,
    row_of,
    table_case,
    to_plain,
    upgrade_from_4,
)

CASE = TableCase(
    date(2026, 3, 10),
    "ex_husband_or_cohabitant",
    StatutoryFacts(
        contact_channel="police",
        help_before=frozenset({"relatives_friends"}),
        services=(ServiceGiven("legal", date(2026, 3, 12)),),
        perpetrator_sex="male",
        perpetrator_age_band="30_39",
        perpetrator_citizenship="eu",
        perpetrator_record=frozenset({"police_warning"}),
        outcomes=frozenset({"perpetrator_removed"}),
    ),
)


def test_a_row_travels_by_months_and_reads_back() -> None:
    (plain,) = to_plain([row_of(CASE)])
    assert plain["referral_month"] == "2026-03" and plain["services"] == [
        {"kind": "legal", "month": "2026-03"}
    ]
    (row,) = parse_statutory([plain])
    back = table_case(row)
    assert back.referral == date(2026, 3, 1) and back.relationship == CASE.relationship
    assert back.facts.services == (ServiceGiven("legal", date(2026, 3, 1)),)
    assert back.facts.outcomes == CASE.facts.outcomes


@pytest.mark.parametrize(
    "change, field",
    [
        ({"contact_channel": "pigeon"}, "statutory[0].contact_channel"),
        ({"help_before": ["oracle"]}, "statutory[0].help_before[0]"),
        ({"pseudonym": "a" * 64}, "statutory[0]"),
        ({"services": [{"kind": "legal", "month": "10/03/2026"}]}, "statutory[0].services[0]"),
    ],
)
def test_a_row_outside_the_allow_list_is_refused(change: dict, field: str) -> None:  # type: ignore[type-arg]
    (plain,) = to_plain([row_of(CASE)])
    with pytest.raises(PayloadInvalid) as refused:
        parse_statutory([{**plain, **change}])
    assert (refused.value.field or "").startswith(field)


def test_a_version_4_payload_gets_no_rows_and_one_that_has_them_is_refused() -> None:
    assert UPGRADERS[SINCE - 1] is upgrade_from_4 and SINCE == 5 <= SCHEMA_VERSION
    assert upgrade_from_4({"schema_version": SINCE - 1}) == {
        "schema_version": SINCE,
        "statutory": [],
    }
    with pytest.raises(PayloadInvalid) as refused:
        upgrade_from_4({"schema_version": SINCE - 1, "statutory": []})
    assert refused.value.field == "statutory"
