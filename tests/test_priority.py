"""The waiting lists rank by the card's priority criteria, with reasons, and nothing else."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from antiviolenza_desktop.domain.case.intake import CaseDraft, Child
from antiviolenza_desktop.domain.case.intake_options import EMPLOYMENT, INCOME_BANDS, codes
from antiviolenza_desktop.domain.case.priority import (
    INCOME_UNKNOWN,
    LINE_CRITERIA,
    NO_PRIORITY,
    PriorityFacts,
    RankedCase,
    facts_for_case,
    rank_waiting_list,
)
from antiviolenza_desktop.services.programme import load_default_programme

BOTH = frozenset({"work", "housing"})


def facts(
    case_id: int,
    *,
    children: bool = False,
    shelter: bool = False,
    employment: str | None = "employed",
    income: str | None = "over_20000",
    referral: date = date(2026, 1, 1),
    lines: frozenset[str] = BOTH,
) -> PriorityFacts:
    return PriorityFacts(
        case_id=case_id,
        case_code=f"CRE-2026-{case_id:04d}",
        referral_date=referral,
        has_minor_or_disabled_children=children,
        in_shelter=shelter,
        employment=employment,
        income_band=income,
        lines_requested=lines,
    )


def texts(row: RankedCase) -> tuple[str, ...]:
    return tuple(reason.text for reason in row.reasons)


def ids(line: str, items: list[PriorityFacts]) -> list[int]:
    return [row.facts.case_id for row in rank_waiting_list(line, items)]


def test_criteria_codes_are_those_of_the_programme_file() -> None:
    work, housing = load_default_programme().lines
    assert LINE_CRITERIA["work"] == work.priority_criteria
    assert LINE_CRITERIA["housing"] == housing.priority_criteria


def test_work_line_counts_the_criteria_met() -> None:
    items = [
        facts(1),
        facts(2, children=True),
        facts(3, shelter=True, employment="unemployed"),
        facts(4, children=True, shelter=True, employment="never_employed"),
    ]
    ranked = rank_waiting_list("work", items)
    assert [row.facts.case_id for row in ranked] == [4, 3, 2, 1]
    assert [row.position for row in ranked] == [1, 2, 3, 4]
    assert ranked[0].criteria_met == ("minor_or_disabled_children", "in_shelter", "unemployed")
    assert texts(ranked[0]) == (
        "figli minori o con disabilità",
        "ospite di una casa rifugio o struttura di accoglienza",
        "inoccupata (mai occupata)",
    )
    assert texts(ranked[1]) == (
        "ospite di una casa rifugio o struttura di accoglienza",
        "disoccupata",
    )
    assert ranked[3].criteria_met == ()
    assert ranked[3].reasons == (NO_PRIORITY,)


def test_two_elements_outrank_one_whatever_the_card_order() -> None:
    """Counted, not lexicographic: shelter + unemployment beats children alone."""
    items = [facts(1, children=True), facts(2, shelter=True, employment="unemployed")]
    assert ids("work", items) == [2, 1]


def test_ties_go_to_the_earlier_referral_then_the_case_code() -> None:
    items = [
        facts(3, children=True, referral=date(2026, 2, 1)),
        facts(1, shelter=True, referral=date(2026, 2, 1)),
        facts(2, children=True, referral=date(2026, 1, 15)),
    ]
    assert ids("work", items) == [2, 1, 3]


def test_a_case_that_did_not_request_the_line_does_not_appear() -> None:
    items = [
        facts(1, children=True, lines=frozenset({"housing"})),
        facts(2, lines=frozenset({"work"})),
    ]
    assert ids("work", items) == [2]
    assert ids("housing", items) == [1]
    assert rank_waiting_list("work", []) == []


def test_unemployment_does_not_count_for_housing() -> None:
    items = [facts(1, employment="unemployed", referral=date(2026, 1, 1)), facts(2)]
    ranked = rank_waiting_list("housing", [*items[::-1]])
    assert all(row.criteria_met == () for row in ranked)
    assert [row.facts.case_id for row in ranked] == [1, 2]


def test_housing_line_orders_equal_counts_by_income_unknown_last() -> None:
    items = [
        facts(1, children=True, income=None),
        facts(2, children=True, income="6000_12000"),
        facts(3, children=True, income="none"),
        facts(4, income="none"),
        facts(5, children=True, shelter=True, income="over_20000"),
    ]
    ranked = rank_waiting_list("housing", items)
    assert [row.facts.case_id for row in ranked] == [5, 3, 2, 1, 4]
    reasons = {row.facts.case_id: texts(row) for row in ranked}
    assert reasons[1] == ("figli minori o con disabilità", INCOME_UNKNOWN.text)
    assert reasons[2][-1] == "reddito del nucleo oltre € 6.000 e fino a € 12.000"
    assert reasons[3][-1] == "nessun reddito nel nucleo"
    assert reasons[4] == ("nessun reddito nel nucleo",)


def test_income_does_not_reorder_the_work_line() -> None:
    items = [
        facts(1, income="over_20000", referral=date(2026, 1, 1)),
        facts(2, income="none", referral=date(2026, 1, 2)),
    ]
    assert ids("work", items) == [1, 2]
    assert all(INCOME_UNKNOWN not in row.reasons for row in rank_waiting_list("work", items))


def test_an_unknown_line_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown line"):
        rank_waiting_list("training", [facts(1)])


def test_facts_from_a_referral_form() -> None:
    draft = CaseDraft(
        referral_date=date(2026, 3, 1),
        children=(Child(25, False), Child(30, False, disabled=True)),
        shelter="struttura_accoglienza",
        employment="unemployed",
        income_band="none",
        lines_requested=frozenset({"housing"}),
    )
    made = facts_for_case(7, "CRE-2026-0007", draft)
    assert made.has_minor_or_disabled_children
    assert made.in_shelter
    assert made.lines_requested == frozenset({"housing"})
    adults = facts_for_case(7, "X", replace(draft, children=(Child(25, False),), shelter="none"))
    assert not adults.has_minor_or_disabled_children
    assert not adults.in_shelter
    with pytest.raises(ValueError):
        facts_for_case(8, "X", CaseDraft())


fact_strategy = st.builds(
    facts,
    st.integers(min_value=1, max_value=10_000),
    children=st.booleans(),
    shelter=st.booleans(),
    employment=st.sampled_from([None, *codes(EMPLOYMENT)]),
    income=st.sampled_from([None, *codes(INCOME_BANDS)]),
    referral=st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 31)),
    lines=st.sampled_from([BOTH, frozenset({"work"}), frozenset({"housing"})]),
)


@given(
    st.lists(fact_strategy, max_size=25, unique_by=lambda f: f.case_id),
    st.sampled_from(["work", "housing"]),
    st.randoms(use_true_random=False),
)
def test_the_order_is_deterministic_and_monotonic(
    items: list[PriorityFacts], line: str, rng: random.Random
) -> None:
    ranked = rank_waiting_list(line, items)
    shuffled = list(items)
    rng.shuffle(shuffled)
    assert rank_waiting_list(line, shuffled) == ranked
    assert [row.position for row in ranked] == list(range(1, len(ranked) + 1))
    assert {row.facts.case_id for row in ranked} == {
        f.case_id for f in items if line in f.lines_requested
    }
    scores = [row.score for row in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(row.reasons for row in ranked)
    assert all(reason.text for row in ranked for reason in row.reasons)
