"""Alembic environment: always runs on the store's already-keyed connection, never on a URL."""

from alembic import context

from antiviolenza_desktop.store.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
