"""Key pairs and key ids of the exchange, from `cryptography` only.

Three kinds: Ed25519 for signing (an Ambito's bundles, the capofila's enrolment files),
X25519 for encryption (bundles are sealed to the capofila's key), and the network pseudonym
key (32 random bytes, an HMAC key shared by the network; it has no public half).

A key id is 16 bytes of SHA-256 over a purpose label and the public key (for the network key,
over the secret: a one-way label that names it without revealing it), shown as 32 hex digits.
Ids travel in bundle headers, so they are computed, never chosen.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

KEY_ID_BYTES = 16
RAW_KEY_BYTES = 32
NETWORK_KEY_BYTES = 32
_LABELS = {
    "signing": b"antiviolenza-desktop ed25519 key id v1\x00",
    "encryption": b"antiviolenza-desktop x25519 key id v1\x00",
    "network": b"antiviolenza-desktop network key id v1\x00",
}


def key_id_bytes(purpose: str, material: bytes) -> bytes:
    return hashlib.sha256(_LABELS[purpose] + material).digest()[:KEY_ID_BYTES]


def key_id(purpose: str, material: bytes) -> str:
    """The printable id: 32 lowercase hex digits."""
    return key_id_bytes(purpose, material).hex()


@dataclass(frozen=True)
class NewKey:
    """Fresh key material as stored: raw private bytes, raw public bytes (None for network)."""

    purpose: str
    key_id: str
    private_key: bytes
    public_key: bytes | None

    def __repr__(self) -> str:  # never print key material
        return f"NewKey({self.purpose}, {self.key_id})"


def new_signing_key() -> NewKey:
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    return NewKey("signing", key_id("signing", public), private.private_bytes_raw(), public)


def new_encryption_key() -> NewKey:
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    return NewKey("encryption", key_id("encryption", public), private.private_bytes_raw(), public)


def new_network_key() -> NewKey:
    secret = secrets.token_bytes(NETWORK_KEY_BYTES)
    return NewKey("network", key_id("network", secret), secret, None)


def signing_private(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(raw)


def signing_public(raw: bytes) -> Ed25519PublicKey:
    """Raises ValueError for bytes that are not an Ed25519 public key."""
    return Ed25519PublicKey.from_public_bytes(raw)


def encryption_private(raw: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(raw)


def encryption_public(raw: bytes) -> X25519PublicKey:
    """Raises ValueError for bytes that are not an X25519 public key."""
    return X25519PublicKey.from_public_bytes(raw)
