"""The migrations build exactly the tables the ORM models describe (no drift)."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from antiviolenza_desktop.store.schema import Base
from antiviolenza_desktop.store.unlock import open_with_password
from tests.support import LOGIN, PASSWORD


def test_migrated_schema_matches_models(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD) as store,
        store.engine.connect() as connection,
    ):
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    # SQLite reflection drops the COLLATE of an expression index, so alembic sees this one
    # index as different; its definition is checked directly below instead.
    expression_indexes = {"ix_cases_last_name"}
    assert [d for d in differences if getattr(d[1], "name", None) not in expression_indexes] == []


def test_last_name_index_keeps_its_collation(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD) as store,
        closing(store.raw_connection()) as connection,
    ):
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_cases_last_name'"
        ).fetchone()
    assert "COLLATE NOCASE" in sql.upper()
