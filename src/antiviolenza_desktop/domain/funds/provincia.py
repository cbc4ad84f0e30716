"""The Provincia's register at the capofila: its commitments and payments of the funds the
programme gives it (`gestione = "provincia"`: the active fund) and the CPI's staff hours.

Why at the capofila. The Provincia runs no CAV and holds no case: it commits and pays the
active fund for women the Ambiti's équipes follow, and its staff hours are line 1's
co-financing. The capofila reports the whole programme to the Region, so it records what the
Provincia reports to it; the Ambiti keep what their projects agreed with the CPI. A woman is
named only by the pseudonym her Ambito's bundle carries (or not at all, for a woman who did
not consent to sharing). See docs/provincia.md.

Every refusal names its rule; amounts are checked against what the register already holds
(net of reversals), passed in by the service.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry, RequiredText, check_hours
from antiviolenza_desktop.domain.money import Cents, format_eur
from antiviolenza_desktop.domain.programme.calendar import first_day_of_rows
from antiviolenza_desktop.domain.programme.model import MANAGED_BY_PROVINCIA, Fund, Programme

PSEUDONYM_PREFIX_MIN = 8


@dataclass(frozen=True, slots=True)
class ProvinciaCommitment:
    """The Provincia commits money of one of its funds for a woman of an Ambito."""

    ambito: str
    pseudonym: str | None
    fund: str
    intervention: str
    on: date
    amount: Cents
    note: str = ""


@dataclass(frozen=True, slots=True)
class ProvinciaPayment:
    """The Provincia pays (part of) one of its commitments."""

    commitment_id: int
    on: date
    amount: Cents
    payee: str
    document_ref: str = ""


class NoProvinciaInProgramme(AppError):
    code = "provincia_non_nel_programma"
    template = "Il programma non ha una Provincia: non c'è un registro della Provincia da tenere."


class FundNotProvincia(AppError):
    code = "provincia_fondo_non_suo"
    template = "Il fondo «{fund}» non è gestito dalla Provincia: scegli tra {known}."


class ProvinciaAmbitoUnknown(AppError):
    code = "provincia_ambito_sconosciuto"
    template = "L'Ambito «{ambito}» non è nel programma: scegli tra {known}."


class ProvinciaInterventionUnknown(AppError):
    code = "provincia_intervento_sconosciuto"
    template = "L'intervento «{intervention}» non è del {fund}: scegli tra {known}."


class ProvinciaAmountNotPositive(AppError):
    code = "provincia_importo_non_positivo"
    template = "L'importo deve essere positivo (scritto: {amount})."


class ProvinciaDateOutsideProgramme(AppError):
    code = "provincia_data_fuori_programma"
    template = (
        "La data {day} è fuori dal programma: non prima del suo avvio ({start}), non dopo oggi "
        "({today})."
    )


class ProvinciaOverFund(AppError):
    code = "provincia_oltre_dotazione"
    template = (
        "Impegnare {amount} supera la dotazione del {fund}: restano {remaining} su {allocation}."
    )


class ProvinciaOverCap(AppError):
    code = "provincia_oltre_massimale"
    template = (
        "Impegnare {amount} per questa donna supera il massimo di {cap} per donna (già impegnati "
        "dalla Provincia: {committed})."
    )


class ProvinciaWomanUnknown(AppError):
    code = "provincia_donna_sconosciuta"
    template = (
        "Nessuna donna con lo pseudonimo «{pseudonym}» nell'ultimo pacchetto dell'Ambito "
        "{ambito} (servono almeno {least} cifre)."
    )


class ProvinciaPseudonymAmbiguous(AppError):
    code = "provincia_pseudonimo_ambiguo"
    template = "Lo pseudonimo «{pseudonym}» indica più donne dell'Ambito {ambito}: scrivine di più."


class ProvinciaCommitmentUnknown(AppError):
    code = "provincia_impegno_inesistente"
    template = "L'impegno n. {row} della Provincia non esiste o è stato stornato."


class ProvinciaPaymentBeforeCommitment(AppError):
    code = "provincia_pagamento_prima_impegno"
    template = "Il pagamento del {day} è precedente all'impegno n. {row} del {row_day}."


class ProvinciaPaymentOverCommitment(AppError):
    code = "provincia_pagamento_oltre_impegno"
    template = "Pagare {amount} supera l'impegno n. {row}: restano da pagare {remaining}."


class ProvinciaHoursOutsideLines(AppError):
    code = "provincia_ore_fuori_linea"
    template = (
        "Le ore della Provincia cofinanziano solo le azioni della linea {lines}: l'azione "
        "{action} è della linea {line}."
    )


class ProvinciaCommitmentPaid(AppError):
    code = "provincia_impegno_con_pagamenti"
    template = "L'impegno n. {row} ha pagamenti in vigore: stornali prima."


def _day(on: date) -> str:
    return f"{on:%d/%m/%Y}"


def require_provincia(programme: Programme) -> None:
    if programme.provincia is None:
        raise NoProvinciaInProgramme("fund")


def check_day(on: date, programme: Programme, *, today: date, field: str = "on") -> None:
    """A Provincia row is dated between the programme's start (the calendar's month 1,
    `domain.programme.calendar.first_day_of_rows`) and today."""
    start = first_day_of_rows(programme)
    if not start <= on <= today:
        raise ProvinciaDateOutsideProgramme(
            field, day=_day(on), start=_day(start), today=_day(today)
        )


def _provincia_fund(entry: ProvinciaCommitment, programme: Programme) -> Fund:
    """The fund of `entry`, if the Provincia manages it, for a known Ambito and intervention."""
    require_provincia(programme)
    funds = programme.funds_managed_by(MANAGED_BY_PROVINCIA)
    fund = next((f for f in funds if f.code == entry.fund), None)
    if fund is None:
        raise FundNotProvincia("fund", fund=entry.fund, known=", ".join(f.code for f in funds))
    ambiti = [a.code for a in programme.ambiti]
    if entry.ambito not in ambiti:
        raise ProvinciaAmbitoUnknown("ambito", ambito=entry.ambito, known=", ".join(ambiti))
    if fund.interventions and entry.intervention not in fund.interventions:
        known = ", ".join(fund.interventions)
        raise ProvinciaInterventionUnknown(
            "intervention", intervention=entry.intervention, fund=fund.name, known=known
        )
    return fund


def check_commitment(
    entry: ProvinciaCommitment,
    programme: Programme,
    *,
    today: date,
    fund_committed: Cents,
    woman_committed: Cents,
) -> None:
    """Raise the refusal of the first thing wrong with a commitment of the Provincia.
    `fund_committed` is the Provincia's net commitments on the fund so far, `woman_committed`
    hers (0 for a woman without a pseudonym: each commitment alone then meets the cap)."""
    fund = _provincia_fund(entry, programme)
    if entry.amount <= 0:
        raise ProvinciaAmountNotPositive("amount", amount=format_eur(entry.amount))
    check_day(entry.on, programme, today=today)
    remaining = fund.allocation - fund_committed
    if entry.amount > remaining:
        raise ProvinciaOverFund(
            "amount",
            amount=format_eur(entry.amount),
            fund=fund.name,
            remaining=format_eur(remaining),
            allocation=format_eur(fund.allocation),
        )
    cap = fund.cap_per_woman
    if cap is not None and woman_committed + entry.amount > cap:
        raise ProvinciaOverCap(
            "amount",
            amount=format_eur(entry.amount),
            cap=format_eur(cap),
            committed=format_eur(woman_committed),
        )


def resolve_pseudonym(typed: str, women: Iterable[str], *, ambito: str) -> str:
    """The whole pseudonym of the Ambito's newest bundle that `typed` (at least
    `PSEUDONYM_PREFIX_MIN` hex digits, as the provincial view shows them) begins."""
    prefix = typed.strip().lower().rstrip("…. ")
    found = [w for w in women if w.startswith(prefix)] if len(prefix) >= 8 else []
    if not found:
        raise ProvinciaWomanUnknown(
            "pseudonym", pseudonym=typed[:20], ambito=ambito, least=PSEUDONYM_PREFIX_MIN
        )
    if len(found) > 1:
        raise ProvinciaPseudonymAmbiguous("pseudonym", pseudonym=typed[:20], ambito=ambito)
    return found[0]


def check_payment(
    payment: ProvinciaPayment,
    programme: Programme,
    *,
    today: date,
    commitment: tuple[date, Cents],
    paid: Cents,
) -> None:
    """Raise the refusal of the first thing wrong with a payment of a commitment in force,
    given that commitment's (day, amount) and what was paid on it so far."""
    if payment.amount <= 0:
        raise ProvinciaAmountNotPositive("amount", amount=format_eur(payment.amount))
    check_day(payment.on, programme, today=today)
    on, amount = commitment
    if payment.on < on:
        raise ProvinciaPaymentBeforeCommitment(
            "on", day=_day(payment.on), row=payment.commitment_id, row_day=_day(on)
        )
    if payment.amount > amount - paid:
        raise ProvinciaPaymentOverCommitment(
            "amount",
            amount=format_eur(payment.amount),
            row=payment.commitment_id,
            remaining=format_eur(amount - paid),
        )
    if not payment.payee.strip() or len(payment.payee) > 200:
        raise RequiredText("payee", what="a chi è stato fatto il pagamento", most=200)


def check_cpi_hours(entry: HoursEntry, programme: Programme, *, today: date) -> None:
    """The hours register's rules (`body` is the CPI office), a month not before the one the
    programme starts in, and an action of a line the Provincia co-finances."""
    require_provincia(programme)
    check_hours(entry, programme, today=today)
    if entry.month < f"{first_day_of_rows(programme):%Y-%m}":
        check_day(date.fromisoformat(entry.month + "-01"), programme, today=today, field="month")
    lines = programme.provincia.cofinancing_lines if programme.provincia else ()
    action = programme.action(entry.action_code)
    if action.line not in lines:
        raise ProvinciaHoursOutsideLines(
            "action_code", lines=", ".join(lines), action=action.printed_code, line=action.line
        )
