"""A local, keyed pseudonym of a woman's codice fiscale, kept in her case's tombstone.

An erasure clears her CF, but the programme's per-woman caps must still see the money she
already received when she comes back on another path (art. 17(3)(b): the accounts of a public
programme). The tombstone therefore keeps HMAC-SHA256(secret, normalised CF): the secret is
random, lives only in this store's `store_meta` and never leaves it (bundles carry the network
pseudonym, not this), so the key says nothing to anyone without the store; inside the store it
only lets the ledger join her new path to the old amounts when her CF is typed again.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from antiviolenza_desktop.domain.case.codice_fiscale import normalise_cf
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import StoreMeta

SECRET_KEY = "woman_key_secret"  # noqa: S105 - the store_meta key, not a secret


def stored_secret(uow: UnitOfWork) -> str | None:
    """The store's secret as hex, or None before the first erasure."""
    row = uow.session.get(StoreMeta, SECRET_KEY)
    return None if row is None else row.value


def adopt_secret(uow: UnitOfWork, secret: str | None = None) -> str:
    """The store's secret, creating it (random, or `secret` carried from another copy of this
    same store) in the caller's transaction when absent."""
    current = stored_secret(uow)
    if current is not None:
        return current
    value = secret or secrets.token_hex(32)
    uow.session.add(StoreMeta(key=SECRET_KEY, value=value))
    uow.session.flush()
    return value


def key_with(secret: str, codice_fiscale: str) -> str:
    digest = hmac.new(bytes.fromhex(secret), normalise_cf(codice_fiscale).encode(), hashlib.sha256)
    return digest.hexdigest()


def woman_key(uow: UnitOfWork, codice_fiscale: str | None) -> str | None:
    """Her key in this store; None without a CF or before any erasure (no tombstone has one)."""
    secret = stored_secret(uow)
    if secret is None or not codice_fiscale:
        return None
    return key_with(secret, codice_fiscale)
