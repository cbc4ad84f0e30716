"""The tombstone of an erased case (GDPR art. 17 and storage limitation).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

An erased case keeps its row (the ledger's rows point at it and are append-only) with the case
code, the referral and stage dates and the lines, and loses every personal field. Four
columns say that it was erased, when, why («richiesta», «scadenza»), which exchange pseudonym
she had at that moment (NULL when the store was not enrolled or she had no codice fiscale) and
`woman_key`, the store-local keyed hash of her CF that keeps the per-woman caps counting her
money (`services.woman_keys`). Triggers make the tombstone final: once `erased_at` is set, no
UPDATE of the row passes, and no assessment, project revision or project event can be added to
it, so no later save can write personal data back. Her stage dates, children rows (only through
an update of the case) and ledger rows are not blocked: payments and reversals of her
commitments go on.

The ledger stays append-only but for one update: on the rows of an erased case, `payee` and
`note` (free text that may name her, her address or her landlord) may be set to '' with every
other column unchanged. `document_ref` stays: a mandate or receipt number is the accounting
trail the Region checks.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_COLUMNS = (("erased_at", 32), ("erasure_reason", 16), ("kept_pseudonym", 64), ("woman_key", 64))
_HER_DOCUMENTS = ("assessments", "project_revisions", "project_events")
_LEDGER_KEPT = (
    "seq",
    "case_id",
    "case_code",
    "fund",
    "kind",
    "amount",
    "on_date",
    "revision",
    "commitment_seq",
    "reverses_seq",
    "document_ref",
    "actor",
    "created_at",
)
_APPEND_ONLY_LEDGER = (
    "CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries "
    "BEGIN SELECT RAISE(ABORT, 'ledger_entries is append-only'); END"
)


def _ledger_erasure_only() -> str:
    unchanged = " AND ".join(f"NEW.{column} IS OLD.{column}" for column in _LEDGER_KEPT)
    allowed = (
        "(SELECT erased_at FROM cases WHERE id = OLD.case_id) IS NOT NULL "  # noqa: S608 - fixed names
        f"AND NEW.payee = '' AND NEW.note = '' AND {unchanged}"
    )
    return (
        "CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries "
        f"WHEN NOT ({allowed}) "
        "BEGIN SELECT RAISE(ABORT, 'ledger_entries is append-only'); END"
    )


def upgrade() -> None:
    for name, length in _COLUMNS:
        op.add_column("cases", sa.Column(name, sa.String(length), nullable=True))
    op.execute(
        "CREATE TRIGGER cases_tombstone_final BEFORE UPDATE ON cases "
        "WHEN OLD.erased_at IS NOT NULL "
        "BEGIN SELECT RAISE(ABORT, 'cases: an erased case is final'); END"
    )
    for table in _HER_DOCUMENTS:
        op.execute(
            f"CREATE TRIGGER {table}_not_on_erased BEFORE INSERT ON {table} "  # noqa: S608 - fixed names
            "WHEN (SELECT erased_at FROM cases WHERE id = NEW.case_id) IS NOT NULL "
            f"BEGIN SELECT RAISE(ABORT, '{table}: the case is erased'); END"
        )
    op.execute("DROP TRIGGER ledger_entries_no_update")
    op.execute(_ledger_erasure_only())


def downgrade() -> None:
    op.execute("DROP TRIGGER ledger_entries_no_update")
    op.execute(_APPEND_ONLY_LEDGER)
    for table in _HER_DOCUMENTS:
        op.execute(f"DROP TRIGGER {table}_not_on_erased")
    op.execute("DROP TRIGGER cases_tombstone_final")
    # SQLite's own DROP COLUMN (3.35+): a batch copy of the table would lose its indexes' COLLATE.
    for name, _length in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE cases DROP COLUMN {name}")
