"""Exchange keys, for every front end: the Ambito's public-key file, registering, revoking,
rotating and listing keys, with the fingerprints people read to each other.

A fingerprint is what two coordinators compare aloud by phone; it is computed here once
(`exchange` and the domain's `key_fingerprint`) and shown as it is by the GUI and the CLI.
Each function opens one unit of work per write; key files are written after the commit,
never over an existing file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from antiviolenza_desktop.domain.exchange.key_fingerprint import fingerprint
from antiviolenza_desktop.exchange import keys
from antiviolenza_desktop.exchange.bundle_io import read_small_file, refuse_existing, write_new_file
from antiviolenza_desktop.exchange.public_key_file import (
    AmbitoPublicKey,
    read_public_key_file,
    write_public_key_file,
)
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.exchange_records import SenderKey
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class WrittenKey:
    """An Ambito's public key written to `path`, and the fingerprint to read out."""

    path: Path
    ambito: str
    key_id: str
    fingerprint: str


def save_file(path: Path, data: bytes) -> Path:
    """Write `data` to a new private file (a public-key file the GUI already holds)."""
    write_new_file(path, data)
    return path


def _write_key(path: Path, key: AmbitoPublicKey) -> WrittenKey:
    write_new_file(path, write_public_key_file(key))
    return WrittenKey(path, key.ambito, key.key_id, fingerprint(key.public_key, key.ambito))


def export_public_key(opened: OpenStore, path: Path) -> WrittenKey:
    """Ambito: write its public-key file to `path` (a new file)."""
    refuse_existing(path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        key = keys.ambito_public_key(uow)
    return _write_key(path, key)


def read_key_file(path: Path) -> AmbitoPublicKey:
    """Capofila: an Ambito's public-key file, checked (the fingerprint is compared later)."""
    return read_public_key_file(read_small_file(path))


def register_key(opened: OpenStore, key: AmbitoPublicKey, typed: str) -> SenderKey:
    """Capofila: register `key` if `typed` is the fingerprint the Ambito read out."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return keys.register_ambito_key(uow, key=key, typed_fingerprint=typed)


def revoke_key(opened: OpenStore, key_id: str) -> SenderKey:
    """Capofila: bundles signed with `key_id` are refused from now on."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return keys.revoke_ambito_key(uow, key_id=key_id)


@dataclass(frozen=True)
class Rotated:
    """The new key; for an Ambito also its public key (written when a path was given)."""

    summary: keys.KeySummary
    public: AmbitoPublicKey | None
    written: WrittenKey | None = None


def rotate_key(opened: OpenStore, path: Path | None = None) -> Rotated:
    """A new key, the previous one retired (capofila: encryption; Ambito: signing, whose
    public-key file goes to `path` if given)."""
    refuse_existing(path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        summary = keys.rotate_own_key(uow)
        public = None if records.is_receiver(uow) else keys.ambito_public_key(uow)
    written = _write_key(path, public) if public is not None and path is not None else None
    return Rotated(summary, public, written)


@dataclass(frozen=True)
class KeyListing:
    """This store's keys and, for the capofila, the Ambiti's registered keys."""

    own: tuple[keys.KeySummary, ...]
    registry: tuple[SenderKey, ...]


def list_keys(opened: OpenStore) -> KeyListing:
    with UnitOfWork(opened.store, opened.actor) as uow:
        registry = records.senders(uow) if records.is_receiver(uow) else []
        return KeyListing(tuple(keys.own_key_summaries(uow)), tuple(registry))
