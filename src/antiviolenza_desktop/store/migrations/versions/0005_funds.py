"""The fund ledger, the Ambito's fund settings, co-financing hours, action expenses, narratives.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

The ledger, the hours register and the expenses register are append-only: triggers refuse
UPDATE and DELETE, so a correction is always a new reversing row and the history stays whole.
A case with ledger rows cannot be deleted (RESTRICT): her money must stay accounted for.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

APPEND_ONLY = ("ledger_entries", "cofinancing_hours", "action_expenses")


def upgrade() -> None:
    op.create_table(
        "ledger_entries",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="RESTRICT"),
            nullable=False,
        ),
        sa.Column("case_code", sa.String(32), nullable=False),
        sa.Column("fund", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.String(10), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("commitment_seq", sa.Integer(), nullable=True),
        sa.Column("reverses_seq", sa.Integer(), nullable=True, unique=True),
        sa.Column("payee", sa.String(200), nullable=False, server_default=""),
        sa.Column("document_ref", sa.String(200), nullable=False, server_default=""),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("actor", sa.String(64), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.CheckConstraint("amount > 0", name="ck_ledger_amount_positive"),
        sa.CheckConstraint(
            "kind IN ('commitment', 'disbursement', 'reversal')", name="ck_ledger_kind"
        ),
    )
    op.create_index("ix_ledger_case", "ledger_entries", ["case_id", "fund"])
    op.create_index("ix_ledger_fund_kind", "ledger_entries", ["fund", "kind", "amount"])
    op.create_index("ix_ledger_commitment", "ledger_entries", ["commitment_seq"])
    op.create_table(
        "fund_settings",
        sa.Column("fund", sa.String(32), primary_key=True),
        sa.Column("allocation", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(32), nullable=False),
        sa.Column("cap_per_woman", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.CheckConstraint("allocation >= 0", name="ck_fund_allocation"),
    )
    op.create_table(
        "cofinancing_hours",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("body", sa.String(200), nullable=False),
        sa.Column("person", sa.String(200), nullable=False),
        sa.Column("action_code", sa.String(32), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("hourly_cost", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column(
            "reverses_id",
            sa.Integer(),
            sa.ForeignKey("cofinancing_hours.id"),
            nullable=True,
            unique=True,
        ),
        sa.Column("actor", sa.String(64), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.CheckConstraint("minutes > 0 AND hourly_cost > 0 AND value > 0", name="ck_hours"),
    )
    op.create_index("ix_cofinancing_action", "cofinancing_hours", ["action_code", "month"])
    op.create_table(
        "action_expenses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("action_code", sa.String(32), nullable=False),
        sa.Column("on_date", sa.String(10), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("payee", sa.String(200), nullable=False),
        sa.Column("document_ref", sa.String(200), nullable=False, server_default=""),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column(
            "reverses_id",
            sa.Integer(),
            sa.ForeignKey("action_expenses.id"),
            nullable=True,
            unique=True,
        ),
        sa.Column("actor", sa.String(64), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.CheckConstraint("amount > 0", name="ck_expense_amount_positive"),
    )
    op.create_table(
        "action_narratives",
        sa.Column("action_code", sa.String(32), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    for table in APPEND_ONLY:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def downgrade() -> None:
    for table in APPEND_ONLY:
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER {table}_no_{event}")
    for table in (
        "action_narratives",
        "action_expenses",
        "cofinancing_hours",
        "fund_settings",
        "ledger_entries",
    ):
        op.drop_table(table)
