"""Period approval: the periods and their states, the capofila's decisions, the files applied.

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-05

`approval_periods` holds the state of each submitted period (an Ambito store its own, the
capofila one row per Ambito and period); its state changes, so it is not append-only — every
change is an audit entry. `approval_decisions` (the capofila's decisions, numbered per Ambito)
and `approval_files_applied` (the decision files an Ambito applied) are logs: append-only.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None

_LOGS = ("approval_decisions", "approval_files_applied")


def upgrade() -> None:
    op.create_table(
        "approval_periods",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ambito", sa.String(32), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("decision", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("submitted_at", sa.String(32), nullable=False),
        sa.Column("submitted_in", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.String(32), nullable=True),
        sa.Column("decided_by", sa.String(64), nullable=True),
        sa.CheckConstraint(
            "state IN ('submitted', 'approved', 'sent_back', 'reopened')",
            name="ck_approval_period_state",
        ),
        sa.CheckConstraint("decision >= 0", name="ck_approval_period_decision"),
    )
    op.create_index(
        "ux_approval_periods_ambito_period", "approval_periods", ["ambito", "period"], unique=True
    )
    op.create_table(
        "approval_decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ambito", sa.String(32), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("decided_at", sa.String(32), nullable=False),
        sa.Column("decided_by", sa.String(64), nullable=False),
        sa.CheckConstraint(
            "decision IN ('approve', 'send_back', 'reopen')", name="ck_approval_decision"
        ),
        sa.CheckConstraint("number >= 1", name="ck_approval_decision_number"),
    )
    op.create_index(
        "ux_approval_decisions_ambito_number",
        "approval_decisions",
        ["ambito", "number"],
        unique=True,
    )
    op.create_table(
        "approval_files_applied",
        sa.Column("sequence", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("applied_at", sa.String(32), nullable=False),
        sa.CheckConstraint("sequence >= 1", name="ck_approval_file_sequence"),
    )
    for table in _LOGS:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def downgrade() -> None:
    for table in reversed(_LOGS):
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER {table}_no_{event}")
        op.drop_table(table)
    op.drop_table("approval_periods")
