"""An assessment is checked against its own instrument version, compared domain by domain with
the previous one, and turned into suggestions that show their reasons and never decide.

Synthetic people only: the équipe members are invented names.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from antiviolenza_desktop.domain.assessment.instrument import Instrument, instrument_from_mapping
from antiviolenza_desktop.domain.assessment.model import (
    DIRECTIONS,
    Assessment,
    DomainScore,
    Suggestion,
    TeamMember,
    compare,
    suggest_housing_path,
    suggest_work_services,
    validate_assessment,
)
from antiviolenza_desktop.domain.case.intake_options import codes
from antiviolenza_desktop.domain.project.options import ACTIVE_INTERVENTIONS

INSTRUMENT = (
    Path(__file__).resolve().parents[1]
    / "resources/instruments/valutazione-multidimensionale-v1.toml"
)
TODAY = date(2026, 3, 15)
TEAM = (
    TeamMember("Prova Assistente", "Comune di Cremona – Servizi sociali", "assistente sociale"),
    TeamMember("Prova Orientatrice", "Centro per l'Impiego di Cremona", "orientatrice"),
)
A_YES = {
    "income_sustains_private_lease": "yes",
    "territory_offers_private_lease": "yes",
    "life_project_tied_to_territory": "yes",
}
GOOD_LEVELS = {"economic_resources": "good", "social_resources": "good"}


@pytest.fixture(scope="module")
def instrument() -> Instrument:
    with INSTRUMENT.open("rb") as file:
        return instrument_from_mapping(tomllib.load(file))


def complete(instrument: Instrument, **changes: object) -> Assessment:
    scores = tuple(DomainScore(domain.code, 2, 2) for domain in instrument.domains)
    assessment = Assessment(
        held_on=date(2026, 3, 10),
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        members=TEAM,
        scores=scores,
        housing_answers={**A_YES, **GOOD_LEVELS},
        work_answers={"needs_training": "yes"},
    )
    return replace(assessment, **changes)  # type: ignore[arg-type]


def fields(issues: list) -> set[str]:  # type: ignore[type-arg]
    return {issue.field for issue in issues if issue.severity == "error"}


# --- validation ----------------------------------------------------------------------------


def test_a_complete_assessment_has_no_problems(instrument: Instrument) -> None:
    assert validate_assessment(complete(instrument), instrument, TODAY) == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"held_on": None}, "held_on"),
        ({"held_on": date(2026, 3, 16)}, "held_on"),
        ({"held_on": date(2018, 2, 28)}, "held_on"),
        ({"instrument_version": 2}, "instrument"),
        ({"members": ()}, "members"),
        ({"members": (TeamMember("", "ASST", "psicologa"), TEAM[1])}, "members[0].name"),
        ({"members": (TEAM[0], TeamMember("Prova", " ", "x"))}, "members[1].body"),
        ({"housing_answers": {"in_shelter": "maybe"}}, "housing_answers.in_shelter"),
        ({"housing_answers": {"astrology": "yes"}}, "housing_answers.astrology"),
        ({"work_answers": {"needs_training": "good"}}, "work_answers.needs_training"),
        ({"note": "x" * 2001}, "note"),
    ],
)
def test_each_problem_is_tied_to_its_field(
    instrument: Instrument, changes: dict[str, object], field: str
) -> None:
    issues = validate_assessment(complete(instrument, **changes), instrument, TODAY)
    assert field in fields(issues)


def test_every_domain_must_be_scored_within_its_scale(instrument: Instrument) -> None:
    scores = (
        DomainScore("housing", None, 1),
        DomainScore("income", 5, 1),
        DomainScore("employment", 2, -1),
        DomainScore("astrology", 1, 1),
        DomainScore("astrology", 1, 1),
    )
    issues = validate_assessment(complete(instrument, scores=scores), instrument, TODAY)
    found = fields(issues)
    assert {"scores.housing.need", "scores.income.need", "scores.employment.resources"} <= found
    assert "scores.astrology" in found
    assert "scores.mobility.need" in found and "scores.mobility.resources" in found
    message = next(i.message for i in issues if i.field == "scores.income.need")
    assert message == "Reddito e risorse economiche: il bisogno va da 0 a 4, non 5."


def test_one_body_only_is_a_warning_not_an_error(instrument: Instrument) -> None:
    same_body = (TEAM[0], replace(TEAM[1], body=TEAM[0].body))
    issues = validate_assessment(complete(instrument, members=same_body), instrument, TODAY)
    assert [(issue.field, issue.severity) for issue in issues] == [("members", "warning")]


def test_an_old_assessment_keeps_its_instrument_version(instrument: Instrument) -> None:
    """A v2 would be a new file; an assessment made with v1 still validates against v1."""
    newer = replace(instrument, version=2, valid_from=date(2026, 1, 1))
    old = complete(instrument, held_on=date(2025, 5, 1))
    assert validate_assessment(old, instrument, TODAY) == []
    assert "instrument" in fields(validate_assessment(old, newer, TODAY))


# --- comparison ----------------------------------------------------------------------------


def test_compare_gives_before_after_and_deltas() -> None:
    before = Assessment(scores=(DomainScore("housing", 4, 0), DomainScore("income", 2, 2)))
    after = Assessment(scores=(DomainScore("housing", 2, 1), DomainScore("income", 3, 1)))
    housing, income = compare(before, after)
    assert (housing.need_before, housing.need_after, housing.need_delta) == (4, 2, -2)
    assert (housing.resources_before, housing.resources_after, housing.resources_delta) == (
        0,
        1,
        1,
    )
    assert housing.direction == "improved"
    assert (income.need_delta, income.resources_delta, income.direction) == (1, -1, "worsened")


@pytest.mark.parametrize(
    ("before", "after", "direction"),
    [
        ((2, 2), (2, 2), "unchanged"),
        ((2, 2), (1, 2), "improved"),
        ((2, 2), (2, 3), "improved"),
        ((2, 2), (3, 2), "worsened"),
        ((2, 2), (1, 1), "mixed"),
        ((2, 2), (3, 3), "mixed"),
        ((None, 2), (3, 3), "improved"),
        ((None, None), (3, 3), "not_comparable"),
    ],
)
def test_direction_of_a_change(
    before: tuple[int | None, int | None], after: tuple[int, int], direction: str
) -> None:
    (change,) = compare(
        Assessment(scores=(DomainScore("housing", *before),)),
        Assessment(scores=(DomainScore("housing", *after),)),
    )
    assert change.direction == direction


def test_compare_with_no_previous_and_with_domains_on_one_side_only() -> None:
    current = Assessment(scores=(DomainScore("housing", 3, 1),))
    (first,) = compare(None, current)
    assert (first.need_before, first.need_delta, first.direction) == (None, None, "not_comparable")
    previous = Assessment(scores=(DomainScore("income", 3, 1),))
    changes = compare(previous, current)
    assert [change.domain for change in changes] == ["housing", "income"]
    assert changes[1].need_after is None and changes[1].direction == "not_comparable"


def test_every_direction_has_an_italian_label() -> None:
    assert set(codes(DIRECTIONS)) == {
        "improved",
        "worsened",
        "unchanged",
        "mixed",
        "not_comparable",
    }


@given(
    st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=12, max_size=12),
    st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=12, max_size=12),
)
def test_deltas_are_after_minus_before(
    old: list[tuple[int, int]], new: list[tuple[int, int]]
) -> None:
    names = [f"d{i}" for i in range(12)]
    before = Assessment(scores=tuple(DomainScore(n, *s) for n, s in zip(names, old, strict=True)))
    after = Assessment(scores=tuple(DomainScore(n, *s) for n, s in zip(names, new, strict=True)))
    for change, (need0, res0), (need1, res1) in zip(compare(before, after), old, new, strict=True):
        assert change.need_delta == need1 - need0
        assert change.resources_delta == res1 - res0
        if need1 <= need0 and res1 >= res0:
            assert change.direction in ("improved", "unchanged")
        elif need1 >= need0 and res1 <= res0:
            assert change.direction == "worsened"
        else:
            assert change.direction == "mixed"


# --- the housing path: the card's rule -----------------------------------------------------


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("income_sustains_private_lease", "reddito non le permette di mantenere un affitto"),
        ("territory_offers_private_lease", "territorio non riesce a offrirle un alloggio"),
        ("life_project_tied_to_territory", "progetto di vita non è ancora legato"),
    ],
)
def test_each_condition_of_path_a_suggests_a_with_its_reason(question: str, reason: str) -> None:
    suggestion = suggest_housing_path({**A_YES, **GOOD_LEVELS, question: "no"})
    assert suggestion.path == "a"
    assert suggestion.label.startswith("a) ")
    assert len(suggestion.reason_texts) == 1
    assert reason in suggestion.reason_texts[0]


def test_path_a_lists_every_condition_that_holds_even_with_good_resources() -> None:
    answers = {key: "no" for key in A_YES} | GOOD_LEVELS
    suggestion = suggest_housing_path(answers)
    assert suggestion.path == "a"
    assert len(suggestion.reason_texts) == 3


def test_good_economic_and_social_resources_suggest_b() -> None:
    suggestion = suggest_housing_path({**A_YES, **GOOD_LEVELS})
    assert suggestion == Suggestion(
        "b",
        "b) sostegno a un nuovo contratto di locazione nel mercato privato",
        suggestion.reasons,
    )
    assert any("buon livello di risorse economiche e sociali" in r for r in suggestion.reason_texts)


@pytest.mark.parametrize(
    "answers",
    [
        {},
        {**GOOD_LEVELS, "income_sustains_private_lease": "yes"},
        {**A_YES, **GOOD_LEVELS, "territory_offers_private_lease": "unknown"},
        {**A_YES, "economic_resources": "good", "social_resources": "unknown"},
    ],
)
def test_insufficient_answers_suggest_nothing_and_say_what_is_missing(
    answers: dict[str, str],
) -> None:
    suggestion = suggest_housing_path(answers)
    assert suggestion.path is None
    (reason,) = suggestion.reason_texts
    assert reason.startswith("Nessuna proposta: mancano risposte")
    names = {
        "income_sustains_private_lease": "reddito sufficiente per un affitto privato",
        "territory_offers_private_lease": "alloggio in affitto disponibile sul territorio",
        "life_project_tied_to_territory": "progetto di vita legato al territorio",
        "economic_resources": "risorse economiche",
        "social_resources": "risorse sociali",
    }
    for code, name in names.items():
        assert (name in reason) == (answers.get(code) in (None, "unknown")), code


def test_resources_below_good_suggest_nothing_the_equipe_decides() -> None:
    suggestion = suggest_housing_path({**A_YES, **GOOD_LEVELS, "social_resources": "medium"})
    assert suggestion.path is None
    (reason,) = suggestion.reason_texts
    assert "risorse sociali" in reason and "risorse economiche," not in reason
    assert reason.endswith("Decide l'équipe.")


@given(
    st.fixed_dictionaries(
        {code: st.sampled_from(["yes", "no", "unknown"]) for code in A_YES}
        | {code: st.sampled_from(["low", "medium", "good", "unknown"]) for code in GOOD_LEVELS}
    )
)
def test_the_suggestion_follows_the_card(answers: dict[str, str]) -> None:
    suggestion = suggest_housing_path(answers)
    assert suggestion.reason_texts
    if "no" in [answers[code] for code in A_YES]:
        assert suggestion.path == "a"
    elif all(answers[code] == "yes" for code in A_YES) and all(
        answers[code] == "good" for code in GOOD_LEVELS
    ):
        assert suggestion.path == "b"
    else:
        assert suggestion.path is None


# --- the work section ----------------------------------------------------------------------


def test_the_cpi_interview_and_path_definition_are_always_suggested() -> None:
    suggestions = suggest_work_services({}, ())
    assert [s.code for s in suggestions] == ["specialist_interview", "path_definition"]
    assert all(s.reasons for s in suggestions)


@pytest.mark.parametrize(
    ("question", "answer", "services"),
    [
        ("recent_work_experience", "no", {"extracurricular_traineeship", "job_matching"}),
        ("clear_work_goal", "no", {"skills_review", "coaching"}),
        ("skills_to_certify", "yes", {"skills_certification"}),
        ("needs_training", "yes", {"training_requalification"}),
        ("self_employment_interest", "yes", {"self_employment_services"}),
        ("job_search_autonomy", "no", {"job_search_orientation"}),
        ("ready_for_placement", "yes", {"job_matching"}),
        ("needs_support_at_work", "yes", {"tutoring"}),
    ],
)
def test_each_work_answer_suggests_its_services(
    question: str, answer: str, services: set[str]
) -> None:
    always = {"specialist_interview", "path_definition"}
    suggested = {s.code: s for s in suggest_work_services({question: answer}, ())}
    assert set(suggested) == always | services
    for service in services:
        assert any(r.startswith("Risposta: ") for r in suggested[service].reason_texts)
    opposite = "yes" if answer == "no" else "no"
    assert {s.code for s in suggest_work_services({question: opposite}, ())} == always


def test_high_need_scores_suggest_training_with_the_score_as_reason() -> None:
    scores = (DomainScore("language", 4, 0), DomainScore("education", 2, 2))
    suggested = {s.code: s for s in suggest_work_services({"needs_training": "yes"}, scores)}
    reasons = suggested["training_requalification"].reason_texts
    assert reasons == (
        "Risposta: le serve formazione.",
        "Valutazione: bisogno elevato in «lingua italiana» (4).",
    )
    low = suggest_work_services({}, scores, high_need=5)
    assert "training_requalification" not in {s.code for s in low}


def test_work_suggestions_come_in_the_cards_order_with_italian_labels() -> None:
    answers = {"needs_support_at_work": "yes", "recent_work_experience": "no"}
    suggestions = suggest_work_services(answers, ())
    order = list(codes(ACTIVE_INTERVENTIONS))
    positions = [order.index(str(s.code)) for s in suggestions]
    assert positions == sorted(positions)
    assert suggestions[0].label == "tirocinio extracurricolare (con indennità)"
