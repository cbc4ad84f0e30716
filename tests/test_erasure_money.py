"""An erasure and the money: the per-woman caps still count what she received on an erased
path (through the tombstone's woman key), and the ledger loses her free text (payee, note)
but keeps codes, amounts and document numbers, append-only for everything else."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace

import pytest
import sqlcipher3

from antiviolenza_desktop.domain.ledger.entries import CommitmentOverCap, LedgerEntry
from antiviolenza_desktop.reports.financial_report_data import financial_report
from antiviolenza_desktop.reports.ledger_csv import ledger_csv_bytes
from antiviolenza_desktop.services import erasure, ledger, ledger_import, ledger_writes
from antiviolenza_desktop.services.intake import load_case, record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.funds_support import TODAY, validate_project, work_project

ADDRESS_NOTE = "Affitto di via Zqxmarker 5"
LANDLORD = "Zqxmarker Immobiliare"


def _erase(opened: OpenStore, case_id: int) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=case_id).code
        erasure.erase_case(uow, case_id=case_id, reason="richiesta", typed_code=code, today=TODAY)


def _her_second_path(opened: OpenStore, first: int) -> int:
    """The same woman (same CF) back on a new path, recorded after her first was erased."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        draft = load_case(uow, case_id=first).draft
    _erase(opened, first)
    with UnitOfWork(opened.store, opened.actor) as uow:
        return record_case(uow, draft=replace(draft, referral_date=TODAY), today=TODAY).case_id


def test_the_cap_still_counts_what_she_received_on_an_erased_path(
    opened: OpenStore, case_id: int
) -> None:
    validate_project(opened, case_id, work_project(200_000))
    second = _her_second_path(opened, case_id)
    with pytest.raises(CommitmentOverCap) as refused:
        validate_project(opened, second, work_project(100_001))
    assert "€ 3.000,01" in refused.value.message
    validate_project(opened, second, work_project(100_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        keys = {erasure.read_erasures(uow).tombstones[0].woman_key}
        assert None not in keys and ledger.committed_on_fund(uow, "active_policies") == 300_000


def test_the_bulk_import_counts_an_erased_path_too(opened: OpenStore, case_id: int) -> None:
    validate_project(opened, case_id, work_project(200_000))
    second = _her_second_path(opened, case_id)
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=second).code
    row = LedgerEntry(2, second, code, "active_policies", "commitment", 100_001, TODAY)
    with (
        pytest.raises(ledger_writes.LedgerInconsistent) as refused,
        UnitOfWork(opened.store, opened.actor) as uow,
    ):
        ledger_import.import_entries(uow, [row])
    assert "€ 3.000,01" in refused.value.message
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert ledger_import.import_entries(uow, [replace(row, amount=100_000)]) == 1


def _pay(opened: OpenStore) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_writes.record_disbursement(
            uow,
            commitment_seq=1,
            amount=10_000,
            on=TODAY,
            payee=LANDLORD,
            document_ref="MAND-7",
            note=ADDRESS_NOTE,
        )


def test_the_erasure_empties_payee_and_note_and_keeps_the_accounts(
    opened: OpenStore, case_id: int
) -> None:
    validate_project(opened, case_id, work_project(150_000))
    _pay(opened)
    _erase(opened, case_id)
    with UnitOfWork(opened.store, opened.actor) as uow:
        entries = ledger.all_entries(uow)
        csv = ledger_csv_bytes(entries)
        report = repr(financial_report(uow, today=TODAY, with_ledger=True))
    payment = entries[-1]
    kept = (payment.kind, payment.amount, payment.document_ref, payment.payee, payment.note)
    assert kept == ("disbursement", 10_000, "MAND-7", "", "")
    assert b"Zqxmarker" not in csv and b"MAND-7" in csv and "Zqxmarker" not in report
    with UnitOfWork(opened.store, opened.actor) as uow:  # her money still moves
        ledger_writes.record_disbursement(
            uow, commitment_seq=1, amount=1_000, on=TODAY, payee="Fornitore", document_ref="M8"
        )


def _refused(opened: OpenStore, statement: str) -> None:
    with (
        closing(opened.store.raw_connection()) as connection,
        pytest.raises(sqlcipher3.IntegrityError, match="append-only"),
    ):
        connection.execute(statement)


def test_the_ledger_allows_no_other_update(opened: OpenStore, case_id: int) -> None:
    validate_project(opened, case_id, work_project(150_000))
    _pay(opened)
    _refused(opened, "UPDATE ledger_entries SET payee = '', note = '' WHERE seq = 2")  # not erased
    _erase(opened, case_id)
    for statement in (
        "UPDATE ledger_entries SET amount = 1 WHERE seq = 2",
        "UPDATE ledger_entries SET document_ref = '' WHERE seq = 2",
        "UPDATE ledger_entries SET note = 'altro' WHERE seq = 2",
        "UPDATE ledger_entries SET on_date = '2000-01-01' WHERE seq = 2",
        "DELETE FROM ledger_entries WHERE seq = 2",
    ):
        _refused(opened, statement)
