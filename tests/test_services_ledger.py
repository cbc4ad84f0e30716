"""The fund ledger through the services, on a real encrypted store: every write is checked,
audited and atomic, refusals leave the store as it was, and the SQL totals equal the rules'."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace
from datetime import timedelta

import pytest
import sqlcipher3

from antiviolenza_desktop.domain.errors import AppError, PermissionDenied
from antiviolenza_desktop.domain.funds.allocation import (
    AllocationAboveProvince,
    AllocationBelowCommitments,
    CapBelowCommitments,
    CapFixedByProgramme,
    CapNotPositive,
    FundOverride,
    allocations_of,
    check_override,
    default_setup,
)
from antiviolenza_desktop.domain.funds.reversal import ReversalBeforeRow, ReversalInFuture
from antiviolenza_desktop.domain.ledger.entries import (
    AllocationExceeded,
    AlreadyReversed,
    CommitmentHasDisbursements,
    CommitmentOverCap,
    CommitmentReversed,
    DisbursementOverResidual,
    EntryNotFound,
    LedgerEntry,
    fund_totals,
)
from antiviolenza_desktop.domain.name_guard import WomanNamedInText
from antiviolenza_desktop.services import (
    cofinancing,
    fund_settings,
    ledger,
    ledger_import,
    ledger_writes,
    projects,
    register_reversal,
)
from antiviolenza_desktop.services.intake import load_case, record_case, update_case
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from tests.funds_support import TODAY, new_case, validate_project, work_project


def _entries(opened) -> list[LedgerEntry]:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        return ledger.all_entries(uow)


_COUNTS = {
    table: f"SELECT count(*) FROM {table}"  # noqa: S608 - fixed table names
    for table in ("ledger_entries", "fund_settings", "audit_log")
}


def _row_count(opened, table: str) -> int:  # type: ignore[no-untyped-def]
    with closing(opened.store.raw_connection()) as connection:
        return connection.execute(_COUNTS[table]).fetchone()[0]


def test_validating_a_project_commits_its_amounts_per_fund(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000, 20_000))
    entries = _entries(opened)
    assert [(e.kind, e.fund, e.amount, e.revision) for e in entries] == [
        ("commitment", "active_policies", 150_000, 1),
        ("commitment", "passive_policies", 20_000, 1),
    ]
    with UnitOfWork(opened.store, opened.actor) as uow:
        totals = {t.fund: t for t in ledger.totals(uow)}
    active = totals["active_policies"]
    # the active fund is the Provincia's, whole for every store (not a third of it)
    assert (active.allocated, active.committed, active.disbursed) == (3_000_000, 150_000, 0)
    assert active.available == 2_850_000


def test_a_new_revision_reverses_the_old_commitments_and_commits_anew(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000, 20_000))
    validate_project(opened, case_id, work_project(200_000))
    entries = _entries(opened)
    assert [(e.seq, e.kind, e.amount, e.reverses_seq) for e in entries] == [
        (1, "commitment", 150_000, None),
        (2, "commitment", 20_000, None),
        (3, "reversal", 150_000, 1),
        (4, "reversal", 20_000, 2),
        (5, "commitment", 200_000, None),
    ]
    with UnitOfWork(opened.store, opened.actor) as uow:
        totals = {t.fund: t.committed for t in ledger.totals(uow)}
    assert totals == {"active_policies": 200_000, "passive_policies": 0, "housing_autonomy": 0}


def test_payments_draw_on_a_commitment_up_to_its_residual(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        payment = ledger_writes.record_disbursement(
            uow,
            commitment_seq=1,
            amount=100_000,
            on=TODAY,
            payee="Ente di formazione",
            document_ref="Fattura 12/2026",
        )
    assert payment.seq == 2 and payment.payee == "Ente di formazione"
    before = _entries(opened)
    with (
        pytest.raises(DisbursementOverResidual) as refused,
        UnitOfWork(opened.store, opened.actor) as uow,
    ):
        ledger_writes.record_disbursement(
            uow, commitment_seq=1, amount=50_001, on=TODAY, payee="Lei", document_ref="R1"
        )
    assert "€ 500,01" in refused.value.message and "€ 500,00" in refused.value.message
    assert _entries(opened) == before


def test_a_revision_after_payments_is_refused_until_they_are_reversed(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_writes.record_disbursement(
            uow, commitment_seq=1, amount=10_000, on=TODAY, payee="Lei", document_ref="M1"
        )
    with pytest.raises(CommitmentHasDisbursements):
        validate_project(opened, case_id, work_project(100_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        history = projects.revisions_of(uow, case_id=case_id)
    assert [r.status for r in history] == ["validated"]
    assert len(_entries(opened)) == 2
    with UnitOfWork(opened.store, opened.actor) as uow:
        register_reversal.reverse_row(
            uow, kind="ledger", row_id=2, day=TODAY, reason="Mandato errato"
        )
    validate_project(opened, case_id, work_project(100_000))
    assert [e.kind for e in _entries(opened)] == [
        "commitment",
        "disbursement",
        "reversal",
        "reversal",
        "commitment",
    ]


def test_reversals_are_refused_twice_on_unknown_entries_and_block_payments(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        register_reversal.reverse_row(uow, kind="ledger", row_id=1, day=TODAY, reason="Errore")
    with pytest.raises(AlreadyReversed), UnitOfWork(opened.store, opened.actor) as uow:
        register_reversal.reverse_row(uow, kind="ledger", row_id=1, day=TODAY, reason="Di nuovo")
    with pytest.raises(EntryNotFound), UnitOfWork(opened.store, opened.actor) as uow:
        register_reversal.reverse_row(uow, kind="ledger", row_id=99, day=TODAY, reason="?")
    with pytest.raises(CommitmentReversed), UnitOfWork(opened.store, opened.actor) as uow:
        ledger_writes.record_disbursement(
            uow, commitment_seq=1, amount=1, on=TODAY, payee="Lei", document_ref="M2"
        )
    assert len(_entries(opened)) == 2


def test_a_fund_is_never_committed_beyond_the_ambito_share(opened) -> None:  # type: ignore[no-untyped-def]
    """The passive fund is split among the Ambiti: this store's third is € 4.666,67."""
    for seed in range(3):
        validate_project(opened, new_case(opened, seed), work_project(1, 140_000))
    fourth = new_case(opened, 3)
    with pytest.raises(AllocationExceeded) as refused:
        validate_project(opened, fourth, work_project(1, 46_668))
    message = refused.value.message
    assert "€ 4.666,68" in message and "€ 4.666,67" in message and "€ 466,67" in message
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert projects.revisions_of(uow, case_id=fourth) == []
        assert {t.fund: t.available for t in ledger.totals(uow)}["passive_policies"] == 46_667


def test_the_ledger_refuses_updates_and_deletes_at_the_database(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000))
    with closing(opened.store.raw_connection()) as connection:
        for statement in ("UPDATE ledger_entries SET amount = 1", "DELETE FROM ledger_entries"):
            with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="append-only"):
                connection.execute(statement)
    assert _row_count(opened, "ledger_entries") == 1


def test_sql_totals_equal_the_rules_over_the_whole_ledger(opened) -> None:  # type: ignore[no-untyped-def]
    cases = [new_case(opened, seed) for seed in range(4)]
    for number, case in enumerate(cases):
        validate_project(opened, case, work_project(50_000 * (number + 1), 10_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_writes.record_disbursement(
            uow, commitment_seq=1, amount=20_000, on=TODAY, payee="Lei", document_ref="A"
        )
        register_reversal.reverse_row(uow, kind="ledger", row_id=3, day=TODAY, reason="Errore")
        sql = ledger.totals(uow)
        setups = fund_settings.current_setups(uow)
        expected = fund_totals(ledger.all_entries(uow), allocations_of(setups))
    assert sql == expected


def test_fund_settings_are_checked_against_the_ledger(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000))
    with pytest.raises(AllocationBelowCommitments), UnitOfWork(opened.store, opened.actor) as uow:
        fund_settings.configure_fund(
            uow, fund="active_policies", allocation=149_999, cap_per_woman=None
        )
    with pytest.raises(AllocationAboveProvince), UnitOfWork(opened.store, opened.actor) as uow:
        fund_settings.configure_fund(
            uow, fund="active_policies", allocation=3_000_001, cap_per_woman=None
        )
    with pytest.raises(CapFixedByProgramme), UnitOfWork(opened.store, opened.actor) as uow:
        fund_settings.configure_fund(
            uow, fund="active_policies", allocation=1_200_000, cap_per_woman=500_000
        )
    with UnitOfWork(opened.store, opened.actor) as uow:
        setup = fund_settings.configure_fund(
            uow, fund="active_policies", allocation=1_200_000, cap_per_woman=None
        )
        housing = fund_settings.configure_fund(
            uow, fund="housing_autonomy", allocation=1_000_000, cap_per_woman=400_000
        )
    assert (setup.allocation, setup.rule) == (1_200_000, "manuale")
    assert housing.cap_per_woman == 400_000
    assert _row_count(opened, "fund_settings") == 2


def test_a_cap_below_a_woman_s_commitments_is_refused() -> None:
    setup = default_setup(load_default_programme(), "housing_autonomy", "cremonese")
    override = FundOverride(allocation=setup.allocation, rule="manuale", cap_per_woman=100_000)
    with pytest.raises(CapBelowCommitments) as refused:
        check_override(
            setup,
            override,
            fund_committed=250_000,
            largest_case=("CR-2026-0007", 150_000),
            programme_cap=None,
        )
    assert "CR-2026-0007" in refused.value.message and "€ 1.500,00" in refused.value.message


def test_operators_cannot_change_the_fund_settings(opened) -> None:  # type: ignore[no-untyped-def]
    operator = Actor(user_id=None, login="operatrice", role="operator")
    with pytest.raises(PermissionDenied), UnitOfWork(opened.store, operator) as uow:
        fund_settings.configure_fund(uow, fund="active_policies", allocation=0, cap_per_woman=None)


def test_every_ledger_write_is_audited(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    before = _row_count(opened, "audit_log")
    validate_project(opened, case_id, work_project(150_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_writes.record_disbursement(
            uow, commitment_seq=1, amount=10_000, on=TODAY, payee="Lei", document_ref="M"
        )
    with closing(opened.store.raw_connection()) as connection:
        actions = [
            row[0]
            for row in connection.execute(
                "SELECT action FROM audit_log WHERE action LIKE 'fondi.%' ORDER BY seq"
            )
        ]
    assert actions == ["fondi.commitment", "fondi.disbursement"]
    assert _row_count(opened, "audit_log") > before


def test_bulk_import_checks_the_whole_ledger_first(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with closing(opened.store.raw_connection()) as connection:
        code, first, last = connection.execute(
            "SELECT code, first_name, last_name FROM cases WHERE id = ?", (case_id,)
        ).fetchone()

    def payment(seq: int, amount: int, **changes) -> LedgerEntry:  # type: ignore[no-untyped-def]
        fields = {"commitment_seq": 1, "payee": "Fornitore", "document_ref": f"F{seq}"}
        fund, kind = "active_policies", "disbursement"
        return LedgerEntry(seq, case_id, code, fund, kind, amount, TODAY, **(fields | changes))

    good = [
        LedgerEntry(1, case_id, code, "active_policies", "commitment", 100_000, TODAY),
        payment(2, 40_000),
    ]
    attempts = [
        ([*good, payment(3, 70_000)], "€ 1.100,00", None),
        ([*good, payment(3, 1, payee="")], "non dice a chi", None),
        ([*good, payment(3, 1, payee=f"{first} {last}")], "nome o il codice fiscale", 3),
        ([replace(good[0], case_code="ALTRO"), good[1]], "non esiste", 1),
    ]
    for rows, words, keyed_seq in attempts:
        with (
            pytest.raises(ledger_writes.LedgerInconsistent) as refused,
            UnitOfWork(opened.store, opened.actor) as uow,
        ):
            ledger_import.import_entries(uow, rows)
        assert words in refused.value.message
        if keyed_seq is not None:  # the import's own checks are keyed: code and parameters
            finding = refused.value.findings[0]
            assert isinstance(finding, AppError) and finding.params == {"seq": keyed_seq}
            assert finding.code in {"voce_nomina_una_donna", "voce_di_caso_sconosciuto"}
    assert _row_count(opened, "ledger_entries") == 0
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert ledger_import.import_entries(uow, good) == 2
    assert [e.amount for e in _entries(opened)] == [100_000, 40_000]


def test_a_payment_needs_payee_document_and_a_date_between_commitment_and_today(
    opened, case_id
) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000))
    attempts = [
        ({"payee": "  ", "document_ref": "M1", "on": TODAY}, "beneficiario"),
        ({"payee": "Lei", "document_ref": "", "on": TODAY}, "documento"),
        ({"payee": "Lei", "document_ref": "M1", "on": TODAY - timedelta(days=1)}, "precedente"),
        ({"payee": "Lei", "document_ref": "M1", "on": TODAY + timedelta(days=1)}, "futuro"),
    ]
    for fields, words in attempts:
        with pytest.raises(AppError) as refused, UnitOfWork(opened.store, opened.actor) as uow:
            ledger_writes.record_disbursement(uow, commitment_seq=1, amount=1_000, **fields)
        assert words in refused.value.message
    assert len(_entries(opened)) == 1


def test_her_name_in_a_payment_or_a_narrative_is_refused(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000))
    with closing(opened.store.raw_connection()) as connection:
        first, last = connection.execute(
            "SELECT first_name, last_name FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
    for payee in (f"{first} {last}", f"{last.upper()} {first.lower()}"):
        with (
            pytest.raises(WomanNamedInText) as refused,
            UnitOfWork(opened.store, opened.actor) as uow,
        ):
            ledger_writes.record_disbursement(
                uow, commitment_seq=1, amount=1_000, on=TODAY, payee=payee, document_ref="M1"
            )
        assert refused.value.field == "payee" and "la beneficiaria" in refused.value.message
    with pytest.raises(WomanNamedInText), UnitOfWork(opened.store, opened.actor) as uow:
        cofinancing.set_narrative(
            uow, action_code="3.2-attive", text=f"Tirocinio di {first} {last}."
        )
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_writes.record_disbursement(
            uow,
            commitment_seq=1,
            amount=1_000,
            on=TODAY,
            payee=f"Cooperativa {last}",
            document_ref="M1",
        )
    assert len(_entries(opened)) == 2


def test_a_woman_who_came_back_has_one_cap_over_her_cases(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(200_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        first = load_case(uow, case_id=case_id).draft
        # She comes back once her first path is closed (an open one would refuse her CF).
        dates = {**first.stage_dates, "concluded": TODAY}
        closed = replace(first, stage="concluded", stage_dates=dates)
        update_case(uow, case_id=case_id, draft=closed, today=TODAY)
        again = replace(first, referral_date=TODAY)
        second = record_case(uow, draft=again, today=TODAY, not_duplicate_of=[case_id]).case_id
    with pytest.raises(CommitmentOverCap) as refused:
        validate_project(opened, second, work_project(100_001))
    message = refused.value.message
    assert "€ 3.000,01" in message and "altri casi" in message
    validate_project(opened, second, work_project(100_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        her = [e for e in ledger.all_entries(uow) if e.kind == "commitment"]
    assert sum(e.amount for e in her) == 300_000


def test_a_reversal_is_dated_between_its_entry_and_today(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000))
    for day, refusal in (
        (TODAY + timedelta(days=1), ReversalInFuture),
        (TODAY - timedelta(days=1), ReversalBeforeRow),
    ):
        with pytest.raises(refusal), UnitOfWork(opened.store, opened.actor) as uow:
            register_reversal.reverse_row(uow, kind="ledger", row_id=1, day=day, reason="Errore")
    assert len(_entries(opened)) == 1


def test_a_payment_on_an_entry_that_is_not_a_commitment_is_refused(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_writes.record_disbursement(
            uow, commitment_seq=1, amount=1_000, on=TODAY, payee="Lei", document_ref="M1"
        )
    with (
        pytest.raises(ledger_writes.EntryOfAnotherKind),
        UnitOfWork(opened.store, opened.actor) as uow,
    ):
        ledger_writes.record_disbursement(
            uow, commitment_seq=2, amount=1_000, on=TODAY, payee="Lei", document_ref="M2"
        )
    assert len(_entries(opened)) == 2


def test_a_cap_that_is_not_positive_is_refused() -> None:
    setup = default_setup(load_default_programme(), "housing_autonomy", "cremonese")
    override = FundOverride(allocation=setup.allocation, rule="manuale", cap_per_woman=0)
    with pytest.raises(CapNotPositive):
        check_override(setup, override, fund_committed=0, largest_case=None, programme_cap=None)


def test_a_reversal_needs_its_reason_in_the_service_not_only_in_the_dialog(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    validate_project(opened, case_id, work_project(150_000))
    codes = []
    for note in ("  ", "x" * 201):
        with pytest.raises(AppError) as refused, UnitOfWork(opened.store, opened.actor) as uow:
            register_reversal.reverse_row(uow, kind="ledger", row_id=1, day=TODAY, reason=note)
        codes.append(refused.value.code)
    assert codes == ["motivo_storno_obbligatorio", "motivo_storno_troppo_lungo"]
    assert len(_entries(opened)) == 1
