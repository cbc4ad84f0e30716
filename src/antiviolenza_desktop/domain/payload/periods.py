"""The part of a snapshot payload added for period approval: the Ambito's periods.

    "periods": [{"period": "2026-03", "state": "submitted", "decision": 0}, ...]

Each period the Ambito has submitted, with its state as the Ambito knows it and the number of
the last capofila decision it applied to it (0: none). A period in state `submitted` whose
decision number is the capofila's own is a (re)submission; any other row only tells the
capofila what the Ambito has seen. Codes and integers only. `add_periods` is the upgrader of
the version before it: older payloads had no periods, so they get none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from antiviolenza_desktop.domain.approval.periods import InvalidPeriod, period_from_code
from antiviolenza_desktop.domain.approval.states import STATES
from antiviolenza_desktop.domain.payload.json_codec import (
    PayloadInvalid,
    array,
    at,
    code,
    integer,
    obj,
    string,
)

FIELD = "periods"
MAX_PERIODS = 1_000
MAX_DECISION = 2**53 - 1


@dataclass(frozen=True, slots=True)
class PeriodStatus:
    period: str
    state: str
    decision: int


def add_periods(payload: dict[str, Any]) -> dict[str, Any]:
    """The previous version → this one: no periods. A payload of the previous version that
    already carries them is not one: refused."""
    if FIELD in payload:
        raise PayloadInvalid(FIELD, "campo non previsto nella versione precedente del formato")
    version = payload.get("schema_version")
    if not isinstance(version, int):
        raise PayloadInvalid("schema_version", "attesa una versione intera")
    return {**payload, "schema_version": version + 1, FIELD: []}


def _period(value: Any, path: str) -> str:
    text = string(value, path)
    try:
        return period_from_code(text).code
    except InvalidPeriod:
        raise PayloadInvalid(path, "atteso un mese AAAA-MM o un trimestre AAAA-Qn") from None


def parse_periods(value: Any) -> tuple[PeriodStatus, ...]:
    rows = []
    for index, raw in enumerate(array(value, FIELD, MAX_PERIODS)):
        where = at(FIELD, index)
        item = obj(raw, where, ("period", "state", "decision"))
        rows.append(
            PeriodStatus(
                period=_period(item["period"], at(where, "period")),
                state=code(item["state"], at(where, "state"), STATES),
                decision=integer(item["decision"], at(where, "decision"), 0, MAX_DECISION),
            )
        )
    if len({row.period for row in rows}) != len(rows):
        raise PayloadInvalid(FIELD, "periodo ripetuto")
    return tuple(rows)


def periods_json(periods: tuple[PeriodStatus, ...]) -> list[dict[str, Any]]:
    return [
        {"period": row.period, "state": row.state, "decision": row.decision}
        for row in sorted(periods, key=lambda row: row.period)
    ]
