"""A woman's referrals: her register, a referral sent, a status recorded — the «Invii» tab's
and `antiviolenza casi invii|invio-aggiungi|invio-stato`'s one door.

Each write is one unit of work around `services.referrals` (the rules, the consent check,
the audit entry). The GUI names the case by id (it has opened the case, an audited read); the
CLI names it by code, and its listing records a read of her record like an opening does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.case.referral import NewReferral, NewStatus, Referral
from antiviolenza_desktop.services import erasure, read_audit, referrals
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case


@dataclass(frozen=True)
class ReferralListing:
    """Her referrals with their status history, as read on `day`."""

    case_id: int
    code: str
    referrals: tuple[Referral, ...]
    day: date


def _listing(uow: UnitOfWork, case_id: int, day: date) -> ReferralListing:
    rows = referrals.referrals_of(uow, case_id=case_id)
    case = uow.session.get(Case, case_id)
    return ReferralListing(case_id, case.code if case else "", tuple(rows), day)


def read_referrals(
    opened: OpenStore, case_id: int, *, today: date | None = None
) -> ReferralListing:
    """Her referrals, for the case the caller has opened. Errors: CaseNotFound."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return _listing(uow, case_id, today or date.today())


def read_referrals_by_code(
    opened: OpenStore, code: str, *, today: date | None = None
) -> ReferralListing:
    """Her referrals by case code, their reading recorded. Errors: CaseNotFound."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = erasure.find_case(uow, code=code)
        listing = _listing(uow, case_id, today or date.today())
        read_audit.record_read(uow, case_id=case_id, code=listing.code)
        return listing


def send_referral(
    opened: OpenStore, case_id: int, new: NewReferral, *, today: date | None = None
) -> int:
    """Record a referral; its number. Errors: `services.referrals.send_referral`'s."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return referrals.send_referral(uow, case_id=case_id, new=new, today=today or date.today())


def change_status(
    opened: OpenStore,
    case_id: int,
    referral_id: int,
    new: NewStatus,
    *,
    today: date | None = None,
) -> None:
    """Record a referral's next status. Errors: `services.referrals.change_status`'s."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        referrals.change_status(
            uow,
            case_id=case_id,
            referral_id=referral_id,
            new=new,
            today=today or date.today(),
        )
