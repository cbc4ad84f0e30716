"""Schema upgrades: older stores are backed up then upgraded; a failed upgrade changes nothing.

Covers ST-14 (with test_store_open) and ST-15 of the reliability catalogue.
"""

from __future__ import annotations

import shutil
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from antiviolenza_desktop.domain.store_errors import MigrationFailed
from antiviolenza_desktop.store import backup, migrations_runner
from antiviolenza_desktop.store.keyslot_file import read_slot_file
from antiviolenza_desktop.store.unlock import open_with_password
from tests.support import LOGIN, PASSWORD

FAILING_MIGRATION = '''"""A migration that fails half-way, for the test.

Revision ID: 0099
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("INSERT INTO half_done (id) VALUES (1)")
    raise RuntimeError("boom")


def downgrade() -> None:
    pass
'''


def _revision(database: Path) -> str | None:
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as store,
        store.engine.connect() as connection,
    ):
        return migrations_runner.current_revision(connection)


def _downgrade_to_first(database: Path) -> None:
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as store,
        store.engine.begin() as connection,
    ):
        command.downgrade(migrations_runner._config(connection), "0001")


def test_older_store_is_backed_up_then_upgraded(closed_store: tuple[Path, str]) -> None:
    database, _ = closed_store
    _downgrade_to_first(database)
    assert _revision(database) == "0001"
    with open_with_password(database, user=LOGIN, password=PASSWORD) as store:
        assert store.verify() == []
    assert _revision(database) == migrations_runner.head_revision()
    store_id = read_slot_file(database).store_id
    backups = backup.list_backups(backup.default_backup_dir(database), database, store_id)
    assert [b.reason for b in backups] == ["prima-aggiornamento"]
    with (
        open_with_password(backups[0].path, user=LOGIN, password=PASSWORD, migrate=False) as old,
        old.engine.connect() as connection,
    ):
        assert migrations_runner.current_revision(connection) == "0001"


def test_failed_migration_rolls_back_and_old_version_still_opens(
    closed_store: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, _ = closed_store
    head = migrations_runner.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_runner.MIGRATIONS_DIR, scripts)
    (scripts / "versions" / "0099_fails.py").write_text(FAILING_MIGRATION.format(head=head))
    monkeypatch.setattr(migrations_runner, "MIGRATIONS_DIR", scripts)

    with pytest.raises(MigrationFailed) as caught:
        open_with_password(database, user=LOGIN, password=PASSWORD)
    assert "annullato" in caught.value.message
    assert "prima-aggiornamento" in caught.value.message

    monkeypatch.undo()
    with open_with_password(database, user=LOGIN, password=PASSWORD) as store:
        with closing(store.raw_connection()) as connection:
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
        assert store.verify() == []
    assert _revision(database) == head
