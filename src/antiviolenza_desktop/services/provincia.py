"""The capofila's register of the Provincia: writes (coordinator at the capofila) and reads.

One write is one row and one audit entry in the caller's unit of work; every refusal comes
before anything is written (`domain.funds.provincia`). A woman is named by the pseudonym of
her Ambito's newest accepted bundle; the register keeps the whole pseudonym, never a name.
Reversals go through `services.register_reversal` like every other register.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.funds.cofinancing import HoursEntry
from antiviolenza_desktop.domain.funds.provincia import (
    ProvinciaCommitment,
    ProvinciaCommitmentPaid,
    ProvinciaCommitmentUnknown,
    ProvinciaPayment,
    check_commitment,
    check_cpi_hours,
    check_payment,
    resolve_pseudonym,
)
from antiviolenza_desktop.domain.money import Cents
from antiviolenza_desktop.domain.name_guard import ExportedText
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exchange_records import require_capofila
from antiviolenza_desktop.services.exchange_snapshots import newest_figures
from antiviolenza_desktop.services.exported_texts import refuse_women_named
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    ProvinciaCommitmentRow,
    ProvinciaHoursRow,
    ProvinciaPaymentRow,
)


@dataclass(frozen=True, slots=True)
class CommitmentLine:
    """A commitment of the Provincia with what was paid on it (both net of reversals)."""

    id: int
    entry: ProvinciaCommitment
    paid: Cents
    reverses_id: int | None
    reversed_by: int | None

    @property
    def in_force(self) -> bool:
        return self.reverses_id is None and self.reversed_by is None


@dataclass(frozen=True, slots=True)
class PaymentLine:
    id: int
    entry: ProvinciaPayment
    reverses_id: int | None
    reversed_by: int | None


@dataclass(frozen=True, slots=True)
class HoursLine:
    id: int
    entry: HoursEntry
    value: Cents
    reverses_id: int | None
    reversed_by: int | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _allowed(uow: UnitOfWork, action: str) -> None:
    require(uow, Permission.PROVINCIA_REGISTER)
    require_capofila(uow, action)


def _in_force(model: type) -> list:  # type: ignore[type-arg]
    reversed_ids = select(model.reverses_id).where(model.reverses_id.is_not(None))  # type: ignore[attr-defined]
    return [
        model.reverses_id.is_(None),  # type: ignore[attr-defined]
        model.id.not_in(reversed_ids.scalar_subquery()),  # type: ignore[attr-defined]
    ]


def _committed(uow: UnitOfWork, fund: str, pseudonym: str | None = None) -> Cents:
    where = [ProvinciaCommitmentRow.fund == fund, *_in_force(ProvinciaCommitmentRow)]
    if pseudonym is not None:
        where.append(ProvinciaCommitmentRow.pseudonym == pseudonym)
    total = uow.session.scalar(select(func.sum(ProvinciaCommitmentRow.amount)).where(*where))
    return int(total or 0)


def _paid(uow: UnitOfWork, commitment_id: int) -> Cents:
    total = uow.session.scalar(
        select(func.sum(ProvinciaPaymentRow.amount)).where(
            ProvinciaPaymentRow.commitment_id == commitment_id, *_in_force(ProvinciaPaymentRow)
        )
    )
    return int(total or 0)


def refuse_paid_commitment(uow: UnitOfWork, commitment_id: int) -> None:
    """A commitment with payments in force is not reversed (reverse the payments first).
    Errors: ProvinciaCommitmentPaid."""
    if _paid(uow, commitment_id):
        raise ProvinciaCommitmentPaid("row", row=commitment_id)


def woman_pseudonym(uow: UnitOfWork, ambito: str, typed: str | None) -> str | None:
    """The whole pseudonym `typed` stands for in the Ambito's newest bundle (None: none given).
    Errors: ProvinciaWomanUnknown, ProvinciaPseudonymAmbiguous."""
    if typed is None or not typed.strip():
        return None
    figures = newest_figures(uow, load_default_programme()).get(ambito)
    women = figures.women.decode("ascii").split("\n") if figures and figures.women else []
    return resolve_pseudonym(typed, women, ambito=ambito)


def record_commitment(uow: UnitOfWork, *, entry: ProvinciaCommitment, today: date) -> int:
    """Append a commitment of the Provincia (`entry.pseudonym` as typed: a prefix of her
    pseudonym, or None); returns its number. Errors: PermissionDenied, NotCapofilaStore, those
    of `check_commitment` and `woman_pseudonym`, a woman named in the note."""
    _allowed(uow, "registrare gli impegni della Provincia")
    programme = load_default_programme()
    check_commitment(entry, programme, today=today, fund_committed=0, woman_committed=0)
    pseudonym = woman_pseudonym(uow, entry.ambito, entry.pseudonym)
    woman = _committed(uow, entry.fund, pseudonym) if pseudonym else 0
    check_commitment(
        entry,
        programme,
        today=today,
        fund_committed=_committed(uow, entry.fund),
        woman_committed=woman,
    )
    refuse_women_named(uow, [ExportedText("note", "La nota", entry.note)])
    row = ProvinciaCommitmentRow(
        ambito=entry.ambito,
        pseudonym=pseudonym,
        fund=entry.fund,
        intervention=entry.intervention,
        on_date=entry.on.isoformat(),
        amount=entry.amount,
        note=entry.note.strip(),
        actor=uow.actor.login,
        created_at=_now(),
    )
    uow.session.add(row)
    uow.session.flush()
    details = {"riga": row.id, "ambito": row.ambito, "fondo": row.fund, "importo": row.amount}
    audit.record(uow, action="provincia.impegno", entity="provincia", details=details)
    return int(row.id)


def _commitment_in_force(uow: UnitOfWork, row_id: int) -> ProvinciaCommitmentRow:
    target = uow.session.scalar(
        select(ProvinciaCommitmentRow).where(
            ProvinciaCommitmentRow.id == row_id, *_in_force(ProvinciaCommitmentRow)
        )
    )
    if target is None:
        raise ProvinciaCommitmentUnknown("commitment_id", row=row_id)
    return target


def record_payment(uow: UnitOfWork, *, payment: ProvinciaPayment, today: date) -> int:
    """Append a payment of the Provincia on a commitment in force; returns its number.
    Errors: PermissionDenied, NotCapofilaStore, ProvinciaCommitmentUnknown, those of
    `check_payment`, a woman named in the payee or the document reference."""
    _allowed(uow, "registrare i pagamenti della Provincia")
    target = _commitment_in_force(uow, payment.commitment_id)
    check_payment(
        payment,
        load_default_programme(),
        today=today,
        commitment=(date.fromisoformat(target.on_date), target.amount),
        paid=_paid(uow, target.id),
    )
    refuse_women_named(
        uow,
        [
            ExportedText("payee", "Il beneficiario", payment.payee),
            ExportedText("document_ref", "Il riferimento del documento", payment.document_ref),
        ],
    )
    row = ProvinciaPaymentRow(
        commitment_id=target.id,
        on_date=payment.on.isoformat(),
        amount=payment.amount,
        payee=payment.payee.strip(),
        document_ref=payment.document_ref.strip(),
        actor=uow.actor.login,
        created_at=_now(),
    )
    uow.session.add(row)
    uow.session.flush()
    details = {"riga": row.id, "impegno": target.id, "importo": row.amount}
    audit.record(uow, action="provincia.pagamento", entity="provincia", details=details)
    return int(row.id)


def record_cpi_hours(uow: UnitOfWork, *, entry: HoursEntry, today: date) -> int:
    """Append CPI staff hours (`entry.body` is the CPI office); returns the row's number.
    Errors: PermissionDenied, NotCapofilaStore, those of `check_cpi_hours`, a woman named."""
    _allowed(uow, "registrare le ore dei CPI")
    check_cpi_hours(entry, load_default_programme(), today=today)
    refuse_women_named(uow, [ExportedText("note", "La nota", entry.note)])
    row = ProvinciaHoursRow(
        office=entry.body.strip(),
        person=entry.person.strip(),
        action_code=entry.action_code,
        month=entry.month,
        minutes=entry.minutes,
        hourly_cost=entry.hourly_cost,
        value=entry.value,
        note=entry.note.strip(),
        actor=uow.actor.login,
        created_at=_now(),
    )
    uow.session.add(row)
    uow.session.flush()
    details = {"riga": row.id, "azione": row.action_code, "valore": row.value}
    audit.record(uow, action="provincia.ore_cpi", entity="provincia", details=details)
    return int(row.id)
