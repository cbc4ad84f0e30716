"""The Region's sum check of a provincial payload where the programme gives the Provincia a
register (`domain.exchange.province_provincia.provincia_share`): its fund's money and that
fund's action's A are not the Ambiti's sum, line 1's B may exceed it (the CPI hours) but not
fall below; every other figure is still the Ambiti's sum exactly. Pure: no store."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from antiviolenza_desktop.domain.payload.provincial import (
    PROVINCIAL_SCHEMA_VERSION,
    AmbitoTotals,
    ProvincialCounts,
    ProvincialSnapshot,
    empty_totals,
)
from antiviolenza_desktop.domain.payload.provincial_schema import (
    ProvincialSumsMismatch,
    check_provincial_sums,
)
from antiviolenza_desktop.domain.payload.snapshot import ActionAmounts, FundAmounts, Totals
from antiviolenza_desktop.services.programme import load_default_programme

PROGRAMME = load_default_programme()
CREATED = datetime(2026, 12, 1, tzinfo=UTC)


def _totals(
    funds: dict[str, FundAmounts] | None = None, actions: dict[str, ActionAmounts] | None = None
) -> Totals:
    empty = empty_totals(PROGRAMME)
    return replace(
        empty,
        funds=tuple((f, (funds or {}).get(f, a)) for f, a in empty.funds),
        actions=tuple((x, (actions or {}).get(x, a)) for x, a in empty.actions),
    )


AMBITO = _totals(
    {"active_policies": FundAmounts(50_000, 0), "housing_autonomy": FundAmounts(20_000, 0)},
    {"3.2-attive": ActionAmounts(10_000, 0), "3.1": ActionAmounts(0, 4_000)},
)


def _snapshot(stated: Totals) -> ProvincialSnapshot:
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
    )


def _stated(**changes: object) -> Totals:
    funds = {"active_policies": FundAmounts(50_000, 0), "housing_autonomy": FundAmounts(20_000, 0)}
    actions = {"3.2-attive": ActionAmounts(10_000, 0), "3.1": ActionAmounts(0, 4_000)}
    funds.update({k: v for k, v in changes.items() if isinstance(v, FundAmounts)})
    actions.update({k: v for k, v in changes.items() if isinstance(v, ActionAmounts)})
    return _totals(funds, actions)


def test_the_ambiti_s_own_sums_pass() -> None:
    check_provincial_sums(_snapshot(_stated()), PROGRAMME)


def test_the_provincia_s_fund_its_action_s_a_and_line_1_s_extra_b_pass() -> None:
    stated = _stated(
        active_policies=FundAmounts(0, 0),  # the Provincia's register, not the projects
        **{"3.2-attive": ActionAmounts(3_000, 0), "3.1": ActionAmounts(0, 29_000)},
    )
    check_provincial_sums(_snapshot(stated), PROGRAMME)


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"housing_autonomy": FundAmounts(20_001, 0)}, "totals.funds.housing_autonomy.committed"),
        ({"3.1": ActionAmounts(0, 3_999)}, "totals.actions.3.1.b"),  # B below the Ambiti's
        ({"4.3": ActionAmounts(0, 1)}, "totals.actions.4.3.b"),  # line 2: no CPI hours
        ({"3.1": ActionAmounts(1, 4_000)}, "totals.actions.3.1.a"),
    ],
    ids=["ambiti-fund", "line-1-b-below", "line-2-b-above", "other-action-a"],
)
def test_every_other_figure_is_still_the_ambiti_s_sum(
    changes: dict[str, object], path: str
) -> None:
    with pytest.raises(ProvincialSumsMismatch) as refused:
        check_provincial_sums(_snapshot(_stated(**changes)), PROGRAMME)
    assert refused.value.field == path


def test_a_programme_without_a_provincia_sums_its_fund_too() -> None:
    stated = _stated(active_policies=FundAmounts(0, 0))
    with pytest.raises(ProvincialSumsMismatch) as refused:
        check_provincial_sums(_snapshot(stated), replace(PROGRAMME, provincia=None))
    assert refused.value.field == "totals.funds.active_policies.committed"
