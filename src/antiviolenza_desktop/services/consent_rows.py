"""The rows of the consent register, read into `domain.case.consent.Consent` and added, for
`services.consents` and for the intake save (which cannot import `services.consents`:
that module names the intake's CaseNotFound).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime

from sqlalchemy import select

from antiviolenza_desktop.domain.case import consent as rules
from antiviolenza_desktop.domain.case.consent import Consent, ConsentState, NewConsent
from antiviolenza_desktop.domain.case.intake import CaseDraft
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import CaseConsent, CaseConsentWithdrawal, NetworkMember


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def consents_by_case(
    uow: UnitOfWork, case_ids: list[int] | None, purpose: str | None = None
) -> dict[int, list[Consent]]:
    """{case id: her consents, oldest first}; every case when `case_ids` is None, only those
    for `purpose` when given (the bundle reads 10,000 cases' sharing consents)."""
    query = (
        select(
            *(CaseConsent.case_id, CaseConsent.id, CaseConsent.purpose, CaseConsent.given_on),
            *(CaseConsent.way, CaseConsent.recorded_by, CaseConsent.service_kind),
            *(CaseConsent.member_id, NetworkMember.name),
            *(CaseConsentWithdrawal.withdrawn_on, CaseConsentWithdrawal.recorded_by),
        )
        .outerjoin(CaseConsentWithdrawal, CaseConsentWithdrawal.consent_id == CaseConsent.id)
        .outerjoin(NetworkMember, NetworkMember.id == CaseConsent.member_id)
        .order_by(CaseConsent.id)
    )
    if case_ids is not None:
        query = query.where(CaseConsent.case_id.in_(case_ids))
    if purpose is not None:
        query = query.where(CaseConsent.purpose == purpose)
    result: dict[int, list[Consent]] = defaultdict(list)
    # Core rows unpacked by position: the bundle reads every case's consents at once.
    for row in uow.session.connection().execute(query):
        case_id, number, kind, given_on, way, by, service, member, name, withdrawn, gone_by = row
        result[case_id].append(
            Consent(
                *(number, kind, date.fromisoformat(given_on), way, by, service, member, name),
                date.fromisoformat(withdrawn) if withdrawn else None,
                gone_by,
            )
        )
    return result


def add_consent(
    uow: UnitOfWork, case_id: int, new: NewConsent, given_on: date, *, audited: bool = True
) -> int:
    """Append one consent (checked by the caller); its audit entry unless the caller's own
    entry already records the act (the referral form's save)."""
    row = CaseConsent(
        case_id=case_id,
        purpose=new.purpose,
        service_kind=new.service_kind,
        member_id=new.member_id,
        given_on=given_on.isoformat(),
        way=new.way,
        recorded_by=uow.actor.login or "",
        recorded_at=_now(),
    )
    uow.session.add(row)
    uow.session.flush()
    if not audited:
        return row.id
    details = {"consenso": row.id, "finalita": new.purpose, "modo": new.way}
    if new.service_kind:
        details["servizio"] = new.service_kind
    audit.record(
        uow, action="consenso.registrato", entity="case", entity_id=case_id, details=details
    )
    return row.id


def add_from_intake(
    uow: UnitOfWork, *, case_id: int, draft: CaseDraft, sharing_before: bool
) -> None:
    """The referral form's consent lines feed the register in the save's transaction: its
    consent date gives a care consent when she has none at all, and a sharing tick put on
    now gives a sharing consent. Nothing is withdrawn here: a withdrawal is its own act.
    The case save's own audit entry («Scheda creata/modificata») records them."""
    held = {c.purpose for c in consents_by_case(uow, [case_id]).get(case_id, [])}
    day = draft.consent_date or draft.referral_date
    if draft.consent_date is not None and rules.CARE not in held:
        care = NewConsent(rules.CARE, draft.consent_date, rules.INTAKE_FORM)
        add_consent(uow, case_id, care, draft.consent_date, audited=False)
    if draft.consent_sharing and not sharing_before and day is not None:
        sharing = NewConsent(rules.SHARING, day, rules.INTAKE_FORM)
        add_consent(uow, case_id, sharing, day, audited=False)


def consent_state_of(
    uow: UnitOfWork,
    case_id: int,
    purpose: str,
    day: date,
    *,
    service_kind: str | None = None,
    member_id: int | None = None,
) -> ConsentState:
    """Does the case have a valid consent for `purpose` (and service) on `day`? The one rule
    (`domain.case.consent.consent_state`) on her rows."""
    return rules.consent_state(
        consents_by_case(uow, [case_id]).get(case_id, []),
        purpose,
        day,
        service_kind=service_kind,
        member_id=member_id,
    )


def cases_with_consent(uow: UnitOfWork, *, purpose: str, day: date) -> frozenset[int]:
    """The cases with a valid consent for `purpose` on `day` (the bundle asks for sharing)."""
    return frozenset(
        case_id
        for case_id, consents in consents_by_case(uow, None, purpose).items()
        if rules.consent_state(consents, purpose, day).valid
    )
