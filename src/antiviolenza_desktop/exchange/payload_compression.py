"""Gzip of the canonical payload, and its decompression with a hard cap (BU-10).

Compression is deterministic (mtime 0), so the same snapshot always seals the same plaintext.
Decompression streams through `zlib.decompressobj` with `max_length`, one chunk at a time, and
stops as soon as the output would pass the cap: a bomb costs at most the cap plus one chunk of
memory, never what it would expand to.
"""

from __future__ import annotations

import gzip
import zlib

from antiviolenza_desktop.domain.exchange.bundle_errors import BundleTampered, PayloadTooLarge

DEFAULT_PAYLOAD_LIMIT = 64 * 1024 * 1024
CHUNK = 1024 * 1024
INPUT_SLICE = 64 * 1024
_GZIP_WBITS = 31


def compress_payload(payload: bytes) -> bytes:
    return gzip.compress(payload, compresslevel=6, mtime=0)


def decompress_payload(
    compressed: bytes | memoryview, *, limit: int = DEFAULT_PAYLOAD_LIMIT
) -> bytes:
    """The payload, or PayloadTooLarge past `limit` bytes, or BundleTampered if not gzip.

    Input goes in by slices of INPUT_SLICE bytes, so the inflater's unconsumed tail (copied
    at every call) stays small however far a bomb expands.
    """
    inflater = zlib.decompressobj(wbits=_GZIP_WBITS)
    output = bytearray()
    view = memoryview(compressed)
    slices = [view[at : at + INPUT_SLICE] for at in range(0, len(view), INPUT_SLICE)]
    fed = 0
    try:
        for pending in [*slices, b""]:
            _inflate(inflater, pending, output, limit)
            fed += 1
            if inflater.eof:
                break
    except zlib.error:
        raise BundleTampered(reason="il contenuto compresso non è leggibile") from None
    if not inflater.eof or inflater.unused_data or fed < len(slices):
        raise BundleTampered(reason="il contenuto compresso è incompleto o ha byte in più")
    return bytes(output)


def _inflate(
    inflater: zlib._Decompress, pending: bytes | memoryview, output: bytearray, limit: int
) -> None:
    """Feed one slice (or, with b"", drain held-back output), CHUNK bytes of output at a time."""
    while not inflater.eof:
        piece = inflater.decompress(pending, CHUNK)
        if len(output) + len(piece) > limit:
            raise PayloadTooLarge(limit=limit)
        output += piece
        pending = inflater.unconsumed_tail
        if not pending and len(piece) < CHUNK:
            return
