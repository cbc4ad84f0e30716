"""The demo store carries money: validated projects commit on every fund, payments, one
reversal, a sound ledger whose SQL totals equal the rules', and nothing more on reopening."""

from __future__ import annotations

from pathlib import Path

from antiviolenza_desktop.domain.funds.allocation import allocations_of, caps_of
from antiviolenza_desktop.domain.ledger.entries import fund_totals
from antiviolenza_desktop.domain.ledger.invariants import invariant_violations
from antiviolenza_desktop.services import fund_settings, ledger, projects
from antiviolenza_desktop.services.demo import open_or_create_demo
from antiviolenza_desktop.services.demo_funds import PROJECTS
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def test_the_demo_store_has_commitments_payments_and_one_reversal(tmp_path: Path) -> None:
    opened, created = open_or_create_demo(tmp_path / "demo.avdb")
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            entries = ledger.all_entries(uow)
            setups = fund_settings.current_setups(uow)
            totals = ledger.totals(uow)
            validated = {
                entry.case_id
                for entry in entries
                if projects.revisions_of(uow, case_id=entry.case_id)[-1].status == "validated"
            }
    finally:
        opened.store.close()
    assert created
    allocations = allocations_of(setups)
    assert invariant_violations(entries, allocations=allocations, caps=caps_of(setups)) == []
    assert totals == fund_totals(entries, allocations)
    assert all(0 <= fund.disbursed <= fund.committed <= fund.allocated for fund in totals)
    assert all(fund.committed > 0 for fund in totals)
    assert sum(fund.disbursed for fund in totals) > 0
    assert [e.kind for e in entries].count("reversal") == 1
    assert len(validated) == PROJECTS
    reopened, created_again = open_or_create_demo(tmp_path / "demo.avdb")
    with UnitOfWork(reopened.store, reopened.actor) as uow:
        assert ledger.last_seq(uow) == len(entries)
    reopened.store.close()
    assert not created_again
