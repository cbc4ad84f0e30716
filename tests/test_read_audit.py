"""Audit of reads (issue 12, GDPR art. 5, 9, 32): opening her record, a list that shows her
(the case list, the waiting list), a print of her form and an export each leave a chained entry
with the user, the time and her case code, never her name; a failed audit write shows nothing
of hers."""

from __future__ import annotations

import json
from contextlib import closing
from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import IntegrityError

from antiviolenza_desktop.domain.audit.actions import (
    READ_LIST,
    READ_PRINT,
    READ_RECORD,
    SHOWN_IN_WAITING_LIST,
)
from antiviolenza_desktop.reports.case_prints import blank_referral, project_print, referral_print
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.case_list import CaseListQuery, CaseListSource
from antiviolenza_desktop.services.demo import fill_with_synthetic_cases
from antiviolenza_desktop.services.intake import CaseNotFound, load_case
from antiviolenza_desktop.services.read_audit import ShownCases, open_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.services.users import insert_user
from antiviolenza_desktop.services.waiting_list import WAITING_LINES, WaitingListSource
from tests.funds_support import validate_project, work_project
from tests.test_services_projects import TODAY

AuditTuple = tuple[int, str, str | None, str, str | None, str]


def audit_rows(opened: OpenStore) -> list[AuditTuple]:
    with closing(opened.store.raw_connection()) as connection:
        return connection.execute(
            "SELECT seq, at, actor, action, entity_id, details FROM audit_log ORDER BY seq"
        ).fetchall()


def reads(
    opened: OpenStore, action: str
) -> list[tuple[int, str, str | None, str, str | None, str]]:
    return [row for row in audit_rows(opened) if row[3] == action]


def her(opened: OpenStore, case_id: int) -> tuple[str, str, str]:
    with UnitOfWork(opened.store, opened.actor) as uow:
        draft = load_case(uow, case_id=case_id).draft
    return draft.first_name, draft.last_name, draft.codice_fiscale or ""


def code_of(opened: OpenStore, case_id: int) -> str:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return load_case(uow, case_id=case_id).code


def operator(opened: OpenStore) -> OpenStore:
    """The same store as seen by an operator (a user row; no key slot needed here)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        insert_user(uow.session, login="op.una", display_name="Operatrice Una", role="operator")
    return OpenStore(opened.store, actor_for(opened.store, "op.una"))


def assert_nothing_of_her(opened: OpenStore, case_id: int) -> None:
    text = json.dumps(audit_rows(opened))
    for part in her(opened, case_id):
        if part:
            assert part not in text


def test_opening_her_record_is_audited_with_user_time_and_code(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    before = datetime.now(UTC).isoformat(timespec="microseconds")
    by_operator = operator(opened)
    with UnitOfWork(by_operator.store, by_operator.actor) as uow:
        view = open_case(uow, case_id=case_id)
    [(seq, at, actor, _action, entity_id, details)] = reads(opened, READ_RECORD)
    assert actor == "op.una" and at >= before and entity_id == str(case_id)
    assert json.loads(details) == {"codice": view.code}
    assert_nothing_of_her(opened, case_id)
    report = audit.verify(opened.store)
    assert report.intact and report.checked == seq


def test_a_missing_case_records_no_read(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CaseNotFound), UnitOfWork(opened.store, opened.actor) as uow:
        open_case(uow, case_id=case_id + 100)
    assert reads(opened, READ_RECORD) == []


def _refuse_audit_inserts(opened: OpenStore) -> None:
    with closing(opened.store.raw_connection()) as connection:
        connection.execute(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit refused'); END"
        )
        connection.commit()


def test_a_failed_audit_write_gives_no_data(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    before = audit_rows(opened)
    _refuse_audit_inserts(opened)
    with pytest.raises(IntegrityError), UnitOfWork(opened.store, opened.actor) as uow:
        open_case(uow, case_id=case_id)
    source = CaseListSource(opened)
    ids = source.ids(CaseListQuery())
    with pytest.raises(IntegrityError):
        source.rows(ids)
    assert audit_rows(opened) == before


def test_the_list_records_each_woman_shown_once_per_window(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    source = CaseListSource(opened)
    ids = source.ids(CaseListQuery(search=code_of(opened, case_id)))
    assert reads(opened, READ_LIST) == []  # typing a search shows no one yet
    rows = source.rows(ids)
    [(_seq, _at, actor, _action, _id, details)] = reads(opened, READ_LIST)
    assert actor == "coord"
    assert json.loads(details) == {"casi": 1, "codici": [rows[case_id].code]}
    source.rows(ids)
    source.rows(source.ids(CaseListQuery()))
    assert len(reads(opened, READ_LIST)) == 1
    assert_nothing_of_her(opened, case_id)
    assert audit.verify(opened.store).intact


def test_the_window_forgets_after_its_time() -> None:
    now = [1000.0]
    shown = ShownCases(window_seconds=600, clock=lambda: now[0])
    shown.mark(["CRE-2026-0001"])
    assert shown.unrecorded(["CRE-2026-0001", "CRE-2026-0002"]) == ["CRE-2026-0002"]
    now[0] += 599
    assert shown.unrecorded(["CRE-2026-0001"]) == []
    now[0] += 1
    assert shown.unrecorded(["CRE-2026-0001"]) == ["CRE-2026-0001"]


def test_printing_her_forms_is_audited_blank_forms_are_not(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    code = code_of(opened, case_id)
    with UnitOfWork(opened.store, opened.actor) as uow:
        blank_referral(uow, today=TODAY)
    assert reads(opened, READ_PRINT) == []
    with UnitOfWork(opened.store, opened.actor) as uow:
        referral_print(uow, case_id=case_id, today=TODAY)
    validate_project(opened, case_id, work_project(100_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert project_print(uow, case_id=case_id, today=TODAY) is not None
    printed = [json.loads(row[5]) for row in reads(opened, READ_PRINT)]
    assert printed == [
        {"codice": code, "modulo": "scheda_segnalazione"},
        {"codice": code, "modulo": "progetto_personalizzato"},
    ]
    assert_nothing_of_her(opened, case_id)
    assert audit.verify(opened.store).intact


def test_every_action_the_code_writes_has_italian_words() -> None:
    """The viewer, the CSV and `audit list` show each action in words, never a bare code."""
    import re
    from pathlib import Path

    import antiviolenza_desktop
    from antiviolenza_desktop.domain.audit.actions import ACTION_LABELS
    from antiviolenza_desktop.domain.ledger.entries import KINDS

    root = Path(antiviolenza_desktop.__file__).parent
    written = {
        match
        for path in root.rglob("*.py")
        for match in re.findall(r'action="([a-z_]+\.[a-z_]+)"', path.read_text(encoding="utf-8"))
    }
    written |= {f"fondi.{kind}" for kind in KINDS}
    assert written and written <= set(ACTION_LABELS), sorted(written - set(ACTION_LABELS))


def test_details_read_as_words_and_leave_codes_to_their_column() -> None:
    from antiviolenza_desktop.domain.audit.actions import details_summary

    ledger = {"voce": 85, "tipo": "disbursement", "fondo": "active_policies", "importo": 24_100}
    assert details_summary(ledger) == (
        "fondo: Fondo politiche attive; importo: € 241,00; tipo: erogazione; voce: 85"
    )
    export = {"esportazione": "registro_fondi", "casi": 2, "codici": ["CRE-1", "CRE-2"]}
    assert details_summary(export) == "casi: 2; esportazione: registro dei fondi in CSV"


def test_only_a_coordinator_reads_the_audit_log(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    from antiviolenza_desktop.domain.errors import PermissionDenied
    from antiviolenza_desktop.services import audit_query

    by_operator = operator(opened)
    entries = audit_rows(opened)
    with pytest.raises(PermissionDenied), UnitOfWork(by_operator.store, by_operator.actor) as uow:
        audit_query.audit_seqs(uow, wanted=audit_query.AuditFilter())
    with pytest.raises(PermissionDenied), UnitOfWork(by_operator.store, by_operator.actor) as uow:
        audit_query.audit_rows(uow, seqs=[1])
    assert audit_rows(opened) == entries
    with UnitOfWork(opened.store, opened.actor) as uow:
        wanted = audit_query.AuditFilter(case_code=code_of(opened, case_id))
        assert audit_query.audit_seqs(uow, wanted=wanted) == [entries[-1][0]]


def _waiting_reads(opened: OpenStore) -> list[AuditTuple]:
    return [
        row
        for row in reads(opened, READ_LIST)
        if json.loads(row[5]).get("elenco") == SHOWN_IN_WAITING_LIST
    ]


def test_the_waiting_list_records_the_women_it_shows_once_per_window(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    fill_with_synthetic_cases(opened, 6)
    source = WaitingListSource(operator(opened))
    ranked = source.lists()
    shown = [entry.ranked.facts.case_code for line in WAITING_LINES for entry in ranked[line]]
    assert code_of(opened, case_id) in shown
    [(_seq, _at, actor, _action, _id, details)] = reads(opened, READ_LIST)
    assert actor == "op.una"
    assert json.loads(details) == {
        "casi": len(set(shown)),
        "codici": list(dict.fromkeys(shown)),
        "elenco": SHOWN_IN_WAITING_LIST,
    }
    assert source.lists() == ranked  # shown again within ten minutes: nothing new recorded
    assert len(_waiting_reads(opened)) == 1
    assert_nothing_of_her(opened, case_id)
    assert audit.verify(opened.store).intact


def test_the_waiting_list_is_not_read_when_its_audit_fails(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    before = audit_rows(opened)
    _refuse_audit_inserts(opened)
    with pytest.raises(IntegrityError):
        WaitingListSource(opened).lists()
    assert audit_rows(opened) == before


def test_the_waiting_list_entry_reads_as_words() -> None:
    from antiviolenza_desktop.domain.audit.actions import details_summary

    details = {"casi": 2, "codici": ["CRE-1", "CRE-2"], "elenco": SHOWN_IN_WAITING_LIST}
    assert details_summary(details) == "casi: 2; elenco: lista d'attesa (linee 1 e 2)"
