"""The rules of the Progetto personalizzato: caps to the cent, the allowance that never pays a
traineeship, what validation needs, frozen revisions with their history, monitoring, closure.

Synthetic data only: invented names of équipe members and offices.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from antiviolenza_desktop.domain.case.intake import FieldIssue
from antiviolenza_desktop.domain.case.intake_options import codes
from antiviolenza_desktop.domain.errors import AppError, InvalidInput
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.domain.project.model import (
    ActiveIntervention,
    AllowanceTiedToTraineeship,
    CapExceeded,
    Caps,
    HousingCost,
    PassiveSupport,
    PrivateLease,
    ProjectDraft,
    ProjectNotValid,
    TemporaryHousing,
    WorkPath,
    caps_from_programme,
    check_allowance_not_tied_to_traineeship,
    check_caps,
    fund_total,
    residual_under_caps,
    validate,
    validation_problems,
)
from antiviolenza_desktop.domain.project.options import (
    ACTIVE_INTERVENTIONS,
    DROP_REASONS,
    HOUSING_COST_KINDS,
    HOUSING_PATHS,
    INTERVENTION_STATUS,
    MONITORING_SOURCES,
    OUTCOMES,
    PASSIVE_SUPPORTS,
    PROVIDERS,
    TEMPORARY_HOUSING_KINDS,
    WORK_LIFE_BALANCE,
)
from antiviolenza_desktop.domain.project.revisions import (
    Closure,
    ClosureAmbiguous,
    ClosureWithoutOutcome,
    DateBeforeValidation,
    DateInFuture,
    MonitoringUpdate,
    NotYetValidated,
    Outcome,
    ProjectClosed,
    ProjectRevision,
    RevisionNotDraft,
    check_closure,
    check_monitoring_update,
    close_project,
    in_force,
    intervention_statuses,
    mark_validated,
    new_revision,
)
from antiviolenza_desktop.services.programme import load_default_programme

TODAY = date(2026, 6, 30)
CAPS = Caps(active=300_000, passive=140_000, housing=None)
CAPS_WITH_HOUSING = replace(CAPS, housing=500_000)
READY = {"has_assessment": True, "lines_requested": {"work"}, "consent_recorded": True}


def work(*costs: int, kind: str = "training_requalification") -> WorkPath:
    interventions = tuple(ActiveIntervention(kind, "accredited_operator", c) for c in costs)
    return WorkPath(cpi_office="CPI di Prova", interventions=interventions)


def project(**changes: object) -> ProjectDraft:
    draft = ProjectDraft(
        goals=("Qualifica di operatrice socio-sanitaria",),
        referent="Prova Referente",
        lines=frozenset({"work"}),
        work=work(150_000),
        passive_supports=(PassiveSupport("transport_refund", 20_000),),
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def error_fields(issues: list[FieldIssue]) -> set[str]:
    return {issue.field for issue in issues if issue.severity == "error"}


def problems(draft: ProjectDraft, **context: object) -> list[FieldIssue]:
    return validation_problems(draft, caps=CAPS, **{**READY, **context})  # type: ignore[arg-type]


# --- caps at the boundary ------------------------------------------------------------------


def test_the_programme_gives_the_caps_and_leaves_housing_configurable() -> None:
    programme = load_default_programme()
    assert caps_from_programme(programme) == Caps(300_000, 140_000, None)
    assert caps_from_programme(programme, housing_cap=250_000).housing == 250_000


def test_active_policies_up_to_3000_euro_are_allowed() -> None:
    check_caps(project(work=work(100_000, 200_000)), CAPS)


def test_active_policies_one_cent_over_are_refused_with_the_numbers() -> None:
    with pytest.raises(CapExceeded) as caught:
        check_caps(project(work=work(100_000, 200_001)), CAPS)
    error = caught.value
    assert error.code == "massimale_superato"
    assert error.field == "work.interventions"
    assert error.params["fund"] == "active_policies"
    assert error.message == (
        "Il totale delle politiche attive (€ 3.000,01) supera il massimo di € 3.000,00 per donna"
    )


def test_the_example_message_of_the_issue() -> None:
    with pytest.raises(CapExceeded, match=r"^Il totale delle politiche attive \(€ 3\.250,00\) "):
        check_caps(project(work=work(325_000)), CAPS)


def test_passive_policies_at_1400_allowed_one_cent_over_refused() -> None:
    at_cap = (PassiveSupport("transport_refund", 40_000), PassiveSupport("nursery", 100_000))
    check_caps(project(passive_supports=at_cap), CAPS)
    over = (*at_cap, PassiveSupport("canteen", 1))
    with pytest.raises(CapExceeded) as caught:
        check_caps(project(passive_supports=over), CAPS)
    assert caught.value.field == "passive_supports"
    assert str(caught.value) == (
        "Il totale delle politiche passive (€ 1.400,01) supera il massimo di € 1.400,00 per donna"
    )


def test_cancelled_interventions_do_not_count_against_the_cap() -> None:
    cancelled = ActiveIntervention("coaching", "cpi", 200_000, status="cancelled")
    draft = project(
        work=replace(work(200_000), interventions=(*work(200_000).interventions, cancelled))
    )
    assert fund_total(draft, "active_policies") == 200_000
    check_caps(draft, CAPS)


def test_housing_cap_is_checked_only_when_set() -> None:
    lease = PrivateLease((HousingCost("security_deposit", 600_000),), True, "herself")
    check_caps(project(housing=lease), CAPS)
    with pytest.raises(
        CapExceeded,
        match=r"del sostegno abitativo \(€ 6\.000,00\) supera il massimo di € 5\.000,00",
    ):
        check_caps(project(housing=lease), CAPS_WITH_HOUSING)


def test_path_a_total_is_monthly_costs_times_months_without_the_copayment() -> None:
    path_a = TemporaryHousing(
        "private_social",
        (HousingCost("rent", 35_000), HousingCost("utilities", 5_000)),
        months=6,
        municipality_copayment=90_000,
        copayment_covers="accompagnamento educativo",
    )
    assert fund_total(project(housing=path_a), "housing_autonomy") == 240_000


@given(st.lists(st.integers(0, 400_000), max_size=6))
def test_the_active_cap_holds_exactly_when_the_sum_is_within_it(costs: list[int]) -> None:
    draft = project(work=work(*costs))
    if sum(costs) <= 300_000:
        check_caps(draft, CAPS)
    else:
        with pytest.raises(CapExceeded) as caught:
            check_caps(draft, CAPS)
        assert format_eur(sum(costs)) in caught.value.message


def test_an_unknown_fund_code_fails_loudly() -> None:
    with pytest.raises(KeyError):
        fund_total(project(), "astrology")
    with pytest.raises(KeyError):
        CAPS.of("astrology")


def test_residual_under_caps_for_the_printed_form() -> None:
    draft = project(work=work(250_000), passive_supports=(PassiveSupport("nursery", 140_000),))
    active, passive, housing = residual_under_caps(draft, CAPS)
    assert (active.fund, active.label, active.used, active.cap, active.residual) == (
        "active_policies",
        "Fondo politiche attive",
        250_000,
        300_000,
        50_000,
    )
    assert (passive.used, passive.residual) == (140_000, 0)
    assert (housing.fund, housing.used, housing.cap, housing.residual) == (
        "housing_autonomy",
        0,
        None,
        None,
    )


# --- the allowance is never tied to an extracurricular traineeship -------------------------


def test_an_allowance_linked_to_a_traineeship_is_refused() -> None:
    path = WorkPath(
        "CPI di Prova",
        interventions=(
            ActiveIntervention("training_requalification", "accredited_operator", 80_000),
            ActiveIntervention("extracurricular_traineeship", "cpi", 180_000),
        ),
    )
    allowance = PassiveSupport("participation_allowance", 30_000, linked_intervention=1)
    draft = project(work=path, passive_supports=(PassiveSupport("nursery", 10_000), allowance))
    with pytest.raises(AllowanceTiedToTraineeship) as caught:
        check_allowance_not_tied_to_traineeship(draft)
    assert caught.value.code == "indennita_su_tirocinio"
    assert caught.value.field == "passive_supports[1].linked_intervention"
    assert caught.value.message.startswith(
        "L'indennità di partecipazione (voce 2, € 300,00) non può essere legata al tirocinio "
        "extracurricolare (intervento 2)"
    )
    assert "passive_supports[1].linked_intervention" in error_fields(problems(draft))
    linked_to_training = replace(allowance, linked_intervention=0)
    check_allowance_not_tied_to_traineeship(replace(draft, passive_supports=(linked_to_training,)))


def test_other_supports_may_accompany_a_traineeship() -> None:
    path = work(180_000, kind="extracurricular_traineeship")
    refund = PassiveSupport("transport_refund", 30_000, linked_intervention=0)
    check_allowance_not_tied_to_traineeship(project(work=path, passive_supports=(refund,)))


def test_an_allowance_without_its_path_is_a_warning() -> None:
    draft = project(passive_supports=(PassiveSupport("participation_allowance", 30_000),))
    issues = problems(draft)
    assert [(i.field, i.severity) for i in issues] == [
        ("passive_supports[0].linked_intervention", "warning")
    ]
    validate(draft, caps=CAPS, **READY)  # type: ignore[arg-type]


# --- validation preconditions --------------------------------------------------------------


def test_a_complete_project_within_the_rules_validates() -> None:
    assert problems(project()) == []
    validate(project(), caps=CAPS, **READY)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("context", "field"),
    [
        ({"has_assessment": False}, "assessment"),
        ({"consent_recorded": False}, "consent"),
        ({"lines_requested": {"work", "housing"}}, "housing"),
    ],
)
def test_each_precondition_from_outside_the_draft(context: dict[str, object], field: str) -> None:
    assert error_fields(problems(project(), **context)) == {field}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"goals": ("",)}, "goals"),
        ({"referent": " "}, "referent"),
        ({"lines": frozenset({"work", "astrology"})}, "lines"),
        ({"work": None}, "work.cpi_office"),
        ({"work": replace(work(1), cpi_office="")}, "work.cpi_office"),
        ({"work": work()}, "work.interventions"),
        ({"lines": frozenset({"work", "housing"})}, "housing"),
    ],
)
def test_each_precondition_in_the_draft(changes: dict[str, object], field: str) -> None:
    assert field in error_fields(problems(project(**changes)))


def test_a_project_covers_at_least_one_line() -> None:
    draft = project(lines=frozenset(), work=None, passive_supports=())
    assert error_fields(problems(draft, lines_requested=set())) == {"lines"}


def test_the_requested_housing_line_needs_a_fully_defined_path() -> None:
    context = {"lines_requested": {"work", "housing"}}
    empty_a = TemporaryHousing()
    assert {"housing.kind", "housing.months", "housing.monthly_costs"} <= error_fields(
        problems(project(housing=empty_a), **context)
    )
    empty_b = PrivateLease()
    assert {"housing.found_by", "housing.entry_costs"} <= error_fields(
        problems(project(housing=empty_b), **context)
    )
    path_b = PrivateLease((HousingCost("security_deposit", 150_000),), True, "network")
    assert problems(project(housing=path_b), **context) == []


def test_path_a_covers_rent_fees_and_utilities_the_rest_is_the_municipalitys() -> None:
    path_a = TemporaryHousing(
        "public_housing_art23",
        (HousingCost("rent", 30_000), HousingCost("moving", 20_000)),
        months=12,
        municipality_copayment=50_000,
    )
    issues = problems(project(housing=path_a))
    assert error_fields(issues) == {"housing.monthly_costs[1].kind", "housing.copayment_covers"}
    message = next(i.message for i in issues if i.field == "housing.monthly_costs[1].kind")
    assert "affitto, spese condominiali, utenze domestiche" in message
    assert "compartecipazione del comune di residenza" in message


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (
            {"work": WorkPath("CPI", interventions=(ActiveIntervention("astrology"),))},
            "work.interventions[0].kind",
        ),
        (
            {"work": WorkPath("CPI", interventions=(ActiveIntervention("coaching", "bank"),))},
            "work.interventions[0].provider",
        ),
        ({"work": work(-1)}, "work.interventions[0].planned_cost"),
        (
            {
                "work": WorkPath(
                    "CPI",
                    interventions=(
                        ActiveIntervention(
                            "coaching", start=date(2026, 5, 1), end=date(2026, 4, 1)
                        ),
                    ),
                )
            },
            "work.interventions[0].end",
        ),
        ({"passive_supports": (PassiveSupport("astrology", 1),)}, "passive_supports[0].kind"),
        ({"passive_supports": (PassiveSupport("nursery", -5),)}, "passive_supports[0].amount"),
        (
            {"passive_supports": (PassiveSupport("nursery", 5, linked_intervention=3),)},
            "passive_supports[0].linked_intervention",
        ),
        (
            {
                "passive_supports": (
                    PassiveSupport("nursery", 5, date(2026, 9, 1), date(2026, 6, 30)),
                )
            },
            "passive_supports[0].period_to",
        ),
    ],
)
def test_each_value_is_checked_next_to_its_field(changes: dict[str, object], field: str) -> None:
    assert error_fields(problems(project(**changes))) == {field}


def test_caps_count_among_the_validation_problems() -> None:
    issues = problems(project(work=work(300_001)))
    assert [(i.field, i.message) for i in issues] == [
        (
            "work.interventions",
            "Il totale delle politiche attive (€ 3.000,01) supera il massimo di € 3.000,00 "
            "per donna",
        )
    ]


def test_validate_lists_every_error_in_one_refusal() -> None:
    draft = project(goals=(), work=work(300_001))
    with pytest.raises(ProjectNotValid) as caught:
        validate(
            draft, caps=CAPS, has_assessment=False, lines_requested={"work"}, consent_recorded=True
        )
    error = caught.value
    assert error.code == "progetto_non_validabile"
    assert [issue.field for issue in error.issues] == [
        "assessment",
        "goals",
        "work.interventions",
    ]
    assert error.field == "assessment"
    assert error.message.startswith("Il progetto non si può validare. Problemi da risolvere: 3;")


# --- revisions -----------------------------------------------------------------------------


def validated(revisions: list[ProjectRevision], on: date) -> ProjectRevision:
    return mark_validated(revisions, validated_on=on, today=TODAY, caps=CAPS, **READY)  # type: ignore[arg-type]


def test_revisions_number_from_one_and_a_draft_is_the_working_copy() -> None:
    first = new_revision([], project())
    assert (first.number, first.status, first.validated_on) == (1, "draft", None)
    edited = new_revision([first], project(referent="Prova Altra"))
    assert (edited.number, edited.status, edited.draft.referent) == (1, "draft", "Prova Altra")


def test_a_validated_revision_is_frozen_changes_make_a_new_revision() -> None:
    r1 = validated([new_revision([], project())], date(2026, 4, 1))
    assert (r1.number, r1.status, r1.validated_on) == (1, "validated", date(2026, 4, 1))
    r2 = new_revision([r1], project(work=work(250_000)))
    assert (r2.number, r2.status) == (2, "draft")
    history = [r1, r2]
    assert in_force(history) == r1
    assert r1.draft == project()
    r2v = validated(history, date(2026, 5, 1))
    history = [r1, r2v]
    assert in_force(history) == r2v
    assert [r.number for r in history] == [1, 2]
    with pytest.raises(RevisionNotDraft) as caught:
        validated(history, date(2026, 5, 2))
    assert caught.value.code == "revisione_non_in_bozza"
    assert new_revision(history, project()).number == 3


def test_validation_refuses_an_invalid_draft_and_bad_dates() -> None:
    with pytest.raises(NotYetValidated):
        validated([], date(2026, 4, 1))
    with pytest.raises(ProjectNotValid):
        validated([new_revision([], project(goals=()))], date(2026, 4, 1))
    draft = [new_revision([], project())]
    with pytest.raises(DateInFuture) as caught:
        validated(draft, date(2026, 7, 1))
    assert (
        caught.value.message
        == "La data di validazione (01/07/2026) è nel futuro: oggi è il 30/06/2026."
    )
    r1 = validated(draft, date(2026, 4, 1))
    with pytest.raises(DateBeforeValidation):
        validated([r1, new_revision([r1], project())], date(2026, 3, 1))


# --- monitoring ----------------------------------------------------------------------------


def history() -> list[ProjectRevision]:
    path = WorkPath(
        "CPI di Prova",
        interventions=(
            ActiveIntervention("specialist_interview", "cpi", 0),
            ActiveIntervention("extracurricular_traineeship", "cpi", 180_000),
        ),
    )
    return [validated([new_revision([], project(work=path))], date(2026, 4, 1))]


def test_monitoring_updates_overlay_the_planned_statuses() -> None:
    revisions = history()
    may = MonitoringUpdate(date(2026, 5, 1), "cpi", "colloquio fatto", ((0, "completed"),))
    june = MonitoringUpdate(date(2026, 6, 1), "cpi", "tirocinio avviato", ((1, "ongoing"),))
    for update in (may, june):
        check_monitoring_update(update, revisions, today=TODAY)
    assert intervention_statuses(revisions[0], [june, may]) == ("completed", "ongoing")
    assert revisions[0].draft.interventions[1].status == "planned"


@pytest.mark.parametrize(
    ("update", "error"),
    [
        (MonitoringUpdate(date(2026, 7, 1), "cpi"), DateInFuture),
        (MonitoringUpdate(date(2026, 3, 31), "cpi"), DateBeforeValidation),
        (MonitoringUpdate(date(2026, 5, 1), "astrologer"), InvalidInput),
        (MonitoringUpdate(date(2026, 5, 1), "cav", statuses=((2, "ongoing"),)), InvalidInput),
        (MonitoringUpdate(date(2026, 5, 1), "cav", statuses=((0, "paused"),)), InvalidInput),
    ],
)
def test_monitoring_refusals(update: MonitoringUpdate, error: type[AppError]) -> None:
    with pytest.raises(error):
        check_monitoring_update(update, history(), today=TODAY)


def test_no_monitoring_before_validation() -> None:
    with pytest.raises(NotYetValidated, match="solo dopo la validazione"):
        check_monitoring_update(
            MonitoringUpdate(date(2026, 5, 1), "cpi"), [new_revision([], project())], today=TODAY
        )


# --- closure -------------------------------------------------------------------------------


def test_closing_with_outcomes_closes_the_revision_in_force() -> None:
    revisions = history()
    pending = new_revision(revisions, project(referent="Prova Nuova"))
    closure = Closure(
        date(2026, 6, 15), (Outcome("employed", "fixed_term"), Outcome("lease_signed"))
    )
    closed = close_project([*revisions, pending], closure, today=TODAY)
    assert (closed.number, closed.status) == (1, "closed")
    after = [closed, pending]
    with pytest.raises(ProjectClosed):
        new_revision(after, project())
    with pytest.raises(ProjectClosed):
        check_monitoring_update(MonitoringUpdate(date(2026, 6, 20), "cav"), after, today=TODAY)
    with pytest.raises(ProjectClosed):
        close_project(after, closure, today=TODAY)


def test_closing_as_dropped_needs_a_known_reason() -> None:
    close_project(history(), Closure(date(2026, 6, 1), drop_reason="moved_away"), today=TODAY)
    with pytest.raises(InvalidInput):
        check_closure(Closure(date(2026, 6, 1), drop_reason="bored"), history(), today=TODAY)


@pytest.mark.parametrize(
    ("closure", "revisions", "error"),
    [
        (Closure(date(2026, 6, 1)), history(), ClosureWithoutOutcome),
        (
            Closure(date(2026, 6, 1), (Outcome("economic_autonomy"),), "withdrew"),
            history(),
            ClosureAmbiguous,
        ),
        (Closure(date(2026, 7, 1), (Outcome("economic_autonomy"),)), history(), DateInFuture),
        (
            Closure(date(2026, 3, 1), (Outcome("economic_autonomy"),)),
            history(),
            DateBeforeValidation,
        ),
        (Closure(date(2026, 6, 1), (Outcome("employed"),)), history(), InvalidInput),
        (Closure(date(2026, 6, 1), (Outcome("rich"),)), history(), InvalidInput),
        (
            Closure(date(2026, 6, 1), (Outcome("lease_signed"),)),
            [new_revision([], project())],
            NotYetValidated,
        ),
    ],
)
def test_closure_refusals(
    closure: Closure, revisions: list[ProjectRevision], error: type[AppError]
) -> None:
    with pytest.raises(error):
        check_closure(closure, revisions, today=TODAY)


def test_closure_without_outcome_names_the_rule() -> None:
    with pytest.raises(ClosureWithoutOutcome) as caught:
        check_closure(Closure(date(2026, 6, 1)), history(), today=TODAY)
    assert caught.value.code == "chiusura_senza_esito"
    assert "esiti raggiunti oppure il motivo dell'interruzione" in caught.value.message


# --- vocabularies --------------------------------------------------------------------------


def test_vocabularies_hold_the_cards_items_with_unique_codes() -> None:
    assert len(ACTIVE_INTERVENTIONS) == 11
    assert set(codes(PROVIDERS)) == {"cpi", "accredited_operator"}
    assert set(codes(INTERVENTION_STATUS)) == {"planned", "ongoing", "completed", "cancelled"}
    assert {"participation_allowance", "transport_refund"} | WORK_LIFE_BALANCE == set(
        codes(PASSIVE_SUPPORTS)
    )
    assert codes(HOUSING_PATHS) == ("a_temporary", "b_private_lease")
    assert TEMPORARY_HOUSING_KINDS[0].label == "edilizia pubblica (l.r. 16/2016 art. 23 c. 13)"
    assert set(codes(MONITORING_SOURCES)) == {"cpi", "housing_provider", "cav", "social_services"}
    assert "employed" in codes(OUTCOMES) and "other" in codes(DROP_REASONS)
    for vocabulary in (ACTIVE_INTERVENTIONS, PASSIVE_SUPPORTS, HOUSING_COST_KINDS, OUTCOMES):
        assert len(set(codes(vocabulary))) == len(vocabulary)
