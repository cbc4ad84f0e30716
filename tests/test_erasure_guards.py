"""Writes on an erased case are refused by the services with `CaseErased` (not by the database
triggers, which stay as a backstop), and leave the store exactly as it was; and the purge of
the copies is refused where nothing was ever erased."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest

from antiviolenza_desktop.domain.case.intake import CaseDraft
from antiviolenza_desktop.domain.case.retention import CaseErased
from antiviolenza_desktop.domain.project.revisions import Closure, MonitoringUpdate
from antiviolenza_desktop.services import assessments, erasure, erasure_copies, projects
from antiviolenza_desktop.services.intake import load_case, update_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.erasure_support import case_tables, marked_case, plain_case
from tests.funds_support import TODAY, assessment_on, work_project

Write = Callable[[UnitOfWork, int], object]


def _someone_else(opened: OpenStore) -> tuple[int, CaseDraft]:
    other = plain_case(opened, 77)
    with UnitOfWork(opened.store, opened.actor) as uow:
        return other, load_case(uow, case_id=other).draft


def _erased_case(opened: OpenStore) -> tuple[int, str]:
    case_id, _cf = marked_case(opened)
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=case_id).code
        erasure.erase_case(uow, case_id=case_id, reason="richiesta", typed_code=code, today=TODAY)
    return case_id, code


WRITES: dict[str, Write] = {
    "assessment": lambda uow, case_id: assessments.record_assessment(
        uow, case_id=case_id, assessment=assessment_on(TODAY), today=TODAY
    ),
    "project draft": lambda uow, case_id: projects.save_draft(
        uow, case_id=case_id, draft=work_project(100_000)
    ),
    "project validation": lambda uow, case_id: projects.validate(
        uow, case_id=case_id, validated_on=TODAY, today=TODAY
    ),
    "monitoring": lambda uow, case_id: projects.add_monitoring(
        uow, case_id=case_id, update=MonitoringUpdate(TODAY, "cpi", "colloquio"), today=TODAY
    ),
    "project closure": lambda uow, case_id: projects.close(
        uow,
        case_id=case_id,
        closure=Closure(TODAY - timedelta(days=1), drop_reason="moved_away"),
        today=TODAY,
    ),
}


@pytest.mark.parametrize("kind", list(WRITES))
def test_a_write_on_an_erased_case_is_refused_by_the_service(opened: OpenStore, kind: str) -> None:
    case_id, code = _erased_case(opened)
    before = case_tables(opened.store, "audit_log")
    with pytest.raises(CaseErased) as refused, UnitOfWork(opened.store, opened.actor) as uow:
        WRITES[kind](uow, case_id)
    assert code in refused.value.message and "eliminati" in refused.value.message
    assert case_tables(opened.store, "audit_log") == before


def test_the_referral_of_an_erased_case_cannot_be_saved_again(opened: OpenStore) -> None:
    other, someone = _someone_else(opened)
    case_id, code = _erased_case(opened)
    with UnitOfWork(opened.store, opened.actor) as uow:
        tombstone = load_case(uow, case_id=case_id).draft
    draft = replace(someone, stage=tombstone.stage, stage_dates=tombstone.stage_dates)
    before = case_tables(opened.store, "audit_log")
    with pytest.raises(CaseErased) as refused, UnitOfWork(opened.store, opened.actor) as uow:
        update_case(uow, case_id=case_id, draft=draft, today=TODAY, not_duplicate_of=[other])
    assert code in refused.value.message
    assert case_tables(opened.store, "audit_log") == before


def test_purging_copies_is_refused_where_nothing_was_ever_erased(opened: OpenStore) -> None:
    plain_case(opened, 78)
    copy = opened.store.backup(reason="manuale")
    before = case_tables(opened.store, "audit_log")
    with pytest.raises(erasure_copies.NothingErased):
        erasure_copies.purge_copies_after_erasure(opened)
    assert copy.exists() and [c.path for c in erasure_copies.copies_with_erased_data(opened)] == []
    assert case_tables(opened.store, "audit_log") == before
