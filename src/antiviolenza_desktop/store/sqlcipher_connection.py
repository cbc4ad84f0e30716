"""Opening one SQLCipher connection, always in the order and with the settings we promised.

`cipher_log_level = NONE` comes first (the default log writes `hmac check failed` to stderr),
then the raw key, then a check that the cipher is really active, then every cipher setting of
SQLCipher 4, set explicitly and read back: settings given before the key are ignored, and a
downgraded or patched driver (process-wide `cipher_default_*`, an old build) would otherwise
create or read a store, backup or rekeyed copy in a weaker format without a word. Then the
durability and privacy pragmas. A missing file is never created here except by `create=True`,
and never opened in plaintext.

`connect_legacy` is the one exception, read-only and only to recognise and convert a store
written by SQLCipher 3.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import sqlcipher3

from antiviolenza_desktop.domain.store_errors import CipherSettingsMismatch, CipherUnavailable

PAGE_SIZE = 4096
LEGACY_PAGE_SIZE = 1024
PLAINTEXT_HEADER = b"SQLite format 3\x00"
CACHE_KIB = 64 * 1024
BUSY_TIMEOUT_MS = 5000

CipherSettings = tuple[tuple[str, str], ...]

# SQLCipher 4's defaults, as `PRAGMA cipher_settings` reports them. kdf_iter does nothing with
# a raw key, but a different value still says the driver is not the one we shipped.
CIPHER_SETTINGS: CipherSettings = (
    ("kdf_iter", "256000"),
    ("cipher_page_size", str(PAGE_SIZE)),
    ("cipher_use_hmac", "1"),
    ("cipher_plaintext_header_size", "0"),
    ("cipher_hmac_algorithm", "HMAC_SHA512"),
    ("cipher_kdf_algorithm", "PBKDF2_HMAC_SHA512"),
)
# What `PRAGMA cipher_compatibility = 3` must give: used only to read an old store.
LEGACY_CIPHER_SETTINGS: CipherSettings = (
    ("kdf_iter", "64000"),
    ("cipher_page_size", str(LEGACY_PAGE_SIZE)),
    ("cipher_use_hmac", "1"),
    ("cipher_plaintext_header_size", "0"),
    ("cipher_hmac_algorithm", "HMAC_SHA1"),
    ("cipher_kdf_algorithm", "PBKDF2_HMAC_SHA1"),
)
_REPORTED = re.compile(r"^PRAGMA (\w+) = (.*?);?$")

WAL = "PRAGMA journal_mode = WAL"
SETTINGS = (
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA cache_size = -{CACHE_KIB}",
)


def key_literal(raw_key: bytes) -> str:
    """SQLCipher's raw-key form: no passphrase KDF runs, the key slots already did that work."""
    return f"x'{raw_key.hex()}'"


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path))}?mode={mode}"


def _checked_schema(schema: str) -> str:
    if not schema.isidentifier():
        raise ValueError("a schema name is an SQL identifier")
    return schema


def reported_cipher_settings(connection: sqlcipher3.Connection, schema: str) -> dict[str, str]:
    """The settings SQLCipher says `schema` uses, by name (from `PRAGMA cipher_settings`)."""
    rows = connection.execute(f"PRAGMA {_checked_schema(schema)}.cipher_settings").fetchall()
    matches = (_REPORTED.match(str(row[0]).strip()) for row in rows if row)
    return {match[1]: match[2] for match in matches if match}


def _set_cipher_settings(
    connection: sqlcipher3.Connection, schema: str, settings: CipherSettings
) -> None:
    for name, value in settings:
        connection.execute(f"PRAGMA {_checked_schema(schema)}.{name} = {value}").fetchall()


def verify_cipher_settings(
    connection: sqlcipher3.Connection,
    schema: str = "main",
    expected: CipherSettings = CIPHER_SETTINGS,
) -> None:
    """Refuse, naming the first setting that differs, unless `schema` uses `expected`."""
    actual = reported_cipher_settings(connection, schema)
    for name, value in expected:
        if actual.get(name) != value:
            raise CipherSettingsMismatch(
                setting=name, expected=value, actual=actual.get(name, "assente")
            )


def apply_cipher_settings(connection: sqlcipher3.Connection, schema: str = "main") -> None:
    """Give `schema` (keyed, not yet read) SQLCipher 4's settings, then check they took.

    Call it after `PRAGMA key` and, for `ATTACH ... KEY`, on the attached schema before
    anything is written to it (an attached database starts from the process-wide defaults).
    """
    _set_cipher_settings(connection, schema, CIPHER_SETTINGS)
    verify_cipher_settings(connection, schema)


def _require_cipher(connection: sqlcipher3.Connection) -> None:
    try:
        version = connection.execute("PRAGMA cipher_version").fetchone()
    except sqlcipher3.DatabaseError:
        version = None
    if not version or not version[0]:
        raise CipherUnavailable


def _keyed(path: Path, raw_key: bytes, mode: str) -> sqlcipher3.Connection:
    """A connection to `path` with the key given and the cipher proven present."""
    connection = sqlcipher3.connect(
        _uri(path, mode),
        uri=True,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f'PRAGMA key = "{key_literal(raw_key)}"')
        _require_cipher(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def connect(
    path: Path, raw_key: bytes, *, create: bool = False, read_only: bool = False
) -> sqlcipher3.Connection:
    """Open `path` keyed with `raw_key`; `create` only for a brand-new store.

    `read_only` is for checks before trusting a file: closing it never checkpoints a WAL into
    a possibly damaged database, nor deletes the `-wal`.
    """
    mode = "ro" if read_only else ("rwc" if create else "rw")
    connection = _keyed(path, raw_key, mode)
    try:
        apply_cipher_settings(connection)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for statement in SETTINGS if read_only else (WAL, *SETTINGS):
            connection.execute(statement).fetchall()
    except BaseException:
        connection.close()
        raise
    return connection


def connect_legacy(path: Path, raw_key: bytes) -> sqlcipher3.Connection:
    """Read-only connection to a store written by SQLCipher 3; raises DatabaseError otherwise."""
    connection = _keyed(path, raw_key, "ro")
    try:
        connection.execute("PRAGMA cipher_compatibility = 3").fetchall()
        verify_cipher_settings(connection, expected=LEGACY_CIPHER_SETTINGS)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
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
