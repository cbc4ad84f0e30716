"""Her referrals to other services as the Progetto personalizzato prints them: one line per
referral with its service, day, sender, status today (and the reason of a refusal) and the
consent that covers it, in the order they were sent (`services.referral_rows`)."""

from __future__ import annotations

from antiviolenza_desktop.domain.case import referral as rules
from antiviolenza_desktop.domain.case.referral import Referral
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.services import referral_rows
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def referral_line(referral: Referral) -> str:
    """«n. 2 · Centro per l'impiego · inviata il 12/11/2026 da Centro antiviolenza · accolta
    dal 20/11/2026 · consenso n. 5»."""
    sender = rules.label_of(BODY_KINDS, referral.sender_kind)
    status = rules.label_of(rules.STATUSES, referral.status)
    since = "" if referral.status == rules.SENT else f" dal {referral.since:%d/%m/%Y}"
    reason = f" (motivo: {referral.reason})" if referral.reason else ""
    return (
        f"n. {referral.id} · {referral.service_label()} · inviata il {referral.sent_on:%d/%m/%Y}"
        f" da {sender} · {status}{since}{reason} · consenso n. {referral.consent_id}"
    )


def referral_lines(uow: UnitOfWork, case_id: int) -> tuple[str, ...]:
    mine = referral_rows.referrals_by_case(uow, [case_id]).get(case_id, [])
    return tuple(referral_line(referral) for referral in mine)
