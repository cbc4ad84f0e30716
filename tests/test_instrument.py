"""The assessment instrument is data: the Cremona file loads with every domain the issue names,
and each kind of defect in a file is refused with its location."""

from __future__ import annotations

import copy
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from antiviolenza_desktop.domain.assessment.instrument import (
    GOOD,
    HOUSING_RULE_QUESTIONS,
    WORK_RULE_QUESTIONS,
    YES_NO_ANSWERS,
    Instrument,
    InstrumentInvalid,
    Scale,
    answer_label,
    instrument_from_mapping,
)

INSTRUMENT = (
    Path(__file__).resolve().parents[1]
    / "resources/instruments/valutazione-multidimensionale-v1.toml"
)
ISSUE_DOMAINS = {
    "housing": "abitativ",
    "income": "reddito",
    "employment": "lavoro",
    "education": "istruzione",
    "health": "salute",
    "care_load": "cura",
    "social_network": "rete",
    "safety": "sicurezza",
    "legal": "legale",
    "documents": "permesso di soggiorno",
    "language": "lingua",
    "mobility": "mobilità",
}

Data = dict[str, Any]


def cremona_data() -> Data:
    with INSTRUMENT.open("rb") as file:
        return tomllib.load(file)


@pytest.fixture(scope="module")
def instrument() -> Instrument:
    return instrument_from_mapping(cremona_data())


def refusal(data: Data) -> InstrumentInvalid:
    with pytest.raises(InstrumentInvalid) as caught:
        instrument_from_mapping(data)
    return caught.value


def locations(error: InstrumentInvalid) -> set[str]:
    return {finding.location for finding in error.findings}


def test_cremona_instrument_is_versioned(instrument: Instrument) -> None:
    assert instrument.id == "valutazione-multidimensionale"
    assert instrument.version == 1
    assert instrument.valid_from == date(2018, 3, 1)
    assert instrument.label == "valutazione-multidimensionale v1 (dal 01/03/2018)"


def test_the_file_name_is_id_and_version(instrument: Instrument) -> None:
    assert INSTRUMENT.name == f"{instrument.id}-v{instrument.version}.toml"


def test_every_domain_of_the_issue_is_present_with_italian_labels(instrument: Instrument) -> None:
    assert [domain.code for domain in instrument.domains] == list(ISSUE_DOMAINS)
    for code, word in ISSUE_DOMAINS.items():
        domain = instrument.domain(code)
        assert word in domain.label.lower(), code
        assert domain.guidance


def test_every_domain_has_a_0_to_4_need_and_resources_scale(instrument: Instrument) -> None:
    for domain in instrument.domains:
        for scale in (domain.need, domain.resources):
            assert scale.maximum == 4
            assert all(anchor.strip() for anchor in scale.anchors)
            assert scale.label(0) == scale.anchors[0]


def test_the_housing_section_holds_the_questions_of_the_cards_rule(
    instrument: Instrument,
) -> None:
    for code, kind in HOUSING_RULE_QUESTIONS.items():
        assert instrument.housing.question(code).kind == kind
    assert GOOD in instrument.housing.question("economic_resources").answer_codes()
    assert "4.2" in instrument.housing.label


def test_the_work_section_holds_the_questions_the_suggestions_read(
    instrument: Instrument,
) -> None:
    for code, kind in WORK_RULE_QUESTIONS.items():
        assert instrument.work.question(code).kind == kind
    question = instrument.work.question("needs_training")
    assert question.options == YES_NO_ANSWERS
    assert answer_label(question, "unknown") == "non so / da approfondire"


def test_lookups_fail_loudly_on_unknown_codes(instrument: Instrument) -> None:
    with pytest.raises(KeyError):
        instrument.domain("astrology")
    with pytest.raises(KeyError):
        instrument.housing.question("astrology")
    with pytest.raises(IndexError):
        instrument.domain("housing").need.label(5)


def test_scale_membership_takes_only_whole_points() -> None:
    scale = Scale(("no", "some", "much"))
    assert 0 in scale and 2 in scale
    assert 3 not in scale and -1 not in scale
    assert True not in scale and 1.0 not in scale


def test_a_missing_rule_question_is_refused_by_name() -> None:
    data = cremona_data()
    data["abitare"]["domande"] = [
        q for q in data["abitare"]["domande"] if q["codice"] != "territory_offers_private_lease"
    ]
    error = refusal(data)
    assert error.code == "strumento_non_valido"
    assert "territory_offers_private_lease" in error.message
    assert locations(error) == {"abitare.domande"}


def test_a_rule_question_of_the_wrong_kind_is_refused() -> None:
    data = cremona_data()
    for question in data["lavoro"]["domande"]:
        if question["codice"] == "needs_training":
            question["tipo"] = "choice"
            question["opzioni"] = [
                {"codice": "x", "etichetta": "x"},
                {"codice": "y", "etichetta": "y"},
            ]
    assert locations(refusal(data)) == {"lavoro.domande[needs_training]"}


def test_a_resources_level_without_the_good_option_is_refused() -> None:
    data = cremona_data()
    for question in data["abitare"]["domande"]:
        if question["codice"] == "social_resources":
            question["opzioni"] = question["opzioni"][:2]
    assert locations(refusal(data)) == {"abitare.domande[social_resources]"}


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["strumento"].pop("versione"), "strumento.versione"),
        (lambda d: d["strumento"].update(versione=0), "strumento.versione"),
        (lambda d: d["strumento"].update(valido_dal="2018-03-01"), "strumento.valido_dal"),
        (lambda d: d.update(versione_formato=2), "versione_formato"),
        (lambda d: d.update(extra=1), "extra"),
        (lambda d: d["domini"][0].update(bisogno=["solo uno"]), "domini[housing].bisogno"),
        (lambda d: d["domini"][0].update(risorse=[1, 2, 3]), "domini[housing].risorse[#1]"),
        (lambda d: d["domini"][1].update(codice="housing"), "domini[housing]"),
        (lambda d: d["domini"][2].update(bisogno=["a", " "]), "domini[employment].bisogno[1]"),
        (lambda d: d["domini"][2].update(nome=""), "domini[employment].nome"),
        (lambda d: d["domini"][3].update(colore="blu"), "domini[education].colore"),
        (
            lambda d: d["lavoro"]["domande"][0].update(tipo="scala"),
            "lavoro.domande[recent_work_experience].tipo",
        ),
        (
            lambda d: d["lavoro"]["domande"][0].update(opzioni=[]),
            "lavoro.domande[recent_work_experience].opzioni",
        ),
        (lambda d: d.update(domini=[]), "domini"),
    ],
)
def test_each_defect_is_refused_with_its_location(change: Any, where: str) -> None:
    data = copy.deepcopy(cremona_data())
    change(data)
    assert where in locations(refusal(data))


def test_every_defect_is_listed_at_once() -> None:
    data = cremona_data()
    data["strumento"]["titolo"] = ""
    data["domini"][0]["bisogno"] = ["uno"]
    data["lavoro"]["domande"] = []
    error = refusal(data)
    assert len(error.findings) >= 3
    assert error.params["count"] == len(error.findings)
    assert "strumento.titolo" in error.message
