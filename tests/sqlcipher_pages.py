"""Decrypting every page of a SQLCipher 4 file (and of its WAL) in the tests, to look for bytes.

This SQLCipher build has no `sqlite_dbpage` table, so the tests read the format directly:
pages of 4096 bytes, each ending in an 80-byte reserved area (a 16-byte IV, then a 64-byte
HMAC-SHA512); the rest is AES-256-CBC under the raw key (no KDF: the store is keyed with
`x'…'`). Page 1 starts with the 16-byte salt, which is not encrypted. A WAL is a 32-byte
header, then frames of a 24-byte header (page number first) and one page each.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def decrypt_page(page: bytes, raw_key: bytes, *, first: bool) -> bytes:
    """The plaintext of one page (from after the salt on page 1)."""
    start = SALT if first else 0
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize()


def database_pages(path: Path, raw_key: bytes) -> Iterator[bytes]:
    data = path.read_bytes()
    assert len(data) % PAGE_SIZE == 0, f"{path.name} is not whole pages"
    for number, offset in enumerate(range(0, len(data), PAGE_SIZE), start=1):
        yield decrypt_page(data[offset : offset + PAGE_SIZE], raw_key, first=number == 1)


def wal_pages(path: Path, raw_key: bytes) -> Iterator[bytes]:
    data = path.read_bytes()
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE_SIZE <= len(data):
        number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE_SIZE]
        yield decrypt_page(page, raw_key, first=number == 1)
        offset += FRAME_HEADER + PAGE_SIZE


def plaintext_of(database: Path, raw_key: bytes) -> bytes:
    """Every decrypted page of `database` and of its `-wal` (if any), concatenated."""
    pages = list(database_pages(database, raw_key))
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        pages.extend(wal_pages(wal, raw_key))
    return b"".join(pages)


def holds_marker(plaintext: bytes, marker: str) -> bool:
    """Whether the marker is there in UTF-8 or UTF-16 (either byte order), any case."""
    forms = {marker, marker.upper(), marker.lower(), marker.casefold()}
    needles = {
        form.encode(encoding) for form in forms for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    }
    return any(needle in plaintext for needle in needles)
