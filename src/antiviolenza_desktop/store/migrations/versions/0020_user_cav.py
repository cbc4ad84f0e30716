"""The CAV of a CAV worker: `users.cav`, set exactly when the role is `cav`.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05

A CAV worker reads and writes only the cases her CAV referred (`services.authorization`), so
her CAV code lives on her user row. The column is NULL for every other role: two triggers
refuse a row where `role = 'cav'` and `cav` disagree (SQLite cannot add a CHECK constraint to
an existing table without copying it, and `users` is referenced by the key slots' logins and
the audit log). Existing users are coordinators or operators, so no row needs a value.
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

_EVENTS = ("INSERT", "UPDATE")


def upgrade() -> None:
    op.add_column("users", sa.Column("cav", sa.String(16), nullable=True))
    for event in _EVENTS:
        op.execute(
            f"CREATE TRIGGER users_cav_{event.lower()} BEFORE {event} ON users "
            "WHEN (NEW.role = 'cav') != (NEW.cav IS NOT NULL) "
            "BEGIN SELECT RAISE(ABORT, 'users.cav is set exactly for the role cav'); END"
        )


def downgrade() -> None:
    for event in _EVENTS:
        op.execute(f"DROP TRIGGER users_cav_{event.lower()}")
    op.execute("ALTER TABLE users DROP COLUMN cav")
