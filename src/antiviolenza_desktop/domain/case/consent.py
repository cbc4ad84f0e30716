"""A woman's consents, per purpose and per service, and the one rule that reads them.

Each consent is a fact with a purpose (taking her in charge, a referral to a named service,
pseudonymised sharing with the capofila, the O.R.A./ISTAT statistics), the day she gave it,
how it was collected (a coded way: a signed written form, orally before a worker and noted in
her file, ...) and who recorded it. A withdrawal is a later fact about that consent, with its
own day: nothing already written is ever changed, so the register shows what held on any day.

A referral consent names the service by its kind of body (`network_training.BODY_KINDS`, the
same vocabulary the network register uses) and, when she named one organisation, by the
network member: a consent naming a member covers that member only, one naming only the kind
covers any body of that kind (she agreed to «i servizi sociali», not to one office).

`consent_state` answers «does she have a valid consent for purpose P (and service S) on day
D»; project validation, the bundle and referrals all ask it (through `services.consents`), and
`require_consent` turns a «no» into a refusal that says why and what to do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS

CARE = "care"
REFERRAL = "referral"
SHARING = "sharing"
STATISTICS = "statistics"

PURPOSES: tuple[tuple[str, str], ...] = (
    (CARE, "Presa in carico"),
    (REFERRAL, "Invio a un servizio"),
    (SHARING, "Condivisione pseudonimizzata con il capofila"),
    (STATISTICS, "Statistiche O.R.A./ISTAT"),
)
"""(code, Italian label); codes are stored, never renamed or removed."""

BEFORE_REGISTER = "before_register"
INTAKE_FORM = "referral_form"

WAYS: tuple[tuple[str, str], ...] = (
    ("written_form", "Modulo scritto firmato"),
    (INTAKE_FORM, "Firmato sulla scheda di segnalazione"),
    ("oral_noted", "Orale davanti all'operatrice, annotato nella scheda"),
    ("remote_noted", "A distanza (telefono o video), annotato nella scheda"),
    (BEFORE_REGISTER, "Registrato prima del registro dei consensi"),
)
"""How a consent was collected (code, Italian label). `before_register` is written only by
migration 0016 for the consents the cases held before this register: nobody knows how those
were collected, and nobody may pick it for a new one."""

IN_FORCE = "in_force"
WITHDRAWN = "withdrawn"
NOT_YET = "not_yet"

STATE_LABELS = {IN_FORCE: "in vigore", WITHDRAWN: "revocato", NOT_YET: "non ancora in vigore"}


def label_of(pairs: tuple[tuple[str, str], ...], code: str | None) -> str:
    return dict(pairs).get(code or "", code or "")


@dataclass(frozen=True)
class Consent:
    """One consent of the register with its withdrawal, if any."""

    id: int
    purpose: str
    given_on: date
    way: str
    recorded_by: str
    service_kind: str | None = None
    member_id: int | None = None
    member_name: str | None = None
    withdrawn_on: date | None = None
    withdrawn_by: str | None = None

    def state_on(self, day: date) -> str:
        if self.withdrawn_on is not None and self.withdrawn_on <= day:
            return WITHDRAWN
        return IN_FORCE if self.given_on <= day else NOT_YET

    def covers(self, purpose: str, service_kind: str | None, member_id: int | None) -> bool:
        if self.purpose != purpose:
            return False
        if purpose != REFERRAL:
            return True
        return self.service_kind == service_kind and self.member_id in (None, member_id)


@dataclass(frozen=True)
class ConsentState:
    """The answer for one purpose (and service) on one day: the consent in force, if any,
    and the latest withdrawn one, which says why there is none."""

    in_force: Consent | None
    withdrawn: Consent | None

    @property
    def valid(self) -> bool:
        return self.in_force is not None


def consent_state(
    consents: Iterable[Consent],
    purpose: str,
    day: date,
    *,
    service_kind: str | None = None,
    member_id: int | None = None,
) -> ConsentState:
    """Does she have a valid consent for `purpose` (for a referral: to this kind of body and
    member) on `day`? The one rule every use asks."""
    covering = [c for c in consents if c.covers(purpose, service_kind, member_id)]
    in_force = [c for c in covering if c.state_on(day) == IN_FORCE]
    withdrawn = [c for c in covering if c.state_on(day) == WITHDRAWN]
    return ConsentState(
        max(in_force, key=lambda c: (c.given_on, c.id), default=None),
        max(withdrawn, key=lambda c: (c.withdrawn_on or c.given_on, c.id), default=None),
    )


class ConsentMissing(AppError):
    code = "consenso_non_registrato"
    template = (
        "Manca il consenso della donna per «{purpose}» al {day}: registralo nella sezione "
        "«Consensi» della scheda, poi riprova."
    )
    label_params: ClassVar[Mapping[str, str]] = {"purpose": "consent_options"}


class ConsentWithdrawn(AppError):
    code = "consenso_revocato"
    template = (
        "La donna ha revocato il consenso per «{purpose}» il {withdrawn_on}: l'operazione non "
        "si può fare. Se ha dato un nuovo consenso, registralo nella sezione «Consensi»."
    )
    label_params: ClassVar[Mapping[str, str]] = {"purpose": "consent_options"}


def _day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def require_consent(state: ConsentState, purpose: str, day: date) -> Consent:
    """The consent in force, or the refusal: withdrawn (with its day) or missing."""
    if state.in_force is not None:
        return state.in_force
    label = label_of(PURPOSES, purpose)
    if state.withdrawn is not None and state.withdrawn.withdrawn_on is not None:
        raise ConsentWithdrawn(purpose=label, withdrawn_on=_day(state.withdrawn.withdrawn_on))
    raise ConsentMissing(purpose=label, day=_day(day))


@dataclass(frozen=True)
class NewConsent:
    """A consent as typed: what `check_new_consent` accepts is what the register stores."""

    purpose: str
    given_on: date | None
    way: str
    service_kind: str | None = None
    member_id: int | None = None


class ConsentPurposeUnknown(AppError):
    code = "consenso_finalita_sconosciuta"
    template = "Scegli la finalità del consenso tra quelle dell'elenco."


class ConsentWayUnknown(AppError):
    code = "consenso_modo_non_valido"
    template = (
        "Scegli come è stato raccolto il consenso (modulo firmato, orale annotato nella "
        "scheda, ...): «registrato prima del registro» vale solo per i consensi già presenti."
    )


class ConsentServiceMissing(AppError):
    code = "consenso_servizio_mancante"
    template = "Un consenso all'invio nomina il servizio: scegli il tipo di ente."


class ConsentServiceNotExpected(AppError):
    code = "consenso_servizio_non_previsto"
    template = "Solo il consenso all'invio a un servizio nomina un servizio: togli il servizio."


class ConsentDateMissing(AppError):
    code = "consenso_data_mancante"
    template = "Indica il giorno in cui la donna ha dato il consenso."


class WithdrawalDateMissing(AppError):
    code = "revoca_data_mancante"
    template = "Indica il giorno in cui la donna ha revocato il consenso."


class ConsentDateInFuture(AppError):
    code = "consenso_data_futura"
    template = "La data {day} è nel futuro: si registrano solo consensi già dati o revocati."


class ConsentAlreadyWithdrawn(AppError):
    code = "consenso_gia_revocato"
    template = "Questo consenso è già stato revocato il {withdrawn_on}: non si revoca due volte."


class WithdrawalBeforeConsent(AppError):
    code = "revoca_prima_del_consenso"
    template = (
        "La revoca ({day}) non può precedere il consenso, dato il {given_on}: controlla la data."
    )


class ConsentMemberUnknown(AppError):
    code = "consenso_ente_non_in_rete"
    template = (
        "L'ente n. {member} non è un membro della rete di tipo «{kind}»: scegli un ente "
        "dell'elenco o lascia solo il tipo di ente."
    )


class ConsentNotFound(AppError):
    code = "consenso_non_trovato"
    template = "Il consenso n. {number} non è nel registro di questo caso."


def check_new_consent(new: NewConsent, today: date) -> date:
    """Refuse a consent the register cannot hold; returns its day."""
    if new.purpose not in dict(PURPOSES):
        raise ConsentPurposeUnknown("purpose")
    if new.way not in dict(WAYS) or new.way == BEFORE_REGISTER:
        raise ConsentWayUnknown("way")
    if new.purpose == REFERRAL and new.service_kind not in dict(BODY_KINDS):
        raise ConsentServiceMissing("service_kind")
    if new.purpose != REFERRAL and (new.service_kind or new.member_id):
        raise ConsentServiceNotExpected("service_kind")
    if new.given_on is None:
        raise ConsentDateMissing("given_on")
    if new.given_on > today:
        raise ConsentDateInFuture("given_on", day=_day(new.given_on))
    return new.given_on


def check_withdrawal(consent: Consent, day: date | None, today: date) -> date:
    """Refuse a withdrawal the register cannot hold; returns its day."""
    if consent.withdrawn_on is not None:
        raise ConsentAlreadyWithdrawn(withdrawn_on=_day(consent.withdrawn_on))
    if day is None:
        raise WithdrawalDateMissing("withdrawn_on")
    if day > today:
        raise ConsentDateInFuture("withdrawn_on", day=_day(day))
    if day < consent.given_on:
        raise WithdrawalBeforeConsent(
            "withdrawn_on", day=_day(day), given_on=_day(consent.given_on)
        )
    return day
