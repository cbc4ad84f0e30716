"""The exchange: this store's own keys, the capofila's registry of Ambito senders, an Ambito's
enrolment, and the snapshots the capofila has accepted.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

Private keys live only here, inside the encrypted store. Accepted snapshots are append-only
(triggers refuse UPDATE and DELETE): the provincial totals are recomputed from the newest one
per Ambito, and the older ones are the history of what was merged and when.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_own_keys",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("purpose", sa.String(16), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=False, unique=True),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("retired_at", sa.String(32), nullable=True),
        sa.CheckConstraint(
            "purpose IN ('signing', 'encryption', 'network')", name="ck_own_key_purpose"
        ),
    )
    op.create_index("ix_exchange_own_keys_purpose", "exchange_own_keys", ["purpose"])
    op.create_table(
        "exchange_senders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ambito", sa.String(32), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=False, unique=True),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("registered_at", sa.String(32), nullable=False),
        sa.Column("retired_at", sa.String(32), nullable=True),
        sa.Column("revoked_at", sa.String(32), nullable=True),
    )
    op.create_index("ix_exchange_senders_ambito", "exchange_senders", ["ambito"])
    op.create_table(
        "exchange_enrolment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ambito", sa.String(32), nullable=False),
        sa.Column("programme_id", sa.String(64), nullable=False),
        sa.Column("programme_sha256", sa.String(64), nullable=False),
        sa.Column("capofila_signing_key", sa.LargeBinary(), nullable=False),
        sa.Column("capofila_signing_key_id", sa.String(32), nullable=False),
        sa.Column("capofila_encryption_key", sa.LargeBinary(), nullable=False),
        sa.Column("capofila_encryption_key_id", sa.String(32), nullable=False),
        sa.Column("network_key", sa.LargeBinary(), nullable=False),
        sa.Column("network_key_id", sa.String(32), nullable=False),
        sa.Column("enrolled_at", sa.String(32), nullable=False),
        sa.Column("next_sequence", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_enrolment_single_row"),
        sa.CheckConstraint("next_sequence >= 1", name="ck_enrolment_sequence"),
    )
    op.create_table(
        "exchange_snapshots",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ambito", sa.String(32), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("sender_key_id", sa.String(32), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("imported_at", sa.String(32), nullable=False),
        sa.CheckConstraint("sequence >= 1", name="ck_snapshot_sequence"),
    )
    op.create_index(
        "ux_exchange_snapshots_ambito_sequence",
        "exchange_snapshots",
        ["ambito", "sequence"],
        unique=True,
    )
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER exchange_snapshots_no_{event.lower()} BEFORE {event} "
            "ON exchange_snapshots "
            "BEGIN SELECT RAISE(ABORT, 'exchange_snapshots is append-only'); END"
        )


def downgrade() -> None:
    for event in ("update", "delete"):
        op.execute(f"DROP TRIGGER exchange_snapshots_no_{event}")
    for table in (
        "exchange_snapshots",
        "exchange_enrolment",
        "exchange_senders",
        "exchange_own_keys",
    ):
        op.drop_table(table)
