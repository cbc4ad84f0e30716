"""The register of a woman's referrals to other services, with their status history.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05

`case_referrals` holds each referral as sent (service kind, network member if chosen, day,
sending kind of body, the referral consent that covers it); `case_referral_statuses` each later
status, one row per status (accepted, refused with its reason, closed). Neither table accepts
an UPDATE: a status change is a new row, never a change. No existing data moves: referrals
were kept outside the app until now.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_TABLES = ("case_referrals", "case_referral_statuses")


def _referrals() -> None:
    op.create_table(
        "case_referrals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("service_kind", sa.String(32), nullable=False),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("network_members.id"), nullable=True),
        sa.Column("sent_on", sa.String(10), nullable=False),
        sa.Column("sender_kind", sa.String(32), nullable=False),
        sa.Column("consent_id", sa.Integer(), sa.ForeignKey("case_consents.id"), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_case_referrals_case_id", "case_referrals", ["case_id"])


def _statuses() -> None:
    op.create_table(
        "case_referral_statuses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("referral_id", sa.Integer(), sa.ForeignKey("case_referrals.id"), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("on_date", sa.String(10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "status IN ('accepted', 'refused', 'closed')", name="ck_case_referral_status"
        ),
        sa.CheckConstraint(
            "(status = 'refused') = (reason IS NOT NULL)", name="ck_case_referral_reason"
        ),
        sa.UniqueConstraint("referral_id", "status", name="uq_case_referral_status_once"),
    )
    op.create_index(
        "ix_case_referral_statuses_referral_id", "case_referral_statuses", ["referral_id"]
    )
    op.create_index("ix_case_referral_statuses_case_id", "case_referral_statuses", ["case_id"])


def upgrade() -> None:
    _referrals()
    _statuses()
    for table in _TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is never rewritten'); END"
        )


def downgrade() -> None:
    for table in reversed(_TABLES):
        op.execute(f"DROP TRIGGER {table}_no_update")
    op.drop_index("ix_case_referral_statuses_case_id", "case_referral_statuses")
    op.drop_index("ix_case_referral_statuses_referral_id", "case_referral_statuses")
    op.drop_table("case_referral_statuses")
    op.drop_index("ix_case_referrals_case_id", "case_referrals")
    op.drop_table("case_referrals")
