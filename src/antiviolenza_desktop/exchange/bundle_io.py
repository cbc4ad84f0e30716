"""Bundles between a store and a file: seal at the Ambito, open at the capofila, read and write.

The export (integrator) builds the canonical payload with the number from
`services.exchange_records.take_next_sequence`, then calls `seal_for_capofila` in the same
unit of work. The import calls `read_bundle_file` (size checked before reading), then
`open_at_capofila`, which checks recipient, integrity, sender registration and signature,
and the decompression cap, all before any snapshot check or write.
"""

from __future__ import annotations

import os
from pathlib import Path

from antiviolenza_desktop.domain.exchange.bundle_errors import (
    BundleTooLarge,
    ExchangeFileExists,
    ExchangeFileUnreadable,
    SmallFileTooLarge,
)
from antiviolenza_desktop.domain.exchange.enrolment_errors import NoSigningKey, NotEnrolled
from antiviolenza_desktop.exchange import keys
from antiviolenza_desktop.exchange.bundle_container import OpenedBundle, open_bundle, seal_bundle
from antiviolenza_desktop.exchange.bundle_header import DEFAULT_SIZE_LIMIT
from antiviolenza_desktop.exchange.payload_compression import DEFAULT_PAYLOAD_LIMIT
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.atomic_files import write_atomically


def seal_for_capofila(uow: UnitOfWork, payload: bytes) -> bytes:
    """The bundle of this Ambito's `payload`, signed with its key, sealed to the capofila's
    current encryption key. Errors: NotAmbitoStore, NotEnrolled, NoSigningKey."""
    ambito = records.require_ambito(uow, "esportare un pacchetto")
    enrolment = records.current_enrolment(uow)
    if enrolment is None:
        raise NotEnrolled
    signing = records.active_own_key(uow, "signing")
    if signing is None:
        raise NoSigningKey
    return seal_bundle(
        payload,
        signing_key=signing.private_key,
        sender_key_id=signing.key_id,
        ambito=ambito,
        recipient_public_key=enrolment.capofila_encryption_key,
        recipient_key_id=enrolment.capofila_encryption_key_id,
    )


def open_at_capofila(
    uow: UnitOfWork,
    data: bytes,
    *,
    size_limit: int = DEFAULT_SIZE_LIMIT,
    payload_limit: int = DEFAULT_PAYLOAD_LIMIT,
) -> OpenedBundle:
    """Open a bundle with the capofila's keys and its registry of senders; writes nothing.
    Errors: NotCapofilaStore and every refusal of `bundle_container.open_bundle`."""
    return open_bundle(
        data,
        recipient_private_keys_by_id=keys.recipient_private_keys(uow),
        sender_public_key=keys.registered_sender_resolver(uow),
        size_limit=size_limit,
        payload_limit=payload_limit,
    )


def read_bundle_file(path: Path, *, size_limit: int = DEFAULT_SIZE_LIMIT) -> bytes:
    """The file's bytes, refusing one larger than `size_limit` before reading it."""
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > size_limit:
                raise BundleTooLarge(size=size, limit=size_limit)
            data = stream.read(size_limit + 1)
    except IsADirectoryError:
        raise ExchangeFileUnreadable(name=path.name, reason="è una cartella") from None
    except FileNotFoundError:
        raise ExchangeFileUnreadable(name=path.name, reason="file non trovato") from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ExchangeFileUnreadable(name=path.name, reason=reason) from None
    if len(data) > size_limit:  # grew while we read it
        raise BundleTooLarge(size=len(data), limit=size_limit)
    return data


SMALL_FILE_LIMIT = 64 * 1024
"""Enrolment, public-key and one-time-code files are a few kilobytes; larger is not one."""


def read_small_file(path: Path) -> bytes:
    """An enrolment, public-key or code file, refused unread when it is larger than one can be.
    Errors: SmallFileTooLarge, ExchangeFileUnreadable."""
    try:
        return read_bundle_file(path, size_limit=SMALL_FILE_LIMIT)
    except BundleTooLarge as error:
        raise SmallFileTooLarge(name=path.name, size=error.params["size"]) from None


def refuse_existing(path: Path | None) -> None:
    """Refuse early (before any slow work) to write over an existing file."""
    if path is not None and path.exists():
        raise ExchangeFileExists(name=path.name)


def write_new_file(path: Path, data: bytes) -> None:
    """Write an exchange file atomically and privately (0600), never over an existing one."""
    refuse_existing(path)
    write_atomically(path, data)
