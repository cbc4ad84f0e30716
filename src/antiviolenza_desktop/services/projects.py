"""The Progetto personalizzato through its revisions: drafts, validation, monitoring, closure.

Permission: any active user drafts and follows a project; validating a revision and closing
the project need the sign-offs of équipe members (`domain.project.signoff`, given through
`services.project_signing`), checked here after the project's own rules. Rules live in
`domain.project` and `domain.project_revisions`; this module gathers the facts they need
(caps from the programme, whether an assessment exists, the lines she requested, her
consent) and keeps the history: a validated revision is never updated.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.case.consent import CARE, require_consent
from antiviolenza_desktop.domain.case.retention import check_not_erased
from antiviolenza_desktop.domain.case.transfer import check_not_transferred
from antiviolenza_desktop.domain.name_guard import ExportedText
from antiviolenza_desktop.domain.project.lease import check_lease
from antiviolenza_desktop.domain.project.model import (
    Caps,
    PrivateLease,
    ProjectDraft,
    caps_from_programme,
)
from antiviolenza_desktop.domain.project.revisions import (
    Closure,
    MonitoringUpdate,
    ProjectRevision,
    check_monitoring_update,
    close_project,
    in_force,
    mark_validated,
    new_revision,
)
from antiviolenza_desktop.domain.project.signoff import CLOSURE, REVISION, VALIDATION
from antiviolenza_desktop.services import audit, ledger_writes, signoffs
from antiviolenza_desktop.services.authorization import require_case
from antiviolenza_desktop.services.documents import from_document, to_document
from antiviolenza_desktop.services.exported_texts import refuse_women_named
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.project_checks import validation_inputs
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    Case,
    ProjectEventRecord,
    ProjectRevisionRecord,
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def programme_caps() -> Caps:
    return caps_from_programme(load_default_programme())


def _records(uow: UnitOfWork, case_id: int) -> list[ProjectRevisionRecord]:
    return list(
        uow.session.scalars(
            select(ProjectRevisionRecord)
            .where(ProjectRevisionRecord.case_id == case_id)
            .order_by(ProjectRevisionRecord.number)
        )
    )


def _revision(record: ProjectRevisionRecord) -> ProjectRevision:
    validated_on = date.fromisoformat(record.validated_on) if record.validated_on else None
    draft = from_document(ProjectDraft, record.document)
    return ProjectRevision(record.number, record.status, draft, validated_on)  # type: ignore[arg-type]


def revisions_of(uow: UnitOfWork, *, case_id: int) -> list[ProjectRevision]:
    """The whole history, oldest first: the équipe's work, read by a role holding PROJECT.
    Errors: CaseNotFound, CaseOutsideScope, PermissionDenied."""
    require_case(uow, case_id, Permission.PROJECT)
    return [_revision(record) for record in _records(uow, case_id)]


def case_for_write(
    uow: UnitOfWork, case_id: int, permission: Permission = Permission.PROJECT
) -> Case:
    """The case a project write goes to, once the role holds `permission` and the case is in
    her scope; CaseErased on a tombstone, before anything is written."""
    case = require_case(uow, case_id, permission)
    check_not_erased(case.code, case.erased_at)
    check_not_transferred(case.code, case.transferred_at, case.transferred_to)
    return case


def _store(uow: UnitOfWork, case_id: int, revision: ProjectRevision) -> None:
    existing = next((r for r in _records(uow, case_id) if r.number == revision.number), None)
    record = existing or ProjectRevisionRecord(
        case_id=case_id, number=revision.number, created_at=_now()
    )
    record.status = revision.status
    record.validated_on = revision.validated_on.isoformat() if revision.validated_on else None
    record.document = to_document(revision.draft)
    if existing is None:
        uow.session.add(record)
    uow.session.flush()


def save_draft(uow: UnitOfWork, *, case_id: int, draft: ProjectDraft) -> ProjectRevision:
    """Record the draft: updates the open draft revision, or opens the next one after a
    validation. Errors: CaseNotFound, CaseErased, ProjectClosed, the path b lease's refusals
    (`domain.project_lease`) and WomanNamedInText / FiscalCodeInText for a landlord note that
    names a woman of the store."""
    case_for_write(uow, case_id)
    _check_lease(uow, draft)
    revision = new_revision(revisions_of(uow, case_id=case_id), draft)
    _store(uow, case_id, revision)
    details = {"revisione": revision.number}
    audit.record(uow, action="progetto.bozza", entity="case", entity_id=case_id, details=details)
    return revision


def _check_lease(uow: UnitOfWork, draft: ProjectDraft) -> None:
    """Path b's lease as typed: impossible figures and a note naming a woman are refused."""
    lease = draft.housing
    if not isinstance(lease, PrivateLease):
        return
    check_lease(lease)
    note = ExportedText("housing.landlord_note", "La nota sul locatore", lease.landlord_note)
    refuse_women_named(uow, [note])


def validate(uow: UnitOfWork, *, case_id: int, validated_on: date, today: date) -> ProjectRevision:
    """Validate the newest draft revision (then frozen) and commit its amounts in the fund
    ledger, in one transaction. Errors: CaseErased, ProjectNotValid (every unmet rule with its
    numbers), ConsentWithdrawn (her care consent was withdrawn by that day), RevisionNotDraft,
    ProjectClosed, DateInFuture, SignoffsMissing (the équipe has not signed this content
    enough), and the ledger's refusals (allocation exceeded, payments on the previous revision
    to reverse first)."""
    inputs = validation_inputs(uow, case_for_write(uow, case_id), validated_on)
    if inputs.care_consent.withdrawn is not None:
        require_consent(inputs.care_consent, CARE, validated_on)  # ConsentWithdrawn, with why
    history = revisions_of(uow, case_id=case_id)
    revision = mark_validated(
        history,
        validated_on=validated_on,
        today=today,
        caps=inputs.caps,
        has_assessment=inputs.has_assessment,
        lines_requested=inputs.lines_requested,
        consent_recorded=inputs.consent_recorded,
    )
    _store(uow, case_id, revision)
    details = {"revisione": revision.number}
    audit.record(uow, action="progetto.validato", entity="case", entity_id=case_id, details=details)
    ledger_writes.commit_revision(uow, case_id=case_id, revision=revision, on=validated_on)
    # Last, so the équipe is asked to sign only a project nothing else refuses; the refusal
    # rolls back the writes above with the rest of the transaction.
    act = REVISION if in_force(history) is not None else VALIDATION
    signoffs.require(uow, case_id=case_id, act=act, number=revision.number, draft=revision.draft)
    return revision


def add_monitoring(uow: UnitOfWork, *, case_id: int, update: MonitoringUpdate, today: date) -> None:
    """Errors: CaseNotFound, CaseErased, NotYetValidated, ProjectClosed, DateInFuture,
    InvalidInput."""
    case_for_write(uow, case_id, Permission.MONITORING)
    check_monitoring_update(update, revisions_of(uow, case_id=case_id), today=today)
    uow.session.add(
        ProjectEventRecord(
            case_id=case_id,
            kind="monitoring",
            on_date=update.on.isoformat(),
            document=to_document(update),
            created_at=_now(),
        )
    )
    uow.session.flush()
    audit.record(uow, action="progetto.aggiornamento", entity="case", entity_id=case_id)


def monitoring_of(uow: UnitOfWork, *, case_id: int) -> list[MonitoringUpdate]:
    """Her project's monitoring updates, oldest first (PROJECT, as `revisions_of`)."""
    require_case(uow, case_id, Permission.PROJECT)
    records = uow.session.scalars(
        select(ProjectEventRecord)
        .where(ProjectEventRecord.case_id == case_id, ProjectEventRecord.kind == "monitoring")
        .order_by(ProjectEventRecord.on_date, ProjectEventRecord.id)
    )
    return [from_document(MonitoringUpdate, record.document) for record in records]


def close(uow: UnitOfWork, *, case_id: int, closure: Closure, today: date) -> ProjectRevision:
    """Close the revision in force with its outcomes (or drop reason), once the équipe signed
    its closure. Errors: see domain.project_revisions.check_closure, CaseErased and
    SignoffsMissing."""
    case_for_write(uow, case_id)
    closed = close_project(revisions_of(uow, case_id=case_id), closure, today=today)
    signoffs.require(uow, case_id=case_id, act=CLOSURE, number=closed.number, draft=closed.draft)
    _store(uow, case_id, closed)
    uow.session.add(
        ProjectEventRecord(
            case_id=case_id,
            kind="closure",
            on_date=closure.closed_on.isoformat(),
            document=to_document(closure),
            created_at=_now(),
        )
    )
    uow.session.flush()
    audit.record(uow, action="progetto.chiuso", entity="case", entity_id=case_id)
    return closed
