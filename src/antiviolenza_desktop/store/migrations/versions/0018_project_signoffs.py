"""The register of the project's sign-offs, filled from the approvers typed before it.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05

Each validated or closed revision whose document names approvers gets one row per typed name,
the way «before_signoff»: the act is the validation (revision 1) or the revision's validation
(later ones), the moment is the day it was validated (no time is known), and no user nor
content fingerprint is invented. The documents stay as they are (a validated revision is never
rewritten; the application no longer reads their `approvers`). Drafts' typed names are not
moved: nobody had approved them yet.

The table accepts no UPDATE; a DELETE only once the case is erased (services.erasure deletes
her rows after writing the tombstone); no INSERT on an erased case.
"""

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_TABLE = "project_signoffs"
_TRIGGERS = {
    "no_update": "BEFORE UPDATE ON project_signoffs "
    "BEGIN SELECT RAISE(ABORT, 'project_signoffs is never rewritten'); END",
    "only_erasure_deletes": "BEFORE DELETE ON project_signoffs "
    "WHEN (SELECT erased_at FROM cases WHERE id = OLD.case_id) IS NULL "
    "BEGIN SELECT RAISE(ABORT, 'project_signoffs: only an erasure deletes'); END",
    "not_on_erased": "BEFORE INSERT ON project_signoffs "
    "WHEN (SELECT erased_at FROM cases WHERE id = NEW.case_id) IS NOT NULL "
    "BEGIN SELECT RAISE(ABORT, 'project_signoffs: the case is erased'); END",
}


def _create() -> None:
    op.create_table(
        _TABLE,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("revision_number", sa.Integer(), nullable=False),
        sa.Column("act", sa.String(16), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("typed_name", sa.String(200), nullable=True),
        sa.Column("content_digest", sa.String(64), nullable=True),
        sa.Column("way", sa.String(16), nullable=False),
        sa.Column("signed_at", sa.String(32), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.CheckConstraint(
            "act IN ('validazione', 'revisione', 'chiusura')", name="ck_project_signoff_act"
        ),
        sa.CheckConstraint(
            "(way = 'password' AND user_id IS NOT NULL AND content_digest IS NOT NULL "
            "AND typed_name IS NULL) OR (way = 'before_signoff' AND user_id IS NULL "
            "AND content_digest IS NULL AND typed_name IS NOT NULL)",
            name="ck_project_signoff_way",
        ),
    )
    op.create_index("ix_project_signoffs_case_id", _TABLE, ["case_id"])
    op.create_index(
        "ux_project_signoffs_once",
        _TABLE,
        ["case_id", "revision_number", "act", "user_id", "content_digest"],
        unique=True,
    )
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {_TABLE}_{name} {body}")


def _typed_names(document: str) -> list[str]:
    try:
        names = json.loads(document).get("approvers") or []
    except (ValueError, AttributeError):
        return []
    return [name.strip() for name in names if isinstance(name, str) and name.strip()]


def upgrade() -> None:
    _create()
    bind = op.get_bind()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    rows = bind.execute(
        sa.text(
            "SELECT case_id, number, validated_on, document FROM project_revisions "
            "WHERE status IN ('validated', 'closed') ORDER BY case_id, number"
        )
    ).all()
    insert = sa.text(
        "INSERT INTO project_signoffs (case_id, revision_number, act, typed_name, way, "
        "signed_at, recorded_by) VALUES (:case_id, :number, :act, :name, 'before_signoff', "
        ":signed_at, '')"
    )
    for case_id, number, validated_on, document in rows:
        act = "validazione" if number == 1 else "revisione"
        for name in _typed_names(document):
            values = {"case_id": case_id, "number": number, "act": act, "name": name}
            bind.execute(insert, {**values, "signed_at": validated_on or now[:10]})


def downgrade() -> None:
    for name in reversed(_TRIGGERS):
        op.execute(f"DROP TRIGGER {_TABLE}_{name}")
    op.drop_index("ux_project_signoffs_once", _TABLE)
    op.drop_index("ix_project_signoffs_case_id", _TABLE)
    op.drop_table(_TABLE)
