"""Opening one SQLCipher connection, always in the order and with the settings we promised.

`cipher_log_level = NONE` comes first (settings given before the key are otherwise ignored, and
the default log writes `hmac check failed` to stderr), then the raw key, then a check that the
cipher is really active, then durability and privacy pragmas. A missing file is never created
here except by `create=True`, and never opened in plaintext.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import sqlcipher3

PAGE_SIZE = 4096
PLAINTEXT_HEADER = b"SQLite format 3\x00"
CACHE_KIB = 64 * 1024
BUSY_TIMEOUT_MS = 5000

WAL = "PRAGMA journal_mode = WAL"
SETTINGS = (
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA cache_size = -{CACHE_KIB}",
)


class CipherUnavailable(RuntimeError):
    """The driver is not SQLCipher: refuse rather than write women's data in plaintext."""


def key_literal(raw_key: bytes) -> str:
    """SQLCipher's raw-key form: no passphrase KDF runs, the key slots already did that work."""
    return f"x'{raw_key.hex()}'"


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path))}?mode={mode}"


def connect(
    path: Path, raw_key: bytes, *, create: bool = False, read_only: bool = False
) -> sqlcipher3.Connection:
    """Open `path` keyed with `raw_key`; `create` only for a brand-new store.

    `read_only` is for checks before trusting a file: closing it never checkpoints a WAL into
    a possibly damaged database, nor deletes the `-wal`.
    """
    mode = "ro" if read_only else ("rwc" if create else "rw")
    connection = sqlcipher3.connect(
        _uri(path, mode),
        uri=True,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f'PRAGMA key = "{key_literal(raw_key)}"')
        version = connection.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise CipherUnavailable("SQLCipher is not active on this connection")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for statement in SETTINGS if read_only else (WAL, *SETTINGS):
            connection.execute(statement).fetchall()
    except BaseException:
        connection.close()
        raise
    return connection


def quick_check(connection: sqlcipher3.Connection) -> list[str]:
    """Problems found by SQLite's quick_check; empty when healthy."""
    rows = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def integrity_check(connection: sqlcipher3.Connection) -> list[str]:
    rows = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def cipher_integrity_check(connection: sqlcipher3.Connection) -> list[str]:
    """SQLCipher's page HMAC check: healthy means no rows at all."""
    return [row[0] for row in connection.execute("PRAGMA cipher_integrity_check").fetchall()]
