"""Erasing a woman's personal data from a case (GDPR art. 17 and storage limitation).

One transaction overwrites every personal field of the case row and deletes the rows that are
hers alone (children, referrals and their statuses, consents and their withdrawals,
assessments, project revisions, events and sign-offs — these after the tombstone is written,
the only time their trigger allows it — and the drafts of her forms that workers left open
at a lock); the row stays as a tombstone
with the case code, the referral and stage dates, the referring CAV and the lines, because the
append-only ledger points at it and keeps her amounts under the code. Her ledger rows lose
their payee and note (free text that may name her, her address or her landlord; the migration's
trigger allows exactly this update) and keep the document number, the accounting trail.
`secure_delete` is on
for every connection, so SQLite zeroes the freed cells and pages; after the commit
`erase_case_and_checkpoint` folds the WAL into the file and truncates it, so the old page
images leave the `-wal` too. Older copies of the store still hold her data: see
`services.erasure_copies`.

An open path erased on her request becomes «dropped out» on the day of the erasure: she left
the programme, and the tombstone must leave the waiting list and the work lists.

What a tombstone contributes to later bundles: no record (sharing consent is cleared), only
the aggregates; her pseudonym is the one she had at erasure (`kept_pseudonym`), so a woman
with another path in this store is still counted once and the Ambito's count of women does not
change. It is a keyed hash of her CF: whoever holds the network key and her CF can still tell
that she had a path here, which is why it is kept only with the money (art. 17(3)(b)).

The tombstone also keeps `woman_key`, a store-local keyed hash of her CF
(`services.woman_keys`), so that the per-woman caps still count her money when she comes back
on another path (art. 17(3)(b): the programme's caps and accounts).

Nothing more is written on a tombstone: every service that writes on a case refuses with
`CaseErased` first (the triggers are the backstop). A restore of an older copy re-applies the
replaced store's erasures (`read_erasures`, `reapply_erasures`), audited with «ripristino».

The audit entry names the case by id and code with the reason; never her name.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import cast

from sqlalchemy import delete, func, select, update

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.case import retention as retention
from antiviolenza_desktop.domain.case.stages import FINAL_STAGES
from antiviolenza_desktop.domain.exchange.pseudonyms import woman_pseudonym
from antiviolenza_desktop.services import audit, woman_keys
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exchange_records import current_enrolment
from antiviolenza_desktop.services.intake import CaseNotFound
from antiviolenza_desktop.services.retention_due import closed_on, retention_years
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    AssessmentRecord,
    Case,
    CaseChild,
    CaseConsent,
    CaseConsentWithdrawal,
    CaseReferral,
    CaseReferralStatus,
    CaseService,
    CaseStageDate,
    FormDraftRecord,
    LedgerRecord,
    ProjectEventRecord,
    ProjectRevisionRecord,
    ProjectSignOff,
)

# Every personal column of `cases` and the value it gets in a tombstone. Kept: id, code,
# created_at, referral_date, referring_cav, joint_social_services, line_work, line_housing,
# stage (the Region's counts and the ledger need them).
_ERASED_VALUES: dict[str, object] = {
    "first_name": "",
    "last_name": "",
    "name_key": "",
    "codice_fiscale": None,
    "birth_date": None,
    "citizenship": None,
    "citizenship_country": None,
    "marital_status": None,
    "residence_municipality": None,
    "safe_phone": None,
    "safe_address": None,
    "safe_to_call": False,
    "safe_to_write": False,
    "shelter": "none",
    "employment": None,
    "did_signed": False,
    "income_band": None,
    "housing": None,
    "violence_types": "",
    "perpetrator_relationship": None,
    "children_witnessed": False,
    "children_suffered": False,
    "complaint": "none",
    "sent_by": None,
    "contact_reasons": "",
    "contact_channel": None,
    "help_before": "",
    "perpetrator_sex": None,
    "perpetrator_age_band": None,
    "perpetrator_citizenship": None,
    "perpetrator_record": "",
    "path_outcomes": "",
    "consent_date": None,
    "consent_sharing": False,
}
_HER_ROWS = (
    CaseReferralStatus,  # before the referrals they point at
    CaseReferral,  # before the consents that cover them
    CaseConsentWithdrawal,  # before the consents they point at
    CaseConsent,
    CaseChild,
    CaseService,
    AssessmentRecord,
    ProjectEventRecord,
    ProjectRevisionRecord,
    FormDraftRecord,
)


@dataclass(frozen=True)
class ErasedCase:
    case_id: int
    code: str
    reason: str
    erased_at: str
    rows_deleted: int
    wal_truncated: bool = False


@dataclass(frozen=True)
class Tombstone:
    """What an erasure leaves of a case: no personal data (the code, when, why, the keys)."""

    code: str
    erased_at: str
    reason: str
    kept_pseudonym: str | None = None
    woman_key: str | None = None


@dataclass(frozen=True)
class StoreErasures:
    """Every tombstone of a store, and its woman-key secret, to re-apply after a restore."""

    woman_key_secret: str | None
    tombstones: tuple[Tombstone, ...]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _pseudonym_at_erasure(uow: UnitOfWork, case: Case) -> str | None:
    """The pseudonym her snapshots will keep counting her by: the one she already keeps (a
    case received from another Ambito), else that of her codice fiscale."""
    if case.kept_pseudonym:
        return case.kept_pseudonym
    enrolment = current_enrolment(uow)
    if enrolment is None or not case.codice_fiscale:
        return None
    return woman_pseudonym(enrolment.network_key, case.codice_fiscale)


def erase_case(
    uow: UnitOfWork, *, case_id: int, reason: str, typed_code: str, today: date
) -> ErasedCase:
    """Erase her personal data from case `case_id`, keeping the tombstone; one transaction.

    Coordinator only. `typed_code` is the case code as the person typed it to confirm.
    Errors: PermissionDenied, CaseNotFound, UnknownErasureReason, CaseAlreadyErased,
    ConfirmationMismatch, CaseNotClosed and RetentionNotExpired (reason «scadenza» only).
    """
    require(uow, Permission.ERASURE)
    case = uow.session.get(Case, case_id)
    if case is None:
        raise CaseNotFound
    retention.check_erasure(
        case_code=case.code,
        typed_code=typed_code,
        reason=reason,
        already_erased=case.erased_at is not None,
        closed=closed_on(uow, case),
        years=retention_years(uow),
        today=today,
    )
    secret = woman_keys.adopt_secret(uow)
    tombstone = Tombstone(
        code=case.code,
        erased_at=_now(),
        reason=reason,
        kept_pseudonym=_pseudonym_at_erasure(uow, case),
        woman_key=woman_keys.key_with(secret, case.codice_fiscale) if case.codice_fiscale else None,
    )
    deleted = _erase(uow, case, tombstone, today)
    _audit_erasure(uow, case, reason, deleted)
    return ErasedCase(case_id, case.code, reason, tombstone.erased_at, deleted)


def _erase(uow: UnitOfWork, case: Case, tombstone: Tombstone, today: date) -> int:
    """Delete her rows, blank her fields and her ledger free text; the number of rows deleted."""
    deleted = 0
    for table in _HER_ROWS:
        result = uow.session.execute(delete(table).where(table.case_id == case.id))
        deleted += result.rowcount or 0  # type: ignore[attr-defined]
    for column, value in _ERASED_VALUES.items():
        setattr(case, column, value)
    if case.stage not in FINAL_STAGES:
        # Her request ends an open path: it counts as interrupted, and leaves the work lists.
        case.stage = "dropped_out"
        uow.session.add(CaseStageDate(case_id=case.id, stage="dropped_out", date=today.isoformat()))
    case.updated_at = tombstone.erased_at
    case.erased_at = tombstone.erased_at
    case.erasure_reason = tombstone.reason
    case.kept_pseudonym = tombstone.kept_pseudonym
    case.woman_key = tombstone.woman_key
    uow.session.flush()
    # The sign-off register accepts a DELETE only for a case already erased (migration 0018).
    signoffs = uow.session.execute(delete(ProjectSignOff).where(ProjectSignOff.case_id == case.id))
    deleted += signoffs.rowcount or 0  # type: ignore[attr-defined]
    # The ledger keeps the code, amounts and document numbers; the payee and the note are
    # free text that may name her, her address or her landlord (the trigger allows only this).
    uow.session.execute(
        update(LedgerRecord).where(LedgerRecord.case_id == case.id).values(payee="", note="")
    )
    return deleted


def _audit_erasure(uow: UnitOfWork, case: Case, reason: str, deleted: int) -> None:
    audit.record(
        uow,
        action="caso.dati_eliminati",
        entity="case",
        entity_id=case.id,
        details={"codice": case.code, "motivo": reason, "righe_eliminate": deleted},
    )


def read_erasures(uow: UnitOfWork) -> StoreErasures:
    """The store's tombstones (read before a restore replaces it). No permission needed: the
    caller has already opened the store with its key, and nothing here is personal."""
    rows = uow.session.execute(
        select(
            Case.code, Case.erased_at, Case.erasure_reason, Case.kept_pseudonym, Case.woman_key
        ).where(Case.erased_at.is_not(None))
    )
    tombstones = tuple(
        Tombstone(code, cast(str, erased_at), reason or "", pseudonym, key)
        for code, erased_at, reason, pseudonym, key in rows
    )
    return StoreErasures(woman_keys.stored_secret(uow), tombstones)


def reapply_erasures(opened: OpenStore, erasures: StoreErasures) -> int:
    """Erase again, in a restored older copy, the cases the replaced store had erased.

    One transaction, audited per case as the erasure with reason «ripristino», then the WAL
    checkpoint as after any erasure. A tombstone whose case the copy lacks (opened after the
    copy) or has already erased is skipped. Returns how many cases were erased again.

    The tombstone keeps its reason, keys and the day her path ended, but `erased_at` is now:
    her data left this file now, and copies made before (such as the safety copy an upgrade of
    an older copy takes on opening) are the ones `services.erasure_copies` must purge."""
    stamp = _now()
    with UnitOfWork(opened.store, opened.actor) as uow:
        if erasures.tombstones:
            woman_keys.adopt_secret(uow, erasures.woman_key_secret)
        count = 0
        for tombstone in erasures.tombstones:
            case = uow.session.scalar(select(Case).where(Case.code == tombstone.code))
            if case is None or case.erased_at is not None:
                continue
            day = datetime.fromisoformat(tombstone.erased_at).date()
            deleted = _erase(uow, case, replace(tombstone, erased_at=stamp), day)
            _audit_erasure(uow, case, retention.REASON_RESTORE, deleted)
            count += 1
    if count:
        checkpoint(opened)
    return count


def erase_case_and_checkpoint(
    opened: OpenStore, *, case_id: int, reason: str, typed_code: str, today: date
) -> ErasedCase:
    """`erase_case` in its own unit of work, then the WAL folded in and truncated.

    The checkpoint runs after the commit: the erasure's new pages overwrite the old ones in
    the file, and the `-wal` that still held images of her pages is cut to zero. It fails
    only if another connection is reading (the GUI has one worker, the CLI one process):
    `wal_truncated` says whether it completed; the next open folds the WAL in anyway."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        erased = erase_case(uow, case_id=case_id, reason=reason, typed_code=typed_code, today=today)
    return replace(erased, wal_truncated=checkpoint(opened))


def checkpoint(opened: OpenStore) -> bool:
    """Fold the WAL into the database and truncate it; True when nothing was left behind."""
    opened.store.engine.dispose()
    connection = opened.store.raw_connection()
    try:
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    return int(busy) == 0


def find_case(uow: UnitOfWork, *, code: str) -> int:
    """The id of the case with this code (as typed, case ignored). Errors: CaseNotFound."""
    case_id = uow.session.scalar(select(Case.id).where(func.upper(Case.code) == code.upper()))
    if case_id is None:
        raise CaseNotFound
    return case_id


def last_erasure_at(uow: UnitOfWork) -> str | None:
    """When the latest erasure of this store happened (UTC ISO), or None if none did."""
    return uow.session.scalar(select(func.max(Case.erased_at)))
