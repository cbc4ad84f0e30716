"""Enrolment, for every front end: what the «Rete» area shows, issuing and accepting.

The capofila issues an Ambito's enrolment file (written after the commit; the one-time code
is returned to be read out by phone, never written anywhere); the Ambito accepts it with the
code (Argon2id: slow on purpose, so the GUI runs it on its background runner) and gets back
its public-key file to send. Each function opens one unit of work; every target file is
refused before any slow work when it already exists.

Nothing secret leaves the store except the one-time code, which the capofila must read out:
the enrolment's network key and every private key stay inside.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.access.secret_text import secret_from_file
from antiviolenza_desktop.domain.exchange.key_fingerprint import fingerprint
from antiviolenza_desktop.exchange import enrolment, keys
from antiviolenza_desktop.exchange.bundle_io import read_small_file, refuse_existing, write_new_file
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exchange_records import SenderKey
from antiviolenza_desktop.services.programme import REGION, load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class AmbitoKey:
    """This Ambito's active signing key as the capofila must see it."""

    key_id: str
    fingerprint: str


@dataclass(frozen=True)
class NetworkState:
    """What the «Rete» area shows, read in one transaction."""

    capofila: bool = False
    ambito: str = ""
    ambito_name: str = ""
    ambiti: tuple[tuple[str, str], ...] = ()
    senders: tuple[SenderKey, ...] = ()
    own_keys: tuple[keys.KeySummary, ...] = ()
    enrolled_at: str | None = None
    next_sequence: int | None = None
    signing_key: AmbitoKey | None = None
    region: bool = False
    """The Region's store (`domain.exchange.hierarchy`): its registry holds the capofila."""


def _ambito_state(uow: UnitOfWork, ambiti: tuple[tuple[str, str], ...]) -> NetworkState:
    code = records.store_ambito_code(uow)
    current = records.current_enrolment(uow)
    active = records.active_own_key(uow, "signing")
    signing = (
        AmbitoKey(active.key_id, fingerprint(active.public_key, code))
        if active is not None and active.public_key is not None
        else None
    )
    return NetworkState(
        False,
        ambito=code,
        ambito_name=dict(ambiti).get(code, code),
        ambiti=ambiti,
        own_keys=tuple(keys.own_key_summaries(uow)),
        enrolled_at=current.enrolled_at if current else None,
        next_sequence=current.next_sequence if current else None,
        signing_key=signing,
    )


def read_network(opened: OpenStore) -> NetworkState:
    """The store's role, its keys, and (capofila) the registry or (Ambito) its enrolment."""
    ambiti = tuple((a.code, a.name) for a in load_default_programme().ambiti)
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.NETWORK_READ)
        if records.store_ambito_code(uow) == REGION:
            own = tuple(keys.own_key_summaries(uow))
            senders = tuple(records.senders(uow))
            return NetworkState(region=True, senders=senders, own_keys=own)
        if not keys.is_capofila(uow):
            return _ambito_state(uow, ambiti)
        own = tuple(keys.own_key_summaries(uow))
        return NetworkState(True, ambiti=ambiti, senders=tuple(records.senders(uow)), own_keys=own)


def issue_enrolment_file(opened: OpenStore, ambito: str, path: Path) -> enrolment.IssuedEnrolment:
    """Capofila: the enrolment file for `ambito`, written to `path` (a new file); the result
    carries the one-time code. Errors: those of `issue_enrolment`, and the file's."""
    refuse_existing(path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        issued = enrolment.issue_enrolment(uow, ambito=ambito)
    write_new_file(path, issued.data)
    return issued


@dataclass(frozen=True)
class Accepted:
    """The accepted enrolment and the public-key file to send back to the capofila (written
    to `key_path` when one was given)."""

    enrolment: enrolment.AcceptedEnrolment
    key_file: bytes
    key_path: Path | None = None


def read_enrolment_file(path: Path, key_path: Path | None = None) -> bytes:
    """The capofila's file, read and size-checked, with the key file's target refused if it
    exists: before the code is asked for or the store unlocked."""
    data = read_small_file(path)
    refuse_existing(key_path)
    return data


def read_code_file(path: Path) -> str:
    """The one-time code kept in a small file (for scripts; a person types it)."""
    return secret_from_file(read_small_file(path), name=path.name)


def accept_enrolment(
    opened: OpenStore, data: bytes, code: str, key_path: Path | None = None
) -> Accepted:
    """Ambito: open the capofila's file with the one-time code (Argon2id: slow on purpose),
    then write the public-key file to `key_path` if given. Errors: those of
    `accept_enrolment`, and the key file's."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        accepted = enrolment.accept_enrolment(uow, data=data, one_time_code=code)
        key_file = keys.ambito_public_key_file(uow)
    if key_path is not None:
        write_new_file(key_path, key_file)
    return Accepted(accepted, key_file, key_path)


def accept_enrolment_file(opened: OpenStore, path: Path, code: str) -> Accepted:
    """`accept_enrolment` of the file at `path` (the GUI saves the key file afterwards)."""
    return accept_enrolment(opened, read_enrolment_file(path), code)
