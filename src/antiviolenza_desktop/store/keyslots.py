"""Key slots: the store's random 256-bit raw key, sealed once per password and once for recovery.

Each slot derives an X25519 private key from its secret with Argon2id and keeps only the public
key and the raw key sealed to it with HPKE (X25519, HKDF-SHA256, ChaCha20-Poly1305), the slot's
metadata bound in as HPKE `info`. Three consequences:

* the public key is the slot's key-check value: a wrong password is told apart from a damaged
  database before SQLCipher is touched;
* rekeying seals a new raw key to every slot's public key, so every user keeps access without
  anyone typing her password, and an old slot file cannot open the re-encrypted database;
* editing the user name, slot id or store id makes the seal fail to open (a damaged slot);
  editing the salt, KDF parameters or public key makes every password derive another key, so
  it reads as a wrong password. KDF parameters outside sane bounds are refused as damage.

Threat model: whoever can write the store's folder can replace the slot file and database with
a store of their own that the user's password opens (the public key lets anyone seal a key to
it). Such an attacker can equally replace the application; we do not defend against it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from antiviolenza_desktop.store import kdf

FORMAT = "antiviolenza-desktop/keyslots"
FORMAT_VERSION = 1
RAW_KEY_BYTES = 32
KIND_PASSWORD = "password"  # noqa: S105 - a slot kind, not a secret
KIND_RECOVERY = "recovery"
SLOT_KINDS = (KIND_PASSWORD, KIND_RECOVERY)
PUBLIC_KEY_BYTES = 32
SEALED_KEY_BYTES = 32 + RAW_KEY_BYTES + 16  # HPKE encapsulated key + ciphertext + tag
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


class SlotSecretMismatch(Exception):
    """The secret does not derive this slot's public key (wrong password or recovery key)."""


class SlotCorrupted(Exception):
    """The secret is right but the sealed key does not open: the slot was altered."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    kind: str
    user: str | None
    params: kdf.KdfParams
    salt: bytes
    public_key: bytes
    sealed_key: bytes

    def binding(self, store_id: str) -> bytes:
        """The metadata the seal is bound to: any change to it makes the seal unopenable."""
        return json.dumps(
            {
                "format": FORMAT,
                "store_id": store_id,
                "slot_id": self.slot_id,
                "kind": self.kind,
                "user": self.user,
                "kdf": [self.params.memory_kib, self.params.iterations, self.params.lanes],
                "salt": _b64(self.salt),
                "public_key": _b64(self.public_key),
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode("ascii")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "user": self.user,
            "kdf": {
                "algorithm": "argon2id",
                "memory_kib": self.params.memory_kib,
                "iterations": self.params.iterations,
                "lanes": self.params.lanes,
                "salt": _b64(self.salt),
            },
            "public_key": _b64(self.public_key),
            "sealed_key": _b64(self.sealed_key),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        """Parse one slot, refusing any type or size a slot we wrote could not have.

        The KDF bounds keep an edited file from asking for terabytes of memory or hours of
        work; anything out of place raises ValueError (reported as a damaged slot file).
        """
        kdf_data = _expect(data.get("kdf"), dict)
        if kdf_data.get("algorithm") != "argon2id" or data.get("kind") not in SLOT_KINDS:
            raise ValueError("unsupported slot")
        params = kdf.KdfParams(
            _expect(kdf_data.get("memory_kib"), int),
            _expect(kdf_data.get("iterations"), int),
            _expect(kdf_data.get("lanes"), int),
        )
        if not params.is_within_bounds():
            raise ValueError("KDF parameters out of bounds")
        user = data.get("user")
        if not (user is None or isinstance(user, str)):
            raise ValueError("bad user")
        slot = cls(
            slot_id=_expect(data.get("id"), str),
            kind=data["kind"],
            user=user,
            params=params,
            salt=_unb64(_expect(kdf_data.get("salt"), str)),
            public_key=_unb64(_expect(data.get("public_key"), str)),
            sealed_key=_unb64(_expect(data.get("sealed_key"), str)),
        )
        if len(slot.salt) < kdf.SALT_BYTES or len(slot.public_key) != PUBLIC_KEY_BYTES:
            raise ValueError("bad salt or public key")
        if len(slot.sealed_key) != SEALED_KEY_BYTES:
            raise ValueError("bad sealed key")
        return slot


def _expect(value: Any, kind: type) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"expected {kind.__name__}")
    return value


def _private_key(secret: bytes, salt: bytes, params: kdf.KdfParams) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(kdf.derive(secret, salt, params))


def _public_bytes(private_key: X25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def new_slot(
    *,
    store_id: str,
    kind: str,
    user: str | None,
    secret: bytes,
    raw_key: bytes,
    params: kdf.KdfParams,
) -> KeySlot:
    """Seal `raw_key` under a fresh salt for `secret`; refuses parameters below the floor."""
    if not params.is_at_least_floor():
        raise ValueError("KDF parameters below the floor m=64 MiB, t=3")
    salt = kdf.new_salt()
    public_key = _public_bytes(_private_key(secret, salt, params))
    slot = KeySlot(str(uuid.uuid4()), kind, user, params, salt, public_key, b"")
    return seal(slot, store_id=store_id, raw_key=raw_key)


def seal(slot: KeySlot, *, store_id: str, raw_key: bytes) -> KeySlot:
    """Seal a (new) raw key to the slot's public key: no secret needed, hence rekey for all."""
    recipient = X25519PublicKey.from_public_bytes(slot.public_key)
    sealed = _SUITE.encrypt(raw_key, recipient, info=slot.binding(store_id))
    return replace(slot, sealed_key=sealed)


def open_slot(slot: KeySlot, *, store_id: str, secret: bytes) -> bytes:
    """Return the raw key, or say whether the secret or the slot is at fault."""
    try:
        private_key = _private_key(secret, slot.salt, slot.params)
    except (ValueError, MemoryError) as error:
        raise SlotCorrupted from error
    if not hmac.compare_digest(_public_bytes(private_key), slot.public_key):
        raise SlotSecretMismatch
    try:
        raw_key = _SUITE.decrypt(slot.sealed_key, private_key, info=slot.binding(store_id))
    except (InvalidTag, ValueError) as error:
        raise SlotCorrupted from error
    if len(raw_key) != RAW_KEY_BYTES:
        raise SlotCorrupted
    return raw_key


def store_key_check(raw_key: bytes, store_id: str) -> str:
    """A value that proves a raw key belongs to this store without revealing it."""
    return hmac.new(raw_key, f"key-check:{store_id}".encode(), hashlib.sha256).hexdigest()
