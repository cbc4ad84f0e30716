"""The O.R.A./ISTAT data of a case: contact channel, help sought before, author's profile,
outcomes of the path, and the log of the services the CAV gave (`case_services`).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05

Every new column is optional: NULL (single choices) or "" (multiple choices, comma-separated
codes like `violence_types`) reads as "non rilevato", so the cases recorded before this
revision keep their meaning without a backfill: nobody asked those questions then.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_SINGLE = (
    ("contact_channel", 32),
    ("perpetrator_sex", 16),
    ("perpetrator_age_band", 16),
    ("perpetrator_citizenship", 16),
)
_MULTIPLE = ("help_before", "perpetrator_record", "path_outcomes")


def upgrade() -> None:
    for name, length in _SINGLE:
        op.add_column("cases", sa.Column(name, sa.String(length), nullable=True))
    for name in _MULTIPLE:
        op.add_column("cases", sa.Column(name, sa.String(200), nullable=False, server_default=""))
    op.create_table(
        "case_services",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
    )
    op.create_index("ix_case_services_case_id", "case_services", ["case_id"])
    op.create_index("ix_case_services_day", "case_services", ["day"])


def downgrade() -> None:
    op.drop_index("ix_case_services_day", "case_services")
    op.drop_index("ix_case_services_case_id", "case_services")
    op.drop_table("case_services")
    # SQLite's own DROP COLUMN (3.35+), as in 0008: a batch copy would lose the indexes' COLLATE.
    for name in reversed((*(n for n, _ in _SINGLE), *_MULTIPLE)):
        op.execute(f"ALTER TABLE cases DROP COLUMN {name}")
