"""The register of a woman's consents: reading it, adding a consent, recording a withdrawal,
and the refusal everyone who needs a consent asks for (`require_consent_on`).

Permission: any active user of the store, like the referral form the consents come from.
Each write is the caller's one transaction with its audit entry (case id, purpose and the
consent's number; never her name). A withdrawal is a new row: nothing written is changed
(migration 0016's triggers refuse an UPDATE). Withdrawing a sharing consent also clears the
referral form's «consenso alla condivisione» tick, so the form shows what holds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.case import consent as rules
from antiviolenza_desktop.domain.case.consent import Consent, NewConsent
from antiviolenza_desktop.domain.case.retention import check_not_erased
from antiviolenza_desktop.domain.case.transfer import check_not_transferred
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.services import audit, consent_rows, network_members
from antiviolenza_desktop.services.authorization import require_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    Case,
    CaseConsentWithdrawal,
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _case(uow: UnitOfWork, case_id: int, permission: Permission = Permission.CASE_READ) -> Case:
    """Her case, once the role holds `permission` and the case is in the actor's scope."""
    return require_case(uow, case_id, permission)


def consents_of(uow: UnitOfWork, *, case_id: int) -> list[Consent]:
    """Her register, oldest first (a read: the caller audits it with the case)."""
    _case(uow, case_id)
    return consent_rows.consents_by_case(uow, [case_id]).get(case_id, [])


def require_consent_on(
    uow: UnitOfWork,
    *,
    case_id: int,
    purpose: str,
    day: date,
    service_kind: str | None = None,
    member_id: int | None = None,
) -> Consent:
    """The consent in force on `day` (`consent_rows.consent_state_of`, the one rule), or
    ConsentWithdrawn / ConsentMissing with the reason: what a referral or an export that
    needs her consent calls before it acts."""
    state = consent_rows.consent_state_of(
        uow, case_id, purpose, day, service_kind=service_kind, member_id=member_id
    )
    return rules.require_consent(state, purpose, day)


def _check_member(uow: UnitOfWork, new: NewConsent) -> None:
    if new.member_id is None:
        return
    if not network_members.is_current_member(uow, new.member_id, new.service_kind):
        kind = rules.label_of(BODY_KINDS, new.service_kind)
        raise rules.ConsentMemberUnknown("member_id", member=new.member_id, kind=kind)


def record_consent(uow: UnitOfWork, *, case_id: int, new: NewConsent, today: date) -> int:
    """Add a consent to her register; returns its number. Errors: CaseNotFound, CaseErased,
    `domain.case.consent.check_new_consent`'s, ConsentMemberUnknown, PermissionDenied,
    CaseOutsideScope."""
    case = _case(uow, case_id, Permission.CONSENTS)
    check_not_erased(case.code, case.erased_at)
    check_not_transferred(case.code, case.transferred_at, case.transferred_to)
    given_on = rules.check_new_consent(new, today)
    _check_member(uow, new)
    return consent_rows.add_consent(uow, case_id, new, given_on)


def withdraw_consent(
    uow: UnitOfWork, *, case_id: int, consent_id: int, withdrawn_on: date | None, today: date
) -> None:
    """Record that she withdrew a consent on `withdrawn_on`. Errors: CaseNotFound, CaseErased,
    ConsentNotFound, ConsentAlreadyWithdrawn, WithdrawalDateMissing, ConsentDateInFuture,
    WithdrawalBeforeConsent, PermissionDenied, CaseOutsideScope."""
    case = _case(uow, case_id, Permission.CONSENTS)
    check_not_erased(case.code, case.erased_at)
    check_not_transferred(case.code, case.transferred_at, case.transferred_to)
    mine = {c.id: c for c in consent_rows.consents_by_case(uow, [case_id]).get(case_id, [])}
    if consent_id not in mine:
        raise rules.ConsentNotFound("consent", number=consent_id)
    consent = mine[consent_id]
    day = rules.check_withdrawal(consent, withdrawn_on, today)
    uow.session.add(
        CaseConsentWithdrawal(
            consent_id=consent_id,
            case_id=case_id,
            withdrawn_on=day.isoformat(),
            recorded_by=uow.actor.login or "",
            recorded_at=_now(),
        )
    )
    if consent.purpose == rules.SHARING:
        case.consent_sharing = False
    uow.session.flush()
    details = {"consenso": consent_id, "finalita": consent.purpose}
    audit.record(uow, action="consenso.revocato", entity="case", entity_id=case_id, details=details)
