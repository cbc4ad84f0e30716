"""Assessments and the Progetto personalizzato through the services, on a real store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from antiviolenza_desktop.domain.assessment.model import Assessment, DomainScore, TeamMember
from antiviolenza_desktop.domain.case.intake import CaseHasErrors
from antiviolenza_desktop.domain.project.model import (
    ActiveIntervention,
    PassiveSupport,
    ProjectDraft,
    ProjectNotValid,
    WorkPath,
)
from antiviolenza_desktop.domain.project.revisions import (
    Closure,
    MonitoringUpdate,
    NotYetValidated,
    Outcome,
    ProjectClosed,
)
from antiviolenza_desktop.services import assessments, projects
from antiviolenza_desktop.services.instruments import current_instrument
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.signoff_support import sign_in

TODAY = date.today()


def _assessment(day: date, need: int) -> Assessment:
    instrument = current_instrument()
    housing = {q.code: "yes" for q in instrument.housing.questions if q.kind == "yes_no"}
    housing |= {"economic_resources": "medium", "social_resources": "good"}
    return Assessment(
        held_on=day,
        members=(
            TeamMember("Assistente Prova", "Comune di Cremona", "assistente sociale"),
            TeamMember("Operatrice Prova", "CAV AIDA", "operatrice"),
        ),
        scores=tuple(DomainScore(d.code, need, 2) for d in instrument.domains),
        housing_answers=housing,
        work_answers={q.code: "no" for q in instrument.work.questions},
    )


def _project(cost: int) -> ProjectDraft:
    return ProjectDraft(
        goals=("Ritrovare un lavoro stabile",),
        referent="Assistente Prova",
        lines=frozenset({"work"}),
        work=WorkPath(
            cpi_office="CPI Cremona",
            service_pact_on=TODAY - timedelta(days=10),
            did_on=TODAY - timedelta(days=12),
            interventions=(ActiveIntervention("extracurricular_traineeship", planned_cost=cost),),
        ),
        passive_supports=(PassiveSupport("transport_refund", amount=20_000),),
    )


def test_assessments_are_stored_with_their_version_and_compared(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        assessments.record_assessment(
            uow, case_id=case_id, assessment=_assessment(TODAY - timedelta(days=30), 3), today=TODAY
        )
        assessments.record_assessment(
            uow, case_id=case_id, assessment=_assessment(TODAY, 1), today=TODAY
        )
    with UnitOfWork(opened.store, opened.actor) as uow:
        review = assessments.review(uow, case_id=case_id)
    assert review.latest is not None
    assert review.latest.assessment.instrument_version == current_instrument().version
    assert all(change.need_delta == -2 for change in review.changes)
    assert review.housing is not None and review.housing.reasons


def test_an_invalid_assessment_is_refused_and_nothing_is_written(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CaseHasErrors), UnitOfWork(opened.store, opened.actor) as uow:
        assessments.record_assessment(
            uow, case_id=case_id, assessment=Assessment(held_on=TODAY), today=TODAY
        )
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert assessments.assessments_of(uow, case_id=case_id) == []


def test_project_validation_needs_an_assessment_and_holds_the_caps(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        projects.save_draft(uow, case_id=case_id, draft=_project(300_001))
    with pytest.raises(ProjectNotValid) as caught, UnitOfWork(opened.store, opened.actor) as uow:
        projects.validate(uow, case_id=case_id, validated_on=TODAY, today=TODAY)
    messages = " ".join(issue.message for issue in caught.value.issues)
    assert "€ 3.000,01" in messages and "€ 3.000,00" in messages
    assert "valutazione" in messages.lower()
    with UnitOfWork(opened.store, opened.actor) as uow:
        assessments.record_assessment(
            uow, case_id=case_id, assessment=_assessment(TODAY, 2), today=TODAY
        )
        projects.save_draft(uow, case_id=case_id, draft=_project(300_000))
        sign_in(uow, case_id)
        validated = projects.validate(uow, case_id=case_id, validated_on=TODAY, today=TODAY)
    assert validated.status == "validated" and validated.number == 1


def test_changes_after_validation_make_a_new_revision_and_history_is_kept(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        assessments.record_assessment(
            uow, case_id=case_id, assessment=_assessment(TODAY, 2), today=TODAY
        )
        projects.save_draft(uow, case_id=case_id, draft=_project(150_000))
        sign_in(uow, case_id)
        projects.validate(uow, case_id=case_id, validated_on=TODAY, today=TODAY)
        second = projects.save_draft(uow, case_id=case_id, draft=_project(200_000))
    assert second.number == 2 and second.status == "draft"
    with UnitOfWork(opened.store, opened.actor) as uow:
        history = projects.revisions_of(uow, case_id=case_id)
    assert [(r.number, r.status) for r in history] == [(1, "validated"), (2, "draft")]
    assert history[0].draft.work.interventions[0].planned_cost == 150_000  # type: ignore[union-attr]


def test_monitoring_and_closure(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    update = MonitoringUpdate(
        on=TODAY, source="cpi", note="Tirocinio avviato", statuses=((0, "ongoing"),)
    )
    with pytest.raises(NotYetValidated), UnitOfWork(opened.store, opened.actor) as uow:
        projects.add_monitoring(uow, case_id=case_id, update=update, today=TODAY)
    with UnitOfWork(opened.store, opened.actor) as uow:
        assessments.record_assessment(
            uow, case_id=case_id, assessment=_assessment(TODAY, 2), today=TODAY
        )
        projects.save_draft(uow, case_id=case_id, draft=_project(150_000))
        sign_in(uow, case_id)
        projects.validate(uow, case_id=case_id, validated_on=TODAY, today=TODAY)
        projects.add_monitoring(uow, case_id=case_id, update=update, today=TODAY)
        sign_in(uow, case_id)
        closed = projects.close(
            uow,
            case_id=case_id,
            closure=Closure(closed_on=TODAY, outcomes=(Outcome("traineeship_completed"),)),
            today=TODAY,
        )
    assert closed.status == "closed"
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert projects.monitoring_of(uow, case_id=case_id) == [update]
        with pytest.raises(ProjectClosed):
            projects.save_draft(uow, case_id=case_id, draft=_project(1))
