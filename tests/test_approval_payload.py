"""The periods of a payload (period approval): parsed strictly, each wrong value refused with
its path; an older payload gets none, and one of an older version that already has them is
refused."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from antiviolenza_desktop.domain.payload.json_codec import PayloadInvalid
from antiviolenza_desktop.domain.payload.periods import PeriodStatus, add_periods
from antiviolenza_desktop.domain.payload.schema import UPGRADERS, parse_snapshot, upgrade_payload
from antiviolenza_desktop.domain.payload.snapshot import canonical_bytes, to_payload
from tests.exchange_samples import PROGRAMME, record, snapshot_of

ROW = {"period": "2026-03", "state": "submitted", "decision": 0}


def _payload(periods: list[Any]) -> dict[str, Any]:
    payload = to_payload(snapshot_of("cremasco", 4, (record("a"),)))
    payload["periods"] = periods
    return payload


def test_periods_travel_and_come_back() -> None:
    rows = [ROW, {"period": "2025-Q4", "state": "approved", "decision": 3}]
    snapshot = parse_snapshot(canonical_bytes(_payload(rows)), programme=PROGRAMME)
    assert snapshot.periods == (
        PeriodStatus("2026-03", "submitted", 0),
        PeriodStatus("2025-Q4", "approved", 3),
    )
    again = to_payload(snapshot)["periods"]
    assert [row["period"] for row in again] == ["2025-Q4", "2026-03"]


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"period": "2026-13"}, "periods[0].period"),
        ({"period": "marzo 2026"}, "periods[0].period"),
        ({"state": "open"}, "periods[0].state"),
        ({"decision": -1}, "periods[0].decision"),
        ({"decision": "0"}, "periods[0].decision"),
        ({"extra": 1}, "periods[0].extra"),
    ],
)
def test_a_wrong_period_row_is_refused_by_its_path(change: dict[str, Any], path: str) -> None:
    data = canonical_bytes(_payload([{**ROW, **change}]))
    with pytest.raises(PayloadInvalid) as refused:
        parse_snapshot(data, programme=PROGRAMME)
    assert refused.value.field == path


def test_a_repeated_period_is_refused() -> None:
    with pytest.raises(PayloadInvalid) as refused:
        parse_snapshot(canonical_bytes(_payload([ROW, ROW])), programme=PROGRAMME)
    assert refused.value.field == "periods"


BEFORE_PERIODS = 3
"""The payload version before period approval (version 4 added `periods`; version 5, the
O.R.A./ISTAT rows, came after it)."""


def test_an_older_payload_gets_no_periods() -> None:
    payload = _payload([])
    later = ("periods", "statutory")
    older = {k: v for k, v in copy.deepcopy(payload).items() if k not in later}
    older["schema_version"] = BEFORE_PERIODS
    assert UPGRADERS[BEFORE_PERIODS] is add_periods
    assert upgrade_payload(older)["periods"] == []
    with pytest.raises(PayloadInvalid):
        add_periods({**older, "periods": []})
