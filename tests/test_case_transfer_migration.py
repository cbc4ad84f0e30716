"""Migration 0019 on a real store: a store at 0016 with a case goes up (the case untouched and
writable, the transfer tables there) and back down (the tables, triggers and columns gone, the
case kept, the COLLATE index of 0003 still in place)."""

from __future__ import annotations

from contextlib import closing

from antiviolenza_desktop.services.store_lifecycle import OpenStore, unlock
from antiviolenza_desktop.store.unlock import open_with_password
from tests.funds_support import new_case
from tests.support import LOGIN, PASSWORD
from tests.test_case_consent_uses import _to

_TABLES = {"case_transfers_out", "case_transfers_in", "transfer_partners"}


def _schema(database: object) -> tuple[set[str], list[str], int]:
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as store,  # type: ignore[arg-type]
        closing(store.raw_connection()) as connection,
    ):
        names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        columns = [r[1] for r in connection.execute("PRAGMA table_info(cases)")]
        cases = connection.execute("SELECT count(*) FROM cases").fetchone()[0]
    return names, columns, cases


def test_migration_0019_goes_up_and_down(opened: OpenStore) -> None:
    new_case(opened, 71)
    database = opened.store.database
    opened.store.close()
    names, columns, _ = _schema(database)
    assert names >= _TABLES and "transferred_at" in columns
    _to(database, "0016", down=True)
    names, columns, cases = _schema(database)
    assert not _TABLES & names
    assert "transferred_at" not in columns and "transferred_to" not in columns
    assert "cases_transferred_read_only" not in names and "ix_cases_last_name" in names
    assert cases == 1
    reopened = unlock(database, login=LOGIN, password=PASSWORD)  # migrates to the head again
    reopened.store.close()
    names, columns, cases = _schema(database)
    assert names >= _TABLES and "transferred_to" in columns and cases == 1
