"""The referral form catches mistakes next to their field; warnings never block a save.

Synthetic people only: "Prova Sintetica" and codici fiscali computed here for invented data.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.it.codicefiscale import calc_check_digit

from antiviolenza_desktop.domain.case import intake_options as opt
from antiviolenza_desktop.domain.case.intake import (
    CaseDraft,
    CaseHasErrors,
    Child,
    FieldIssue,
    StageChangeRefused,
    allowed_next_stages,
    check_stage_change,
    derived_birth_date,
    duplicate_keys,
    name_key,
    normalise_cf,
    raise_for_errors,
    validate_case,
)

TODAY = date(2026, 3, 15)
CAVS = ("aida", "mia", "donne_contro_la_violenza")
MUNICIPALITIES = ("D150", "D142", "B898")
MONTHS = "ABCDEHLMPRST"
BORN = date(1985, 3, 12)


def make_cf(born: date, *, female: bool = True, place: str = "D150") -> str:
    """A well-formed CF for "Prova Sintetica" (SNT PRV) born on `born` in `place`."""
    day = born.day + (40 if female else 0)
    body = f"SNTPRV{born:%y}{MONTHS[born.month - 1]}{day:02d}{place}"
    return body + calc_check_digit(body)


def with_wrong_check(cf: str) -> str:
    wrong = "A" if cf[-1] != "A" else "B"
    return cf[:-1] + wrong


VALID = CaseDraft(
    referral_date=date(2026, 3, 1),
    referring_cav="aida",
    joint_social_services=True,
    first_name="Prova",
    last_name="Sintetica",
    codice_fiscale=make_cf(BORN),
    birth_date=BORN,
    citizenship="italian",
    marital_status="separated",
    residence_municipality="D150",
    safe_phone="+39 333 0000000",
    safe_to_call=True,
    children=(Child(age=7, minor=True), Child(age=20, minor=False, disabled=True)),
    shelter="casa_rifugio",
    employment="unemployed",
    income_band="up_to_6000",
    housing="shelter",
    violence_types=frozenset({"physical", "psychological"}),
    perpetrator_relationship="ex_husband_or_cohabitant",
    children_witnessed=True,
    sent_by="social_services",
    contact_reasons=frozenset({"listening", "shelter"}),
    lines_requested=frozenset({"work", "housing"}),
    consent_date=date(2026, 2, 20),
    consent_sharing=True,
    stage="taken_in_charge",
    stage_dates={
        "contact": date(2026, 1, 10),
        "reception": date(2026, 1, 17),
        "taken_in_charge": date(2026, 2, 1),
    },
)


def check(
    draft: CaseDraft, municipalities: tuple[str, ...] | None = MUNICIPALITIES
) -> list[FieldIssue]:
    return validate_case(draft, today=TODAY, cav_codes=CAVS, municipalities=municipalities)


def errors(
    draft: CaseDraft, municipalities: tuple[str, ...] | None = MUNICIPALITIES
) -> dict[str, str]:
    issues = check(draft, municipalities)
    return {i.field: i.message for i in issues if i.severity == "error"}


def warnings(draft: CaseDraft) -> dict[str, str]:
    return {i.field: i.message for i in check(draft) if i.severity == "warning"}


def test_a_complete_form_has_no_issues() -> None:
    assert check(VALID) == []


def test_an_empty_form_names_every_required_field() -> None:
    found = errors(CaseDraft())
    assert set(found) >= {
        "referral_date",
        "referring_cav",
        "first_name",
        "last_name",
        "birth_date",
        "citizenship",
        "employment",
        "lines_requested",
        "consent_date",
        "stage_dates.contact",
    }
    assert found["first_name"] == "Scrivi il nome."
    assert found["last_name"] == "Scrivi il cognome."


def test_missing_consent_refuses_the_case() -> None:
    found = errors(replace(VALID, consent_date=None))
    assert list(found) == ["consent_date"]
    assert "consenso" in found["consent_date"]
    with pytest.raises(CaseHasErrors) as caught:
        raise_for_errors(check(replace(VALID, consent_date=None)))
    assert caught.value.field == "consent_date"
    assert caught.value.params == {"count": 1}


def test_warnings_alone_do_not_stop_a_save() -> None:
    issues = [FieldIssue("codice_fiscale", "warning", "x", "prova", "x", "field_issues")]
    raise_for_errors(issues)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"referral_date": TODAY + timedelta(days=1)}, "referral_date"),
        ({"birth_date": TODAY + timedelta(days=1), "codice_fiscale": None}, "birth_date"),
        ({"consent_date": TODAY + timedelta(days=1)}, "consent_date"),
    ],
)
def test_dates_in_the_future_are_refused(changes: dict[str, object], field: str) -> None:
    found = errors(replace(VALID, **changes))  # type: ignore[arg-type]
    assert found[field].startswith("Data nel futuro: controlla")


def test_a_stage_date_in_the_future_is_refused() -> None:
    dates = {**VALID.stage_dates, "taken_in_charge": TODAY + timedelta(days=3)}
    found = errors(replace(VALID, stage_dates=dates))
    assert found["stage_dates.taken_in_charge"] == (
        "Data nel futuro: controlla la data di «presa in carico»."
    )


def test_today_is_not_the_future() -> None:
    assert check(replace(VALID, referral_date=TODAY, consent_date=TODAY)) == []


def test_referral_before_birth_is_refused() -> None:
    draft = replace(VALID, codice_fiscale=None, birth_date=date(2026, 3, 5))
    assert "precedere la data di nascita" in errors(draft)["referral_date"]


def test_an_implausible_age_is_a_warning() -> None:
    draft = replace(VALID, codice_fiscale=None, birth_date=date(2020, 1, 1))
    assert "avrebbe 6 anni" in warnings(draft)["birth_date"]
    assert "birth_date" not in errors(draft)


def test_birth_date_is_not_required_when_the_cf_gives_it() -> None:
    draft = replace(VALID, birth_date=None)
    assert check(draft) == []
    assert derived_birth_date(VALID.codice_fiscale or "", today=TODAY) == BORN


def test_birth_date_is_required_without_a_cf() -> None:
    draft = replace(VALID, birth_date=None, codice_fiscale=None)
    assert "codice fiscale" in errors(draft)["birth_date"]


def test_a_minor_child_aged_19_is_an_error_on_that_child() -> None:
    draft = replace(VALID, children=(Child(7, True), Child(19, True)))
    found = errors(draft)
    assert list(found) == ["children[1].minor"]
    assert found["children[1].minor"].startswith("Figlio/a n. 2: a 19 anni non è minorenne")


def test_a_child_under_18_must_be_marked_minor() -> None:
    found = errors(replace(VALID, children=(Child(17, False),)))
    assert "n. 1: a 17 anni è minorenne" in found["children[0].minor"]


@pytest.mark.parametrize("age", [-1, 81])
def test_child_age_out_of_range(age: int) -> None:
    found = errors(replace(VALID, children=(Child(age, False),)))
    assert list(found) == ["children[0].age"]


def test_a_child_without_age_is_accepted() -> None:
    assert check(replace(VALID, children=(Child(None, True),))) == []


def test_children_who_witnessed_violence_without_children_is_a_warning() -> None:
    draft = replace(VALID, children=(), children_suffered=True)
    found = warnings(draft)
    assert set(found) == {"children_witnessed", "children_suffered"}
    assert not errors(draft)


def test_a_wrong_check_digit_is_a_warning_and_saving_is_allowed() -> None:
    draft = replace(VALID, codice_fiscale=with_wrong_check(make_cf(BORN)))
    issues = check(draft)
    assert [i.field for i in issues] == ["codice_fiscale"]
    assert issues[0].severity == "warning"
    assert "carattere (di controllo)" in issues[0].message
    raise_for_errors(issues)


@pytest.mark.parametrize(
    "cf",
    ["SNTPRV85C52D15", "SNTPRV85C52D1500X", "12TPRV85C52D150X", "00743110157"],
)
def test_a_malformed_cf_is_an_error(cf: str) -> None:
    found = errors(replace(VALID, codice_fiscale=cf))
    assert "16 caratteri" in found["codice_fiscale"]


def test_a_cf_with_an_impossible_date_is_an_error() -> None:
    body = "SNTPRV85B70D150"  # 30 February
    found = errors(replace(VALID, codice_fiscale=body + calc_check_digit(body)))
    assert found["codice_fiscale"] == "La data di nascita nel codice fiscale non esiste."


def test_cf_is_normalised_before_checking() -> None:
    typed = " ".join(make_cf(BORN).lower()[i : i + 4] for i in range(0, 16, 4))
    assert check(replace(VALID, codice_fiscale=typed)) == []
    assert normalise_cf(typed) == make_cf(BORN)


def test_a_cf_with_another_birth_date_is_a_warning() -> None:
    draft = replace(VALID, birth_date=date(1985, 3, 13))
    found = warnings(draft)
    assert "non corrisponde" in found["birth_date"]
    assert not errors(draft)


def test_a_male_cf_is_a_warning() -> None:
    draft = replace(VALID, codice_fiscale=make_cf(BORN, female=False))
    assert "di un uomo" in warnings(draft)["codice_fiscale"]


def test_omocodia_is_read_back_to_the_same_birth_date() -> None:
    body = make_cf(BORN)[:14] + "L"  # the last digit of the place code becomes L (0)
    cf = body + calc_check_digit(body)
    assert derived_birth_date(cf, today=TODAY) == BORN
    assert check(replace(VALID, codice_fiscale=cf)) == []


@given(
    st.dates(min_value=date(1927, 3, 16), max_value=date(2012, 12, 31)),
    st.sampled_from(["D150", "D142", "B898", "Z330"]),
)
def test_any_valid_cf_gives_back_its_birth_date(born: date, place: str) -> None:
    cf = make_cf(born, place=place)
    assert derived_birth_date(cf, today=TODAY) == born
    assert derived_birth_date(with_wrong_check(cf), today=TODAY) == born
    issues = check(replace(VALID, codice_fiscale=with_wrong_check(cf), birth_date=None))
    assert [(i.field, i.severity) for i in issues if i.field == "codice_fiscale"] == [
        ("codice_fiscale", "warning")
    ]


def test_a_foreign_citizenship_needs_a_country() -> None:
    for citizenship in ("eu", "non_eu"):
        found = errors(replace(VALID, citizenship=citizenship))
        assert found == {"citizenship_country": "Indica il paese di cittadinanza."}
    assert check(replace(VALID, citizenship="non_eu", citizenship_country="Paese Fittizio")) == []


def test_an_unknown_cav_is_refused() -> None:
    assert "sconosciuto" in errors(replace(VALID, referring_cav="altro_cav"))["referring_cav"]


def test_municipality_must_be_in_the_istat_list() -> None:
    assert "residence_municipality" in errors(replace(VALID, residence_municipality="H501"))
    assert check(replace(VALID, residence_municipality=" d150 ")) == []


def test_without_a_list_only_the_shape_of_the_municipality_code_is_checked() -> None:
    assert errors(replace(VALID, residence_municipality="H501"), municipalities=None) == {}
    found = errors(replace(VALID, residence_municipality="Cremona"), municipalities=None)
    assert "una lettera e tre cifre" in found["residence_municipality"]


@pytest.mark.parametrize("phone", ["333-0000000", "+39 333 000 000 000 000", "39+333", "tel"])
def test_a_bad_phone_is_refused(phone: str) -> None:
    assert "Telefono" in errors(replace(VALID, safe_phone=phone))["safe_phone"]


def test_safe_to_call_without_a_phone_is_a_warning() -> None:
    assert "numero" in warnings(replace(VALID, safe_phone=None))["safe_phone"]


@pytest.mark.parametrize(
    ("name", "fragment"),
    [("   ", "Scrivi il nome."), ("A" * 81, "80"), ("Prova2", "cifre"), ("'-", "cifre")],
)
def test_names_are_checked(name: str, fragment: str) -> None:
    assert fragment in errors(replace(VALID, first_name=name))["first_name"]


def test_a_name_of_80_characters_with_spaces_around_is_accepted() -> None:
    assert check(replace(VALID, last_name="  " + "D'" + "a" * 78 + "  ")) == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("marital_status", "engaged"),
        ("employment", "retired"),
        ("stage", "archived"),
        ("violence_types", frozenset({"physical", "verbal"})),
        ("lines_requested", frozenset({"work", "training"})),
    ],
)
def test_codes_outside_the_vocabulary_are_refused(field: str, value: object) -> None:
    assert errors(replace(VALID, **{field: value}))[field] == (
        "Valore non previsto: scegli dall'elenco."
    )


def test_the_current_stage_needs_a_date() -> None:
    draft = replace(VALID, stage_dates={"contact": date(2026, 1, 10)})
    assert "fase attuale" in errors(draft)["stage_dates.taken_in_charge"]


def test_stage_dates_follow_the_stage_order() -> None:
    dates = {**VALID.stage_dates, "concluded": date(2026, 1, 31)}
    found = errors(replace(VALID, stage="concluded", stage_dates=dates))
    assert found == {
        "stage_dates.concluded": (
            "La data di «percorso concluso» non può precedere quella di «presa in carico»."
        )
    }


def test_a_date_for_a_stage_not_reached_is_refused() -> None:
    dates = {**VALID.stage_dates, "concluded": date(2026, 3, 1)}
    assert "togli questa data" in errors(replace(VALID, stage_dates=dates))["stage_dates.concluded"]


def test_a_dropped_out_path_keeps_its_earlier_dates_and_no_conclusion() -> None:
    dates = {**VALID.stage_dates, "dropped_out": date(2026, 3, 2)}
    assert check(replace(VALID, stage="dropped_out", stage_dates=dates)) == []
    early = {**dates, "dropped_out": date(2026, 1, 20)}
    assert "stage_dates.dropped_out" in errors(
        replace(VALID, stage="dropped_out", stage_dates=early)
    )
    both = {**dates, "concluded": date(2026, 3, 1)}
    assert "stage_dates.concluded" in errors(replace(VALID, stage="dropped_out", stage_dates=both))


def test_card_access_criteria_are_reminders() -> None:
    draft = replace(VALID, housing="rented", stage="reception", shelter="none")
    draft = replace(draft, stage_dates={"reception": date(2026, 1, 17)})
    assert set(warnings(draft)) == {"lines_requested", "stage"}
    assert not errors(draft)
    assert set(warnings(replace(VALID, shelter="none"))) == {"shelter"}


def test_duplicate_keys_normalise_cf_and_name() -> None:
    keys = duplicate_keys(replace(VALID, codice_fiscale=make_cf(BORN).lower()), today=TODAY)
    assert keys.codice_fiscale == make_cf(BORN)
    assert keys.person == (name_key("Prova", "Sintetica"), BORN)
    no_cf = duplicate_keys(replace(VALID, codice_fiscale="???"), today=TODAY)
    assert no_cf.codice_fiscale is None
    nameless = duplicate_keys(replace(VALID, first_name=""), today=TODAY)
    assert nameless.person is None


def test_duplicate_keys_use_the_cf_birth_date_when_none_was_typed() -> None:
    keys = duplicate_keys(replace(VALID, birth_date=None), today=TODAY)
    assert keys.person is not None
    assert keys.person[1] == BORN


def test_name_key_ignores_case_accents_spacing_and_order() -> None:
    key = name_key("Nicolò", "D'Amico")
    assert name_key("NICOLO'", "DAMICO") == key
    assert name_key("  nicolo ", "d' amico") == key
    assert name_key("D'Amico", "Nicolò") == key
    assert name_key("Nicola", "D'Amico") != key


def test_allowed_next_stages() -> None:
    assert allowed_next_stages("contact") == ("reception", "dropped_out")
    assert allowed_next_stages("reception") == ("taken_in_charge", "dropped_out")
    assert allowed_next_stages("taken_in_charge") == ("concluded", "dropped_out")
    assert allowed_next_stages("concluded") == ()
    assert allowed_next_stages("dropped_out") == ()
    with pytest.raises(KeyError):
        allowed_next_stages("archived")


@pytest.mark.parametrize(
    ("current", "new", "fragment"),
    [
        ("reception", "contact", "solo a: «presa in carico», «percorso interrotto»."),
        ("contact", "taken_in_charge", "«colloquio di accoglienza»"),
        ("concluded", "dropped_out", "Il percorso è chiuso"),
        ("dropped_out", "reception", "nuovo percorso."),
        ("contact", "contact", "Da qui si passa solo a"),
    ],
)
def test_refused_stage_changes_say_why(current: str, new: str, fragment: str) -> None:
    with pytest.raises(StageChangeRefused) as caught:
        check_stage_change(current, new)
    assert caught.value.field == "stage"
    assert fragment in caught.value.message
    assert caught.value.message.startswith("Dalla fase «")


@given(st.lists(st.integers(min_value=0, max_value=1), max_size=6))
def test_a_path_never_goes_back(choices: list[int]) -> None:
    order = opt.codes(opt.STAGES)
    stage = "contact"
    for choice in choices:
        allowed = allowed_next_stages(stage)
        if not allowed:
            break
        new = allowed[choice]
        check_stage_change(stage, new)
        assert order.index(new) > order.index(stage)
        stage = new
