"""Housing path b's lease (issue 11): landlord as a role, rent, contract dates; refusals leave
the stored project as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.domain.name_guard import WomanNamedInText
from antiviolenza_desktop.domain.project.lease import (
    ContractEndsBeforeStart,
    LandlordRoleUnknown,
    RentNotPositive,
    lease_problems,
)
from antiviolenza_desktop.domain.project.model import validation_problems
from antiviolenza_desktop.services import projects
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.test_project_print_fixes import LEASE, START, full_project


def test_a_complete_lease_has_no_problem() -> None:
    assert lease_problems(LEASE) == []


def test_a_lease_still_unknown_has_no_problem() -> None:
    unknown = replace(LEASE, landlord_role="", monthly_rent=None, contract_start=None)
    assert lease_problems(unknown) == []


@pytest.mark.parametrize(
    ("change", "error", "field"),
    [
        ({"monthly_rent": 0}, RentNotPositive, "housing.monthly_rent"),
        ({"monthly_rent": -100}, RentNotPositive, "housing.monthly_rent"),
        ({"contract_end": START}, ContractEndsBeforeStart, "housing.contract_end"),
        (
            {"contract_end": START - timedelta(days=1)},
            ContractEndsBeforeStart,
            "housing.contract_end",
        ),
        ({"landlord_role": "Mario Rossi"}, LandlordRoleUnknown, "housing.landlord_role"),
    ],
)
def test_an_impossible_lease_is_named_on_its_field(
    change: dict[str, object], error: type[AppError], field: str
) -> None:
    [problem] = lease_problems(replace(LEASE, **change))  # type: ignore[arg-type]
    assert isinstance(problem, error) and problem.field == field
    assert problem.message.startswith("Percorso b:")
    issues = validation_problems(
        replace(full_project(), housing=replace(LEASE, **change)),  # type: ignore[arg-type]
        caps=projects.programme_caps(),
        has_assessment=True,
        lines_requested={"work", "housing"},
        consent_recorded=True,
    )
    assert field in {issue.field for issue in issues}


def test_messages_carry_the_figures_not_words() -> None:
    [rent] = lease_problems(replace(LEASE, monthly_rent=-100))
    assert rent.params == {"rent": format_eur(-100)}
    [dates] = lease_problems(replace(LEASE, contract_end=START))
    assert dates.params == {"start": f"{START:%d/%m/%Y}", "end": f"{START:%d/%m/%Y}"}


def _stored(opened, case_id):  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        return projects.revisions_of(uow, case_id=case_id)


def test_the_lease_is_stored_with_the_revision(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        projects.save_draft(uow, case_id=case_id, draft=full_project())
    [revision] = _stored(opened, case_id)
    assert revision.draft.housing == LEASE


@pytest.mark.parametrize(
    "change",
    [{"monthly_rent": 0}, {"contract_end": START}, {"landlord_role": "sconosciuto"}],
)
def test_saving_an_impossible_lease_is_refused_and_nothing_changes(opened, case_id, change) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        projects.save_draft(uow, case_id=case_id, draft=full_project())
    before = _stored(opened, case_id)
    bad = replace(full_project(), housing=replace(LEASE, **change))
    with pytest.raises(AppError), UnitOfWork(opened.store, opened.actor) as uow:
        projects.save_draft(uow, case_id=case_id, draft=bad)
    assert _stored(opened, case_id) == before


def test_a_landlord_note_naming_her_is_refused_and_nothing_changes(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        her = load_case(uow, case_id=case_id).draft
    note = f"appartamento della sorella di {her.first_name} {her.last_name}"
    bad = replace(full_project(), housing=replace(LEASE, landlord_note=note))
    with pytest.raises(WomanNamedInText) as refused, UnitOfWork(opened.store, opened.actor) as uow:
        projects.save_draft(uow, case_id=case_id, draft=bad)
    assert refused.value.field == "housing.landlord_note"
    assert her.last_name not in str(refused.value.params)
    assert _stored(opened, case_id) == []
