"""The bundle container: sign, then encrypt; on opening, check everything before decompressing.

    file  = header (see `bundle_header`) | body
    body  = HPKE(X25519, HKDF-SHA256, ChaCha20-Poly1305) to the capofila's key, info = header
    inner = sender key id (16) | Ambito length (1) | Ambito (ASCII) | Ed25519 signature (64)
            | gzip of the canonical payload
    signed message = label | header | sender key id | Ambito length | Ambito | gzip bytes

HPKE (RFC 9180) is exactly "ephemeral X25519 + HKDF + AEAD" as one standard construction from
`cryptography`; the header, passed as `info`, enters the key schedule, so it is bound like
associated data: one changed header byte and the body no longer opens. The signature covers
the compressed bytes, so it is checked before any decompression: only a registered,
non-revoked Ambito key can make the capofila inflate anything, and even then the inflation
is capped (`payload_compression`).

One container, two kinds (`domain.exchange.hierarchy`): an Ambito's snapshot sealed to its
capofila, and the capofila's provincial totals sealed to the Region (signed with the capofila's
own signing key, the "Ambito" field naming the province). The kind is the header's magic, so it
is signed and bound like the rest of the header, and `open_bundle` refuses the other kind first.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke

from antiviolenza_desktop.domain.exchange.bundle_errors import (
    BundleTampered,
)
from antiviolenza_desktop.domain.exchange.hierarchy import BundleKind, refuse_other_kind
from antiviolenza_desktop.domain.exchange.provincial_refusals import REFUSALS
from antiviolenza_desktop.exchange.bundle_header import (
    DEFAULT_SIZE_LIMIT,
    HEADER_SIZE,
    BundleHeader,
    pack_header,
    read_header,
)
from antiviolenza_desktop.exchange.key_material import (
    KEY_ID_BYTES,
    encryption_private,
    encryption_public,
    signing_private,
    signing_public,
)
from antiviolenza_desktop.exchange.payload_compression import (
    DEFAULT_PAYLOAD_LIMIT,
    compress_payload,
    decompress_payload,
)

_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
_SIGNATURE_LABEL = b"antiviolenza-desktop bundle signature v1\x00"
_HPKE_OVERHEAD = 32 + 16  # encapsulated key + AEAD tag
SIGNATURE_BYTES = 64
MAX_AMBITO_BYTES = 32

SenderKeyResolver = Callable[[str, str], bytes]
"""(sender key id, Ambito claimed) → the registered Ed25519 public key; raises the refusal
(UnknownSender, SenderRevoked, SenderAmbitoMismatch) when the key may not sign for it."""


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle whose body decrypted, whose signature verified against the registered key of
    the Ambito it names, and whose payload decompressed within the cap. The payload is not yet
    validated as a snapshot: that is the import's next step."""

    header: BundleHeader
    ambito: str
    sender_key_id: str
    payload: bytes
    content_sha256: str

    @property
    def recipient_key_id(self) -> str:
        return self.header.recipient_key_id


def _signed_message(
    header: bytes, sender_id: bytes, ambito: bytes, compressed: bytes | memoryview
) -> bytes:
    return b"".join((_SIGNATURE_LABEL, header, sender_id, bytes([len(ambito)]), ambito, compressed))


def _ambito_bytes(ambito: str) -> bytes:
    encoded = ambito.encode("ascii")
    if not 1 <= len(encoded) <= MAX_AMBITO_BYTES:
        raise ValueError("an Ambito code is 1 to 32 ASCII characters")
    return encoded


def seal_bundle(
    payload: bytes,
    *,
    signing_key: bytes,
    sender_key_id: str,
    ambito: str,
    recipient_public_key: bytes,
    recipient_key_id: str,
    kind: BundleKind = BundleKind.AMBITO,
) -> bytes:
    """The bundle file for `payload` (canonical JSON bytes): gzip, sign, encrypt.

    `signing_key` is the sender's raw Ed25519 private key, `recipient_public_key` the
    recipient's raw X25519 public key; ids are the 32-hex-digit key ids; `kind` goes into
    the header.
    """
    return seal_compressed_payload(
        compress_payload(payload),
        signing_key=signing_key,
        sender_key_id=sender_key_id,
        ambito=ambito,
        recipient_public_key=recipient_public_key,
        recipient_key_id=recipient_key_id,
        kind=kind,
    )


def seal_compressed_payload(
    compressed: bytes,
    *,
    signing_key: bytes,
    sender_key_id: str,
    ambito: str,
    recipient_public_key: bytes,
    recipient_key_id: str,
    kind: BundleKind = BundleKind.AMBITO,
) -> bytes:
    """As `seal_bundle` for bytes already gzip-compressed (the tests' decompression bomb)."""
    sender_id = bytes.fromhex(sender_key_id)
    if len(sender_id) != KEY_ID_BYTES:
        raise ValueError("a key id is 16 bytes")
    ambito_raw = _ambito_bytes(ambito)
    inner_length = KEY_ID_BYTES + 1 + len(ambito_raw) + SIGNATURE_BYTES + len(compressed)
    header = pack_header(
        recipient_key_id=recipient_key_id, body_length=inner_length + _HPKE_OVERHEAD, kind=kind
    )
    signature = signing_private(signing_key).sign(
        _signed_message(header, sender_id, ambito_raw, compressed)
    )
    inner = b"".join((sender_id, bytes([len(ambito_raw)]), ambito_raw, signature, compressed))
    body = _SUITE.encrypt(inner, encryption_public(recipient_public_key), info=header)
    if len(body) != inner_length + _HPKE_OVERHEAD:
        raise RuntimeError("unexpected HPKE ciphertext length")
    return header + body


def open_bundle(
    data: bytes,
    *,
    recipient_private_keys_by_id: Mapping[str, bytes],
    sender_public_key: SenderKeyResolver,
    size_limit: int = DEFAULT_SIZE_LIMIT,
    payload_limit: int = DEFAULT_PAYLOAD_LIMIT,
    expected_kind: BundleKind = BundleKind.AMBITO,
) -> OpenedBundle:
    """Check and open a bundle file; nothing is decompressed before the signature verifies.

    Refusals, in order: those of `read_header`, BundleForOtherLevel (a bundle of another kind
    than `expected_kind`), BundleWrongRecipient (no private key with the
    header's recipient id), BundleTampered (body does not decrypt: any flipped byte),
    the resolver's (UnknownSender, SenderRevoked, SenderAmbitoMismatch),
    BundleSignatureInvalid, PayloadTooLarge, BundleTampered (not gzip).
    """
    header = read_header(data, size_limit=size_limit)
    refuse_other_kind(header.kind, expected_kind)
    refusals = REFUSALS[expected_kind]
    private = recipient_private_keys_by_id.get(header.recipient_key_id)
    if private is None:
        raise refusals.wrong_recipient(key_id=header.recipient_key_id)
    sender_id, ambito, signature, compressed = _split_inner(_decrypted(data, header, private))
    sender_key_id = sender_id.hex()
    public = sender_public_key(sender_key_id, ambito)
    try:
        signing_public(public).verify(
            signature, _signed_message(header.raw, sender_id, ambito.encode("ascii"), compressed)
        )
    except (InvalidSignature, ValueError):
        raise refusals.signature_invalid(key_id=sender_key_id, ambito=ambito) from None
    payload = decompress_payload(compressed, limit=payload_limit)
    return OpenedBundle(
        header=header,
        ambito=ambito,
        sender_key_id=sender_key_id,
        payload=payload,
        content_sha256=hashlib.sha256(payload).hexdigest(),
    )


def _decrypted(data: bytes, header: BundleHeader, private: bytes) -> bytes:
    """The body opened with the recipient's key the header names. Errors: BundleTampered."""
    try:
        return _SUITE.decrypt(data[HEADER_SIZE:], encryption_private(private), info=header.raw)
    except (InvalidTag, ValueError):
        raise BundleTampered(reason="il controllo di integrità della cifratura non torna") from None


def _split_inner(inner: bytes) -> tuple[bytes, str, bytes, memoryview]:
    """Cut the decrypted body into its fields; a malformed one was made wrong on purpose."""
    if len(inner) < KEY_ID_BYTES + 1:
        raise BundleTampered(reason="il contenuto cifrato è troppo corto")
    sender_id = inner[:KEY_ID_BYTES]
    ambito_length = inner[KEY_ID_BYTES]
    start = KEY_ID_BYTES + 1
    signature_at = start + ambito_length
    if not 1 <= ambito_length <= MAX_AMBITO_BYTES or len(inner) < signature_at + SIGNATURE_BYTES:
        raise BundleTampered(reason="il contenuto cifrato non ha la forma attesa")
    try:
        ambito = inner[start:signature_at].decode("ascii")
    except UnicodeDecodeError:
        raise BundleTampered(reason="il codice dell'Ambito non è leggibile") from None
    signature = inner[signature_at : signature_at + SIGNATURE_BYTES]
    return sender_id, ambito, signature, memoryview(inner)[signature_at + SIGNATURE_BYTES :]
