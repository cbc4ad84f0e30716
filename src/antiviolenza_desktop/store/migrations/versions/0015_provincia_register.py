"""The capofila's register of the Provincia: active-fund commitments and payments, CPI hours.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05

Three append-only tables (triggers refuse UPDATE and DELETE), written only in the capofila's
store (`services.provincia`); an Ambito store has them empty. See docs/provincia.md.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_TABLES = ("provincia_commitments", "provincia_payments", "provincia_hours")


def _common(table: str) -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column(
            "reverses_id", sa.Integer(), sa.ForeignKey(f"{table}.id"), nullable=True, unique=True
        ),
        sa.Column("actor", sa.String(64), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "provincia_commitments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ambito", sa.String(64), nullable=False),
        sa.Column("pseudonym", sa.String(64), nullable=True),
        sa.Column("fund", sa.String(32), nullable=False),
        sa.Column("intervention", sa.String(64), nullable=False),
        sa.Column("on_date", sa.String(10), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        *_common("provincia_commitments"),
        sa.CheckConstraint("amount > 0", name="ck_provincia_commitment_amount"),
    )
    op.create_index("ix_provincia_commitment_woman", "provincia_commitments", ["fund", "pseudonym"])
    op.create_table(
        "provincia_payments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "commitment_id",
            sa.Integer(),
            sa.ForeignKey("provincia_commitments.id"),
            nullable=False,
        ),
        sa.Column("on_date", sa.String(10), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("payee", sa.String(200), nullable=False),
        sa.Column("document_ref", sa.String(200), server_default="", nullable=False),
        *_common("provincia_payments"),
        sa.CheckConstraint("amount > 0", name="ck_provincia_payment_amount"),
    )
    op.create_table(
        "provincia_hours",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("office", sa.String(200), nullable=False),
        sa.Column("person", sa.String(200), nullable=False),
        sa.Column("action_code", sa.String(32), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("hourly_cost", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        *_common("provincia_hours"),
        sa.CheckConstraint(
            "minutes > 0 AND hourly_cost > 0 AND value > 0", name="ck_provincia_hours"
        ),
    )
    for table in _TABLES:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def downgrade() -> None:
    for table in reversed(_TABLES):
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER {table}_no_{event}")
    op.drop_index("ix_provincia_commitment_woman", "provincia_commitments")
    for table in reversed(_TABLES):
        op.drop_table(table)
