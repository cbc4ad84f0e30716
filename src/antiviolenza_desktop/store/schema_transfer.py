"""The tables of case transfers between Ambiti (`docs/case-transfer.md`; see `store.schema`).

`case_transfers_out` is the sender's log of the cases it sent, `case_transfers_in` the
receiver's log of the files it received (its unique transfer id and file hash refuse a replay);
both are append-only (migration 0019). `transfer_partners` holds the other Ambiti's key cards,
registered after the fingerprint was compared by phone.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from antiviolenza_desktop.store.schema_base import Base


class CaseTransferOut(Base):
    """One case sent to another Ambito: where, sealed to which key, when, the file's hash."""

    __tablename__ = "case_transfers_out"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    case_code: Mapped[str] = mapped_column(String(32))
    to_ambito: Mapped[str] = mapped_column(String(32))
    recipient_key_id: Mapped[str] = mapped_column(String(32))
    transfer_id: Mapped[str] = mapped_column(String(32), unique=True)
    transferred_on: Mapped[str] = mapped_column(String(10))
    file_sha256: Mapped[str] = mapped_column(String(64))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[str] = mapped_column(String(32))


class CaseTransferIn(Base):
    """One case received: from which Ambito and key, its code there, the new case here."""

    __tablename__ = "case_transfers_in"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    from_ambito: Mapped[str] = mapped_column(String(32))
    sender_key_id: Mapped[str] = mapped_column(String(32))
    from_case_code: Mapped[str] = mapped_column(String(32))
    transfer_id: Mapped[str] = mapped_column(String(32), unique=True)
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    received_on: Mapped[str] = mapped_column(String(10))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[str] = mapped_column(String(32))


class TransferPartner(Base):
    """Another Ambito's key card: its signing key (verifies what it sends) and its receiving
    key (what we send it is sealed to). A newer card of the same Ambito retires the older."""

    __tablename__ = "transfer_partners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ambito: Mapped[str] = mapped_column(String(32), index=True)
    signing_key_id: Mapped[str] = mapped_column(String(32), unique=True)
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)
    receiving_key_id: Mapped[str] = mapped_column(String(32))
    receiving_key: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[str] = mapped_column(String(32))
    retired_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
