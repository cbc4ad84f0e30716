"""Each store's share of a fund: equal shares to the cent, the capofila's whole, overrides."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from antiviolenza_desktop.domain.funds.allocation import (
    FundOverride,
    caps_of,
    default_setup,
    equal_shares,
    fund_setups,
)
from antiviolenza_desktop.services.programme import load_default_programme


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=1, max_value=12))
def test_equal_shares_add_up_to_the_cent(total: int, parts: int) -> None:
    shares = equal_shares(total, [f"a{i}" for i in range(parts)])
    assert sum(shares.values()) == total
    assert max(shares.values()) - min(shares.values()) <= 1


def test_the_housing_fund_splits_among_the_three_ambiti_with_the_leftover_cent_first() -> None:
    programme = load_default_programme()
    shares = [
        default_setup(programme, "housing_autonomy", code).allocation
        for code in ("cremonese", "cremasco", "casalasco")
    ]
    assert shares == [1_173_559, 1_173_558, 1_173_558]
    assert sum(shares) == programme.fund("housing_autonomy").allocation


def test_the_capofila_sees_the_whole_province() -> None:
    programme = load_default_programme()
    setup = default_setup(programme, "passive_policies", None)
    assert (setup.allocation, setup.rule) == (1_400_000, "intero")


def test_the_provincia_fund_is_not_split_but_may_be_capped_by_hand() -> None:
    """The programme says the Provincia manages the active fund: every store sees it whole."""
    programme = load_default_programme()
    assert programme.fund("active_policies").managed_by == "provincia"
    for store in ("cremonese", "cremasco", "casalasco", None):
        setup = default_setup(programme, "active_policies", store)
        assert (setup.allocation, setup.rule) == (3_000_000, "provincia")
    overrides = {"active_policies": FundOverride(1_500_000, "manuale", None)}
    (active,) = (
        s for s in fund_setups(programme, "cremasco", overrides) if s.fund == "active_policies"
    )
    assert (active.allocation, active.rule) == (1_500_000, "manuale")


def test_an_override_keeps_the_programme_cap_and_sets_the_open_one() -> None:
    programme = load_default_programme()
    overrides = {
        "passive_policies": FundOverride(500_000, "manuale", None),
        "housing_autonomy": FundOverride(1_000_000, "manuale", 350_000),
    }
    setups = {s.fund: s for s in fund_setups(programme, "cremasco", overrides)}
    assert setups["passive_policies"].allocation == 500_000
    assert setups["passive_policies"].cap_per_woman == 140_000
    caps = caps_of(tuple(setups.values()))
    assert (caps.active, caps.passive, caps.housing) == (300_000, 140_000, 350_000)
