"""Sign-offs of a project's acts on real stores: each refusal leaves the data as it was.

The signatures go through `operations.project_signoff.sign` (the GUI's and CLI's door), with
passwords proven against the store's key slots. Synthetic people and credentials only.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace

import pytest

from antiviolenza_desktop.domain.case.retention import REASON_REQUEST
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.project.revisions import (
    Closure,
    NotYetValidated,
    ProjectClosed,
)
from antiviolenza_desktop.domain.project.signoff import (
    CLOSURE,
    REQUIRED_SIGNERS,
    REVISION,
    VALIDATION,
    ActNotPending,
    AlreadySigned,
    SignerDisabled,
    SignerNotAllowed,
    SignoffsMissing,
    may_sign_off,
)
from antiviolenza_desktop.domain.store_errors import TooManyAttempts, UnknownUser, WrongPassword
from antiviolenza_desktop.operations import project as project_operations
from antiviolenza_desktop.operations import project_signoff
from antiviolenza_desktop.services import assessments, credentials, erasure, projects
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.unlock_throttle import FREE_ATTEMPTS, attempts_path
from tests.funds_support import TODAY, assessment_on, new_case, work_project
from tests.signoff_support import COLLEAGUE, add_colleague, sign_off
from tests.support import LOGIN, OTHER_PASSWORD, PASSWORD


def _drafted(opened: OpenStore, seed: int = 71) -> int:
    """A woman assessed, with a stored draft project and the colleague in the store."""
    case_id = new_case(opened, seed)
    with UnitOfWork(opened.store, opened.actor) as uow:
        assessments.record_assessment(
            uow, case_id=case_id, assessment=assessment_on(TODAY), today=TODAY
        )
        projects.save_draft(uow, case_id=case_id, draft=work_project(100_000))
        add_colleague(uow)
    return case_id


def _state(opened: OpenStore) -> tuple[object, ...]:
    """Sign-offs, revisions, ledger and the audit's length: what a refusal must not change."""
    with closing(opened.store.raw_connection()) as connection:
        return (
            connection.execute("SELECT * FROM project_signoffs ORDER BY id").fetchall(),
            connection.execute("SELECT * FROM project_revisions ORDER BY id").fetchall(),
            connection.execute("SELECT count(*) FROM ledger_entries").fetchone()[0],
            connection.execute("SELECT count(*) FROM audit_log").fetchone()[0],
        )


def _refused(opened: OpenStore, error: type[AppError], act: str, login: str, password: str,
             case_id: int) -> AppError:  # fmt: skip
    before = _state(opened)
    with pytest.raises(error) as caught:
        project_signoff.sign(opened, case_id, act, login, password)
    assert _state(opened) == before
    return caught.value


def test_two_members_sign_then_the_project_validates(opened: OpenStore) -> None:
    case_id = _drafted(opened)
    first = project_signoff.sign(opened, case_id, VALIDATION, LOGIN, PASSWORD)
    assert (first.act, first.revision, first.name) == (VALIDATION, 1, "Coordinatrice Prova")
    with pytest.raises(SignoffsMissing) as caught:
        project_operations.validate(opened, case_id, None, TODAY)
    assert caught.value.params["missing"] == REQUIRED_SIGNERS - 1
    assert "firme mancanti: 1" in caught.value.message
    project_signoff.sign(opened, case_id, VALIDATION, COLLEAGUE, OTHER_PASSWORD)
    validated = project_operations.validate(opened, case_id, None, TODAY)
    assert validated.status == "validated"
    state = project_operations.read_project(opened, case_id)
    assert [s.name for s in state.signed_for(VALIDATION)] == [
        "Coordinatrice Prova",
        "Assistente Prova",
    ]


def test_a_missing_signature_refuses_validation_and_writes_nothing(opened: OpenStore) -> None:
    case_id = _drafted(opened)
    before = _state(opened)
    with pytest.raises(SignoffsMissing) as caught:
        project_operations.validate(opened, case_id, None, TODAY)
    assert caught.value.field == "signoffs" and caught.value.params["missing"] == 2
    assert _state(opened) == before


def test_a_wrong_password_is_refused_counted_and_nothing_is_written(opened: OpenStore) -> None:
    case_id = _drafted(opened)
    error = _refused(opened, WrongPassword, VALIDATION, COLLEAGUE, PASSWORD, case_id)
    assert error.field == "password"
    assert attempts_path(opened.store.database).exists()  # the unlock's own count of failures
    project_signoff.sign(opened, case_id, VALIDATION, COLLEAGUE, OTHER_PASSWORD)
    assert not attempts_path(opened.store.database).exists()
    with closing(opened.store.raw_connection()) as connection:
        details = connection.execute(
            "SELECT details FROM audit_log WHERE action = 'progetto.firmato'"
        ).fetchone()[0]
    assert '"tentativi_falliti":1' in details.replace(" ", "")


def test_guessing_passwords_at_a_signature_waits_like_the_unlock(opened: OpenStore) -> None:
    case_id = _drafted(opened)
    for _ in range(FREE_ATTEMPTS + 1):
        _refused(opened, WrongPassword, VALIDATION, COLLEAGUE, "sbagliata", case_id)
    _refused(opened, TooManyAttempts, VALIDATION, COLLEAGUE, OTHER_PASSWORD, case_id)


def test_the_same_person_cannot_sign_twice(opened: OpenStore) -> None:
    case_id = _drafted(opened)
    project_signoff.sign(opened, case_id, VALIDATION, LOGIN, PASSWORD)
    error = _refused(opened, AlreadySigned, VALIDATION, LOGIN.upper(), PASSWORD, case_id)
    assert error.params["user"] == LOGIN


def test_a_disabled_user_cannot_sign(opened: OpenStore) -> None:
    case_id = _drafted(opened)
    credentials.disable_user(opened, login=COLLEAGUE)
    _refused(opened, SignerDisabled, VALIDATION, COLLEAGUE, OTHER_PASSWORD, case_id)


def test_a_role_that_may_not_sign_is_refused(opened: OpenStore) -> None:
    assert may_sign_off("coordinator") and may_sign_off("operator")
    assert not may_sign_off("cav_worker")
    case_id = _drafted(opened)
    with UnitOfWork(opened.store, opened.actor) as uow:
        add_colleague(uow, login="cav.prova", role="cav_worker")
    _refused(opened, SignerNotAllowed, VALIDATION, "cav.prova", OTHER_PASSWORD, case_id)


def test_an_unknown_signer_is_refused(opened: OpenStore) -> None:
    case_id = _drafted(opened)
    _refused(opened, UnknownUser, VALIDATION, "nessuna.prova", PASSWORD, case_id)


def test_a_signature_on_a_changed_draft_no_longer_counts(opened: OpenStore) -> None:
    case_id = _drafted(opened)
    sign_off(opened, case_id)
    project_operations.save_draft(opened, case_id, work_project(120_000))
    state = project_operations.read_project(opened, case_id)
    assert state.signed_for(VALIDATION) == ()
    with pytest.raises(SignoffsMissing) as caught:
        project_operations.validate(opened, case_id, None, TODAY)
    assert caught.value.params["missing"] == 2
    project_operations.save_draft(opened, case_id, work_project(100_000))  # back as signed
    assert len(project_operations.read_project(opened, case_id).signed_for(VALIDATION)) == 2
    project_operations.save_draft(opened, case_id, work_project(120_000))
    sign_off(opened, case_id)  # the same two sign the new content
    assert project_operations.validate(opened, case_id, None, TODAY).status == "validated"


def test_the_act_must_be_the_one_the_project_waits_for(opened: OpenStore) -> None:
    case_id = _drafted(opened)
    _refused(opened, ActNotPending, REVISION, LOGIN, PASSWORD, case_id)
    _refused(opened, NotYetValidated, CLOSURE, LOGIN, PASSWORD, case_id)
    sign_off(opened, case_id)
    project_operations.validate(opened, case_id, None, TODAY)
    _refused(opened, ActNotPending, VALIDATION, LOGIN, PASSWORD, case_id)
    project_operations.save_draft(opened, case_id, work_project(120_000))
    sign_off(opened, case_id, REVISION)
    assert project_operations.validate(opened, case_id, None, TODAY).number == 2


def test_closure_needs_its_own_signatures(opened: OpenStore) -> None:
    case_id = _drafted(opened)
    sign_off(opened, case_id)
    project_operations.validate(opened, case_id, None, TODAY)
    closure = Closure(TODAY, drop_reason="moved_away")
    before = _state(opened)
    with pytest.raises(SignoffsMissing) as caught:
        project_operations.close(opened, case_id, closure)
    assert caught.value.params["act"] == "chiusura del progetto"
    assert _state(opened) == before
    sign_off(opened, case_id, CLOSURE)
    assert project_operations.close(opened, case_id, closure).status == "closed"
    _refused(opened, ProjectClosed, CLOSURE, LOGIN, PASSWORD, case_id)


def test_the_register_is_append_only_and_only_erasure_deletes(opened: OpenStore) -> None:
    case_id = _drafted(opened)
    sign_off(opened, case_id)
    with closing(opened.store.raw_connection()) as connection:
        for statement, refusal in (
            ("UPDATE project_signoffs SET act = 'chiusura'", "never rewritten"),
            ("DELETE FROM project_signoffs", "only an erasure deletes"),
        ):
            with pytest.raises(Exception, match=refusal):
                connection.execute(statement)
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = projects.case_for_write(uow, case_id).code
        erased = erasure.erase_case(
            uow, case_id=case_id, reason=REASON_REQUEST, typed_code=code, today=TODAY
        )
    assert erased.rows_deleted > 0
    assert _state(opened)[0] == []


def test_a_recovery_session_or_colleague_signs_with_her_own_password(opened: OpenStore) -> None:
    case_id = _drafted(opened)
    as_colleague = replace(opened, actor=replace(opened.actor, login=COLLEAGUE))
    signed = project_signoff.sign(as_colleague, case_id, VALIDATION, LOGIN, PASSWORD)
    assert signed.name == "Coordinatrice Prova"
    with closing(opened.store.raw_connection()) as connection:
        recorded = connection.execute("SELECT recorded_by FROM project_signoffs").fetchone()[0]
    assert recorded == COLLEAGUE
