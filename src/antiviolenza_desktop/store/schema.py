"""SQLAlchemy 2 typed tables of the store. Alembic migrations, not create_all, build them."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


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


class AuditLog(Base):
    """Append-only, hash-chained record of every write; triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"

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
    # The tombstone of an erased case (migration 0008): when and why her personal data went,
    # and the exchange pseudonym she had then, so the provincial counts stay as they were;
    # `woman_key` is the store-local keyed hash of her CF that keeps the per-woman caps
    # (`services.woman_keys`).
    erased_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    erasure_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)
    kept_pseudonym: Mapped[str | None] = mapped_column(String(64), nullable=True)
    woman_key: Mapped[str | None] = mapped_column(String(64), nullable=True)


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
