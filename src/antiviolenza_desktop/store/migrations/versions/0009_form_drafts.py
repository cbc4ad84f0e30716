"""Drafts of the forms left open when the store locks.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04

Locking (Ctrl+L, the idle timeout, closing the window) used to throw away a half-typed referral
and any assessment or project being edited. The window now writes what every form with unsaved
changes holds into `form_drafts`, inside the encrypted store like everything else, and puts it
back after the same worker unlocks. One row per worker, form kind and case (NULL for a new
referral); `payload` is versioned JSON (the form's value and where she was), so a draft written
by an older version that no longer fits is refused instead of crashing. Rows are hers alone:
the services read and write only the acting worker's rows, and erasing a case deletes its drafts.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "form_drafts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("form_kind", sa.String(32), nullable=False),
        sa.Column(
            "case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_form_drafts_user_id", "form_drafts", ["user_id"])
    op.create_index("ix_form_drafts_case_id", "form_drafts", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_form_drafts_case_id", table_name="form_drafts")
    op.drop_index("ix_form_drafts_user_id", table_name="form_drafts")
    op.drop_table("form_drafts")
