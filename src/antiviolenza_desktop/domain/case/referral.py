"""A woman's referrals to other services, their status, and the one place their order lives.

A referral sends her to a service, named like a referral consent names it: a kind of body
(`network_training.BODY_KINDS`, the network register's vocabulary) and, when one organisation
was chosen, the network member. It has the day it was sent, the kind of body that sent it
(usually the CAV or the social services of the équipe) and the consent that covers it (the
referral consent in force on that day, `services.consents.require_consent_on`).

Its status is a history, never overwritten: it is «inviata» from the day it was sent; the
service then answers «accolta» or «rifiutata» (with the reason it gave), and an accepted
referral is later «conclusa». Each change is a new row with its own day. `check_status_change`
is the one rule of that order, asked by the GUI and the CLI alike through `services.referrals`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS

SENT = "sent"
ACCEPTED = "accepted"
REFUSED = "refused"
CLOSED = "closed"

STATUSES: tuple[tuple[str, str], ...] = (
    (SENT, "inviata"),
    (ACCEPTED, "accolta"),
    (REFUSED, "rifiutata"),
    (CLOSED, "conclusa"),
)
"""(code, Italian label); codes are stored, never renamed or removed."""

NEXT: dict[str, tuple[str, ...]] = {SENT: (ACCEPTED, REFUSED), ACCEPTED: (CLOSED,)}
"""The statuses each status may move to; a refused or closed referral is over."""

REASON_MAX = 500


def label_of(pairs: tuple[tuple[str, str], ...], code: str | None) -> str:
    return dict(pairs).get(code or "", code or "")


@dataclass(frozen=True)
class StatusChange:
    """One step of a referral's history after «inviata»."""

    status: str
    on: date
    reason: str | None
    recorded_by: str


@dataclass(frozen=True)
class Referral:
    """One referral of her register with its status history, oldest change first."""

    id: int
    service_kind: str
    member_id: int | None
    member_name: str | None
    sent_on: date
    sender_kind: str
    consent_id: int | None
    recorded_by: str
    changes: tuple[StatusChange, ...] = ()

    @property
    def status(self) -> str:
        return self.changes[-1].status if self.changes else SENT

    @property
    def since(self) -> date:
        """The day of the current status."""
        return self.changes[-1].on if self.changes else self.sent_on

    @property
    def reason(self) -> str | None:
        """The service's reason, for a refused referral."""
        return self.changes[-1].reason if self.changes else None

    def service_label(self) -> str:
        return self.member_name or label_of(BODY_KINDS, self.service_kind)


@dataclass(frozen=True)
class NewReferral:
    """A referral as typed: what `check_new_referral` accepts is what the register stores."""

    service_kind: str | None
    sent_on: date | None
    sender_kind: str | None
    member_id: int | None = None


@dataclass(frozen=True)
class NewStatus:
    """A status change as typed."""

    status: str | None
    on: date | None
    reason: str = ""


class ReferralServiceMissing(AppError):
    code = "invio_servizio_mancante"
    template = "Scegli il servizio a cui la donna è inviata (il tipo di ente)."


class ReferralSenderMissing(AppError):
    code = "invio_inviante_mancante"
    template = "Scegli chi invia la donna (il tipo di ente che fa l'invio)."


class ReferralDateMissing(AppError):
    code = "invio_data_mancante"
    template = "Indica il giorno dell'invio."


class ReferralDateInFuture(AppError):
    code = "invio_data_futura"
    template = "La data {day} è nel futuro: si registrano solo invii e risposte già avvenuti."


class ReferralStatusUnknown(AppError):
    code = "invio_stato_sconosciuto"
    template = "Scegli il nuovo stato dell'invio tra quelli dell'elenco."


class ReferralStatusOutOfOrder(AppError):
    code = "invio_stato_fuori_ordine"
    template = (
        "L'invio è «{current}»: non può diventare «{wanted}». Un invio inviato si accoglie o "
        "si rifiuta; solo un invio accolto si conclude; rifiutato o concluso, è chiuso."
    )
    label_params: ClassVar[Mapping[str, str]] = {
        "current": "referral_options",
        "wanted": "referral_options",
    }


class ReferralStatusBeforeLast(AppError):
    code = "invio_stato_prima_del_precedente"
    template = (
        "Il giorno {day} viene prima di quello dello stato attuale ({since}): controlla la data."
    )


class ReferralReasonMissing(AppError):
    code = "invio_motivo_mancante"
    template = "Un invio rifiutato ha sempre il motivo del rifiuto: scrivilo."


class ReferralReasonNotExpected(AppError):
    code = "invio_motivo_non_previsto"
    template = "Solo un rifiuto ha un motivo: togli il testo del motivo."


class ReferralReasonTooLong(AppError):
    code = "invio_motivo_troppo_lungo"
    template = "Il motivo è lungo {length} caratteri: al massimo {max}."


class ReferralNotFound(AppError):
    code = "invio_non_trovato"
    template = "L'invio n. {number} non è nel registro di questo caso."


class ReferralMemberUnknown(AppError):
    code = "invio_ente_non_in_rete"
    template = (
        "L'ente n. {member} non è un membro della rete di tipo «{kind}»: scegli un ente "
        "dell'elenco o lascia solo il tipo di ente."
    )
    label_params: ClassVar[Mapping[str, str]] = {"kind": "network_kinds"}


def _day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def check_new_referral(new: NewReferral, today: date) -> date:
    """Refuse a referral the register cannot hold; returns its day."""
    if new.service_kind not in dict(BODY_KINDS):
        raise ReferralServiceMissing("service_kind")
    if new.sender_kind not in dict(BODY_KINDS):
        raise ReferralSenderMissing("sender_kind")
    if new.sent_on is None:
        raise ReferralDateMissing("sent_on")
    if new.sent_on > today:
        raise ReferralDateInFuture("sent_on", day=_day(new.sent_on))
    return new.sent_on


def _check_reason(status: str, reason: str) -> str | None:
    text = reason.strip()
    if status == REFUSED and not text:
        raise ReferralReasonMissing("reason")
    if status != REFUSED and text:
        raise ReferralReasonNotExpected("reason")
    if len(text) > REASON_MAX:
        raise ReferralReasonTooLong("reason", length=len(text), max=REASON_MAX)
    return text or None


def check_status_change(referral: Referral, new: NewStatus, today: date) -> StatusChange:
    """The change the register will store (recorded_by left blank for the service), or the
    refusal: an unknown or out-of-order status, a missing or future day, a day before the
    current status's, a refusal without its reason."""
    if new.status not in dict(STATUSES) or new.status == SENT:
        raise ReferralStatusUnknown("status")
    if new.status not in NEXT.get(referral.status, ()):
        raise ReferralStatusOutOfOrder(
            "status",
            current=label_of(STATUSES, referral.status),
            wanted=label_of(STATUSES, new.status),
        )
    if new.on is None:
        raise ReferralDateMissing("on")
    if new.on > today:
        raise ReferralDateInFuture("on", day=_day(new.on))
    if new.on < referral.since:
        raise ReferralStatusBeforeLast("on", day=_day(new.on), since=_day(referral.since))
    return StatusChange(new.status, new.on, _check_reason(new.status, new.reason), "")
