"""Assessments, Progetto personalizzato revisions, and monitoring/closure events.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _case_id() -> sa.Column[int]:
    return sa.Column(
        "case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case_id(),
        sa.Column("assessed_on", sa.String(10), nullable=False),
        sa.Column("instrument_id", sa.String(64), nullable=False),
        sa.Column("instrument_version", sa.String(16), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_assessments_case_id", "assessments", ["case_id"])
    op.create_table(
        "project_revisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case_id(),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("validated_on", sa.String(10), nullable=True),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_index(
        "ux_project_revisions_case_number", "project_revisions", ["case_id", "number"], unique=True
    )
    op.create_table(
        "project_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case_id(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("on_date", sa.String(10), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_project_events_case_id", "project_events", ["case_id"])


def downgrade() -> None:
    op.drop_table("project_events")
    op.drop_table("project_revisions")
    op.drop_table("assessments")
