"""A payment may name the project item it pays (issue 11): same case, same fund, or refused
with the ledger unchanged."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace

import pytest

from antiviolenza_desktop.domain.project.model import ActiveIntervention
from antiviolenza_desktop.domain.project.payment_items import (
    ItemNotInProject,
    ItemOfAnotherCase,
    ItemOfAnotherFund,
    PaymentItemRef,
    item_place,
    payable_items,
)
from antiviolenza_desktop.services import ledger, ledger_import, ledger_writes
from antiviolenza_desktop.services.ledger_writes import LedgerInconsistent
from antiviolenza_desktop.services.payment_items import items_for
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.funds_support import TODAY, new_case, validate_project, work_project
from tests.test_erasure_money import _erase, _refused

TWO_INTERVENTIONS = replace(
    work_project(150_000, 20_000),
    work=replace(
        work_project(150_000).work,  # type: ignore[arg-type]
        interventions=(
            ActiveIntervention("extracurricular_traineeship", planned_cost=150_000),
            ActiveIntervention("skills_certification", planned_cost=50_000),
        ),
    ),
)


def _commitment(opened, case_id: int, fund: str) -> int:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        return next(
            e.seq
            for e in ledger.entries_of_case(uow, case_id)
            if e.kind == "commitment" and e.fund == fund
        )


def _pay(opened, seq: int, ref: PaymentItemRef | None):  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        return ledger_writes.record_disbursement(
            uow,
            commitment_seq=seq,
            amount=10_000,
            on=TODAY,
            payee="la beneficiaria",
            document_ref="mandato 12",
            intervention=ref,
        )


def _ledger_rows(opened) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    with closing(opened.store.raw_connection()) as connection:
        return connection.execute("SELECT * FROM ledger_entries ORDER BY seq").fetchall()


def test_the_items_of_a_project_are_listed_with_their_fund() -> None:
    items = payable_items(TWO_INTERVENTIONS)
    assert [(i.key, i.fund, i.number) for i in items] == [
        ("work.interventions[0]", "active_policies", 1),
        ("work.interventions[1]", "active_policies", 2),
        ("passive_supports[0]", "passive_policies", 1),
    ]
    assert item_place("work.interventions[1]") == ("work.interventions", 2)
    assert item_place("something[1]") is None


def test_a_payment_names_the_intervention_it_pays(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, TWO_INTERVENTIONS)
    seq = _commitment(opened, case_id, "active_policies")
    with UnitOfWork(opened.store, opened.actor) as uow:
        choices = items_for(uow, ledger.entry(uow, seq))
    assert [item.kind for item in choices] == [
        "extracurricular_traineeship",
        "skills_certification",
    ]
    paid = _pay(opened, seq, PaymentItemRef(case_id, "work.interventions[1]"))
    assert paid.intervention == "work.interventions[1]"
    with UnitOfWork(opened.store, opened.actor) as uow:
        stored = ledger.entry(uow, paid.seq)
        listed = ledger.entries_of_case(uow, case_id)
    assert stored.intervention == "work.interventions[1]"
    assert listed[-1].intervention == "work.interventions[1]"


def test_a_payment_without_an_item_stays_as_before(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, TWO_INTERVENTIONS)
    paid = _pay(opened, _commitment(opened, case_id, "active_policies"), None)
    assert paid.intervention is None


@pytest.mark.parametrize(
    ("key", "fund", "error"),
    [
        ("passive_supports[0]", "active_policies", ItemOfAnotherFund),
        ("work.interventions[0]", "passive_policies", ItemOfAnotherFund),
        ("work.interventions[5]", "active_policies", ItemNotInProject),
        ("housing.entry_costs[0]", "active_policies", ItemNotInProject),
    ],
)
def test_an_item_not_of_this_commitment_is_refused_and_nothing_is_written(  # type: ignore[no-untyped-def]
    opened, case_id, key, fund, error
) -> None:
    validate_project(opened, case_id, TWO_INTERVENTIONS)
    seq = _commitment(opened, case_id, fund)
    before = _ledger_rows(opened)
    with pytest.raises(error) as refused:
        _pay(opened, seq, PaymentItemRef(case_id, key))
    assert refused.value.field == "intervention"
    assert _ledger_rows(opened) == before


def test_another_womans_intervention_is_refused_and_nothing_is_written(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, TWO_INTERVENTIONS)
    other = new_case(opened, 77)
    validate_project(opened, other, TWO_INTERVENTIONS)
    seq = _commitment(opened, case_id, "active_policies")
    before = _ledger_rows(opened)
    with pytest.raises(ItemOfAnotherCase):
        _pay(opened, seq, PaymentItemRef(other, "work.interventions[0]"))
    assert _ledger_rows(opened) == before


def test_the_item_of_an_erased_womans_payment_is_append_only_too(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, TWO_INTERVENTIONS)
    paid = _pay(
        opened,
        _commitment(opened, case_id, "active_policies"),
        PaymentItemRef(case_id, "work.interventions[1]"),
    )
    _erase(opened, case_id)
    _refused(opened, f"UPDATE ledger_entries SET intervention = NULL WHERE seq = {paid.seq}")  # noqa: S608
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert ledger.entry(uow, paid.seq).intervention == "work.interventions[1]"


@pytest.mark.parametrize(
    "key", ["work.interventions[7]", "passive_supports[0]"], ids=["not-in-project", "other-fund"]
)
def test_the_bulk_import_refuses_an_item_a_typed_payment_could_not_name(  # type: ignore[no-untyped-def]
    opened, case_id, key: str
) -> None:
    validate_project(opened, case_id, TWO_INTERVENTIONS)
    seq = _commitment(opened, case_id, "active_policies")
    with UnitOfWork(opened.store, opened.actor) as uow:
        commitment = ledger.entry(uow, seq)
        last = max(e.seq for e in ledger.entries_of_case(uow, case_id))
    payment = replace(
        commitment,
        seq=last + 1,
        kind="disbursement",
        amount=10_000,
        revision=None,
        commitment_seq=seq,
        payee="la beneficiaria",
        document_ref="mandato 12",
        note="",
        intervention=key,
    )
    before = _ledger_rows(opened)
    with (
        pytest.raises(LedgerInconsistent) as refused,
        UnitOfWork(opened.store, opened.actor) as uow,
    ):
        ledger_import.import_entries(uow, [payment])
    assert f"La voce n. {payment.seq} nomina un intervento" in str(refused.value)
    assert _ledger_rows(opened) == before
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert ledger_import.import_entries(
            uow, [replace(payment, intervention="work.interventions[1]")]
        )
    assert _ledger_rows(opened)[-1][-1] == "work.interventions[1]"
