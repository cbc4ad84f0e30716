"""The «chiave di ricezione» card: how one Ambito learns, and trusts, another Ambito's keys.

Each Ambito store owns an X25519 *receiving* key (an own key of purpose `encryption`, created
the first time its card is asked for) besides its Ed25519 signing key. Its card is a small JSON
file with both public keys; the other Ambito registers it only after the coordinator typed the
fingerprint read out by phone (`domain.exchange.key_fingerprint`, over both keys and the
Ambito). What a sender seals is then readable by the receiving Ambito alone, and what a
receiver opens is verified against the signing key it registered: the capofila is never part
of the path and holds no key that opens a transfer (docs/case-transfer.md).

Not secret, and not trusted either: the card's key ids are recomputed from its keys, and the
fingerprint is recomputed, never read from the file.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from antiviolenza_desktop.domain.case.transfer import (
    KeyCardInvalid,
    KeyCardOfThisAmbito,
    TransferNotAmbitoKey,
)
from antiviolenza_desktop.domain.exchange.enrolment_errors import (
    FingerprintMismatch,
    UnknownAmbito,
)
from antiviolenza_desktop.domain.exchange.key_fingerprint import fingerprint, fingerprints_match
from antiviolenza_desktop.exchange.key_material import (
    RAW_KEY_BYTES,
    encryption_public,
    key_id,
    new_encryption_key,
    signing_public,
)
from antiviolenza_desktop.services import case_transfers
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.case_transfers import Partner
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

FORMAT = "antiviolenza-chiave-ricezione"
VERSION = 1
MAX_FILE_BYTES = 4096
_CARD_LABEL = b"scheda-ricezione\x00"


@dataclass(frozen=True)
class KeyCard:
    ambito: str
    signing_key_id: str
    signing_key: bytes
    receiving_key_id: str
    receiving_key: bytes

    @property
    def fingerprint(self) -> str:
        """Six groups of five digits over both keys and the Ambito: what is read by phone."""
        return fingerprint(_CARD_LABEL + self.signing_key + self.receiving_key, self.ambito)


def own_card(uow: UnitOfWork) -> KeyCard:
    """This Ambito's card, making its receiving key the first time. Errors: NotAmbitoStore,
    PermissionDenied, TransferNotAmbitoKey (no signing key yet: enrol first)."""
    ambito = case_transfers.require_transfer_right(uow, "esportare la chiave di ricezione")
    signing = records.active_own_key(uow, "signing")
    if signing is None or signing.public_key is None:
        raise TransferNotAmbitoKey
    receiving = records.active_own_key(uow, "encryption")
    if receiving is None:
        made = new_encryption_key()
        receiving = records.add_own_key(
            uow,
            purpose=made.purpose,
            key_id=made.key_id,
            private_key=made.private_key,
            public_key=made.public_key,
        )
    assert receiving.public_key is not None  # an encryption key has a public half
    return KeyCard(
        ambito, signing.key_id, signing.public_key, receiving.key_id, receiving.public_key
    )


def write_card(card: KeyCard) -> bytes:
    document = {
        "formato": FORMAT,
        "versione": VERSION,
        "ambito": card.ambito,
        "id_chiave_firma": card.signing_key_id,
        "chiave_firma": base64.b64encode(card.signing_key).decode("ascii"),
        "id_chiave_ricezione": card.receiving_key_id,
        "chiave_ricezione": base64.b64encode(card.receiving_key).decode("ascii"),
    }
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _key(document: dict[str, object], field: str, purpose: str, id_field: str) -> bytes:
    encoded = document.get(field)
    if not isinstance(encoded, str):
        raise KeyCardInvalid(reason="manca una chiave")
    try:
        raw = base64.b64decode(encoded, validate=True)
        (signing_public if purpose == "signing" else encryption_public)(raw)
    except (binascii.Error, ValueError):
        raise KeyCardInvalid(reason="una chiave non è leggibile") from None
    if len(raw) != RAW_KEY_BYTES or key_id(purpose, raw) != document.get(id_field):
        raise KeyCardInvalid(reason="un identificativo non corrisponde alla sua chiave")
    return raw


def read_card(data: bytes) -> KeyCard:
    """Parse and check a card. Errors: KeyCardInvalid naming what is wrong."""
    if len(data) > MAX_FILE_BYTES:
        raise KeyCardInvalid(reason="file troppo grande")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise KeyCardInvalid(reason="non è un documento JSON") from None
    if not isinstance(document, dict) or document.get("formato") != FORMAT:
        raise KeyCardInvalid(reason="formato sconosciuto")
    if document.get("versione") != VERSION:
        raise KeyCardInvalid(reason="versione sconosciuta")
    ambito = document.get("ambito")
    if not isinstance(ambito, str) or not ambito:
        raise KeyCardInvalid(reason="manca l'Ambito")
    signing = _key(document, "chiave_firma", "signing", "id_chiave_firma")
    receiving = _key(document, "chiave_ricezione", "encryption", "id_chiave_ricezione")
    return KeyCard(
        ambito, key_id("signing", signing), signing, key_id("encryption", receiving), receiving
    )


def register_card(uow: UnitOfWork, *, card: KeyCard, typed_fingerprint: str) -> Partner:
    """Register another Ambito's card once the fingerprint typed is the one recomputed from
    it. Errors: NotAmbitoStore, PermissionDenied, KeyCardOfThisAmbito, UnknownAmbito,
    FingerprintMalformed, FingerprintMismatch, KeyCardAlreadyRegistered."""
    own = case_transfers.require_transfer_right(uow, "registrare la chiave di ricezione")
    if card.ambito == own:
        raise KeyCardOfThisAmbito(ambito=own)
    known = [a.code for a in load_default_programme().ambiti]
    if card.ambito not in known:
        raise UnknownAmbito("ambito", ambito=card.ambito, known=", ".join(known))
    if not fingerprints_match(
        _CARD_LABEL + card.signing_key + card.receiving_key, typed_fingerprint, card.ambito
    ):
        raise FingerprintMismatch("fingerprint", key_id=card.signing_key_id, ambito=card.ambito)
    partner = Partner(
        card.ambito,
        card.signing_key_id,
        card.signing_key,
        card.receiving_key_id,
        card.receiving_key,
        card.fingerprint,
        "",
        None,
    )
    return case_transfers.add_partner(uow, partner)


def receiving_private_keys(uow: UnitOfWork) -> dict[str, bytes]:
    """Every receiving key this Ambito ever had (a retired one still opens a file in transit)."""
    records.require_ambito(uow, "ricevere un caso trasferito")
    return {k.key_id: k.private_key for k in records.own_keys(uow, "encryption")}
