"""The register of a woman's consents (`domain.case.consent`; see `store.schema`).

`case_consents` holds each consent as given; `case_consent_withdrawals` each withdrawal, a new
row pointing at the consent (one at most). Neither table accepts an UPDATE (triggers of
migration 0016): a consent's history is never rewritten. Both accept a DELETE, which only the
erasure of her case does.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from antiviolenza_desktop.store.schema_base import Base


class CaseConsent(Base):
    """One consent: purpose, day, how it was collected, who recorded it; for a referral the
    kind of body and, if she named one, the network member."""

    __tablename__ = "case_consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))
    service_kind: Mapped[str | None] = mapped_column(String(32), nullable=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("network_members.id"), nullable=True)
    given_on: Mapped[str] = mapped_column(String(10))
    way: Mapped[str] = mapped_column(String(32))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[str] = mapped_column(String(32))


class CaseConsentWithdrawal(Base):
    """The withdrawal of one consent, with its day and who recorded it."""

    __tablename__ = "case_consent_withdrawals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("case_consents.id"), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    withdrawn_on: Mapped[str] = mapped_column(String(10))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[str] = mapped_column(String(32))
