"""Exchange keys through the unit of work: creation, rotation, registration, revocation.

The capofila owns three keys (signing, encryption, network pseudonym); an Ambito owns one
(signing) and keeps the capofila's public keys and the network key from its enrolment. Private
keys never leave the encrypted store. Every write is audited by `services.exchange_records`.

Rotation: a new capofila encryption key retires the old one, which still opens bundles sealed
to it while the Ambiti receive new enrolment files. A new Ambito signing key must be
registered at the capofila (file + fingerprint by phone); registering it retires the Ambito's
previous key there. Revocation (a lost laptop) makes every bundle signed by that key refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from antiviolenza_desktop.domain.exchange.enrolment_errors import (
    FingerprintMismatch,
    NoSigningKey,
    NotEnrolled,
    UnknownAmbito,
)
from antiviolenza_desktop.domain.exchange.key_fingerprint import fingerprint, fingerprints_match
from antiviolenza_desktop.domain.exchange.provincial_refusals import (
    AMBITO_REFUSALS,
    LevelRefusals,
)
from antiviolenza_desktop.exchange.bundle_container import SenderKeyResolver
from antiviolenza_desktop.exchange.key_material import (
    NewKey,
    new_encryption_key,
    new_network_key,
    new_signing_key,
)
from antiviolenza_desktop.exchange.public_key_file import AmbitoPublicKey, write_public_key_file
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.exchange_records import OwnKey, SenderKey
from antiviolenza_desktop.services.programme import CAPOFILA, load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class KeySummary:
    """What a person may see of one of this store's keys."""

    purpose: str
    key_id: str
    fingerprint: str | None
    created_at: str
    retired_at: str | None


def _store(uow: UnitOfWork, key: NewKey) -> OwnKey:
    return records.add_own_key(
        uow,
        purpose=key.purpose,
        key_id=key.key_id,
        private_key=key.private_key,
        public_key=key.public_key,
    )


def _summary(key: OwnKey, ambito: str) -> KeySummary:
    shown = fingerprint(key.public_key, ambito) if key.public_key else None
    return KeySummary(key.purpose, key.key_id, shown, key.created_at, key.retired_at)


def ensure_capofila_keys(uow: UnitOfWork) -> dict[str, OwnKey]:
    """The capofila's (or the Region's) active signing, encryption and network keys, creating
    the missing ones (the Region never uses its network key: no pseudonym reaches it; the
    enrolment file's format carries one). Errors: NotCapofilaStore, PermissionDenied (when a
    key must be created)."""
    records.require_receiver(uow, "preparare le chiavi della capofila")
    makers = {
        "signing": new_signing_key,
        "encryption": new_encryption_key,
        "network": new_network_key,
    }
    keys = {}
    for purpose, make in makers.items():
        keys[purpose] = records.active_own_key(uow, purpose) or _store(uow, make())
    return keys


def rotate_capofila_encryption_key(uow: UnitOfWork) -> KeySummary:
    """A new encryption key for the capofila; the old one stays to open bundles in transit.
    Each Ambito then needs a new enrolment file. Errors: NotCapofilaStore, PermissionDenied."""
    records.require_receiver(uow, "ruotare la chiave di cifratura")
    ensure_capofila_keys(uow)
    return _summary(_store(uow, new_encryption_key()), "")


def ensure_ambito_signing_key(uow: UnitOfWork) -> tuple[OwnKey, bool]:
    """The Ambito's active signing key, and whether it was just created."""
    records.require_ambito(uow, "creare la chiave di firma")
    existing = records.active_own_key(uow, "signing")
    if existing is not None:
        return existing, False
    return _store(uow, new_signing_key()), True


def rotate_ambito_signing_key(uow: UnitOfWork) -> KeySummary:
    """A new signing key for this Ambito (the old one is retired here). Its public key file
    must be registered at the capofila before the next bundle. Errors: NotAmbitoStore,
    NotEnrolled, PermissionDenied."""
    ambito = records.require_ambito(uow, "ruotare la chiave di firma")
    if records.current_enrolment(uow) is None:
        raise NotEnrolled
    return _summary(_store(uow, new_signing_key()), ambito)


def own_key_summaries(uow: UnitOfWork) -> list[KeySummary]:
    """Every key of this store (active and retired), by purpose, newest first."""
    ambito = "" if is_capofila(uow) else records.store_ambito_code(uow)
    return [
        _summary(k, ambito if purpose == "signing" else "")
        for purpose in records.PURPOSES
        for k in records.own_keys(uow, purpose)
    ]


def ambito_public_key(uow: UnitOfWork) -> AmbitoPublicKey:
    """This Ambito's active signing public key, as the capofila must register it."""
    ambito = records.require_ambito(uow, "esportare la chiave pubblica")
    key = records.active_own_key(uow, "signing")
    if key is None or key.public_key is None:
        raise NoSigningKey
    return AmbitoPublicKey(ambito=ambito, key_id=key.key_id, public_key=key.public_key)


def ambito_public_key_file(uow: UnitOfWork) -> bytes:
    """The small, non-secret file the Ambito sends to the capofila."""
    return write_public_key_file(ambito_public_key(uow))


def register_ambito_key(
    uow: UnitOfWork, *, key: AmbitoPublicKey, typed_fingerprint: str
) -> SenderKey:
    """Register an Ambito's public key after the coordinator typed the fingerprint the Ambito
    read out. The fingerprint is recomputed from the key, never taken from the file.
    Errors: NotCapofilaStore, UnknownAmbito, FingerprintMalformed, FingerprintMismatch,
    SenderKeyAlreadyRegistered, PermissionDenied."""
    records.require_capofila(uow, "registrare la chiave di un Ambito")
    known = [a.code for a in load_default_programme().ambiti]
    if key.ambito not in known:
        raise UnknownAmbito("ambito", ambito=key.ambito, known=", ".join(known))
    return register_sender_key(uow, key=key, typed_fingerprint=typed_fingerprint)


def register_sender_key(
    uow: UnitOfWork, *, key: AmbitoPublicKey, typed_fingerprint: str
) -> SenderKey:
    """Register a sender's key (an Ambito's at the capofila, a capofila's at the Region) whose
    area the caller has checked, if `typed_fingerprint` is the one recomputed from the key.
    Errors: FingerprintMalformed, FingerprintMismatch, SenderKeyAlreadyRegistered,
    PermissionDenied."""
    if not fingerprints_match(key.public_key, typed_fingerprint, key.ambito):
        raise FingerprintMismatch("fingerprint", key_id=key.key_id, ambito=key.ambito)
    return records.add_sender(
        uow,
        ambito=key.ambito,
        key_id=key.key_id,
        public_key=key.public_key,
        fingerprint=fingerprint(key.public_key, key.ambito),
    )


def revoke_ambito_key(uow: UnitOfWork, *, key_id: str) -> SenderKey:
    """Revoke a registered Ambito key: its bundles are refused from now on (BU-18)."""
    return records.revoke_sender(uow, key_id=key_id.strip().lower())


def recipient_private_keys(uow: UnitOfWork) -> dict[str, bytes]:
    """Every encryption key the capofila (or the Region) ever had (retired ones still open old
    bundles)."""
    records.require_receiver(uow, "aprire un pacchetto")
    return {k.key_id: k.private_key for k in records.own_keys(uow, "encryption")}


def registered_sender_resolver(
    uow: UnitOfWork, refusals: LevelRefusals = AMBITO_REFUSALS
) -> SenderKeyResolver:
    """The import's sender check: the key must be registered, for the Ambito the bundle
    names, and not revoked (retired keys still verify: their bundles were made in good faith
    before the rotation, and sequence checks keep them from overriding newer snapshots).
    `refusals`: the level's kinds (a province's at the Region)."""

    def resolve(key_id: str, ambito: str) -> bytes:
        sender = records.sender_by_key_id(uow, key_id)
        if sender is None:
            raise refusals.unknown_sender(key_id=key_id)
        if sender.ambito != ambito:
            raise refusals.sender_mismatch(key_id=key_id, claimed=ambito, registered=sender.ambito)
        if sender.revoked_at:
            raise refusals.sender_revoked(
                key_id=key_id, ambito=sender.ambito, revoked_on=records.shown_day(sender.revoked_at)
            )
        return sender.public_key

    return resolve


def network_key(uow: UnitOfWork) -> bytes:
    """The network pseudonym key (HMAC key for codici fiscali): the capofila's own (created on
    first use), or the one an Ambito received at enrolment. Errors: NotEnrolled."""
    if records.store_ambito_code(uow) == CAPOFILA:
        return ensure_capofila_keys(uow)["network"].private_key
    enrolment = records.current_enrolment(uow)
    if enrolment is None:
        raise NotEnrolled
    return enrolment.network_key


def rotate_own_key(uow: UnitOfWork) -> KeySummary:
    """The rotation this store can make: the capofila's encryption key, an Ambito's signing
    key (see the two functions above for what must follow)."""
    if records.is_receiver(uow):
        return rotate_capofila_encryption_key(uow)
    return rotate_ambito_signing_key(uow)


def is_capofila(uow: UnitOfWork) -> bool:
    return records.store_ambito_code(uow) == CAPOFILA
