"""The fund operations on a real store, without Qt: reads, payments, register writes, exports."""

from __future__ import annotations

from dataclasses import replace

import pytest

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry
from antiviolenza_desktop.domain.funds.network_training import MemberEntry, TrainingEntry
from antiviolenza_desktop.domain.report_errors import LedgerEmpty
from antiviolenza_desktop.operations import financial_exports, fund_registers, funds_reading
from antiviolenza_desktop.operations.fund_registers import Payment
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import Actor
from tests.funds_support import TODAY, validate_project, work_project

PAYMENT = Payment(1, TODAY, 40_000, "la beneficiaria", "Mandato 1/2026")


def test_a_payment_answers_with_the_commitment_residual(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000))
    done = fund_registers.record_payment(opened, PAYMENT)
    assert (done.entry.kind, done.entry.amount, done.residual) == ("disbursement", 40_000, 110_000)
    listing = funds_reading.read_case_entries(opened, case_id)
    assert [e.seq for e in listing.entries] == [1, 2]
    assert listing.open_by_seq[1].residual == 110_000


def test_a_refused_payment_writes_nothing(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000))
    before = funds_reading.read_case_entries(opened, case_id)
    for wrong in (replace(PAYMENT, amount=150_001), replace(PAYMENT, item_number=99)):
        with pytest.raises(AppError):
            fund_registers.record_payment(opened, wrong)
    assert funds_reading.read_case_entries(opened, case_id) == before


def test_the_totals_and_the_dashboard_agree(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000))
    fund_registers.record_payment(opened, PAYMENT)
    view = funds_reading.read_totals(opened, TODAY)
    snapshot = funds_reading.read_funds(opened, TODAY)
    assert view.totals == snapshot.totals
    active = next(t for t in view.totals if t.fund == "active_policies")
    assert (active.committed, active.disbursed) == (150_000, 40_000)


def test_register_writes_and_their_read(opened) -> None:  # type: ignore[no-untyped-def]
    hours = HoursEntry(
        "Comune di Cremona", "Assistente sociale", "3.1", f"{TODAY:%Y-%m}", 60, 2_000
    )
    assert fund_registers.record_hours(opened, hours) == 1
    session = TrainingEntry(on=TODAY, topic="Modulo 1", minutes=120, participants={"cav": 3})
    fund_registers.record_training(opened, session)
    member = fund_registers.add_member(opened, MemberEntry("Centro Prova", "cav", TODAY))
    fund_registers.record_leaving(opened, member, TODAY)
    fund_registers.set_narrative(opened, "3.1", "Colloqui di orientamento")
    registers = funds_reading.read_registers(opened)
    assert len(registers.training) == 1 and registers.members[0].left_on == TODAY
    snapshot = funds_reading.read_funds(opened, TODAY)
    assert snapshot.hours[0].value == 2_000 and snapshot.narratives == {
        "3.1": "Colloqui di orientamento"
    }


def test_an_operator_writes_nothing(opened) -> None:  # type: ignore[no-untyped-def]
    operator = OpenStore(opened.store, Actor(user_id=None, login="op", role="operator"))
    assert not funds_reading.can_write(operator) and funds_reading.can_write(opened)
    with pytest.raises(AppError):
        fund_registers.set_narrative(operator, "3.1", "Testo")
    assert funds_reading.read_funds(opened, TODAY).narratives == {}


def test_the_ledger_csv_is_refused_when_empty_then_written(opened, case_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "registro.csv"
    with pytest.raises(LedgerEmpty):
        financial_exports.save_ledger_csv(opened, path=target)
    assert not target.exists()
    validate_project(opened, case_id, work_project(150_000))
    assert financial_exports.save_ledger_csv(opened, path=target) == 1
    assert target.exists()
