"""The training register and the network register (bundle schema version 2), and the audit
head each accepted snapshot carried.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25

Both registers are append-only like the other registers (a wrong row is cancelled by a
reversing row). A network member's leaving day is the one value written later: the UPDATE
trigger lets `left_on` go from NULL to a day once and refuses every other change. The audit
head columns of `exchange_snapshots` repeat what the stored payload says, so the capofila can
compare an Ambito's log length across snapshots without parsing megabytes of JSON; rows of
schema version 1 have none (NULL). Adding a column is not an UPDATE: the append-only triggers
of `exchange_snapshots` stay as they are.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_MEMBER_COLUMNS = ("id", "name", "kind", "joined_on", "note", "reverses_id", "actor", "created_at")


def upgrade() -> None:
    op.create_table(
        "training_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("on_date", sa.String(10), nullable=False),
        sa.Column("action_code", sa.String(32), nullable=False, server_default="3.4"),
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column(
            "reverses_id",
            sa.Integer(),
            sa.ForeignKey("training_sessions.id"),
            nullable=True,
            unique=True,
        ),
        sa.Column("actor", sa.String(64), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.CheckConstraint("minutes > 0", name="ck_training_minutes"),
    )
    op.create_table(
        "network_members",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("joined_on", sa.String(10), nullable=False),
        sa.Column("left_on", sa.String(10), nullable=True),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column(
            "reverses_id",
            sa.Integer(),
            sa.ForeignKey("network_members.id"),
            nullable=True,
            unique=True,
        ),
        sa.Column("actor", sa.String(64), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER training_sessions_no_{event.lower()} BEFORE {event} "
            "ON training_sessions "
            "BEGIN SELECT RAISE(ABORT, 'training_sessions is append-only'); END"
        )
    op.execute(
        "CREATE TRIGGER network_members_no_delete BEFORE DELETE ON network_members "
        "BEGIN SELECT RAISE(ABORT, 'network_members is append-only'); END"
    )
    unchanged = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _MEMBER_COLUMNS)
    op.execute(
        "CREATE TRIGGER network_members_only_leaving BEFORE UPDATE ON network_members "
        f"WHEN OLD.left_on IS NOT NULL OR NEW.left_on IS NULL OR {unchanged} "
        "BEGIN SELECT RAISE(ABORT, 'network_members: only left_on, once'); END"
    )
    op.add_column("exchange_snapshots", sa.Column("audit_head_seq", sa.Integer(), nullable=True))
    op.add_column("exchange_snapshots", sa.Column("audit_head_hash", sa.String(64), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+): a batch copy of the table would lose its triggers.
    for column in ("audit_head_hash", "audit_head_seq"):
        op.execute(f"ALTER TABLE exchange_snapshots DROP COLUMN {column}")
    op.execute("DROP TRIGGER network_members_only_leaving")
    op.execute("DROP TRIGGER network_members_no_delete")
    for event in ("update", "delete"):
        op.execute(f"DROP TRIGGER training_sessions_no_{event}")
    op.drop_table("network_members")
    op.drop_table("training_sessions")
