"""The store's registers of money and work: ledger, fund settings, co-financing hours, action
expenses, training, network members and action narratives (see `store.schema`)."""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from antiviolenza_desktop.store.schema_base import Base


class LedgerRecord(Base):
    """One row of the append-only fund ledger (see `domain.ledger`); triggers refuse DELETE
    and every UPDATE but the erasure's (payee and note emptied on an erased case's rows).
    `case_code` is kept beside the id so reports and bundles never need names. `intervention`
    is the project item a payment names (`domain.payment_items`), NULL when it names none."""

    __tablename__ = "ledger_entries"
    __table_args__ = (
        CheckConstraint("amount > 0", name="ck_ledger_amount_positive"),
        CheckConstraint(
            "kind IN ('commitment', 'disbursement', 'reversal')", name="ck_ledger_kind"
        ),
        Index("ix_ledger_case", "case_id", "fund"),
        Index("ix_ledger_fund_kind", "fund", "kind", "amount"),
        Index("ix_ledger_commitment", "commitment_seq"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"))
    case_code: Mapped[str] = mapped_column(String(32))
    fund: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int] = mapped_column(Integer)
    on_date: Mapped[str] = mapped_column(String(10))
    revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    commitment_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reverses_seq: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True)
    payee: Mapped[str] = mapped_column(String(200), server_default="")
    document_ref: Mapped[str] = mapped_column(String(200), server_default="")
    note: Mapped[str] = mapped_column(Text, server_default="")
    actor: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    intervention: Mapped[str | None] = mapped_column(String(64), nullable=True)


class FundSetting(Base):
    """This store's share of a fund (the split rule is not on the card) and, where the card
    leaves it «configurabile», the per-woman cap. Missing row: the programme's default rule."""

    __tablename__ = "fund_settings"
    __table_args__ = (CheckConstraint("allocation >= 0", name="ck_fund_allocation"),)

    fund: Mapped[str] = mapped_column(String(32), primary_key=True)
    allocation: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(32))
    cap_per_woman: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[str] = mapped_column(String(32))


class CofinancingHours(Base):
    """Staff hours valued as co-financing (B). Append-only: `reverses_id` cancels a row."""

    __tablename__ = "cofinancing_hours"
    __table_args__ = (
        CheckConstraint("minutes > 0 AND hourly_cost > 0 AND value > 0", name="ck_hours"),
        Index("ix_cofinancing_action", "action_code", "month"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[str] = mapped_column(String(200))
    person: Mapped[str] = mapped_column(String(200))
    action_code: Mapped[str] = mapped_column(String(32))
    month: Mapped[str] = mapped_column(String(7))
    minutes: Mapped[int] = mapped_column(Integer)
    hourly_cost: Mapped[int] = mapped_column(Integer)
    value: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, server_default="")
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("cofinancing_hours.id"), nullable=True, unique=True
    )
    actor: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))


class ActionExpense(Base):
    """Regional money (A) spent on an action outside women's projects, e.g. the équipes'
    training (3.4). Append-only: `reverses_id` cancels a row."""

    __tablename__ = "action_expenses"
    __table_args__ = (CheckConstraint("amount > 0", name="ck_expense_amount_positive"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_code: Mapped[str] = mapped_column(String(32))
    on_date: Mapped[str] = mapped_column(String(10))
    amount: Mapped[int] = mapped_column(Integer)
    payee: Mapped[str] = mapped_column(String(200))
    document_ref: Mapped[str] = mapped_column(String(200), server_default="")
    description: Mapped[str] = mapped_column(Text, server_default="")
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_expenses.id"), nullable=True, unique=True
    )
    actor: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))


class TrainingSession(Base):
    """A training session (action 3.4 by default): topic kept in the store only, length in
    minutes, participants per kind of body as JSON counts. Append-only: `reverses_id`
    cancels a row."""

    __tablename__ = "training_sessions"
    __table_args__ = (CheckConstraint("minutes > 0", name="ck_training_minutes"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    on_date: Mapped[str] = mapped_column(String(10))
    action_code: Mapped[str] = mapped_column(String(32), server_default="3.4")
    topic: Mapped[str] = mapped_column(String(200))
    minutes: Mapped[int] = mapped_column(Integer)
    participants: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, server_default="")
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_sessions.id"), nullable=True, unique=True
    )
    actor: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))


class NetworkMember(Base):
    """An organisation of the territorial network (never a person) and its kind. Append-only
    but for `left_on`, which a trigger lets be written once; `reverses_id` cancels a row."""

    __tablename__ = "network_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    joined_on: Mapped[str] = mapped_column(String(10))
    left_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    note: Mapped[str] = mapped_column(Text, server_default="")
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_members.id"), nullable=True, unique=True
    )
    actor: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))


class ActionNarrative(Base):
    """The text the coordinator writes per action for the financial report."""

    __tablename__ = "action_narratives"

    action_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String(32))
