"""A woman's consents: her register, a consent added, a withdrawal recorded — the «Consensi»
tab's and `antiviolenza casi consensi|consenso-aggiungi|consenso-revoca`'s one door.

Each write is one unit of work around `services.consents` (the rules, the audit entry). The
GUI names the case by id (it has opened the case, an audited read); the CLI names it by code,
and its listing records a read of her record like an opening does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.case.consent import Consent, NewConsent
from antiviolenza_desktop.services import consents, erasure, network_members, read_audit
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case


@dataclass(frozen=True)
class ConsentListing:
    """Her register as of `day` (each consent's state is `consent.state_on(day)`)."""

    case_id: int
    code: str
    consents: tuple[Consent, ...]
    day: date


def _listing(uow: UnitOfWork, case_id: int, day: date) -> ConsentListing:
    rows = consents.consents_of(uow, case_id=case_id)
    case = uow.session.get(Case, case_id)
    return ConsentListing(case_id, case.code if case else "", tuple(rows), day)


def read_consents(opened: OpenStore, case_id: int, *, today: date | None = None) -> ConsentListing:
    """Her register, for the case the caller has opened. Errors: CaseNotFound."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return _listing(uow, case_id, today or date.today())


def read_consents_by_code(
    opened: OpenStore, code: str, *, today: date | None = None
) -> ConsentListing:
    """Her register by case code, its reading recorded. Errors: CaseNotFound."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = erasure.find_case(uow, code=code)
        listing = _listing(uow, case_id, today or date.today())
        read_audit.record_read(uow, case_id=case_id, code=listing.code)
        return listing


def add_consent(
    opened: OpenStore, case_id: int, new: NewConsent, *, today: date | None = None
) -> int:
    """Record a consent; its number. Errors: `services.consents.record_consent`'s."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return consents.record_consent(uow, case_id=case_id, new=new, today=today or date.today())


def withdraw_consent(
    opened: OpenStore,
    case_id: int,
    consent_id: int,
    withdrawn_on: date | None,
    *,
    today: date | None = None,
) -> None:
    """Record her withdrawal. Errors: `services.consents.withdraw_consent`'s."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        consents.withdraw_consent(
            uow,
            case_id=case_id,
            consent_id=consent_id,
            withdrawn_on=withdrawn_on,
            today=today or date.today(),
        )


def case_id_of(opened: OpenStore, code: str) -> int:
    """The case the CLI names by code. Errors: CaseNotFound."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return erasure.find_case(uow, code=code)


@dataclass(frozen=True)
class NetworkChoice:
    """An organisation of the network a referral consent may name."""

    id: int
    name: str
    kind: str


def network_choices(opened: OpenStore) -> list[NetworkChoice]:
    """The network members in force and not left, for the «Registra consenso» dialog."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        rows = network_members.current_members(uow)
    return [NetworkChoice(row.id, row.entry.name, row.entry.kind) for row in rows]
