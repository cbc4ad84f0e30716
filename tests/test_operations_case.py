"""The case, assessment and project operations on a real store, without Qt."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest
from faker import Faker

from antiviolenza_desktop.domain.assessment.model import Assessment
from antiviolenza_desktop.domain.case.intake import CaseHasErrors
from antiviolenza_desktop.domain.case.retention import REASON_REQUEST
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.project.model import ProjectNotValid
from antiviolenza_desktop.operations import assessment, case_intake, project, retention
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.signoff_support import sign_off
from tests.test_services_projects import _assessment, _project

TODAY = date.today()


def _draft(seed: int):  # type: ignore[no-untyped-def]
    faker = Faker("it_IT")
    faker.seed_instance(seed)
    return synthetic_case(random.Random(seed), faker, ["aida"], TODAY)


def test_a_referral_is_recorded_then_edited(opened) -> None:  # type: ignore[no-untyped-def]
    saved = case_intake.save_case(opened, None, _draft(5))
    edited = replace(_draft(5), safe_phone="0372 000000")
    again = case_intake.save_case(opened, saved.case_id, edited)
    assert again.code == saved.code
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert load_case(uow, case_id=saved.case_id).draft.safe_phone == "0372 000000"


def test_a_refused_edit_leaves_the_case_as_it_was(opened) -> None:  # type: ignore[no-untyped-def]
    saved = case_intake.save_case(opened, None, _draft(6))
    with UnitOfWork(opened.store, opened.actor) as uow:
        before = load_case(uow, case_id=saved.case_id)
    with pytest.raises(CaseHasErrors):
        case_intake.save_case(opened, saved.case_id, replace(before.draft, referral_date=None))
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert load_case(uow, case_id=saved.case_id) == before


def test_an_assessment_is_saved_and_read_back(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    assert assessment.read_assessments(opened, case_id).stored == ()
    with pytest.raises(CaseHasErrors):
        assessment.save_assessment(opened, case_id, Assessment(held_on=TODAY))
    assert assessment.read_assessments(opened, case_id).stored == ()
    assessment.save_assessment(opened, case_id, _assessment(TODAY, 2))
    state = assessment.read_assessments(opened, case_id)
    assert len(state.stored) == 1 and state.review.latest is not None


def test_a_refused_validation_keeps_the_draft_she_typed(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ProjectNotValid):
        project.validate(opened, case_id, _project(150_000), TODAY)
    state = project.read_project(opened, case_id)
    assert [r.status for r in state.revisions] == ["draft"]
    assert state.in_force is None
    assessment.save_assessment(opened, case_id, _assessment(TODAY, 2))
    sign_off(opened, case_id)
    validated = project.validate(opened, case_id, None, TODAY)
    assert validated.status == "validated"
    assert project.read_project(opened, case_id).in_force == validated


def test_the_retention_period_is_read_and_set_and_a_refusal_keeps_it(opened) -> None:  # type: ignore[no-untyped-def]
    years = retention.read_retention(opened).years
    with pytest.raises(AppError):
        retention.set_retention(opened, 0)
    assert retention.read_retention(opened).years == years
    assert retention.set_retention(opened, years + 1) == years + 1
    assert retention.read_retention(opened) == retention.RetentionState(years + 1, ())


def test_a_case_is_erased_by_its_code_once_the_code_is_typed_again(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        before = load_case(uow, case_id=case_id)
    for code, typed in (("CRE-1999-9999", "CRE-1999-9999"), (before.code, "CRE-0000-0000")):
        with pytest.raises(AppError):
            retention.erase_by_code(opened, code, REASON_REQUEST, typed)
        with UnitOfWork(opened.store, opened.actor) as uow:
            assert load_case(uow, case_id=case_id) == before
    done = retention.erase_by_code(opened, before.code, REASON_REQUEST, before.code)
    assert (done.erased.code, done.stale_copies) == (before.code, 0)
