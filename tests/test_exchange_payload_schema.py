"""The payload's allow-list: strict JSON, every malformed field named by its path (BU-12), identity
fields refused (BU-14), schema versions (BU-08) and the sender's totals recomputed.

Snapshots are synthetic (tests/exchange_samples.py); malformed payloads are made by really
editing the JSON text of valid ones.
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from antiviolenza_desktop.domain.payload.json_codec import (
    MAX_CONTAINERS,
    PayloadIdentityField,
    PayloadInvalid,
    decode_json,
)
from antiviolenza_desktop.domain.payload.schema import (
    PayloadOtherProgramme,
    PayloadTooNew,
    PayloadTooOld,
    parse_snapshot,
    upgrade_payload,
    validate_payload,
)
from antiviolenza_desktop.domain.payload.snapshot import (
    SCHEMA_VERSION,
    ActionAmounts,
    FundAmounts,
    canonical_bytes,
    to_payload,
)
from antiviolenza_desktop.domain.payload.totals import PayloadTotalsMismatch, computed_totals
from tests.exchange_samples import PROGRAMME, record, snapshot_of, snapshots

Path = tuple[str | int, ...]


def _sample() -> dict[str, Any]:
    cases = (
        record("a", money={"active_policies": (150_000, 40_000)}),
        record("b", lines=("housing",), money={"housing_autonomy": (90_000, 0)}),
        record("c", project_status=None),
    )
    return to_payload(snapshot_of("cremasco", 4, cases))


def _text(path: Path) -> str:
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out


def _walk(value: Any, path: Path = ()) -> list[tuple[Path, Any]]:
    """Every (path, value) of the tree, parents before children."""
    found = [(path, value)]
    if isinstance(value, dict):
        for key in sorted(value):
            found += _walk(value[key], (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _walk(item, (*path, index))
    return found


def _set(tree: Any, path: Path, value: Any) -> None:
    for key in path[:-1]:
        tree = tree[key]
    tree[path[-1]] = value


def _get(tree: Any, path: Path) -> Any:
    for key in path:
        tree = tree[key]
    return tree


def _expect_invalid(data: bytes, path: str) -> PayloadInvalid:
    with pytest.raises(PayloadInvalid) as caught:
        parse_snapshot(data, programme=PROGRAMME)
    assert caught.value.field == path, caught.value.message
    assert f"«{path}»" in caught.value.message
    return caught.value


# --- BU-12 ---------------------------------------------------------------------------------

SCALARS = [(p, v) for p, v in _walk(_sample()) if p and not isinstance(v, dict | list)]
SCALARS = [(p, v) for p, v in SCALARS if v is not None]
OBJECTS = [p for p, v in _walk(_sample()) if isinstance(v, dict)]
BAD_LITERALS = (
    "1.5",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "1" * 40,
    "-0.0",
    "true",
    "[]",
    "{}",
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SCALARS), st.sampled_from(BAD_LITERALS))
def test_a_bad_value_anywhere_is_named_by_its_path(leaf: tuple[Path, Any], literal: str) -> None:
    payload = _sample()
    _set(payload, leaf[0], "__VALORE__")
    data = json.dumps(payload).replace('"__VALORE__"', literal).encode()
    _expect_invalid(data, _text(leaf[0]) or "$")


@settings(max_examples=200)
@given(st.sampled_from(SCALARS))
def test_a_value_of_the_wrong_type_is_named_by_its_path(leaf: tuple[Path, Any]) -> None:
    payload = _sample()
    path, value = leaf
    _set(payload, path, str(value) if isinstance(value, int) else 7)
    _expect_invalid(canonical_bytes(payload), _text(path))


@settings(max_examples=150)
@given(st.sampled_from(OBJECTS), st.sampled_from(("extra", "version2", "totale_x")))
def test_an_extra_field_anywhere_is_refused(obj_path: Path, key: str) -> None:
    payload = _sample()
    _get(payload, obj_path)[key] = 1
    error = _expect_invalid(canonical_bytes(payload), _text((*obj_path, key)))
    assert "non previsto" in error.message


@settings(max_examples=150)
@given(st.sampled_from([p for p in OBJECTS if _get(_sample(), p)]))
def test_a_duplicate_key_anywhere_is_refused(obj_path: Path) -> None:
    payload = _sample()
    target = _get(payload, obj_path)
    first = sorted(target)[0]
    marker = "__DOPPIO__"
    target[marker] = target[first]
    text = json.dumps(payload, sort_keys=True).replace(f'"{marker}"', json.dumps(first))
    error = _expect_invalid(text.encode(), _text((*obj_path, first)))
    assert "ripetuta" in error.message


REQUIRED = [p for p in OBJECTS if _get(_sample(), p) and (not p or p[-1] != "stage_months")]


@settings(max_examples=150)
@given(st.sampled_from(REQUIRED), st.data())
def test_a_missing_field_is_named(obj_path: Path, data: st.DataObject) -> None:
    payload = _sample()
    target = _get(payload, obj_path)
    key = data.draw(st.sampled_from(sorted(target)))
    del target[key]
    error = _expect_invalid(canonical_bytes(payload), _text((*obj_path, key)))
    assert "mancante" in error.message


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"schema_version": 1,', "JSON non valido"),
        (b"\xff\xfe{}", "UTF-8"),
        (b"[]", "atteso un oggetto"),
        (b"[" * 100_000 + b"]" * 100_000, "JSON"),
    ],
)
def test_documents_that_are_not_a_payload(data: bytes, reason: str) -> None:
    with pytest.raises(PayloadInvalid) as caught:
        parse_snapshot(data, programme=PROGRAMME)
    assert reason in caught.value.message


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("sequence",), 0),
        (("sequence",), 2**53),
        (("cases", 0, "funds", "active_policies", "committed"), -1),
        (("cases", 0, "funds", "active_policies", "committed"), 10**12 + 1),
        (("cases", 0, "cav"), "Centro di Maria Rossi"),
        (("cases", 0, "pseudonym"), "RSSMRA85M41D150X"),
        (("cases", 0, "referral_month"), "2026-01-15"),
        (("created_at",), "2026-03-01 09:00"),
        (("ambito",), "capofila"),
    ],
)
def test_values_out_of_bounds_or_vocabulary(path: Path, value: Any) -> None:
    payload = _sample()
    _set(payload, path, value)
    _expect_invalid(canonical_bytes(payload), _text(path))


# --- BU-14 ---------------------------------------------------------------------------------

IDENTITY_FIELDS = (
    *("first_name", "last_name", "codice_fiscale", "phone", "safe_address", "birth_date"),
    *("note", "nome", "cognome", "telefono", "indirizzo", "data_nascita", "description"),
    *("firstName", "payee", "person"),
)


@pytest.mark.parametrize("field", IDENTITY_FIELDS)
@pytest.mark.parametrize("where", [(), ("cases", 0), ("cases", 0, "project"), ("unshared",)])
def test_identity_fields_are_refused_by_name(where: Path, field: str) -> None:
    payload = _sample()
    _get(payload, where)[field] = "Maria"
    with pytest.raises(PayloadIdentityField) as caught:
        parse_snapshot(canonical_bytes(payload), programme=PROGRAMME)
    assert caught.value.field == _text((*where, field))
    assert "identificativi" in caught.value.message


# --- versions, programme -------------------------------------------------------------------


def test_a_newer_schema_asks_to_update_the_application() -> None:
    payload = _sample()
    payload["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(PayloadTooNew) as caught:
        parse_snapshot(canonical_bytes(payload), programme=PROGRAMME)
    assert "aggiornare l'applicazione" in caught.value.message


NEXT = SCHEMA_VERSION + 1


def _to_next(payload: dict[str, Any]) -> dict[str, Any]:
    """A synthetic next version that renamed `cofinancing` to `cofinanziamento`."""
    upgraded = dict(payload, schema_version=NEXT)
    upgraded["cofinanziamento"] = upgraded.pop("cofinancing")
    return upgraded


def test_older_versions_are_upgraded_through_the_registry() -> None:
    old = _sample()
    upgraded = upgrade_payload(
        copy.deepcopy(old), current=NEXT, upgraders={SCHEMA_VERSION: _to_next}
    )
    assert upgraded["schema_version"] == NEXT
    assert upgraded["cofinanziamento"] == old["cofinancing"]
    assert "cofinancing" not in upgraded


def test_a_version_without_an_upgrader_is_refused() -> None:
    with pytest.raises(PayloadTooOld):
        upgrade_payload(_sample(), current=NEXT + 1, upgraders={NEXT: _to_next})


def test_an_upgrader_that_does_not_reach_the_next_version_is_refused() -> None:
    with pytest.raises(PayloadInvalid):
        upgrade_payload(_sample(), current=NEXT, upgraders={SCHEMA_VERSION: lambda p: p})


def test_another_programme_is_refused() -> None:
    payload = _sample()
    payload["programme_id"] = "milano-2019"
    with pytest.raises(PayloadOtherProgramme):
        validate_payload(payload, programme=PROGRAMME)


# --- round trip and totals -----------------------------------------------------------------


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(snapshots("casalasco", 3))
def test_round_trip_and_totals_recomputed_equal(snapshot: Any) -> None:
    data = canonical_bytes(to_payload(snapshot))
    parsed = parse_snapshot(data, programme=PROGRAMME)
    assert canonical_bytes(to_payload(parsed)) == data
    assert computed_totals(parsed, PROGRAMME) == parsed.totals


def _tampered(totals: Any, what: str) -> Any:
    if what == "women":
        return replace(totals, women=totals.women + 1)
    if what == "line":
        return replace(totals, lines=(("work", totals.lines[0][1] + 1), totals.lines[1]))
    if what == "fund":
        fund, amounts = totals.funds[0]
        bumped = FundAmounts(amounts.committed, amounts.disbursed + 1)
        return replace(totals, funds=((fund, bumped), *totals.funds[1:]))
    action, amounts = totals.actions[-1]
    return replace(totals, actions=(*totals.actions[:-1], (action, ActionAmounts(amounts.a, 5))))


@pytest.mark.parametrize(
    ("what", "said"),
    [
        ("women", "il numero di donne dichiarato 4"),
        ("line", "della linea 1 (inserimento lavorativo) dichiarato 2, ricalcolato 1"),
        ("fund", "l'erogato sul Fondo per le politiche attive dichiarato € 400,01"),
        ("action", "il cofinanziamento B dell'azione 4.4 dichiarato € 0,05"),
    ],
)
def test_stated_totals_that_the_records_contradict_are_refused(what: str, said: str) -> None:
    snapshot = parse_snapshot(canonical_bytes(_sample()), programme=PROGRAMME)
    payload = to_payload(replace(snapshot, totals=_tampered(snapshot.totals, what)))
    with pytest.raises(PayloadTotalsMismatch) as caught:
        parse_snapshot(canonical_bytes(payload), programme=PROGRAMME)
    assert said in caught.value.message


def test_canonical_bytes_are_sorted_compact_and_integers_only() -> None:
    assert canonical_bytes({"b": 1, "a": [2, {"d": None, "c": "è"}]}) == (
        '{"a":[2,{"c":"è","d":null}],"b":1}'.encode()
    )
    with pytest.raises(TypeError):
        canonical_bytes({"amount": 1.5})
    with pytest.raises(TypeError):
        canonical_bytes({"nested": [{"x": 3, "y": 2.0}]})
    with pytest.raises(ValueError):
        canonical_bytes({"nested": [{"x": float("nan")}]})


def test_a_payload_of_millions_of_empty_objects_is_refused_before_parsing() -> None:
    flood = b'{"cases":[' + b"{}," * (MAX_CONTAINERS + 1) + b"{}]}"
    with pytest.raises(PayloadInvalid) as refused:
        decode_json(flood)
    assert "troppi oggetti" in refused.value.message
