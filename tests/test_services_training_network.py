"""The training and network registers: refusals in Italian, coordinator-only writes, audit
entries with counts and codes only, reversals, the once-only leaving day (also enforced by
the table's trigger)."""

from __future__ import annotations

import json
from contextlib import closing
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from antiviolenza_desktop.domain.errors import AppError, PermissionDenied
from antiviolenza_desktop.domain.funds.network_training import (
    KIND_CODES,
    KINDS_BEFORE_3,
    DateInFuture,
    DateTooOld,
    LeftBeforeJoining,
    MemberEntry,
    NoParticipants,
    ParticipantsOutOfRange,
    SessionLengthOutOfRange,
    TrainingActionUnknown,
    TrainingEntry,
    TrainingTextRequired,
    UnknownBodyKind,
    participants_in_order,
)
from antiviolenza_desktop.domain.funds.reversal import ReversalReasonMissing
from antiviolenza_desktop.domain.payload.registers import network_figures, training_months
from antiviolenza_desktop.services import network_members, register_reversal, training
from antiviolenza_desktop.services.exchange_registers import members_in_force, training_in_force
from antiviolenza_desktop.services.network_members import MemberAlreadyLeft
from antiviolenza_desktop.services.reversible_rows import RowAlreadyReversed, RowNotFound
from antiviolenza_desktop.services.unit_of_work import Actor, UnitOfWork
from antiviolenza_desktop.store.schema import AuditLog, TrainingSession
from tests.funds_support import TODAY

OPERATOR = Actor(user_id=None, login="operatrice", role="operator")


def _session(**changes) -> TrainingEntry:  # type: ignore[no-untyped-def]
    fields = {"on": TODAY, "topic": "Modulo 1", "minutes": 180, "participants": {"cav": 4}}
    return TrainingEntry(**(fields | changes))


@pytest.mark.parametrize(
    ("changes", "refusal", "words"),
    [
        ({"on": TODAY + timedelta(days=1)}, DateInFuture, "è nel futuro"),
        ({"on": date(1999, 12, 31)}, DateTooOld, "controlla l'anno"),
        ({"action_code": "9.9"}, TrainingActionUnknown, "non è nel programma"),
        ({"topic": "  "}, TrainingTextRequired, "l'argomento"),
        ({"topic": "x" * 201}, TrainingTextRequired, "200 caratteri"),
        ({"minutes": 0}, SessionLengthOutOfRange, "più di zero"),
        ({"minutes": 24 * 60 + 1}, SessionLengthOutOfRange, "1440 minuti"),
        ({"participants": {"cav": -1}}, ParticipantsOutOfRange, "tra 0 e 1000"),
        ({"participants": {"cav": 1001}}, ParticipantsOutOfRange, "scritti: 1001"),
        ({"participants": {"parrocchia": 2}}, UnknownBodyKind, "non è previsto"),
        ({"participants": {"cav": 0}}, NoParticipants, "almeno un partecipante"),
    ],
)
def test_a_wrong_session_is_refused_in_italian(  # type: ignore[no-untyped-def]
    opened, changes, refusal, words
) -> None:
    with pytest.raises(refusal) as caught, UnitOfWork(opened.store, opened.actor) as uow:
        training.record_training(uow, entry=_session(**changes), today=TODAY)
    assert words in caught.value.message
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert training.training_register(uow) == []


def test_sessions_are_recorded_reversed_and_audited(opened) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        first = training.record_training(uow, entry=_session(), today=TODAY)
        training.record_training(
            uow, entry=_session(participants={"sanita": 2, "cav": 1}), today=TODAY
        )
    with UnitOfWork(opened.store, opened.actor) as uow:
        reversal = register_reversal.reverse_row(
            uow, kind="training", row_id=first, day=TODAY, reason="Sessione duplicata"
        )
    with UnitOfWork(opened.store, opened.actor) as uow:
        rows = training.training_register(uow)
        assert [(r.id, r.reverses_id, r.reversed_by) for r in rows] == [
            (first, None, reversal),
            (2, None, None),
            (reversal, first, None),
        ]
        in_force = training_in_force(uow)
        assert len(in_force) == 1 and in_force[0].topic == ""
        assert in_force[0].participants["sanita"] == 2
        details = [
            json.loads(row.details)
            for row in uow.session.scalars(
                select(AuditLog).where(AuditLog.action.like("formazione.%"))
            )
        ]
    assert details[0] == {"azione": "3.4", "minuti": 180, "partecipanti": 4, "riga": first}
    assert "Modulo" not in json.dumps(details)
    with pytest.raises(RowAlreadyReversed), UnitOfWork(opened.store, opened.actor) as uow:
        register_reversal.reverse_row(
            uow, kind="training", row_id=first, day=TODAY, reason="Ancora"
        )
    with pytest.raises(RowNotFound), UnitOfWork(opened.store, opened.actor) as uow:
        register_reversal.reverse_row(uow, kind="training", row_id=99, day=TODAY, reason="Nessuna")
    with pytest.raises(ReversalReasonMissing), UnitOfWork(opened.store, opened.actor) as uow:
        register_reversal.reverse_row(uow, kind="training", row_id=2, day=TODAY, reason=" ")


def test_members_join_leave_once_and_are_reversed(opened) -> None:  # type: ignore[no-untyped-def]
    joined = date(2025, 5, 1)
    with UnitOfWork(opened.store, opened.actor) as uow:
        cav = network_members.add_member(
            uow, entry=MemberEntry("Centro Prova", "cav", joined), today=TODAY
        )
        wrong = network_members.add_member(
            uow, entry=MemberEntry("Ente Sbagliato", "altro", joined), today=TODAY
        )
    with pytest.raises(LeftBeforeJoining), UnitOfWork(opened.store, opened.actor) as uow:
        network_members.record_leaving(uow, row_id=cav, left_on=date(2025, 4, 30), today=TODAY)
    with pytest.raises(DateInFuture), UnitOfWork(opened.store, opened.actor) as uow:
        network_members.record_leaving(
            uow, row_id=cav, left_on=TODAY + timedelta(days=1), today=TODAY
        )
    with UnitOfWork(opened.store, opened.actor) as uow:
        network_members.record_leaving(uow, row_id=cav, left_on=TODAY, today=TODAY)
        register_reversal.reverse_row(
            uow, kind="network", row_id=wrong, day=TODAY, reason="Inserito per errore"
        )
    with pytest.raises(MemberAlreadyLeft) as caught, UnitOfWork(opened.store, opened.actor) as uow:
        network_members.record_leaving(uow, row_id=cav, left_on=TODAY, today=TODAY)
    assert "storna la riga" in caught.value.message
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert members_in_force(uow) == [("cav", joined, TODAY)]
        rows = network_members.network_register(uow)
    assert [r.in_force for r in rows] == [True, False, False]


@pytest.mark.parametrize(
    ("entry", "refusal"),
    [
        (MemberEntry("", "cav", TODAY), TrainingTextRequired),
        (MemberEntry("Ente Prova", "parrocchia", TODAY), UnknownBodyKind),
        (MemberEntry("Ente Prova", "cav", TODAY + timedelta(days=3)), DateInFuture),
    ],
)
def test_a_wrong_member_is_refused(opened, entry, refusal) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(refusal) as caught, UnitOfWork(opened.store, opened.actor) as uow:
        network_members.add_member(uow, entry=entry, today=TODAY)
    assert isinstance(caught.value, AppError) and caught.value.field in (
        "name",
        "kind",
        "joined_on",
    )


def test_the_tables_refuse_edits_behind_the_services(opened) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        training.record_training(uow, entry=_session(), today=TODAY)
        network_members.add_member(
            uow, entry=MemberEntry("Centro Prova", "cav", TODAY), today=TODAY
        )
    with closing(opened.store.raw_connection()) as connection:
        for statement in (
            "UPDATE training_sessions SET minutes = 1",
            "DELETE FROM training_sessions",
            "DELETE FROM network_members",
            "UPDATE network_members SET name = 'Altro nome'",
            "UPDATE network_members SET left_on = '2026-01-01', kind = 'altro'",
        ):
            with pytest.raises(Exception, match=r"append-only|only left_on"):
                connection.execute(statement)
        connection.execute("UPDATE network_members SET left_on = '2026-01-01'")
        with pytest.raises(Exception, match="only left_on"):
            connection.execute("UPDATE network_members SET left_on = '2026-01-02'")
        connection.rollback()


def test_operators_do_not_write_the_registers(opened) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied), UnitOfWork(opened.store, OPERATOR) as uow:
        training.record_training(uow, entry=_session(), today=TODAY)
    with pytest.raises(PermissionDenied), UnitOfWork(opened.store, OPERATOR) as uow:
        network_members.add_member(
            uow, entry=MemberEntry("Centro Prova", "cav", TODAY), today=TODAY
        )


def test_rows_written_before_the_new_kinds_keep_reading(opened) -> None:  # type: ignore[no-untyped-def]
    """A session stored by the previous version names only the nine kinds it knew: it reads
    with the new kinds at zero, and it and an old member go into the bundle's figures."""
    old_counts = {kind: 0 for kind in KINDS_BEFORE_3} | {"cav": 3, "sanita": 1}
    with UnitOfWork(opened.store, opened.actor) as uow:
        uow.session.add(
            TrainingSession(
                on_date="2025-05-06",
                action_code="3.4",
                topic="Sessione di prova",
                minutes=90,
                participants=json.dumps(old_counts, sort_keys=True),
                created_at="2025-05-06T10:00:00+00:00",
            )
        )
        network_members.add_member(
            uow, entry=MemberEntry("Consultorio Prova", "sanita", date(2016, 2, 1)), today=TODAY
        )
    with UnitOfWork(opened.store, opened.actor) as uow:
        [row] = training.training_register(uow)
        sessions = training_in_force(uow)
        members = members_in_force(uow)
    assert list(row.entry.participants) == list(KIND_CODES)
    assert dict(row.entry.participants) == dict.fromkeys(KIND_CODES, 0) | {"cav": 3, "sanita": 1}
    [month] = training_months(sessions)
    assert dict(month.participants) == dict(participants_in_order({"cav": 3, "sanita": 1}))
    assert dict(network_figures(members).members)["sanita"] == 1
