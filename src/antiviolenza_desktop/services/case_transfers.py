"""The rows of case transfers: the partners' key cards, the mark on the sender's case, the two
logs. The cryptography and the file are `exchange.case_transfer`'s; this module holds the
permission checks, the replay check and the audit entries (codes, key ids, Ambito codes and
hashes, never her data).

Permission: `Permission.TRANSFER` (the Ambito coordinator) on an Ambito store, for registering a
card, sending and receiving alike: a transfer hands over a whole record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select, update

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.case.retention import check_not_erased
from antiviolenza_desktop.domain.case.transfer import (
    KeyCardAlreadyRegistered,
    TransferAlreadyReceived,
    TransferPartnerUnknown,
    check_not_transferred,
)
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.authorization import require, require_case
from antiviolenza_desktop.services.exchange_records import require_ambito
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    Case,
    CaseTransferIn,
    CaseTransferOut,
    TransferPartner,
)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def require_transfer_right(uow: UnitOfWork, action: str) -> str:
    """The store's Ambito, when a role holding TRANSFER acts on an Ambito store. Errors:
    PermissionDenied, NotAmbitoStore."""
    require(uow, Permission.TRANSFER)
    return require_ambito(uow, action)


@dataclass(frozen=True)
class Partner:
    """Another Ambito's key card as registered here."""

    ambito: str
    signing_key_id: str
    signing_key: bytes
    receiving_key_id: str
    receiving_key: bytes
    fingerprint: str
    registered_at: str
    retired_at: str | None


def _partner(row: TransferPartner) -> Partner:
    return Partner(
        row.ambito,
        row.signing_key_id,
        row.signing_key,
        row.receiving_key_id,
        row.receiving_key,
        row.fingerprint,
        row.registered_at,
        row.retired_at,
    )


def partners(uow: UnitOfWork) -> list[Partner]:
    """Every card registered, by Ambito then registration order (retired ones included)."""
    rows = uow.session.scalars(
        select(TransferPartner).order_by(TransferPartner.ambito, TransferPartner.id)
    )
    return [_partner(row) for row in rows]


def partner_by_signing_key(uow: UnitOfWork, key_id: str) -> Partner | None:
    row = uow.session.scalars(
        select(TransferPartner).where(TransferPartner.signing_key_id == key_id)
    ).first()
    return _partner(row) if row else None


def active_partner(uow: UnitOfWork, ambito: str) -> Partner:
    """The Ambito's current card. Errors: TransferPartnerUnknown."""
    row = uow.session.scalars(
        select(TransferPartner)
        .where(TransferPartner.ambito == ambito, TransferPartner.retired_at.is_(None))
        .order_by(TransferPartner.id.desc())
    ).first()
    if row is None:
        raise TransferPartnerUnknown("ambito", ambito=ambito)
    return _partner(row)


def add_partner(uow: UnitOfWork, card: Partner) -> Partner:
    """Register another Ambito's card (its fingerprint already compared), retiring the older
    card of that Ambito. Errors: PermissionDenied, NotAmbitoStore, KeyCardAlreadyRegistered."""
    require_transfer_right(uow, "registrare la chiave di ricezione di un Ambito")
    if partner_by_signing_key(uow, card.signing_key_id) is not None:
        raise KeyCardAlreadyRegistered(key_id=card.signing_key_id, ambito=card.ambito)
    at = now()
    retired = list(
        uow.session.execute(
            update(TransferPartner)
            .where(TransferPartner.ambito == card.ambito, TransferPartner.retired_at.is_(None))
            .values(retired_at=at)
            .returning(TransferPartner.signing_key_id)
        ).scalars()
    )
    row = TransferPartner(
        ambito=card.ambito,
        signing_key_id=card.signing_key_id,
        signing_key=card.signing_key,
        receiving_key_id=card.receiving_key_id,
        receiving_key=card.receiving_key,
        fingerprint=card.fingerprint,
        registered_at=at,
    )
    uow.session.add(row)
    uow.session.flush()
    details = {"ambito": card.ambito, "receiving_key": card.receiving_key_id, "retired": retired}
    audit.record(
        uow,
        action="trasferimento.chiave_registrata",
        entity="transfer_partner",
        entity_id=card.signing_key_id,
        details=details,
    )
    return _partner(row)


def open_case_to_send(uow: UnitOfWork, case_id: int) -> Case:
    """The case about to be sent: it exists, is not erased, not already transferred.
    Errors: PermissionDenied, CaseNotFound, CaseOutsideScope, CaseErased, CaseTransferred."""
    case = require_case(uow, case_id, Permission.TRANSFER)
    check_not_erased(case.code, case.erased_at)
    check_not_transferred(case.code, case.transferred_at, case.transferred_to)
    return case


@dataclass(frozen=True)
class Sent:
    case_code: str
    to_ambito: str
    transfer_id: str
    file_sha256: str


def mark_sent(uow: UnitOfWork, case: Case, sent: Sent, *, recipient_key_id: str, on: date) -> None:
    """The sender's side in the export's transaction: the case read-only, the log row, the
    audit entry."""
    at = now()
    case.transferred_at = at
    case.transferred_to = sent.to_ambito
    uow.session.add(
        CaseTransferOut(
            case_id=case.id,
            case_code=case.code,
            to_ambito=sent.to_ambito,
            recipient_key_id=recipient_key_id,
            transfer_id=sent.transfer_id,
            transferred_on=on.isoformat(),
            file_sha256=sent.file_sha256,
            recorded_by=uow.actor.login or "",
            recorded_at=at,
        )
    )
    uow.session.flush()
    details = {"ambito": sent.to_ambito, "file_sha256": sent.file_sha256}
    audit.record(uow, action="caso.trasferito", entity="case", entity_id=case.id, details=details)


def refuse_replay(uow: UnitOfWork, *, transfer_id: str, file_sha256: str) -> None:
    """TransferAlreadyReceived when this transfer (or this very file) was received before."""
    row = uow.session.scalars(
        select(CaseTransferIn).where(
            (CaseTransferIn.transfer_id == transfer_id)
            | (CaseTransferIn.file_sha256 == file_sha256)
        )
    ).first()
    if row is not None:
        case = uow.session.get(Case, row.case_id)
        day = date.fromisoformat(row.received_on)
        raise TransferAlreadyReceived(day=f"{day:%d/%m/%Y}", case_code=case.code if case else "")


@dataclass(frozen=True)
class Received:
    from_ambito: str
    sender_key_id: str
    from_case_code: str
    transfer_id: str
    file_sha256: str


def log_received(uow: UnitOfWork, received: Received, *, case_id: int, on: date) -> None:
    """The receiver's log row and audit entry, in the import's transaction."""
    uow.session.add(
        CaseTransferIn(
            from_ambito=received.from_ambito,
            sender_key_id=received.sender_key_id,
            from_case_code=received.from_case_code,
            transfer_id=received.transfer_id,
            file_sha256=received.file_sha256,
            case_id=case_id,
            received_on=on.isoformat(),
            recorded_by=uow.actor.login or "",
            recorded_at=now(),
        )
    )
    uow.session.flush()
    details = {
        "ambito": received.from_ambito,
        "codice_provenienza": received.from_case_code,
        "file_sha256": received.file_sha256,
    }
    audit.record(uow, action="caso.ricevuto", entity="case", entity_id=case_id, details=details)


@dataclass(frozen=True)
class TransferNote:
    """What a case's detail says of a transfer: sent (to, day) or received (from, code)."""

    sent_to: str | None
    sent_on: date | None
    received_from: str | None
    from_case_code: str | None


def transfer_note(uow: UnitOfWork, case_id: int) -> TransferNote:
    out = uow.session.scalars(
        select(CaseTransferOut).where(CaseTransferOut.case_id == case_id)
    ).first()
    came = uow.session.scalars(
        select(CaseTransferIn).where(CaseTransferIn.case_id == case_id)
    ).first()
    return TransferNote(
        out.to_ambito if out else None,
        date.fromisoformat(out.transferred_on) if out else None,
        came.from_ambito if came else None,
        came.from_case_code if came else None,
    )
