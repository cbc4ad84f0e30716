"""Who asks the consent register: project validation (a withdrawn care consent refuses it),
the bundle (a withdrawn sharing consent leaves her in the counts only), and migration 0016
(the old columns become consents «registrato prima del registro»; down and up again)."""

from __future__ import annotations

from contextlib import closing
from datetime import timedelta

import pytest
from alembic import command

from antiviolenza_desktop.domain.case import consent as rules
from antiviolenza_desktop.operations import case_consents
from antiviolenza_desktop.services import projects
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store import migrations_runner
from antiviolenza_desktop.store.unlock import open_with_password
from tests.consent_support import consent_id, store_state
from tests.funds_support import TODAY, new_case, validate_project, work_project
from tests.support import LOGIN, PASSWORD
from tests.test_exchange_snapshot import export, woman


def _ledger_and_revisions(opened: OpenStore) -> tuple[object, ...]:
    with closing(opened.store.raw_connection()) as connection:
        return (
            connection.execute("SELECT count(*) FROM ledger_entries").fetchone(),
            connection.execute("SELECT id, status FROM project_revisions").fetchall(),
            connection.execute("SELECT count(*) FROM audit_log").fetchone(),
        )


def test_a_withdrawn_care_consent_refuses_validation(opened: OpenStore) -> None:
    case_id = new_case(opened, 31)
    care = consent_id(opened, case_id, rules.CARE)
    case_consents.withdraw_consent(opened, case_id, care, TODAY)
    with UnitOfWork(opened.store, opened.actor) as uow:
        projects.save_draft(uow, case_id=case_id, draft=work_project(100_000))
    before = _ledger_and_revisions(opened)
    with pytest.raises(rules.ConsentWithdrawn) as refused:
        validate_project(opened, case_id, work_project(100_000))
    assert refused.value.params["purpose"] == "Presa in carico"
    assert _ledger_and_revisions(opened)[:2] == before[:2]


def test_a_new_care_consent_lets_validation_go_on(opened: OpenStore) -> None:
    case_id = new_case(opened, 32)
    care = consent_id(opened, case_id, rules.CARE)
    case_consents.withdraw_consent(opened, case_id, care, TODAY - timedelta(days=3))
    case_consents.add_consent(
        opened, case_id, rules.NewConsent(rules.CARE, TODAY - timedelta(days=1), "written_form")
    )
    validate_project(opened, case_id, work_project(100_000))
    with closing(opened.store.raw_connection()) as connection:
        statuses = connection.execute("SELECT status FROM project_revisions").fetchall()
    assert statuses == [("validated",)]


def test_a_withdrawn_sharing_consent_keeps_her_out_of_the_records(opened: OpenStore) -> None:
    woman(opened, 41)
    leaving = woman(opened, 42)
    validate_project(opened, leaving, work_project(100_000))
    assert len(export(opened)["cases"]) == 2
    sharing = consent_id(opened, leaving, rules.SHARING)
    case_consents.withdraw_consent(opened, leaving, sharing, TODAY)
    payload = export(opened, sequence=2)
    assert len(payload["cases"]) == 1 and not payload["cases"][0]["project"]
    assert payload["unshared"]["women"] == 1
    assert payload["unshared"]["funds"]["active_policies"]["committed"] == 100_000
    assert len(payload["statutory"]) == 1  # her anonymous row goes with her consent
    assert payload["totals"]["women"] == 2


def _to(database: object, revision: str, *, down: bool) -> None:
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as store,  # type: ignore[arg-type]
        store.engine.begin() as connection,
    ):
        config = migrations_runner._config(connection)
        (command.downgrade if down else command.upgrade)(config, revision)


def test_migration_0016_moves_the_old_columns_and_goes_down(opened: OpenStore) -> None:
    with_both = new_case(opened, 51)
    without = new_case(opened, 52)
    database = opened.store.database
    opened.store.close()
    _to(database, "0015", down=True)
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as store,
        closing(store.raw_connection()) as connection,
    ):
        connection.execute(
            "UPDATE cases SET consent_sharing = 1, consent_date = '2026-02-01' WHERE id = ?",
            (with_both,),
        )
        connection.execute(
            "UPDATE cases SET consent_sharing = 0, consent_date = NULL WHERE id = ?", (without,)
        )
        connection.commit()
    reopened = unlock(database, login=LOGIN, password=PASSWORD)  # migrates to the head
    try:
        rows = store_state(reopened)[0]
        assert [(r[1], r[2], r[5], r[6], r[7]) for r in rows] == [
            (with_both, "care", "2026-02-01", rules.BEFORE_REGISTER, ""),
            (with_both, "sharing", "2026-02-01", rules.BEFORE_REGISTER, ""),
        ]
        listing = case_consents.read_consents(reopened, with_both)
        assert {c.state_on(TODAY) for c in listing.consents} == {rules.IN_FORCE}
    finally:
        reopened.store.close()
    _to(database, "0015", down=True)
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as store,
        closing(store.raw_connection()) as connection,
    ):
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        kept = connection.execute(
            "SELECT consent_date, consent_sharing FROM cases WHERE id = ?", (with_both,)
        ).fetchone()
    assert "case_consents" not in tables and kept == ("2026-02-01", 1)
