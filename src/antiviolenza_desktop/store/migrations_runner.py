"""Schema upgrades with Alembic, in batch mode, on the store's own keyed connection.

All pending migrations run in one transaction: SQLite DDL is transactional, so a migration that
fails half-way leaves the store exactly at its old revision. A revision this build does not know
means a newer application wrote the store: refuse, touching nothing.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection

from antiviolenza_desktop.domain.store_errors import StoreFromNewerVersion

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(connection: Connection) -> bool:
    """True when the store is older than this build; raises when it is newer."""
    current = current_revision(connection)
    if current == head_revision():
        return False
    script = ScriptDirectory.from_config(_config())
    try:
        known = current is None or script.get_revision(current) is not None
    except CommandError:
        known = False
    if not known:
        raise StoreFromNewerVersion(revision=current)
    return True


def upgrade_to_head(connection: Connection) -> None:
    """Run every pending migration inside the caller's transaction."""
    command.upgrade(_config(connection), "head")
