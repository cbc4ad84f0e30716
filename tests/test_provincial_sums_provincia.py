"""The Region's sum check of a provincial payload with the Provincia's part (schema version 2,
`domain.payload.provincial_provincia`): every money figure of the province is the Ambiti's sum
plus what the part adds, exactly — a Provincia fund's money is the part's, its action's A
moves by the part's payments less the Ambiti's on the fund, the CPI hours add to their
action's B. A forged figure is refused in the Provincia's words where the part adds to it; a
part on a programme without a Provincia is refused; an empty part (a version-1 payload) is the
plain sum. Pure: no store."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from antiviolenza_desktop.domain.payload.json_codec import PayloadInvalid
from antiviolenza_desktop.domain.payload.provincial import (
    PROVINCIAL_SCHEMA_VERSION,
    AmbitoTotals,
    ProvincialCounts,
    ProvincialSnapshot,
    empty_totals,
    to_provincial_payload,
)
from antiviolenza_desktop.domain.payload.provincial_provincia import (
    ProvinciaPart,
    ProvinciaPartUnexpected,
)
from antiviolenza_desktop.domain.payload.provincial_schema import (
    ProvincialSumsMismatch,
    ProvinciaMoneyMismatch,
    check_provincial_sums,
    validate_provincial,
)
from antiviolenza_desktop.domain.payload.snapshot import ActionAmounts, FundAmounts, Totals
from antiviolenza_desktop.services.programme import load_default_programme

PROGRAMME = load_default_programme()
WITHOUT = replace(PROGRAMME, provincia=None)
CREATED = datetime(2026, 12, 1, tzinfo=UTC)
# The Provincia committed € 300,00 and paid € 30,00 on the active fund; its CPI hours on 3.1
# are worth € 250,00 of B.
PART = ProvinciaPart(
    (("active_policies", FundAmounts(30_000, 3_000)),), (("3.0", 0), ("3.1", 25_000))
)


def _totals(
    funds: dict[str, FundAmounts] | None = None, actions: dict[str, ActionAmounts] | None = None
) -> Totals:
    empty = empty_totals(PROGRAMME)
    return replace(
        empty,
        funds=tuple((f, (funds or {}).get(f, a)) for f, a in empty.funds),
        actions=tuple((x, (actions or {}).get(x, a)) for x, a in empty.actions),
    )


AMBITO_FUNDS = {"active_policies": FundAmounts(50_000, 1_000), "housing_autonomy": FundAmounts()}
AMBITO = _totals(
    AMBITO_FUNDS | {"housing_autonomy": FundAmounts(20_000, 0)},
    {"3.2-attive": ActionAmounts(10_000, 0), "3.1": ActionAmounts(0, 4_000)},
)


def _snapshot(stated: Totals, part: ProvinciaPart = PART) -> ProvincialSnapshot:
    ambiti = tuple(
        AmbitoTotals(a.code, 1, CREATED, AMBITO if a.code == "cremonese" else _totals())
        for a in PROGRAMME.ambiti
    )
    return ProvincialSnapshot(
        PROVINCIAL_SCHEMA_VERSION,
        PROGRAMME.id,
        "cremona",
        CREATED,
        1,
        ambiti,
        stated,
        ProvincialCounts(0, 0, 0),
        part,
    )


def _stated(**changes: object) -> Totals:
    """The province as the capofila states it with `PART`: the active fund the Provincia's,
    3.2-attive's A = 10.000 + 3.000 − 1.000, 3.1's B = 4.000 + 25.000."""
    funds = {"active_policies": FundAmounts(30_000, 3_000), "housing_autonomy": FundAmounts(20_000)}
    actions = {"3.2-attive": ActionAmounts(12_000, 0), "3.1": ActionAmounts(0, 29_000)}
    funds.update({k: v for k, v in changes.items() if isinstance(v, FundAmounts)})
    actions.update({k: v for k, v in changes.items() if isinstance(v, ActionAmounts)})
    return _totals(funds, actions)


def test_the_ambiti_plus_the_provincia_s_part_pass() -> None:
    check_provincial_sums(_snapshot(_stated()), PROGRAMME)


def test_an_empty_part_is_the_plain_sum_of_the_ambiti() -> None:
    plain = _totals(
        AMBITO_FUNDS | {"housing_autonomy": FundAmounts(20_000, 0)},
        {"3.2-attive": ActionAmounts(10_000, 0), "3.1": ActionAmounts(0, 4_000)},
    )
    check_provincial_sums(_snapshot(plain, ProvinciaPart()), PROGRAMME)
    check_provincial_sums(_snapshot(plain, ProvinciaPart()), WITHOUT)
    with pytest.raises(ProvincialSumsMismatch) as refused:
        check_provincial_sums(_snapshot(_stated(), ProvinciaPart()), PROGRAMME)
    assert refused.value.field == "totals.funds.active_policies.committed"


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"active_policies": FundAmounts(90_000, 3_000)}, "totals.funds.active_policies.committed"),
        ({"active_policies": FundAmounts(30_000, 3_001)}, "totals.funds.active_policies.disbursed"),
        ({"3.2-attive": ActionAmounts(12_001, 0)}, "totals.actions.3.2-attive.a"),
        ({"3.1": ActionAmounts(0, 29_001)}, "totals.actions.3.1.b"),  # more hours than stated
        ({"3.1": ActionAmounts(0, 28_999)}, "totals.actions.3.1.b"),
    ],
    ids=["committed", "disbursed", "action-a", "b-above", "b-below"],
)
def test_forged_provincia_money_is_refused_in_its_own_words(
    changes: dict[str, object], path: str
) -> None:
    with pytest.raises(ProvinciaMoneyMismatch) as refused:
        check_provincial_sums(_snapshot(_stated(**changes)), PROGRAMME)
    assert refused.value.field == path
    assert refused.value.code == "pacchetto_provinciale_somme_provincia_non_corrispondenti"
    assert "della Provincia" in refused.value.message


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"housing_autonomy": FundAmounts(20_001, 0)}, "totals.funds.housing_autonomy.committed"),
        ({"4.3": ActionAmounts(0, 1)}, "totals.actions.4.3.b"),  # line 2: no CPI hours
        ({"3.1": ActionAmounts(1, 29_000)}, "totals.actions.3.1.a"),
    ],
    ids=["ambiti-fund", "line-2-b", "other-action-a"],
)
def test_every_other_figure_is_the_ambiti_s_sum(changes: dict[str, object], path: str) -> None:
    with pytest.raises(ProvincialSumsMismatch) as refused:
        check_provincial_sums(_snapshot(_stated(**changes)), PROGRAMME)
    assert type(refused.value) is ProvincialSumsMismatch
    assert refused.value.field == path


def _payload(part: dict[str, Any]) -> dict[str, Any]:
    payload = to_provincial_payload(_snapshot(_stated()))
    payload["provincia"] = part
    return payload


def test_the_part_travels_and_is_read_back() -> None:
    snapshot = _snapshot(_stated())
    assert validate_provincial(to_provincial_payload(snapshot), programme=PROGRAMME) == snapshot


@pytest.mark.parametrize(
    "part",
    [
        {"funds": {"active_policies": {"committed": 1, "disbursed": 0}}, "hours": {}},
        {"funds": {}, "hours": {"3.1": 1}},
    ],
    ids=["funds", "hours"],
)
def test_a_part_on_a_programme_without_a_provincia_is_refused(part: dict[str, Any]) -> None:
    with pytest.raises(ProvinciaPartUnexpected) as refused:
        validate_provincial(_payload(part), programme=WITHOUT)
    assert refused.value.code == "pacchetto_provinciale_provincia_non_prevista"


@pytest.mark.parametrize(
    ("part", "path"),
    [
        (
            {"funds": {"housing_autonomy": {"committed": 1, "disbursed": 0}}, "hours": {}},
            "provincia.funds.housing_autonomy",
        ),
        ({"funds": {}, "hours": {"4.3": 1}}, "provincia.hours.4.3"),  # line 2
        ({"funds": {}, "hours": {"3.1": -1}}, "provincia.hours.3.1"),
        ({"funds": {}, "hours": {"3.1": "Maria"}}, "provincia.hours.3.1"),
    ],
    ids=["not-its-fund", "not-its-line", "negative", "text"],
)
def test_the_part_names_only_the_provincia_s_funds_and_lines(
    part: dict[str, Any], path: str
) -> None:
    with pytest.raises(PayloadInvalid) as refused:
        validate_provincial(_payload(part), programme=PROGRAMME)
    assert refused.value.field == path
