"""The tables of period approval (`domain.approval`; see `store.schema`).

`approval_periods` is the state of each submitted period, at both ends: an Ambito store holds
its own periods, the capofila one row per Ambito and period. `approval_decisions` is the
capofila's log of its decisions, numbered per Ambito (the number the decision file carries);
`approval_files_applied` is the Ambito's log of the decision files it applied, the newest
number being what a replayed file is refused against. Both logs are append-only.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from antiviolenza_desktop.store.schema_base import Base


class ApprovalPeriod(Base):
    """One period of one Ambito and its state; `decision` is the number of the capofila's
    decision that set the state (0 while none has)."""

    __tablename__ = "approval_periods"
    __table_args__ = (
        CheckConstraint(
            "state IN ('submitted', 'approved', 'sent_back', 'reopened')",
            name="ck_approval_period_state",
        ),
        CheckConstraint("decision >= 0", name="ck_approval_period_decision"),
        Index("ux_approval_periods_ambito_period", "ambito", "period", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ambito: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(7))
    state: Mapped[str] = mapped_column(String(16))
    decision: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[str] = mapped_column(String(32))
    submitted_in: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decided_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ApprovalDecision(Base):
    """At the capofila: one decision on one Ambito's period, numbered per Ambito."""

    __tablename__ = "approval_decisions"
    __table_args__ = (
        CheckConstraint(
            "decision IN ('approve', 'send_back', 'reopen')", name="ck_approval_decision"
        ),
        CheckConstraint("number >= 1", name="ck_approval_decision_number"),
        Index("ux_approval_decisions_ambito_number", "ambito", "number", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ambito: Mapped[str] = mapped_column(String(32))
    number: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(7))
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[str] = mapped_column(String(32))
    decided_by: Mapped[str] = mapped_column(String(64))


class ApprovalFileApplied(Base):
    """At an Ambito: a decision file applied (its number, the hash of its bytes)."""

    __tablename__ = "approval_files_applied"
    __table_args__ = (CheckConstraint("sequence >= 1", name="ck_approval_file_sequence"),)

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    content_sha256: Mapped[str] = mapped_column(String(64))
    applied_at: Mapped[str] = mapped_column(String(32))
