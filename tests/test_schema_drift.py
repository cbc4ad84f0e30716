"""The migrations build exactly the tables the ORM models describe (no drift)."""

from __future__ import annotations

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
    assert differences == []
