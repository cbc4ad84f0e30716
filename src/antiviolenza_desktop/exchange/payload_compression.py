"""Gzip of the canonical payload, and its decompression with a hard cap (BU-10).

Compression is deterministic (mtime 0), so the same snapshot always seals the same plaintext.
Decompression streams through `zlib.decompressobj` with `max_length`, one chunk at a time, and
stops as soon as the output would pass the cap: a bomb costs at most the cap plus one chunk of
memory, never what it would expand to.
"""

from __future__ import annotations

import gzip
import zlib

from antiviolenza_desktop.domain.bundle_errors import BundleTampered, PayloadTooLarge

DEFAULT_PAYLOAD_LIMIT = 256 * 1024 * 1024
CHUNK = 1024 * 1024
_GZIP_WBITS = 31


def compress_payload(payload: bytes) -> bytes:
    return gzip.compress(payload, compresslevel=6, mtime=0)


def decompress_payload(compressed: bytes, *, limit: int = DEFAULT_PAYLOAD_LIMIT) -> bytes:
    """The payload, or PayloadTooLarge past `limit` bytes, or BundleTampered if not gzip."""
    inflater = zlib.decompressobj(wbits=_GZIP_WBITS)
    output = bytearray()
    pending = compressed
    try:
        while not inflater.eof:
            piece = inflater.decompress(pending, CHUNK)
            if len(output) + len(piece) > limit:
                raise PayloadTooLarge(limit=limit)
            output += piece
            pending = inflater.unconsumed_tail
            if not piece and not pending:
                break
    except zlib.error:
        raise BundleTampered(reason="il contenuto compresso non è leggibile") from None
    if not inflater.eof or inflater.unused_data:
        raise BundleTampered(reason="il contenuto compresso è incompleto o ha byte in più")
    return bytes(output)
