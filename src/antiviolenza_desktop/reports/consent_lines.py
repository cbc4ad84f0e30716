"""The consents in force on the print day, as the printed forms list them.

The scheda di segnalazione and the Progetto personalizzato print her consent register as it
holds on the day they are printed (`domain.case.consent`, the one rule): a withdrawn consent is
not printed as in force, and the «Consenso raccolto il» of the project is the day of the care
consent in force, not the referral form's column.
"""

from __future__ import annotations

from datetime import date

from antiviolenza_desktop.domain.case import consent as rules
from antiviolenza_desktop.domain.case.consent import Consent
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.services import consent_rows
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def consents_in_force(uow: UnitOfWork, case_id: int, day: date) -> list[Consent]:
    mine = consent_rows.consents_by_case(uow, [case_id]).get(case_id, [])
    return [c for c in mine if c.state_on(day) == rules.IN_FORCE]


def consent_line(consent: Consent) -> str:
    """«Invio a un servizio: Aler Cremona · dato il 28/11/2026 · Modulo scritto firmato»."""
    purpose = rules.label_of(rules.PURPOSES, consent.purpose)
    if consent.service_kind is not None:
        service = consent.member_name or rules.label_of(BODY_KINDS, consent.service_kind)
        purpose = f"{purpose}: {service}"
    way = rules.label_of(rules.WAYS, consent.way)
    return f"{purpose} · dato il {consent.given_on:%d/%m/%Y} · {way}"


def lines_in_force(uow: UnitOfWork, case_id: int, day: date) -> tuple[str, ...]:
    return tuple(consent_line(c) for c in consents_in_force(uow, case_id, day))


def care_given_on(uow: UnitOfWork, case_id: int, day: date) -> date | None:
    """The day of the care consent in force on `day` (the one rule), or None."""
    state = consent_rows.consent_state_of(uow, case_id, rules.CARE, day)
    return state.in_force.given_on if state.in_force else None
