"""A woman's referrals to other services and their status history (`domain.case.referral`).

`case_referrals` holds each referral as sent, with the consent that covered it;
`case_referral_statuses` each later status (accolta, rifiutata with its reason, conclusa), a new
row pointing at the referral, one per status at most. Neither table accepts an UPDATE (triggers
of migration 0017): a referral's history is never rewritten. Both accept a DELETE, which only
the erasure of her case does.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from antiviolenza_desktop.store.schema_base import Base


class CaseReferral(Base):
    """One referral: the service (kind of body, and the network member if one was chosen),
    the day, the kind of body that sent her, the consent that covers it, who recorded it."""

    __tablename__ = "case_referrals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    service_kind: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("network_members.id"), nullable=True)
    sent_on: Mapped[str] = mapped_column(String(10))
    sender_kind: Mapped[str] = mapped_column(String(32))
    consent_id: Mapped[int] = mapped_column(ForeignKey("case_consents.id"))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[str] = mapped_column(String(32))


class CaseReferralStatus(Base):
    """One status change of a referral, with its day, the reason of a refusal, who recorded it."""

    __tablename__ = "case_referral_statuses"
    __table_args__ = (
        UniqueConstraint("referral_id", "status", name="uq_case_referral_status_once"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("case_referrals.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    on_date: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[str] = mapped_column(String(32))
