"""The register of a woman's referrals: reading it, sending a referral, recording the
service's answer and the end.

Permission: any active user of the store, like the consents (the roles come later). Each write
is the caller's one transaction with its audit entry (case id, referral number, service kind,
status; never her name, never the reason). A referral needs the referral consent in force on
its day for that service (`services.consents.require_consent_on`, the one rule): without it the
referral is refused with the reason and nothing is written; with it, the consent's number is
kept on the referral. A status change is a new row (migration 0017's triggers refuse an UPDATE)
in the order of `domain.case.referral.check_status_change`. The reason of a refusal may be
printed on her project and read by other services: it must not name a woman of the store or
hold a codice fiscale (`services.exported_texts.refuse_women_named`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.case import consent as consent_rules
from antiviolenza_desktop.domain.case import referral as rules
from antiviolenza_desktop.domain.case.referral import NewReferral, NewStatus, Referral
from antiviolenza_desktop.domain.case.retention import check_not_erased
from antiviolenza_desktop.domain.case.transfer import check_not_transferred
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.domain.name_guard import ExportedText
from antiviolenza_desktop.services import audit, network_members, referral_rows
from antiviolenza_desktop.services.authorization import require_case
from antiviolenza_desktop.services.consents import require_consent_on
from antiviolenza_desktop.services.exported_texts import refuse_women_named
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    Case,
    CaseReferral,
    CaseReferralStatus,
)

SENT_ACTION = "invio.registrato"
STATUS_ACTION = "invio.stato"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _live_case(uow: UnitOfWork, case_id: int) -> Case:
    case = require_case(uow, case_id, Permission.REFERRALS)
    check_not_erased(case.code, case.erased_at)
    check_not_transferred(case.code, case.transferred_at, case.transferred_to)
    return case


def referrals_of(uow: UnitOfWork, *, case_id: int) -> list[Referral]:
    """Her register, oldest first (a read: the caller audits it with the case)."""
    require_case(uow, case_id)
    return referral_rows.referrals_by_case(uow, [case_id]).get(case_id, [])


def _check_member(uow: UnitOfWork, new: NewReferral) -> None:
    if new.member_id is None:
        return
    if not network_members.is_current_member(uow, new.member_id, new.service_kind):
        kind = rules.label_of(BODY_KINDS, new.service_kind)
        raise rules.ReferralMemberUnknown("member_id", member=new.member_id, kind=kind)


def send_referral(uow: UnitOfWork, *, case_id: int, new: NewReferral, today: date) -> int:
    """Record a referral covered by her referral consent; returns its number. Errors:
    CaseNotFound, CaseErased, `check_new_referral`'s, ReferralMemberUnknown, ConsentMissing,
    ConsentWithdrawn (nothing written then)."""
    _live_case(uow, case_id)
    sent_on = rules.check_new_referral(new, today)
    _check_member(uow, new)
    consent = require_consent_on(
        uow,
        case_id=case_id,
        purpose=consent_rules.REFERRAL,
        day=sent_on,
        service_kind=new.service_kind,
        member_id=new.member_id,
    )
    row = CaseReferral(
        case_id=case_id,
        service_kind=new.service_kind,
        member_id=new.member_id,
        sent_on=sent_on.isoformat(),
        sender_kind=new.sender_kind,
        consent_id=consent.id,
        recorded_by=uow.actor.login or "",
        recorded_at=_now(),
    )
    uow.session.add(row)
    uow.session.flush()
    details = {"invio": row.id, "servizio": new.service_kind, "consenso": consent.id}
    audit.record(uow, action=SENT_ACTION, entity="case", entity_id=case_id, details=details)
    return row.id


def change_status(
    uow: UnitOfWork, *, case_id: int, referral_id: int, new: NewStatus, today: date
) -> None:
    """Record the next status of one of her referrals. Errors: CaseNotFound, CaseErased,
    ReferralNotFound, `check_status_change`'s, WomanNamedInText, FiscalCodeInText."""
    _live_case(uow, case_id)
    mine = {r.id: r for r in referral_rows.referrals_by_case(uow, [case_id]).get(case_id, [])}
    if referral_id not in mine:
        raise rules.ReferralNotFound("referral", number=referral_id)
    change = rules.check_status_change(mine[referral_id], new, today)
    if change.reason:
        refuse_women_named(uow, [ExportedText("reason", "Il motivo del rifiuto", change.reason)])
    uow.session.add(
        CaseReferralStatus(
            referral_id=referral_id,
            case_id=case_id,
            status=change.status,
            on_date=change.on.isoformat(),
            reason=change.reason,
            recorded_by=uow.actor.login or "",
            recorded_at=_now(),
        )
    )
    uow.session.flush()
    details = {"invio": referral_id, "stato_invio": change.status}
    audit.record(uow, action=STATUS_ACTION, entity="case", entity_id=case_id, details=details)
