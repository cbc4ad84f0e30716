"""A case sent to another Ambito, and received there: signed by the sender, sealed to the
receiver's own key, never through the capofila (docs/case-transfer.md).

The file is the bundle container of kind `BundleKind.TRANSFER` (`exchange.bundle_container`:
Ed25519 signature over the compressed payload, HPKE to the receiver's X25519 key, the header
bound as `info`). Its payload is canonical JSON: who sends to whom, the sender's case code, a
random transfer id, the day, the programme, her exchange pseudonym, and her record
(`services.case_transfer_rows`).

`export_transfer` runs in the sender's unit of work and marks the case sent in it; the caller
writes the file before committing (`operations.case_transfer`). `receive_transfer` runs every
check before the first row is written, then makes the new case in the receiver's one unit.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import date
from typing import Any

from antiviolenza_desktop.domain.case.consent import REFERRAL
from antiviolenza_desktop.domain.case.transfer import (
    PAYLOAD_FORMAT,
    PAYLOAD_VERSION,
    TRANSFER_SERVICE_KIND,
    TransferContentInvalid,
    TransferForAnotherAmbito,
    TransferFormatTooNew,
    TransferNotAmbitoKey,
    TransferProgrammeMismatch,
    TransferToOwnAmbito,
)
from antiviolenza_desktop.domain.exchange.hierarchy import BundleKind
from antiviolenza_desktop.domain.exchange.pseudonyms import Pseudonymiser
from antiviolenza_desktop.domain.exchange.transfer_refusals import (
    TransferSenderMismatch,
    TransferUnknownSender,
)
from antiviolenza_desktop.domain.payload.json_codec import PayloadInvalid, decode_json
from antiviolenza_desktop.exchange.bundle_container import (
    SenderKeyResolver,
    open_bundle,
    seal_bundle,
)
from antiviolenza_desktop.exchange.transfer_card import receiving_private_keys
from antiviolenza_desktop.services import case_transfer_rows, case_transfers
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.case_transfers import Received, Sent
from antiviolenza_desktop.services.consents import require_consent_on
from antiviolenza_desktop.services.intake import duplicates_of_case, next_case_code
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case, StoreMeta


@dataclass(frozen=True)
class TransferMade:
    """The sealed file and what the sender's log says of it."""

    data: bytes
    case_code: str
    to_ambito: str
    file_sha256: str
    consents_left: int

    def __repr__(self) -> str:  # never print the file
        return f"TransferMade({self.case_code} -> {self.to_ambito}, {self.file_sha256[:12]})"


@dataclass(frozen=True)
class TransferReceived:
    case_id: int
    case_code: str
    from_ambito: str
    from_case_code: str
    possible_duplicates: tuple[str, ...] = ()
    """The codes of cases here that may be the same woman (same CF, or name and birth date):
    the new case is kept, and the worker is told to check them."""


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _pseudonym(uow: UnitOfWork, case: Case) -> str | None:
    """Her exchange pseudonym as this Ambito's snapshots carry it (`exchange.snapshot`), so the
    capofila counts her once when the receiver sends her on; None when not enrolled."""
    enrolment = records.current_enrolment(uow)
    if enrolment is None:
        return None
    if case.kept_pseudonym:
        return case.kept_pseudonym
    names = Pseudonymiser(enrolment.network_key)
    if case.codice_fiscale:
        return names.woman(case.codice_fiscale)
    store_id = uow.session.get(StoreMeta, "store_id")
    return names.case(store_id.value if store_id else "", case.code)


def _payload(uow: UnitOfWork, case: Case, sent: Sent, own: str, today: date) -> tuple[bytes, int]:
    record, left = case_transfer_rows.read_record(uow, case.id)
    payload = {
        "formato": PAYLOAD_FORMAT,
        "versione": PAYLOAD_VERSION,
        "programma": records.store_programme_id(uow),
        "da_ambito": own,
        "a_ambito": sent.to_ambito,
        "codice_caso": case.code,
        "id_trasferimento": sent.transfer_id,
        "giorno": today.isoformat(),
        "pseudonimo": _pseudonym(uow, case),
        "scheda": record,
    }
    return _canonical(payload), left


def export_transfer(uow: UnitOfWork, *, case_id: int, to_ambito: str, today: date) -> TransferMade:
    """Seal her record for `to_ambito` and mark the case sent, in the caller's unit of work.
    Errors: PermissionDenied, NotAmbitoStore, TransferToOwnAmbito, TransferPartnerUnknown,
    CaseNotFound, CaseErased, CaseTransferred, ConsentMissing, ConsentWithdrawn,
    TransferNotAmbitoKey."""
    own = case_transfers.require_transfer_right(uow, "trasferire un caso")
    if to_ambito == own:
        raise TransferToOwnAmbito("ambito", ambito=own)
    partner = case_transfers.active_partner(uow, to_ambito)
    case = case_transfers.open_case_to_send(uow, case_id)
    require_consent_on(
        uow, case_id=case_id, purpose=REFERRAL, day=today, service_kind=TRANSFER_SERVICE_KIND
    )
    signing = records.active_own_key(uow, "signing")
    if signing is None:
        raise TransferNotAmbitoKey
    draft = Sent(case.code, to_ambito, secrets.token_hex(16), "")
    payload, left = _payload(uow, case, draft, own, today)
    data = seal_bundle(
        payload,
        signing_key=signing.private_key,
        sender_key_id=signing.key_id,
        ambito=own,
        recipient_public_key=partner.receiving_key,
        recipient_key_id=partner.receiving_key_id,
        kind=BundleKind.TRANSFER,
    )
    sha = hashlib.sha256(data).hexdigest()
    sent = Sent(case.code, to_ambito, draft.transfer_id, sha)
    case_transfers.mark_sent(uow, case, sent, recipient_key_id=partner.receiving_key_id, on=today)
    return TransferMade(data, case.code, to_ambito, sha, left)


def _resolver(uow: UnitOfWork) -> SenderKeyResolver:
    def resolve(key_id: str, ambito: str) -> bytes:
        partner = case_transfers.partner_by_signing_key(uow, key_id)
        if partner is None:
            raise TransferUnknownSender(key_id=key_id)
        if partner.ambito != ambito:
            raise TransferSenderMismatch(key_id=key_id, claimed=ambito, registered=partner.ambito)
        return partner.signing_key

    return resolve


def _text(payload: dict[str, Any], key: str) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or not value:
        raise TransferContentInvalid(reason=f"manca «{key}»")
    return value


def _checked_payload(
    uow: UnitOfWork, raw: bytes, own: str, sender: str, key_id: str
) -> dict[str, Any]:
    """The payload's envelope checked: format, version, addressee, sender, programme."""
    try:
        payload = decode_json(raw)
    except PayloadInvalid as error:
        raise TransferContentInvalid(reason=str(error.params.get("reason", ""))) from None
    if not isinstance(payload, dict) or payload.get("formato") != PAYLOAD_FORMAT:
        raise TransferContentInvalid(reason="formato sconosciuto")
    version = payload.get("versione")
    if not isinstance(version, int) or version < 1:
        raise TransferContentInvalid(reason="versione non valida")
    if version > PAYLOAD_VERSION:
        raise TransferFormatTooNew(version=version, supported=PAYLOAD_VERSION)
    if _text(payload, "a_ambito") != own:
        raise TransferForAnotherAmbito(addressee=payload["a_ambito"], ambito=own)
    if _text(payload, "da_ambito") != sender:
        raise TransferSenderMismatch(key_id=key_id, claimed=payload["da_ambito"], registered=sender)
    here = records.store_programme_id(uow)
    if _text(payload, "programma") != here:
        raise TransferProgrammeMismatch(sent=payload["programma"], here=here)
    return payload


def receive_transfer(uow: UnitOfWork, *, data: bytes, today: date) -> TransferReceived:
    """Check a transfer file and make her new case here, in the caller's unit of work; every
    refusal comes before the first row. Errors: PermissionDenied, NotAmbitoStore, the
    container's (NotABundle, BundleTampered, BundleTruncated, BundleFormatTooNew,
    TransferFileAsBundle/BundleAsTransferFile, TransferWrongRecipient, TransferUnknownSender,
    TransferSenderMismatch, TransferSignatureInvalid), TransferContentInvalid,
    TransferFormatTooNew, TransferForAnotherAmbito, TransferProgrammeMismatch,
    TransferAlreadyReceived."""
    own = case_transfers.require_transfer_right(uow, "ricevere un caso trasferito")
    opened = open_bundle(
        data,
        recipient_private_keys_by_id=receiving_private_keys(uow),
        sender_public_key=_resolver(uow),
        expected_kind=BundleKind.TRANSFER,
    )
    payload = _checked_payload(uow, opened.payload, own, opened.ambito, opened.sender_key_id)
    received = Received(
        opened.ambito,
        opened.sender_key_id,
        _text(payload, "codice_caso"),
        _text(payload, "id_trasferimento"),
        hashlib.sha256(data).hexdigest(),
    )
    case_transfers.refuse_replay(
        uow, transfer_id=received.transfer_id, file_sha256=received.file_sha256
    )
    record = case_transfer_rows.check_record(payload.get("scheda"))
    try:
        referral = date.fromisoformat(record["case"]["referral_date"])
    except (TypeError, ValueError):
        raise TransferContentInvalid(reason="data di segnalazione non valida") from None
    code = next_case_code(uow, referral)
    case_id = case_transfer_rows.write_record(uow, record, code=code, at=case_transfers.now())
    _keep_pseudonym(uow, case_id, payload.get("pseudonimo"))
    case_transfers.log_received(uow, received, case_id=case_id, on=today)
    twins = tuple(match.code for match in duplicates_of_case(uow, case_id))
    return TransferReceived(case_id, code, received.from_ambito, received.from_case_code, twins)


def _keep_pseudonym(uow: UnitOfWork, case_id: int, pseudonym: object) -> None:
    """A woman without a codice fiscale keeps the sender's pseudonym (see docs/case-transfer.md:
    the capofila must count her once); with a CF both Ambiti compute the same one anyway."""
    case = uow.session.get(Case, case_id)
    if case is None or case.codice_fiscale or not isinstance(pseudonym, str):
        return
    if len(pseudonym) != 64 or any(ch not in "0123456789abcdef" for ch in pseudonym):
        raise TransferContentInvalid(reason="pseudonimo non valido")
    case.kept_pseudonym = pseudonym
    uow.session.flush()
