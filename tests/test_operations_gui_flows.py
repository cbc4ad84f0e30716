"""The operations the GUI flows now call (erasure, opening, prints, drafts), without Qt."""

from __future__ import annotations

import pytest

from antiviolenza_desktop.domain.case.retention import REASON_REQUEST
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations import retention
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


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
