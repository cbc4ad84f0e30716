"""Erasure through the services: who may erase what and when, what the tombstone keeps, and that
every refusal leaves the store exactly as it was."""

from __future__ import annotations

import json
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import sqlcipher3

from antiviolenza_desktop.domain.audit.actions import details_summary
from antiviolenza_desktop.domain.case import retention as retention
from antiviolenza_desktop.domain.errors import InvalidInput, PermissionDenied
from antiviolenza_desktop.domain.exchange.pseudonyms import woman_pseudonym
from antiviolenza_desktop.exchange.snapshot import build_snapshot
from antiviolenza_desktop.reports.financial_report_data import financial_report
from antiviolenza_desktop.reports.ledger_csv import ledger_csv_bytes
from antiviolenza_desktop.services import erasure, exchange_records, ledger, retention_due
from antiviolenza_desktop.services.intake import CaseNotFound, load_case, update_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from tests.erasure_support import MARKER, case_tables, conclude, marked_case, plain_case
from tests.funds_support import TODAY

NETWORK_KEY = bytes(range(32))
CREATED = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
OPERATOR = Actor(user_id=None, login="operatrice", role="operator")


def _dump(opened: OpenStore) -> dict[str, list[Any]]:
    return case_tables(opened.store, "audit_log")


def _code(opened: OpenStore, case_id: int) -> str:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return load_case(uow, case_id=case_id).code


def _erase(
    opened: OpenStore,
    case_id: int,
    reason: str,
    typed: str | None = None,
    *,
    actor: Actor | None = None,
) -> erasure.ErasedCase:
    with UnitOfWork(opened.store, actor or opened.actor) as uow:
        return erasure.erase_case(
            uow,
            case_id=case_id,
            reason=reason,
            typed_code=_code(opened, case_id) if typed is None else typed,
            today=TODAY,
        )


def _enrol(opened: OpenStore) -> None:
    enrolment = exchange_records.Enrolment(
        "cremonese",
        "p",
        "0" * 64,
        b"s" * 32,
        "sk",
        b"e" * 32,
        "ek",
        NETWORK_KEY,
        "nk",
        "2026-01-01T00:00:00+00:00",
        1,
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        exchange_records.save_enrolment(uow, enrolment)


def test_erasing_on_request_keeps_the_tombstone_and_the_money(opened: OpenStore) -> None:
    _enrol(opened)
    case_id, cf = marked_case(opened)
    code = _code(opened, case_id)
    with UnitOfWork(opened.store, opened.actor) as uow:
        money_before = [(e.seq, e.case_code, e.amount, e.kind) for e in ledger.all_entries(uow)]
    erased = erasure.erase_case_and_checkpoint(
        opened, case_id=case_id, reason="richiesta", typed_code=f" {code.lower()} ", today=TODAY
    )
    assert (erased.code, erased.reason) == (code, "richiesta") and erased.rows_deleted >= 2
    dump = _dump(opened)
    (row,) = [r for r in dump["cases"] if r[0] == case_id]
    assert code in row and MARKER not in repr(row) and cf not in repr(row)
    assert all(r[1] != case_id for r in dump["case_children"])
    for table in ("assessments", "project_revisions", "project_events"):
        assert all(case_id not in r[:2] for r in dump[table]), table
    stages = {r[1]: r[2] for r in dump["case_stage_dates"] if r[0] == case_id}
    assert stages["dropped_out"] == TODAY.isoformat() and "taken_in_charge" in stages
    assert "dropped_out" in row
    with UnitOfWork(opened.store, opened.actor) as uow:
        entries = ledger.all_entries(uow)
        assert [(e.seq, e.case_code, e.amount, e.kind) for e in entries] == money_before
        csv = ledger_csv_bytes(entries)
        report = repr(financial_report(uow, today=TODAY, with_ledger=True))
        snapshot = build_snapshot(uow, network_key=NETWORK_KEY, sequence=1, created_at=CREATED)
    assert code.encode() in csv and MARKER.encode() not in csv
    assert code in report and MARKER not in report and cf not in report
    text = json.dumps(snapshot)
    assert MARKER not in text and snapshot["totals"]["women"] == 1
    assert woman_pseudonym(NETWORK_KEY, cf) not in [c["pseudonym"] for c in snapshot["cases"]]
    audit = dump["audit_log"][-1]
    assert "caso.dati_eliminati" in audit and code in audit[7] and MARKER not in repr(audit)


def test_the_kept_pseudonym_counts_her_once_with_her_other_path(opened: OpenStore) -> None:
    _enrol(opened)
    first, cf = marked_case(opened, with_project=False)
    _erase(opened, first, "richiesta")
    second = plain_case(opened, 31)
    with UnitOfWork(opened.store, opened.actor) as uow:
        draft = load_case(uow, case_id=second).draft
        update_case(uow, case_id=second, draft=replace(draft, codice_fiscale=cf), today=TODAY)
        snapshot = build_snapshot(uow, network_key=NETWORK_KEY, sequence=1, created_at=CREATED)
    assert snapshot["totals"]["women"] == 1


def test_the_tombstone_is_final_at_the_database(opened: OpenStore) -> None:
    """The backstop under the services' `CaseErased` (tests/test_erasure_guards.py)."""
    case_id, _cf = marked_case(opened, with_project=False)
    _erase(opened, case_id, "richiesta")
    with (
        closing(opened.store.raw_connection()) as connection,
        pytest.raises(sqlcipher3.IntegrityError, match="erased case is final"),
    ):
        connection.execute("UPDATE cases SET first_name = 'X' WHERE id = ?", (case_id,))
    with (
        closing(opened.store.raw_connection()) as connection,
        pytest.raises(sqlcipher3.IntegrityError, match="the case is erased"),
    ):
        connection.execute(
            "INSERT INTO project_events (case_id, kind, on_date, document, created_at) "
            "VALUES (?, 'monitoring', '2026-01-01', '{}', '2026-01-01')",
            (case_id,),
        )


def test_the_refusals_leave_the_store_unchanged(opened: OpenStore) -> None:
    open_case, _cf = marked_case(opened)
    recent = plain_case(opened, 21)
    conclude(opened, recent, TODAY - timedelta(days=30))
    before = _dump(opened)
    refusals = [
        (open_case, "scadenza", None, None, retention.CaseNotClosed),
        (recent, "scadenza", None, None, retention.RetentionNotExpired),
        (open_case, "richiesta", None, OPERATOR, PermissionDenied),
        (open_case, "richiesta", "CRE-1999-0001", None, retention.ConfirmationMismatch),
        (open_case, "oblio", None, None, retention.UnknownErasureReason),
    ]
    for case_id, reason, typed, actor, error in refusals:
        with pytest.raises(error):
            _erase(opened, case_id, reason, typed, actor=actor)
        assert _dump(opened) == before, error.__name__
    with pytest.raises(CaseNotFound), UnitOfWork(opened.store, opened.actor) as uow:
        erasure.erase_case(uow, case_id=9999, reason="richiesta", typed_code="X", today=TODAY)
    assert _dump(opened) == before


def test_a_case_is_erased_once(opened: OpenStore) -> None:
    case_id, _cf = marked_case(opened, with_project=False)
    _erase(opened, case_id, "richiesta")
    before = _dump(opened)
    with pytest.raises(retention.CaseAlreadyErased):
        _erase(opened, case_id, "richiesta")
    assert _dump(opened) == before


def test_cases_due_follow_the_retention_period(opened: OpenStore) -> None:
    old = plain_case(opened, 41, closed_years_ago=6)
    middle = plain_case(opened, 42, closed_years_ago=2)
    plain_case(opened, 43)
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert retention_due.retention_years(uow) == retention.DEFAULT_RETENTION_YEARS
        assert [d.case_id for d in retention_due.due_for_erasure(uow, today=TODAY)] == [old]
        retention_due.set_retention_years(uow, years=1)
        assert [d.case_id for d in retention_due.due_for_erasure(uow, today=TODAY)] == [old, middle]
    _erase(opened, old, "scadenza")
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert [d.case_id for d in retention_due.due_for_erasure(uow, today=TODAY)] == [middle]


def test_the_retention_setting_is_checked_and_the_coordinator_s(opened: OpenStore) -> None:
    before = _dump(opened)
    for years in (0, 31):
        with pytest.raises(InvalidInput), UnitOfWork(opened.store, opened.actor) as uow:
            retention_due.set_retention_years(uow, years=years)
    with pytest.raises(PermissionDenied), UnitOfWork(opened.store, OPERATOR) as uow:
        retention_due.set_retention_years(uow, years=3)
    with pytest.raises(PermissionDenied), UnitOfWork(opened.store, OPERATOR) as uow:
        retention_due.due_for_erasure(uow, today=TODAY)
    assert _dump(opened) == before


def test_a_running_project_keeps_the_path_open() -> None:
    day = date(2020, 2, 29)
    assert retention.closed_on("concluded", day, True, None) is None
    assert retention.closed_on("taken_in_charge", day, False, None) is None
    assert retention.closed_on("dropped_out", day, False, date(2020, 5, 1)) == date(2020, 5, 1)
    assert retention.erasable_from(day, 5) == date(2025, 2, 28)


def test_the_audit_viewer_says_why_a_case_was_erased() -> None:
    summary = details_summary({"motivo": retention.REASON_RESTORE, "righe_eliminate": 3})
    assert "riapplicata dopo il ripristino di una copia" in summary
    assert "richiesta dell'interessata" in details_summary({"motivo": "richiesta"})
