"""The capofila's register of the Provincia: its commitments and payments of the funds the
programme gives it, and the CPI's staff hours (see `domain.funds.provincia`). Append-only like
the other registers: triggers refuse UPDATE and DELETE, a mistake is cancelled by a reversing
row that points at it (`reverses_id`, unique)."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from antiviolenza_desktop.store.schema_base import Base


class ProvinciaCommitmentRow(Base):
    """Money of a Provincia fund committed for a woman of an Ambito (pseudonym of her bundle,
    NULL for a woman the capofila knows only in the aggregates)."""

    __tablename__ = "provincia_commitments"
    __table_args__ = (
        CheckConstraint("amount > 0", name="ck_provincia_commitment_amount"),
        Index("ix_provincia_commitment_woman", "fund", "pseudonym"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ambito: Mapped[str] = mapped_column(String(64))
    pseudonym: Mapped[str | None] = mapped_column(String(64), nullable=True)
    fund: Mapped[str] = mapped_column(String(32))
    intervention: Mapped[str] = mapped_column(String(64))
    on_date: Mapped[str] = mapped_column(String(10))
    amount: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, server_default="")
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("provincia_commitments.id"), nullable=True, unique=True
    )
    actor: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))


class ProvinciaPaymentRow(Base):
    """A payment of the Provincia against one of its commitments."""

    __tablename__ = "provincia_payments"
    __table_args__ = (CheckConstraint("amount > 0", name="ck_provincia_payment_amount"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("provincia_commitments.id"))
    on_date: Mapped[str] = mapped_column(String(10))
    amount: Mapped[int] = mapped_column(Integer)
    payee: Mapped[str] = mapped_column(String(200))
    document_ref: Mapped[str] = mapped_column(String(200), server_default="")
    note: Mapped[str] = mapped_column(Text, server_default="")
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("provincia_payments.id"), nullable=True, unique=True
    )
    actor: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))


class ProvinciaHoursRow(Base):
    """CPI staff hours valued as co-financing (B) of a line the Provincia co-finances."""

    __tablename__ = "provincia_hours"
    __table_args__ = (
        CheckConstraint("minutes > 0 AND hourly_cost > 0 AND value > 0", name="ck_provincia_hours"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office: Mapped[str] = mapped_column(String(200))
    person: Mapped[str] = mapped_column(String(200))
    action_code: Mapped[str] = mapped_column(String(32))
    month: Mapped[str] = mapped_column(String(7))
    minutes: Mapped[int] = mapped_column(Integer)
    hourly_cost: Mapped[int] = mapped_column(Integer)
    value: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, server_default="")
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("provincia_hours.id"), nullable=True, unique=True
    )
    actor: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
