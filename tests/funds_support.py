"""Synthetic women with validated projects, for the fund tests (services, reports, GUI)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from faker import Faker

from antiviolenza_desktop.domain.assessment.model import Assessment, DomainScore, TeamMember
from antiviolenza_desktop.domain.case.consent import CARE, NewConsent
from antiviolenza_desktop.domain.project.model import (
    ActiveIntervention,
    PassiveSupport,
    ProjectDraft,
    WorkPath,
)
from antiviolenza_desktop.services import assessments, consents, projects
from antiviolenza_desktop.services.instruments import current_instrument
from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.signoff_support import sign_in

TODAY = date.today()


def assessment_on(day: date) -> Assessment:
    instrument = current_instrument()
    housing = {q.code: "yes" for q in instrument.housing.questions if q.kind == "yes_no"}
    housing |= {"economic_resources": "medium", "social_resources": "good"}
    return Assessment(
        held_on=day,
        members=(
            TeamMember("Assistente Prova", "Comune di Cremona", "assistente sociale"),
            TeamMember("Operatrice Prova", "CAV AIDA", "operatrice"),
        ),
        scores=tuple(DomainScore(d.code, 2, 2) for d in instrument.domains),
        housing_answers=housing,
        work_answers={q.code: "no" for q in instrument.work.questions},
    )


def work_project(active: int, passive: int = 0) -> ProjectDraft:
    """A work-line project asking `active` cents of the active fund and `passive` of the
    passive one (0: no passive support)."""
    supports = (PassiveSupport("transport_refund", amount=passive),) if passive else ()
    return ProjectDraft(
        goals=("Ritrovare un lavoro stabile",),
        referent="Assistente Prova",
        lines=frozenset({"work"}),
        work=WorkPath(
            cpi_office="CPI Cremona",
            service_pact_on=TODAY - timedelta(days=10),
            did_on=TODAY - timedelta(days=12),
            interventions=(ActiveIntervention("extracurricular_traineeship", planned_cost=active),),
        ),
        passive_supports=supports,
    )


def new_case(opened: OpenStore, seed: int) -> int:
    """A synthetic woman taken in charge on the work line; returns her case id."""
    faker = Faker("it_IT")
    faker.seed_instance(seed)
    draft = synthetic_case(random.Random(seed), faker, ["aida"], TODAY)
    day = draft.referral_date
    stages = {"contact": day, "reception": day, "taken_in_charge": day}
    draft = replace(
        draft, lines_requested=frozenset({"work"}), stage="taken_in_charge", stage_dates=stages
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        return record_case(uow, draft=draft, today=TODAY).case_id


def validate_project(opened: OpenStore, case_id: int, draft: ProjectDraft) -> None:
    """Assess her (once) and validate `draft` as her project's next revision."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        if assessments.review(uow, case_id=case_id).latest is None:
            assessments.record_assessment(
                uow, case_id=case_id, assessment=assessment_on(TODAY), today=TODAY
            )
        projects.save_draft(uow, case_id=case_id, draft=draft)
        sign_in(uow, case_id)
        projects.validate(uow, case_id=case_id, validated_on=TODAY, today=TODAY)


def care_consent_before(uow: UnitOfWork, case_id: int, day: date) -> None:
    """A care consent given the day before `day`: a project validated on a past day needs
    one in force then (the intake records hers on the day the form is saved)."""
    care = NewConsent(CARE, day - timedelta(days=1), "written_form")
    consents.record_consent(uow, case_id=case_id, new=care, today=TODAY)
