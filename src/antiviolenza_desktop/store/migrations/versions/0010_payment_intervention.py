"""A payment may name the project item it pays.

Revision ID: 0010
Revises: 0008 (the lead chains it after 0009)
Create Date: 2026-12-04

`ledger_entries.intervention` holds the key of one item of the project revision its commitment
came from (`work.interventions[1]`, `passive_supports[0]`, `housing.entry_costs[2]`; see
`domain.payment_items`), NULL when the payment names none and on every commitment and reversal.
The ledger stays append-only: the erasure's one allowed update (payee and note emptied on an
erased case's rows) must leave this column unchanged too, so the trigger of 0008 is rebuilt
with it among the kept columns.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

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


def _ledger_erasure_only(kept: tuple[str, ...]) -> str:
    unchanged = " AND ".join(f"NEW.{column} IS OLD.{column}" for column in kept)
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
    op.add_column("ledger_entries", sa.Column("intervention", sa.String(64), nullable=True))
    op.execute("DROP TRIGGER ledger_entries_no_update")
    op.execute(_ledger_erasure_only((*_LEDGER_KEPT, "intervention")))


def downgrade() -> None:
    op.execute("DROP TRIGGER ledger_entries_no_update")
    op.execute(_ledger_erasure_only(_LEDGER_KEPT))
    # SQLite's own DROP COLUMN (3.35+), as in 0008: a batch copy would lose the indexes' COLLATE.
    op.execute("ALTER TABLE ledger_entries DROP COLUMN intervention")
