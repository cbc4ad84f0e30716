"""The fast path of the case check (`payload_fast.fast_case`) accepts exactly what the precise
walk (`payload_schema._case`) accepts: on a valid case both give the same record; on any
field of a case replaced by a wrong value, added or removed, the fast path either gives the
precise walk's record or hands over (None), never accepting what the precise walk refuses.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.payload.fast import fast_case
from antiviolenza_desktop.domain.payload.json_codec import decode_json
from antiviolenza_desktop.domain.payload.schema import _case
from antiviolenza_desktop.domain.payload.snapshot import to_payload
from tests.exchange_samples import PROGRAMME, record, snapshot_of, snapshots

FUNDS = tuple(fund.code for fund in PROGRAMME.funds)
CAVS = frozenset(cav.code for cav in PROGRAMME.cav)
WRONG: tuple[Any, ...] = (
    None,
    True,
    -1,
    0,
    10**13,
    1.5,
    "",
    "x",
    "RSSMRA85M41D150X",
    "2026-13",
    "a" * 64,
    [],
    ["work", "work"],
    ["nope"],
    {},
    {"kind": "x"},
)


def _fast(item: Any) -> Any:
    return fast_case(item, CAVS, FUNDS, frozenset(FUNDS))


def _precise(item: Any) -> Any:
    try:
        return _case(item, "cases[0]", PROGRAMME, FUNDS)
    except AppError:
        return None


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path inside a case object (dict keys and list indexes)."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key in value:
            found += _places(value[key], (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _places(item, (*path, index))
    return found


def _set(case: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    edited = copy.deepcopy(case)
    target: Any = edited
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return edited


def _sample_cases() -> list[dict[str, Any]]:
    cases = (
        record("a", money={"active_policies": (150_000, 40_000)}),
        record("b", lines=("housing",), money={"housing_autonomy": (90_000, 0)}),
        record("c", project_status=None),
    )
    return to_payload(snapshot_of("cremasco", 4, cases))["cases"]


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(snapshots("casalasco", 3))
def test_valid_cases_give_the_same_record(snapshot: Any) -> None:
    for case in to_payload(snapshot)["cases"]:
        assert _fast(case) == _case(case, "cases[0]", PROGRAMME, FUNDS)


@pytest.mark.parametrize("case", _sample_cases(), ids=("money", "housing", "no_project"))
def test_a_wrong_value_anywhere_is_never_accepted_by_the_fast_path_alone(
    case: dict[str, Any],
) -> None:
    checked = 0
    for path in _places(case):
        for value in WRONG:
            edited = _set(case, path, value)
            fast = _fast(edited)
            assert fast is None or fast == _precise(edited), (path, value)
            checked += 1
    assert checked > 100


@pytest.mark.parametrize("case", _sample_cases(), ids=("money", "housing", "no_project"))
def test_an_extra_or_missing_key_or_a_repeated_one_goes_to_the_precise_walk(
    case: dict[str, Any],
) -> None:
    for path in [(), *(p for p in _places(case) if isinstance(p[-1], str))]:
        target: Any = case
        for step in path:
            target = target[step]
        if not isinstance(target, dict):
            continue
        extra = _set(case, (*path, "first_name"), "Maria") if path else {**case, "note": "x"}
        assert _fast(extra) is None
        for key in target:
            smaller = copy.deepcopy(case)
            holder: Any = smaller
            for step in path:
                holder = holder[step]
            del holder[key]
            assert _fast(smaller) is None or _fast(smaller) == _precise(smaller)
    repeated = decode_json(b'{"record": "x", "record": "y"}')
    assert _fast(repeated) is None


@pytest.mark.parametrize("case", _sample_cases(), ids=("money", "housing", "no_project"))
def test_a_parsed_case_with_a_key_repeated_in_any_object_goes_to_the_precise_walk(
    case: dict[str, Any],
) -> None:
    """Each object of the case in turn gets its first key twice (the value kept is the valid
    one): the fast path refuses it and the precise walk names the repetition."""
    text = json.dumps(case, sort_keys=True, separators=(",", ":"))
    starts = [index for index, char in enumerate(text) if text.startswith('{"', index)]
    assert len(starts) > 3
    for start in starts:
        key = text[start + 1 : text.index(":", start)]
        repeated = decode_json(f"{text[: start + 1]}{key}:null,{text[start + 1 :]}".encode())
        assert _fast(repeated) is None
        with pytest.raises(AppError, match="chiave ripetuta"):
            _case(repeated, "cases[0]", PROGRAMME, FUNDS)
