"""Transfers of a case between Ambiti: the key cards, sending, receiving — the one door of the
GUI («Trasferisci a un altro Ambito…», «Ricevi un caso trasferito…», the cards in «Rete») and
of `antiviolenza casi trasferisci|ricevi|chiave-ricezione|registra-chiave`.

Sending is one unit of work: her record sealed, the case marked sent and logged, and the file
written (private, atomic, never over another file) *before* the commit; if the commit then
fails the file is removed, so there is never a file without the sender's log, nor a case
marked sent without its file. Receiving reads the file (size-capped), then checks and writes in
one unit of work; a refusal writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.exchange import case_transfer, transfer_card
from antiviolenza_desktop.exchange.bundle_io import (
    read_bundle_file,
    read_small_file,
    refuse_existing,
    write_new_file,
)
from antiviolenza_desktop.exchange.case_transfer import TransferReceived
from antiviolenza_desktop.exchange.transfer_card import KeyCard
from antiviolenza_desktop.services import case_transfers, erasure
from antiviolenza_desktop.services.case_transfers import Partner, TransferNote
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CardWritten:
    ambito: str
    fingerprint: str
    path: Path


def write_own_card(opened: OpenStore, path: Path) -> CardWritten:
    """Write this Ambito's «chiave di ricezione» card (its receiving key made the first time,
    committed before the file is written: a card names a key the store holds)."""
    refuse_existing(path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        card = transfer_card.own_card(uow)
    write_new_file(path, transfer_card.write_card(card))
    return CardWritten(card.ambito, card.fingerprint, path)


def own_card(opened: OpenStore) -> KeyCard:
    """This Ambito's card, for the fingerprint to read out by phone."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return transfer_card.own_card(uow)


def read_card_file(path: Path) -> KeyCard:
    """Another Ambito's card as read from its file (nothing registered yet).
    Errors: SmallFileTooLarge, ExchangeFileUnreadable, KeyCardInvalid."""
    return transfer_card.read_card(read_small_file(path))


def register_card(opened: OpenStore, card: KeyCard, typed_fingerprint: str) -> Partner:
    """Register another Ambito's card after the fingerprint was compared by phone."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return transfer_card.register_card(uow, card=card, typed_fingerprint=typed_fingerprint)


def partners(opened: OpenStore) -> list[Partner]:
    """The other Ambiti's cards registered here (a coordinator's list)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_transfers.require_transfer_right(uow, "vedere le chiavi di ricezione")
        return case_transfers.partners(uow)


def can_transfer(opened: OpenStore) -> bool:
    """Whether the signed-in user may send and receive cases in this store (a coordinator of
    an Ambito store): what the GUI shows the buttons by; the services check it anyway."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        try:
            case_transfers.require_transfer_right(uow, "trasferire un caso")
        except AppError:
            return False
        return True


def receivers(opened: OpenStore) -> list[str]:
    """The Ambiti a case can be sent to: those with a current card here."""
    return sorted({p.ambito for p in partners(opened) if p.retired_at is None})


@dataclass(frozen=True)
class TransferSaved:
    case_code: str
    to_ambito: str
    file_sha256: str
    consents_left: int
    path: Path


def transfer_case(
    opened: OpenStore, case_id: int, to_ambito: str, path: Path, *, today: date | None = None
) -> TransferSaved:
    """Send one case to `to_ambito` as the file `path`. Errors: ExchangeFileExists and
    `exchange.case_transfer.export_transfer`'s; nothing is written or marked on a refusal."""
    refuse_existing(path)
    written = False
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            made = case_transfer.export_transfer(
                uow, case_id=case_id, to_ambito=to_ambito, today=today or date.today()
            )
            write_new_file(path, made.data)
            written = True
    except BaseException:
        if written:
            path.unlink(missing_ok=True)
        raise
    return TransferSaved(made.case_code, made.to_ambito, made.file_sha256, made.consents_left, path)


def transfer_case_by_code(
    opened: OpenStore, code: str, receiver: str, path: Path, *, today: date | None = None
) -> TransferSaved:
    """As `transfer_case`, the case named by its code and the receiver by its Ambito code or
    by the id of its current card's key (the CLI). Errors: CaseNotFound too."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = erasure.find_case(uow, code=code)
    return transfer_case(opened, case_id, _receiver(opened, receiver), path, today=today)


def _receiver(opened: OpenStore, named: str) -> str:
    """The Ambito a key id of a current card belongs to, or `named` itself (an Ambito code)."""
    key = named.strip().lower()
    for partner in partners(opened):
        if partner.retired_at is None and key in (partner.receiving_key_id, partner.signing_key_id):
            return partner.ambito
    return named.strip()


def receive_file(opened: OpenStore, path: Path, *, today: date | None = None) -> TransferReceived:
    """Receive a transferred case from its file: her new case here, or a refusal with the
    store unchanged. Errors: the file's (BundleTooLarge, ExchangeFileUnreadable) and
    `exchange.case_transfer.receive_transfer`'s."""
    data = read_bundle_file(path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        return case_transfer.receive_transfer(uow, data=data, today=today or date.today())


def transfer_note(opened: OpenStore, case_id: int) -> TransferNote:
    """What the case's detail says of a transfer (sent to, received from)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return case_transfers.transfer_note(uow, case_id)
