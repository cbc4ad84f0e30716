"""The rows of the referral register read into `domain.case.referral.Referral`: her own for
the «Invii» tab and the CLI, every case's at once for the «Da fare» reminders and the prints.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select

from antiviolenza_desktop.domain.case.referral import Referral, StatusChange
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import CaseReferral, CaseReferralStatus, NetworkMember


def _changes(uow: UnitOfWork, case_ids: list[int] | None) -> dict[int, list[StatusChange]]:
    query = select(
        *(CaseReferralStatus.referral_id, CaseReferralStatus.status),
        *(CaseReferralStatus.on_date, CaseReferralStatus.reason, CaseReferralStatus.recorded_by),
    ).order_by(CaseReferralStatus.id)
    if case_ids is not None:
        query = query.where(CaseReferralStatus.case_id.in_(case_ids))
    found: dict[int, list[StatusChange]] = defaultdict(list)
    for referral_id, status, on_date, reason, by in uow.session.execute(query):
        found[referral_id].append(
            StatusChange(status, date.fromisoformat(on_date), reason, by or "")
        )
    return found


def referrals_by_case(uow: UnitOfWork, case_ids: list[int] | None) -> dict[int, list[Referral]]:
    """{case id: her referrals, oldest first, each with its status history}; every case's
    when `case_ids` is None."""
    query = (
        select(
            *(CaseReferral.case_id, CaseReferral.id, CaseReferral.service_kind),
            *(CaseReferral.member_id, NetworkMember.name, CaseReferral.sent_on),
            *(CaseReferral.sender_kind, CaseReferral.consent_id, CaseReferral.recorded_by),
        )
        .outerjoin(NetworkMember, NetworkMember.id == CaseReferral.member_id)
        .order_by(CaseReferral.id)
    )
    if case_ids is not None:
        query = query.where(CaseReferral.case_id.in_(case_ids))
    changes = _changes(uow, case_ids)
    result: dict[int, list[Referral]] = defaultdict(list)
    for row in uow.session.execute(query):
        case_id, number, kind, member, name, sent_on, sender, consent, by = row
        result[case_id].append(
            Referral(
                *(number, kind, member, name, date.fromisoformat(sent_on), sender, consent, by),
                tuple(changes.get(number, ())),
            )
        )
    return result
