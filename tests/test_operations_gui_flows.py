"""The operations the GUI flows now call (erasure, opening, prints, drafts), without Qt."""

from __future__ import annotations

import pytest

from antiviolenza_desktop.domain.case.retention import REASON_REQUEST
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations import case_reading, retention
from antiviolenza_desktop.services.case_history import KIND_REFERRAL
from antiviolenza_desktop.services.intake import CaseNotFound, load_case
from antiviolenza_desktop.services.read_audit import READ_RECORD
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.test_read_audit import reads


def test_a_case_is_erased_by_its_id_and_a_wrong_code_leaves_her_data(
    opened: OpenStore, case_id: int
) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        before = load_case(uow, case_id=case_id)
    with pytest.raises(AppError):
        retention.erase_case(opened, case_id, REASON_REQUEST, "CRE-0000-0000")
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert load_case(uow, case_id=case_id) == before
    state = retention.erasure_state(opened, case_id)
    assert state is not None and not state.erased
    done = retention.erase_case(opened, case_id, REASON_REQUEST, before.code)
    assert (done.erased.case_id, done.erased.code, done.stale_copies) == (case_id, before.code, 0)
    state = retention.erasure_state(opened, case_id)
    assert state is not None and state.erased


def test_opening_a_case_records_who_read_it_and_a_missing_case_records_nothing(
    opened: OpenStore, case_id: int
) -> None:
    with pytest.raises(CaseNotFound):
        case_reading.open_case(opened, case_id + 999)
    assert reads(opened, READ_RECORD) == []
    assert case_reading.open_case(opened, case_id).case_id == case_id
    assert [row[4] for row in reads(opened, READ_RECORD)] == [str(case_id)]
    assert case_reading.read_history(opened, case_id)[0].kind == KIND_REFERRAL
