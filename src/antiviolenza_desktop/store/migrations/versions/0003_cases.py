"""Cases (the referral form), their children and the dates of each stage of the path.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = (
    ("citizenship", 16),
    ("citizenship_country", 80),
    ("marital_status", 32),
    ("residence_municipality", 8),
    ("safe_phone", 20),
    ("safe_address", 300),
    ("employment", 32),
    ("income_band", 32),
    ("housing", 32),
    ("perpetrator_relationship", 32),
    ("sent_by", 32),
    ("consent_date", 10),
)
_FLAGS = (
    "joint_social_services",
    "safe_to_call",
    "safe_to_write",
    "did_signed",
    "children_witnessed",
    "children_suffered",
    "line_work",
    "line_housing",
    "consent_sharing",
)


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(32), nullable=False, unique=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("referral_date", sa.String(10), nullable=False),
        sa.Column("referring_cav", sa.String(32), nullable=False),
        sa.Column("first_name", sa.String(80), nullable=False),
        sa.Column("last_name", sa.String(80), nullable=False),
        sa.Column("name_key", sa.String(200), nullable=False),
        sa.Column("codice_fiscale", sa.String(16), nullable=True),
        sa.Column("birth_date", sa.String(10), nullable=True),
        sa.Column("shelter", sa.String(32), nullable=False, server_default="none"),
        sa.Column("violence_types", sa.String(200), nullable=False, server_default=""),
        sa.Column("complaint", sa.String(16), nullable=False, server_default="none"),
        sa.Column("contact_reasons", sa.String(300), nullable=False, server_default=""),
        sa.Column("stage", sa.String(32), nullable=False, server_default="contact"),
        *(sa.Column(name, sa.String(size), nullable=True) for name, size in _TEXT_COLUMNS),
        *(
            sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())
            for name in _FLAGS
        ),
    )
    for column in (
        "referral_date",
        "referring_cav",
        "name_key",
        "codice_fiscale",
        "stage",
        "line_work",
        "line_housing",
    ):
        op.create_index(f"ix_cases_{column}", "cases", [column])
    op.create_index(
        "ix_cases_list",
        "cases",
        [
            "referral_date",
            "id",
            "name_key",
            "codice_fiscale",
            "code",
            "stage",
            "referring_cav",
            "line_work",
            "line_housing",
        ],
    )
    op.create_index("ix_cases_last_name", "cases", [sa.text("last_name COLLATE NOCASE")])
    op.create_table(
        "case_children",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("minor", sa.Boolean(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_case_children_case_id", "case_children", ["case_id"])
    op.create_table(
        "case_stage_dates",
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("stage", sa.String(32), primary_key=True),
        sa.Column("date", sa.String(10), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("case_stage_dates")
    op.drop_index("ix_case_children_case_id", "case_children")
    op.drop_table("case_children")
    op.drop_table("cases")
