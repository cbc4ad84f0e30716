"""Key slots: the store's random 256-bit raw key, sealed once per password and once for recovery.

Each slot derives an X25519 private key from its secret with Argon2id and keeps only the public
key and the raw key sealed to it with HPKE (X25519, HKDF-SHA256, ChaCha20-Poly1305), the slot's
metadata bound in as HPKE `info`. Three consequences:

* the public key is the slot's key-check value: a wrong password is told apart from a damaged
  slot (and from a damaged database) before SQLCipher is touched;
* rekeying seals a new raw key to every slot's public key, so every user keeps access without
  anyone typing her password, and an old slot file cannot open the re-encrypted database;
* editing any metadata (user name, KDF parameters) makes the seal fail to open.
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
        kdf_data = data["kdf"]
        if kdf_data["algorithm"] != "argon2id" or data["kind"] not in (
            KIND_PASSWORD,
            KIND_RECOVERY,
        ):
            raise ValueError("unsupported slot")
        return cls(
            slot_id=str(data["id"]),
            kind=data["kind"],
            user=data["user"],
            params=kdf.KdfParams(
                int(kdf_data["memory_kib"]), int(kdf_data["iterations"]), int(kdf_data["lanes"])
            ),
            salt=_unb64(kdf_data["salt"]),
            public_key=_unb64(data["public_key"]),
            sealed_key=_unb64(data["sealed_key"]),
        )


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
    private_key = _private_key(secret, slot.salt, slot.params)
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
