"""Transfers of a case between Ambiti: the two logs, the partners' key cards, the mark.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05

- `cases.transferred_at` (UTC time) and `cases.transferred_to` (the receiving Ambito's code):
  a case sent to another Ambito is read-only from then on. Triggers refuse any UPDATE of the
  row but the erasure (which sets `erased_at` and clears her identity when the retention period
  runs out), and any new row of her record (assessment, project revision or event, consent,
  withdrawal, service given, referral or its status, sign-off): what the sender keeps is what
  was true on the day she left.
  The ledger is not blocked: it is the sender's accounts (a late invoice for a service given
  before the move, the reversal of a residual her move left unspent).
- `case_transfers_out`: at the sender, one row per case sent (case, receiving Ambito, the
  receiving key's id, day, SHA-256 of the file, who). Append-only.
- `case_transfers_in`: at the receiver, one row per file received (sending Ambito and its
  signing key id, the sender's case code, the transfer's id, the new case, day, SHA-256 of the
  file, who). The transfer id and the file hash are unique: the same file twice is a replay.
  Append-only.
- `transfer_partners`: the other Ambiti's «chiave di ricezione» cards this store registered
  after comparing the fingerprint by phone (their Ed25519 signing key, which verifies what they
  send, and their X25519 receiving key, which what we send is sealed to).
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

_HER_ROWS = (
    "assessments",
    "project_revisions",
    "project_events",
    "case_consents",
    "case_consent_withdrawals",
    "case_services",
    "case_referrals",
    "case_referral_statuses",
    "project_signoffs",
)
_LOGS = ("case_transfers_out", "case_transfers_in")


def _tables() -> None:
    op.create_table(
        "case_transfers_out",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("case_code", sa.String(32), nullable=False),
        sa.Column("to_ambito", sa.String(32), nullable=False),
        sa.Column("recipient_key_id", sa.String(32), nullable=False),
        sa.Column("transfer_id", sa.String(32), nullable=False, unique=True),
        sa.Column("transferred_on", sa.String(10), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_case_transfers_out_case_id", "case_transfers_out", ["case_id"])
    op.create_table(
        "case_transfers_in",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("from_ambito", sa.String(32), nullable=False),
        sa.Column("sender_key_id", sa.String(32), nullable=False),
        sa.Column("from_case_code", sa.String(32), nullable=False),
        sa.Column("transfer_id", sa.String(32), nullable=False, unique=True),
        sa.Column("file_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("received_on", sa.String(10), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_case_transfers_in_case_id", "case_transfers_in", ["case_id"])
    op.create_table(
        "transfer_partners",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ambito", sa.String(32), nullable=False),
        sa.Column("signing_key_id", sa.String(32), nullable=False, unique=True),
        sa.Column("signing_key", sa.LargeBinary(), nullable=False),
        sa.Column("receiving_key_id", sa.String(32), nullable=False),
        sa.Column("receiving_key", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("registered_at", sa.String(32), nullable=False),
        sa.Column("retired_at", sa.String(32), nullable=True),
    )
    op.create_index("ix_transfer_partners_ambito", "transfer_partners", ["ambito"])


def _triggers() -> None:
    op.execute(
        "CREATE TRIGGER cases_transferred_read_only BEFORE UPDATE ON cases "
        "WHEN OLD.transferred_at IS NOT NULL AND NEW.erased_at IS NULL "
        "BEGIN SELECT RAISE(ABORT, 'cases: a transferred case is read-only'); END"
    )
    for table in _HER_ROWS:
        op.execute(
            f"CREATE TRIGGER {table}_not_on_transferred BEFORE INSERT ON {table} "  # noqa: S608 - fixed names
            "WHEN (SELECT transferred_at FROM cases WHERE id = NEW.case_id) IS NOT NULL "
            f"BEGIN SELECT RAISE(ABORT, '{table}: the case was transferred'); END"
        )
    for table in _LOGS:  # a deleted row would let a replay in, or hide a case sent away
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_{event.lower()}_refused BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def upgrade() -> None:
    op.add_column("cases", sa.Column("transferred_at", sa.String(32), nullable=True))
    op.add_column("cases", sa.Column("transferred_to", sa.String(32), nullable=True))
    _tables()
    _triggers()


def downgrade() -> None:
    for table in _LOGS:
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{event}_refused")
    for table in _HER_ROWS:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_not_on_transferred")
    op.execute("DROP TRIGGER IF EXISTS cases_transferred_read_only")
    op.drop_table("transfer_partners")
    op.drop_table("case_transfers_in")
    op.drop_table("case_transfers_out")
    # SQLite's own DROP COLUMN (as 0008): a batch copy would lose the indexes' COLLATE.
    op.execute("ALTER TABLE cases DROP COLUMN transferred_to")
    op.execute("ALTER TABLE cases DROP COLUMN transferred_at")
