"""Two OPEN cases may never share a codice fiscale, but a closed path and an open one may: the
woman who came back (CRE-2) after her concluded path (CRE-1) must not lock CRE-1 against edits,
while a third open path for her, new or edited into her codice fiscale, is still refused."""

from __future__ import annotations

from dataclasses import replace

import pytest

from antiviolenza_desktop.domain.case.intake import CaseDraft
from antiviolenza_desktop.services.intake import (
    SAME_CODICE_FISCALE,
    SameCodiceFiscale,
    load_case,
    record_case,
    update_case,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.erasure_support import case_tables, plain_case
from tests.funds_support import TODAY


def _draft(opened: OpenStore, case_id: int) -> CaseDraft:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return load_case(uow, case_id=case_id).draft


def _seed_with_cf(opened: OpenStore, first_seed: int, closed_years_ago: int | None) -> int:
    """A synthetic woman who has a codice fiscale (a few synthetic ones have none)."""
    for seed in range(first_seed, first_seed + 20):
        case_id = plain_case(opened, seed, closed_years_ago=closed_years_ago)
        if _draft(opened, case_id).codice_fiscale:
            return case_id
    raise AssertionError("no synthetic woman with a codice fiscale")


def _open_again(draft: CaseDraft) -> CaseDraft:
    """Her referral as a new open path, starting today."""
    return replace(draft, referral_date=TODAY, stage="contact", stage_dates={"contact": TODAY})


def _came_back(opened: OpenStore) -> tuple[int, int]:
    """CRE-1 concluded, then CRE-2 opened for the same woman. Returns their ids."""
    first = _seed_with_cf(opened, 500, closed_years_ago=1)
    with UnitOfWork(opened.store, opened.actor) as uow:
        again = _open_again(_draft(opened, first))
        second = record_case(uow, draft=again, today=TODAY, not_duplicate_of=[first]).case_id
    return first, second


def test_the_concluded_path_can_still_be_corrected_once_she_came_back(opened: OpenStore) -> None:
    first, second = _came_back(opened)
    typo_fixed = replace(_draft(opened, first), first_name="Corretta")
    with UnitOfWork(opened.store, opened.actor) as uow:
        update_case(uow, case_id=first, draft=typo_fixed, today=TODAY, not_duplicate_of=[second])
    assert _draft(opened, first).first_name == "Corretta"


def test_editing_the_closed_path_asks_but_can_be_confirmed(opened: OpenStore) -> None:
    first, second = _came_back(opened)
    typo_fixed = replace(_draft(opened, first), first_name="Corretta")
    before = case_tables(opened.store, "audit_log")
    with pytest.raises(SameCodiceFiscale) as asked, UnitOfWork(opened.store, opened.actor) as uow:
        update_case(uow, case_id=first, draft=typo_fixed, today=TODAY)
    [match] = asked.value.matches
    assert (match.case_id, match.reason_code) == (second, SAME_CODICE_FISCALE)
    assert match.confirmable and not match.path_closed
    assert case_tables(opened.store, "audit_log") == before


def test_the_open_path_can_be_edited_beside_her_closed_one(opened: OpenStore) -> None:
    first, second = _came_back(opened)
    edited = replace(_draft(opened, second), first_name="Corretta")
    with UnitOfWork(opened.store, opened.actor) as uow:
        update_case(uow, case_id=second, draft=edited, today=TODAY, not_duplicate_of=[first])
    assert _draft(opened, second).first_name == "Corretta"


def test_a_third_open_path_with_her_codice_fiscale_is_refused(opened: OpenStore) -> None:
    first, second = _came_back(opened)
    third = _open_again(_draft(opened, first))
    before = case_tables(opened.store, "audit_log")
    with pytest.raises(SameCodiceFiscale) as refused, UnitOfWork(opened.store, opened.actor) as uow:
        record_case(uow, draft=third, today=TODAY, not_duplicate_of=[first, second])
    assert [m.case_id for m in refused.value.matches if not m.confirmable] == [second]
    assert case_tables(opened.store, "audit_log") == before


def test_an_open_case_edited_into_her_codice_fiscale_is_refused(opened: OpenStore) -> None:
    first, second = _came_back(opened)
    other = _seed_with_cf(opened, 600, closed_years_ago=None)
    taken = replace(_draft(opened, other), codice_fiscale=_draft(opened, first).codice_fiscale)
    before = case_tables(opened.store, "audit_log")
    with pytest.raises(SameCodiceFiscale), UnitOfWork(opened.store, opened.actor) as uow:
        update_case(uow, case_id=other, draft=taken, today=TODAY, not_duplicate_of=[first, second])
    assert case_tables(opened.store, "audit_log") == before
