"""The capofila keeps each accepted snapshot's figures; the audit log gets its entity index.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

`exchange_snapshot_figures` (the header: a snapshot without records and registers, canonical
JSON) and `exchange_snapshot_sets` (its women, the women per line, the commitments per woman
and fund, packed) are written with the snapshot when a bundle is merged, so the provincial
totals read them instead of parsing every kept payload again (`domain.payload.figures`). Like
the snapshots, they are append-only.

Snapshots kept before this revision get no figures here: the upgrade would have to parse every
payload ever merged with the application's current programme. The totals compute the figures
of such a snapshot from its payload when they read it (in memory, as before this revision), so
an upgraded store gives the same totals, and the figures are kept from the Ambito's next merge.

`audit_log(entity, entity_id)` is what the history of one case, project or snapshot is read by.

`ix_exchange_snapshots_kept` covers what picks the newest trusted snapshot per Ambito and the
audit heads (Ambito, sequence, signing key, audit head): without it SQLite read each row, and
the signing key column comes after the payload, so every payload ever kept (4.5 MB for 10,000
cases) was decrypted to reach it — 18 s for 91 Ambiti.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_TABLES = ("exchange_snapshot_figures", "exchange_snapshot_sets")
_KEPT_COLUMNS = ("ambito", "sequence", "sender_key_id", "audit_head_seq")


def upgrade() -> None:
    op.create_table(
        "exchange_snapshot_figures",
        sa.Column(
            "snapshot_id",
            sa.Integer(),
            sa.ForeignKey("exchange_snapshots.id"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("header", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "exchange_snapshot_sets",
        sa.Column(
            "snapshot_id",
            sa.Integer(),
            sa.ForeignKey("exchange_snapshots.id"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("members", sa.LargeBinary(), nullable=False),
    )
    for table in _TABLES:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    op.create_index("ix_audit_log_entity", "audit_log", ["entity", "entity_id"])
    op.create_index("ix_exchange_snapshots_kept", "exchange_snapshots", list(_KEPT_COLUMNS))


def downgrade() -> None:
    op.drop_index("ix_exchange_snapshots_kept", "exchange_snapshots")
    op.drop_index("ix_audit_log_entity", "audit_log")
    for table in reversed(_TABLES):
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER {table}_no_{event}")
        op.drop_table(table)
