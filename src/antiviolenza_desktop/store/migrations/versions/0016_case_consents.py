"""The register of consents per purpose and service, filled from the cases' consent columns.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05

A case with `consent_date` gets a care consent on that day, and one with `consent_sharing` a
pseudonymised-sharing consent (on `consent_date`, or the referral day when that is blank: the
tick is on the referral form). Both are collected in the way «before_register»: nobody knows
now how they were collected, and nobody should invent it. Erased cases (tombstones) get
nothing. The two columns stay: they are what the referral form recorded at intake, and the
intake save adds to the register from them (`services.consents.add_from_intake`); no decision
reads them any more.

Neither table accepts an UPDATE: a withdrawal is a new row, never a change.
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_TABLES = ("case_consents", "case_consent_withdrawals")


def _create() -> None:
    op.create_table(
        "case_consents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("purpose", sa.String(16), nullable=False),
        sa.Column("service_kind", sa.String(32), nullable=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("network_members.id"), nullable=True),
        sa.Column("given_on", sa.String(10), nullable=False),
        sa.Column("way", sa.String(32), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "purpose IN ('care', 'referral', 'sharing', 'statistics')",
            name="ck_case_consent_purpose",
        ),
        sa.CheckConstraint(
            "(purpose = 'referral') = (service_kind IS NOT NULL)",
            name="ck_case_consent_service",
        ),
    )
    op.create_index("ix_case_consents_case_id", "case_consents", ["case_id"])
    op.create_table(
        "case_consent_withdrawals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "consent_id",
            sa.Integer(),
            sa.ForeignKey("case_consents.id"),
            nullable=False,
            unique=True,
        ),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("withdrawn_on", sa.String(10), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_case_consent_withdrawals_case_id", "case_consent_withdrawals", ["case_id"])
    for table in _TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is never rewritten'); END"
        )


def upgrade() -> None:
    _create()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    moved = (
        "INSERT INTO case_consents (case_id, purpose, given_on, way, recorded_by, recorded_at) "
        "SELECT id, '{purpose}', {day}, 'before_register', '', :now FROM cases "
        "WHERE erased_at IS NULL AND {condition} ORDER BY id"
    )
    bind = op.get_bind()
    bind.execute(
        sa.text(
            moved.format(purpose="care", day="consent_date", condition="consent_date IS NOT NULL")
        ),
        {"now": now},
    )
    bind.execute(
        sa.text(
            moved.format(
                purpose="sharing",
                day="COALESCE(consent_date, referral_date)",
                condition="consent_sharing = 1",
            )
        ),
        {"now": now},
    )


def downgrade() -> None:
    for table in reversed(_TABLES):
        op.execute(f"DROP TRIGGER {table}_no_update")
    op.drop_index("ix_case_consent_withdrawals_case_id", "case_consent_withdrawals")
    op.drop_table("case_consent_withdrawals")
    op.drop_index("ix_case_consents_case_id", "case_consents")
    op.drop_table("case_consents")
