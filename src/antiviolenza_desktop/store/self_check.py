"""Checks, run by the self-test in the very build a person installed, that the store layer's
native pieces work: Argon2id gives the published answer, the shipped migrations reach the head
this code expects, and SQLCipher is version 4 with the settings the store promises.

A frozen build that forgot the migration files, or linked an OpenSSL or SQLCipher without
what we need, fails here with a named check instead of an opaque error at the first unlock.
"""

from __future__ import annotations

import sqlcipher3
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from antiviolenza_desktop.store import migrations_runner
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS, derive, new_salt
from antiviolenza_desktop.store.sqlcipher_connection import verify_cipher_settings

# The newest migration this code was written against: a build whose migration files do not
# reach it (files missing, or an extra unknown one) would refuse or corrupt stores.
EXPECTED_HEAD = "0020"
MINIMUM_SQLCIPHER_MAJOR = 4

# RFC 9106, section 5.3: the Argon2id test vector.
_RFC9106_TAG = bytes.fromhex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659")


class SelfCheckFailed(RuntimeError):
    """A self-check found this build unable to do what the application needs."""


def check_argon2id() -> None:
    """Argon2id gives RFC 9106's answer, and the store's own KDF is deterministic per salt."""
    tag = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    ).derive(b"\x01" * 32)
    if tag != _RFC9106_TAG:
        raise SelfCheckFailed("Argon2id non dà il risultato del vettore di prova RFC 9106")
    salt = new_salt()
    first = derive(b"prova", salt, FLOOR_PARAMS)
    if first != derive(b"prova", salt, FLOOR_PARAMS) or first == derive(
        b"prova", new_salt(), FLOOR_PARAMS
    ):
        raise SelfCheckFailed("la derivazione della chiave non è ripetibile")


def check_migrations_head() -> None:
    """The migration scripts shipped load, and their head is the one this code expects."""
    head = migrations_runner.head_revision()
    if head != EXPECTED_HEAD:
        raise SelfCheckFailed(f"migrazioni: ultima {head}, attesa {EXPECTED_HEAD}")


def check_cipher_connection(connection: sqlcipher3.Connection) -> str:
    """SQLCipher 4 or later with the store's settings on `connection`; returns its version."""
    row = connection.execute("PRAGMA cipher_version").fetchone()
    version = str(row[0]) if row and row[0] else ""
    major = version.split(".", 1)[0]
    if not major.isdigit() or int(major) < MINIMUM_SQLCIPHER_MAJOR:
        raise SelfCheckFailed(f"SQLCipher {version or 'assente'}: serve la versione 4")
    verify_cipher_settings(connection)
    return version
