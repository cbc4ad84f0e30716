"""The store's exchange tables: own keys, registered senders, the Ambito's enrolment, and at the
capofila the accepted snapshots with their kept figures (see `store.schema`)."""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from antiviolenza_desktop.store.schema_base import Base


class ExchangeOwnKey(Base):
    """This store's own exchange key material: `signing` (Ed25519), `encryption` (X25519) or
    `network` (the 32-byte pseudonym key, no public half). A rotated key is retired, not
    deleted: a retired encryption key still opens bundles that were sealed to it."""

    __tablename__ = "exchange_own_keys"
    __table_args__ = (
        CheckConstraint(
            "purpose IN ('signing', 'encryption', 'network')", name="ck_own_key_purpose"
        ),
        Index("ix_exchange_own_keys_purpose", "purpose"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purpose: Mapped[str] = mapped_column(String(16))
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    retired_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class ExchangeSender(Base):
    """At the capofila: an Ambito's registered Ed25519 public key. Registering a new key for an
    Ambito retires the previous one (its bundles still verify); a revoked key's never do."""

    __tablename__ = "exchange_senders"
    __table_args__ = (Index("ix_exchange_senders_ambito", "ambito"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ambito: Mapped[str] = mapped_column(String(32))
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[str] = mapped_column(String(32))
    retired_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    revoked_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class ExchangeEnrolment(Base):
    """At an Ambito: the one enrolment accepted from the capofila, and the sequence number the
    next bundle will carry (it only grows, across re-enrolments too)."""

    __tablename__ = "exchange_enrolment"
    __table_args__ = (
        CheckConstraint("id = 1", name="ck_enrolment_single_row"),
        CheckConstraint("next_sequence >= 1", name="ck_enrolment_sequence"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ambito: Mapped[str] = mapped_column(String(32))
    programme_id: Mapped[str] = mapped_column(String(64))
    programme_sha256: Mapped[str] = mapped_column(String(64))
    capofila_signing_key: Mapped[bytes] = mapped_column(LargeBinary)
    capofila_signing_key_id: Mapped[str] = mapped_column(String(32))
    capofila_encryption_key: Mapped[bytes] = mapped_column(LargeBinary)
    capofila_encryption_key_id: Mapped[str] = mapped_column(String(32))
    network_key: Mapped[bytes] = mapped_column(LargeBinary)
    network_key_id: Mapped[str] = mapped_column(String(32))
    enrolled_at: Mapped[str] = mapped_column(String(32))
    next_sequence: Mapped[int] = mapped_column(Integer)


class ExchangeSnapshot(Base):
    """At the capofila: one accepted snapshot of an Ambito (its canonical payload JSON).
    Append-only; the newest per Ambito is what the provincial totals are computed from. The
    audit head columns repeat the payload's (schema version 2; NULL before)."""

    __tablename__ = "exchange_snapshots"
    __table_args__ = (
        CheckConstraint("sequence >= 1", name="ck_snapshot_sequence"),
        Index("ux_exchange_snapshots_ambito_sequence", "ambito", "sequence", unique=True),
        Index(
            "ix_exchange_snapshots_kept", "ambito", "sequence", "sender_key_id", "audit_head_seq"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ambito: Mapped[str] = mapped_column(String(32))
    sequence: Mapped[int] = mapped_column(Integer)
    content_sha256: Mapped[str] = mapped_column(String(64))
    schema_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    sender_key_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[str] = mapped_column(String(32))
    imported_at: Mapped[str] = mapped_column(String(32))
    audit_head_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    audit_head_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ExchangeSnapshotFigures(Base):
    """At the capofila: what the provincial totals read of one accepted snapshot, taken when it
    was merged (`domain.payload.figures`): its header as canonical JSON (the snapshot without
    records and registers). Append-only like the snapshot it belongs to."""

    __tablename__ = "exchange_snapshot_figures"

    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("exchange_snapshots.id"), primary_key=True, autoincrement=False
    )
    header: Mapped[bytes] = mapped_column(LargeBinary)


class ExchangeSnapshotSet(Base):
    """At the capofila: one named set of an accepted snapshot's figures (its women, the women
    of a line, the commitments per woman of a fund), packed bytes (`domain.payload.figures`)."""

    __tablename__ = "exchange_snapshot_sets"

    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("exchange_snapshots.id"), primary_key=True, autoincrement=False
    )
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    members: Mapped[bytes] = mapped_column(LargeBinary)
