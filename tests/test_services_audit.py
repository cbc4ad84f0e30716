"""The audit log through the services: every write leaves a chained entry; edits are found.

Covers AU-01 (an audit row edited with raw SQL) and the append-only triggers.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
import sqlcipher3

from antiviolenza_desktop.domain.store_errors import TooManyAttempts, WrongPassword
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.credentials import add_user, change_password
from antiviolenza_desktop.services.maintenance import backup_now, verify
from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.store.unlock_throttle import attempts_path
from tests.store_template import new_store
from tests.support import OTHER_PASSWORD, PASSWORD


@pytest.fixture
def opened(tmp_path: Path) -> OpenStore:
    database = new_store(tmp_path, ambito="casalasco")
    session = unlock(database, login="coord", password=PASSWORD)
    yield session
    if session.store.is_open:
        session.store.close()


def _actions(opened: OpenStore) -> list[tuple[int, str, str | None]]:
    with closing(opened.store.raw_connection()) as connection:
        return connection.execute(
            "SELECT seq, action, actor FROM audit_log ORDER BY seq"
        ).fetchall()


def test_every_write_is_audited_in_order(opened: OpenStore, tmp_path: Path) -> None:
    add_user(
        opened,
        login="op.una",
        display_name="Operatrice Una",
        role="operator",
        password=OTHER_PASSWORD,
    )
    change_password(opened, current_password=PASSWORD, new_password="nuvola-salice-tamburo-vetro")
    backup_now(opened, destination=tmp_path / "copie")
    assert [action for _, action, _ in _actions(opened)] == [
        "archivio.creato",
        "accesso.aperto",
        "utente.aggiunto",
        "password.cambiata",
        "copia.creata",
    ]
    assert {actor for _, _, actor in _actions(opened)} == {"coord"}
    assert audit.verify(opened.store).intact


def test_refused_write_leaves_no_entry(opened: OpenStore) -> None:
    before = _actions(opened)
    with pytest.raises(Exception, match="debole"):
        change_password(opened, current_password=PASSWORD, new_password="corta")
    assert _actions(opened) == before


def test_audit_rows_cannot_be_updated_or_deleted(opened: OpenStore) -> None:
    with closing(opened.store.raw_connection()) as connection:
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            connection.execute("UPDATE audit_log SET action = 'x' WHERE seq = 1")
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            connection.execute("DELETE FROM audit_log WHERE seq = 1")


def test_raw_sql_edit_is_reported_at_that_row(opened: OpenStore) -> None:
    for index in range(5):
        backup_now(opened, destination=opened.store.database.parent / f"copie{index}")
    with closing(opened.store.raw_connection()) as connection:
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute("UPDATE audit_log SET details = '{}' WHERE seq = 4")
    report = verify(opened)
    assert not report.healthy
    assert report.audit.first_broken_seq == 4
    assert report.audit.checked == 3
    assert report.problems == ()


def test_entries_hold_no_personal_data(opened: OpenStore) -> None:
    add_user(
        opened,
        login="op.una",
        display_name="Operatrice Unica Cognomeraro",
        role="operator",
        password=OTHER_PASSWORD,
    )
    with closing(opened.store.raw_connection()) as connection:
        dump = "\n".join(str(row) for row in connection.execute("SELECT * FROM audit_log"))
    assert "Cognomeraro" not in dump
    assert OTHER_PASSWORD not in dump


def test_failed_unlocks_are_counted_delayed_and_audited(opened: OpenStore) -> None:
    database = opened.store.database
    opened.store.close()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            unlock(database, login="coord", password="non-e-questa-la-password")
    with pytest.raises(WrongPassword):
        unlock(database, login="coord", password="neanche-questa-purtroppo")
    with pytest.raises(TooManyAttempts) as caught:
        unlock(database, login="coord", password=PASSWORD)
    assert caught.value.params["failures"] == 4
    attempts_path(database).write_text('{"failures": 4, "last_failure": 0}')
    again = unlock(database, login="coord", password=PASSWORD)
    try:
        with closing(again.store.raw_connection()) as connection:
            rows = connection.execute(
                "SELECT details FROM audit_log WHERE action = 'accesso.tentativi_falliti'"
            ).fetchall()
        assert rows == [('{"count": 4}',)]
        assert database.exists()
    finally:
        again.store.close()


def test_only_a_recovery_key_session_resets_a_password(opened: OpenStore) -> None:
    from antiviolenza_desktop.domain.errors import PermissionDenied
    from antiviolenza_desktop.services.credentials import reset_password_with_recovery

    add_user(
        opened, login="op.una", display_name="Operatrice Una", role="operator",
        password=OTHER_PASSWORD,
    )  # fmt: skip
    before = _actions(opened)
    with pytest.raises(PermissionDenied):
        reset_password_with_recovery(opened, login="op.una", new_password=PASSWORD + "-nuova")
    assert _actions(opened) == before
    database = opened.store.database
    opened.store.close()
    assert unlock(database, login="op.una", password=OTHER_PASSWORD).store.close() is None
