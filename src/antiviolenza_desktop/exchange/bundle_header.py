"""The visible header of a bundle: what anyone holding the file may read, and nothing more.

    magic (8) | format version (2) | recipient key id (16) | body length (8)
    | header check (8) = first 8 bytes of SHA-256 over the 34 bytes before it

The magic names the bundle's kind (`domain.exchange.hierarchy`): "AVBUNDLE" an Ambito's
snapshot for its capofila, "AVPROVIN" a capofila's provincial totals for the Region,
"AVCASOTR" one woman's record transferred from an Ambito to another. So a
bundle offered to the wrong level is refused from its first bytes, before any key or password,
while an Ambito's bundle stays byte for byte what it was before the Region existed (an older
capofila reads it as ever, and calls a provincial one "non è un pacchetto", never opening it).

No Ambito, no date, no name: the header says only which key can open the body. It is
bound to the body as HPKE `info` (any change makes decryption fail); the check lets a changed
header be called "alterato" even without the key (`bundle inspect`), the body length lets a
truncated file be called "troncato" rather than "alterato".
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

from antiviolenza_desktop.domain.exchange.bundle_errors import (
    BundleFormatTooNew,
    BundleTampered,
    BundleTooLarge,
    BundleTruncated,
    NotABundle,
)
from antiviolenza_desktop.domain.exchange.hierarchy import BundleKind

MAGIC = b"AVBUNDLE"
MAGICS = {
    BundleKind.AMBITO: MAGIC,
    BundleKind.PROVINCE: b"AVPROVIN",
    BundleKind.TRANSFER: b"AVCASOTR",
}
_KINDS = {magic: kind for kind, magic in MAGICS.items()}
FORMAT_VERSION = 1
_FIELDS = struct.Struct("!8sH16sQ")
CHECK_BYTES = 8
RECIPIENT_ID_BYTES = 16
HEADER_SIZE = _FIELDS.size + CHECK_BYTES
DEFAULT_SIZE_LIMIT = 64 * 1024 * 1024


@dataclass(frozen=True)
class BundleHeader:
    version: int
    recipient_key_id: str
    body_length: int
    raw: bytes
    kind: BundleKind = BundleKind.AMBITO

    @property
    def total_size(self) -> int:
        return HEADER_SIZE + self.body_length


def _check(fields: bytes) -> bytes:
    return hashlib.sha256(fields).digest()[:CHECK_BYTES]


def pack_header(
    *, recipient_key_id: str, body_length: int, kind: BundleKind = BundleKind.AMBITO
) -> bytes:
    recipient = bytes.fromhex(recipient_key_id)
    if len(recipient) != RECIPIENT_ID_BYTES:
        raise ValueError("a recipient key id is 16 bytes")
    fields = _FIELDS.pack(MAGICS[kind], FORMAT_VERSION, recipient, body_length)
    return fields + _check(fields)


def _magic_distance(start: bytes) -> int:
    """How many bytes `start` differs by from the nearest known magic."""
    return min(sum(1 for a, b in zip(start, magic, strict=True) if a != b) for magic in _KINDS)


def read_header(data: bytes, *, size_limit: int = DEFAULT_SIZE_LIMIT) -> BundleHeader:
    """Parse and check the header of a whole bundle file, without any key.

    In order: size limit (BundleTooLarge), magic (NotABundle; a magic one byte off is a
    damaged bundle, BundleTampered), short file (BundleTruncated), header check
    (BundleTampered), newer format (BundleFormatTooNew), body length against the file
    (BundleTruncated when bytes are missing, BundleTampered when bytes were added).
    """
    distance = _check_start(data, size_limit)
    fields, check = data[: _FIELDS.size], data[_FIELDS.size : HEADER_SIZE]
    if distance or _check(fields) != check:
        raise BundleTampered(reason="l'intestazione non supera il controllo")
    magic, version, recipient, body_length = _FIELDS.unpack(fields)
    if version > FORMAT_VERSION:
        raise BundleFormatTooNew(version=version, supported=FORMAT_VERSION)
    if version < 1:
        raise BundleTampered(reason=f"versione di formato {version} inesistente")
    header = BundleHeader(version, recipient.hex(), body_length, data[:HEADER_SIZE], _KINDS[magic])
    if len(data) < header.total_size:
        raise BundleTruncated(missing=header.total_size - len(data), expected=header.total_size)
    if len(data) > header.total_size:
        raise BundleTampered(reason=f"{len(data) - header.total_size} byte in più in coda")
    return header


def _check_start(data: bytes, size_limit: int) -> int:
    """Size, emptiness, magic and minimal length; the magic's distance (0 or 1) from ours."""
    if len(data) > size_limit:
        raise BundleTooLarge(size=len(data), limit=size_limit)
    if not data:
        raise NotABundle(reason="il file è vuoto")
    if len(data) < len(MAGIC) and any(magic.startswith(data) for magic in _KINDS):
        raise BundleTruncated(missing=HEADER_SIZE - len(data), expected=HEADER_SIZE)
    if len(data) < len(MAGIC) or _magic_distance(data[: len(MAGIC)]) > 1:
        raise NotABundle(reason="intestazione non riconosciuta")
    if len(data) < HEADER_SIZE:
        raise BundleTruncated(missing=HEADER_SIZE - len(data), expected=HEADER_SIZE)
    return _magic_distance(data[: len(MAGIC)])
