"""SQLAlchemy 2 typed tables of the store. Alembic migrations, not create_all, build them.

This module is the one place the tables are imported from; they are written by area: the
people, cases, assessments and projects here, the registers of money and work in
`schema_funds`, the exchange in `schema_exchange`, all on `schema_base.Base`.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from antiviolenza_desktop.store.schema_approval import (
    ApprovalDecision,
    ApprovalFileApplied,
    ApprovalPeriod,
)
from antiviolenza_desktop.store.schema_base import Base
from antiviolenza_desktop.store.schema_consent import CaseConsent, CaseConsentWithdrawal
from antiviolenza_desktop.store.schema_exchange import (
    ExchangeEnrolment,
    ExchangeOwnKey,
    ExchangeSender,
    ExchangeSnapshot,
    ExchangeSnapshotFigures,
    ExchangeSnapshotSet,
)
from antiviolenza_desktop.store.schema_funds import (
    ActionExpense,
    ActionNarrative,
    CofinancingHours,
    FundSetting,
    LedgerRecord,
    NetworkMember,
    TrainingSession,
)
from antiviolenza_desktop.store.schema_provincia import (
    ProvinciaCommitmentRow,
    ProvinciaHoursRow,
    ProvinciaPaymentRow,
)
from antiviolenza_desktop.store.schema_referral import CaseReferral, CaseReferralStatus
from antiviolenza_desktop.store.schema_signoff import ProjectSignOff
from antiviolenza_desktop.store.schema_transfer import (
    CaseTransferIn,
    CaseTransferOut,
    TransferPartner,
)

__all__ = [
    "ActionExpense",
    "ActionNarrative",
    "ApprovalDecision",
    "ApprovalFileApplied",
    "ApprovalPeriod",
    "AssessmentRecord",
    "AuditLog",
    "Base",
    "Case",
    "CaseChild",
    "CaseConsent",
    "CaseConsentWithdrawal",
    "CaseReferral",
    "CaseReferralStatus",
    "CaseService",
    "CaseStageDate",
    "CaseTransferIn",
    "CaseTransferOut",
    "CofinancingHours",
    "ExchangeEnrolment",
    "ExchangeOwnKey",
    "ExchangeSender",
    "ExchangeSnapshot",
    "ExchangeSnapshotFigures",
    "ExchangeSnapshotSet",
    "FormDraftRecord",
    "FundSetting",
    "LedgerRecord",
    "NetworkMember",
    "ProjectEventRecord",
    "ProjectRevisionRecord",
    "ProjectSignOff",
    "ProvinciaCommitmentRow",
    "ProvinciaHoursRow",
    "ProvinciaPaymentRow",
    "StoreMeta",
    "TrainingSession",
    "TransferPartner",
    "User",
]


class StoreMeta(Base):
    """Facts about the store itself (id, name, Ambito, role, programme), one key per row."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    """A worker who can unlock the store; her key slot lives in the slot file under `login`."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    cav: Mapped[str | None] = mapped_column(String(16), nullable=True)
    """The CAV code of a CAV worker (role `cav`), NULL for every other role (migration 0020)."""


class AuditLog(Base):
    """Append-only, hash-chained record of every write; triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Case(Base):
    """A woman's referral and path. Identity columns never leave the store (see exchange).

    Multi-valued vocabularies (violence types, contact reasons) are stored as sorted,
    comma-separated codes; the lines requested are two flags because lists filter on them.
    """

    __tablename__ = "cases"
    __table_args__ = (
        # Covers the case list's filters in its default order, so a search scans this narrow
        # index instead of decrypting every page of the table.
        Index(
            "ix_cases_list",
            "referral_date",
            "id",
            "name_key",
            "codice_fiscale",
            "code",
            "stage",
            "referring_cav",
            "line_work",
            "line_housing",
        ),
        Index("ix_cases_last_name", text("last_name COLLATE NOCASE")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    referral_date: Mapped[str] = mapped_column(String(10), index=True)
    referring_cav: Mapped[str] = mapped_column(String(32), index=True)
    joint_social_services: Mapped[bool] = mapped_column(Boolean, default=False)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    codice_fiscale: Mapped[str | None] = mapped_column(String(16), index=True, nullable=True)
    birth_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    citizenship: Mapped[str | None] = mapped_column(String(16), nullable=True)
    citizenship_country: Mapped[str | None] = mapped_column(String(80), nullable=True)
    marital_status: Mapped[str | None] = mapped_column(String(32), nullable=True)
    residence_municipality: Mapped[str | None] = mapped_column(String(8), nullable=True)
    safe_phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    safe_address: Mapped[str | None] = mapped_column(String(300), nullable=True)
    safe_to_call: Mapped[bool] = mapped_column(Boolean, default=False)
    safe_to_write: Mapped[bool] = mapped_column(Boolean, default=False)
    shelter: Mapped[str] = mapped_column(String(32), default="none")
    employment: Mapped[str | None] = mapped_column(String(32), nullable=True)
    did_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    income_band: Mapped[str | None] = mapped_column(String(32), nullable=True)
    housing: Mapped[str | None] = mapped_column(String(32), nullable=True)
    violence_types: Mapped[str] = mapped_column(String(200), default="")
    perpetrator_relationship: Mapped[str | None] = mapped_column(String(32), nullable=True)
    children_witnessed: Mapped[bool] = mapped_column(Boolean, default=False)
    children_suffered: Mapped[bool] = mapped_column(Boolean, default=False)
    complaint: Mapped[str] = mapped_column(String(16), default="none")
    sent_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    contact_reasons: Mapped[str] = mapped_column(String(300), default="")
    line_work: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    line_housing: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    consent_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    consent_sharing: Mapped[bool] = mapped_column(Boolean, default=False)
    stage: Mapped[str] = mapped_column(String(32), default="contact", index=True)
    # The O.R.A./ISTAT answers (migration 0014, `domain.case.statutory`); NULL or "" is "non
    # rilevato", as every case recorded before the migration reads.
    contact_channel: Mapped[str | None] = mapped_column(String(32), nullable=True)
    help_before: Mapped[str] = mapped_column(String(200), default="", server_default="")
    perpetrator_sex: Mapped[str | None] = mapped_column(String(16), nullable=True)
    perpetrator_age_band: Mapped[str | None] = mapped_column(String(16), nullable=True)
    perpetrator_citizenship: Mapped[str | None] = mapped_column(String(16), nullable=True)
    perpetrator_record: Mapped[str] = mapped_column(String(200), default="", server_default="")
    path_outcomes: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # The tombstone of an erased case (migration 0008): when and why her personal data went,
    # and the exchange pseudonym she had then, so the provincial counts stay as they were;
    # `woman_key` is the store-local keyed hash of her CF that keeps the per-woman caps
    # (`services.woman_keys`).
    erased_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    erasure_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)
    kept_pseudonym: Mapped[str | None] = mapped_column(String(64), nullable=True)
    woman_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Sent to another Ambito (migration 0019): read-only from then on, see docs/case-transfer.md.
    transferred_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    transferred_to: Mapped[str | None] = mapped_column(String(32), nullable=True)


class CaseChild(Base):
    __tablename__ = "case_children"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    minor: Mapped[bool] = mapped_column(Boolean)
    disabled: Mapped[bool] = mapped_column(Boolean)


class CaseStageDate(Base):
    __tablename__ = "case_stage_dates"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    stage: Mapped[str] = mapped_column(String(32), primary_key=True)
    date: Mapped[str] = mapped_column(String(10))


class CaseService(Base):
    """One service the CAV gave her (`domain.case.statutory.ServiceGiven`), in log order."""

    __tablename__ = "case_services"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    day: Mapped[str] = mapped_column(String(10), index=True)


class AssessmentRecord(Base):
    """One multidimensional assessment; `document` is its canonical JSON, with the instrument
    id and version it was made with, so old assessments keep their version."""

    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    assessed_on: Mapped[str] = mapped_column(String(10))
    instrument_id: Mapped[str] = mapped_column(String(64))
    instrument_version: Mapped[str] = mapped_column(String(16))
    document: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))


class ProjectRevisionRecord(Base):
    """One revision of a Progetto personalizzato. A validated revision is never updated:
    changes make the next revision, so the history stays readable."""

    __tablename__ = "project_revisions"
    __table_args__ = (Index("ux_project_revisions_case_number", "case_id", "number", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    validated_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    document: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))


class FormDraftRecord(Base):
    """A form left with unsaved changes when the store locked, kept for the worker who typed
    it; `payload` is versioned JSON (the form's value and where she was). `case_id` is NULL
    for a new referral. At most one row per (worker, form kind, case): the service replaces a
    worker's rows as a whole at each lock."""

    __tablename__ = "form_drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    form_kind: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True, nullable=True
    )
    payload: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[str] = mapped_column(String(32))


class ProjectEventRecord(Base):
    """Monitoring updates and the closure of a project, in the order they were recorded."""

    __tablename__ = "project_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    on_date: Mapped[str] = mapped_column(String(10))
    document: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))
