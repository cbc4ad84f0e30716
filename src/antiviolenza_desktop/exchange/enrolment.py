"""Enrolment, both ends: the capofila issues a file per Ambito, the Ambito accepts it.

1. Capofila: `issue_enrolment` → the file and a one-time code she reads out by phone.
2. Ambito: `accept_enrolment` with the file and the code → its own Ed25519 key is created (or
   kept, on a re-enrolment) and its fingerprint is shown; `keys.ambito_public_key_file` is the
   file to send back.
3. Capofila: `keys.register_ambito_key` with that file and the fingerprint typed while the
   Ambito reads it out.

A wrong code, a file for another Ambito or another programme version is refused before
anything is written. Re-enrolment (after the capofila rotated its encryption key) must come
from the same capofila signing key and the same network key, and keeps the bundle sequence.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.exchange.enrolment_errors import (
    EnrolmentForOtherAmbito,
    EnrolmentFromOtherCapofila,
    EnrolmentOlderThanCurrent,
    EnrolmentProgrammeMismatch,
    UnknownAmbito,
)
from antiviolenza_desktop.domain.exchange.key_fingerprint import fingerprint
from antiviolenza_desktop.domain.exchange.one_time_code import new_one_time_code
from antiviolenza_desktop.exchange import keys
from antiviolenza_desktop.exchange.enrolment_file import (
    EnrolmentContent,
    open_enrolment,
    seal_enrolment,
)
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.programme import default_programme_path, load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store import kdf


@dataclass(frozen=True)
class IssuedEnrolment:
    ambito: str
    data: bytes
    one_time_code: str
    encryption_key_id: str

    def __repr__(self) -> str:  # the code is a secret
        return f"IssuedEnrolment({self.ambito}, {self.encryption_key_id})"


@dataclass(frozen=True)
class AcceptedEnrolment:
    ambito: str
    key_id: str
    fingerprint: str
    new_key: bool
    renewed: bool


@cache
def programme_identity() -> tuple[str, str]:
    """(programme id, SHA-256 of the programme file): both ends must run the same version."""
    digest = hashlib.sha256(default_programme_path().read_bytes()).hexdigest()
    return load_default_programme().id, digest


def issue_enrolment(
    uow: UnitOfWork, *, ambito: str, params: kdf.KdfParams = kdf.FLOOR_PARAMS
) -> IssuedEnrolment:
    """The enrolment file for `ambito` and its one-time code (creating the capofila's keys on
    first use). Permission: coordinator of the capofila. Audited (Ambito and key ids only).
    Errors: NotCapofilaStore, PermissionDenied, UnknownAmbito."""
    require(uow, Permission.EXCHANGE)
    records.require_capofila(uow, "emettere un'iscrizione")
    known = [a.code for a in load_default_programme().ambiti]
    if ambito not in known:
        raise UnknownAmbito("ambito", ambito=ambito, known=", ".join(known))
    own = keys.ensure_capofila_keys(uow)
    signing, encryption = own["signing"], own["encryption"]
    content = enrolment_content(ambito, own)
    code = new_one_time_code()
    data = seal_enrolment(
        content, signing_key=signing.private_key, one_time_code=code, params=params
    )
    audit.record(
        uow,
        action="scambio.iscrizione_emessa",
        entity="exchange_enrolment",
        entity_id=ambito,
        details={"encryption_key": encryption.key_id, "signing_key": signing.key_id},
    )
    return IssuedEnrolment(ambito, data, code, encryption.key_id)


def enrolment_content(ambito: str, own: Mapping[str, records.OwnKey]) -> EnrolmentContent:
    """What the file for `ambito` carries: the programme, the capofila's public keys and the
    network key."""
    programme_id, programme_sha256 = programme_identity()
    signing, encryption, network = own["signing"], own["encryption"], own["network"]
    if signing.public_key is None or encryption.public_key is None:
        raise RuntimeError("capofila key without its public half")
    return EnrolmentContent(
        ambito=ambito,
        programme_id=programme_id,
        programme_sha256=programme_sha256,
        capofila_signing_key=signing.public_key,
        capofila_signing_key_id=signing.key_id,
        capofila_encryption_key=encryption.public_key,
        capofila_encryption_key_id=encryption.key_id,
        network_key=network.private_key,
        network_key_id=network.key_id,
        # to the microsecond: a renewal right after a key rotation must sort after the old file
        issued_at=datetime.now(UTC).isoformat(timespec="microseconds"),
    )


def accept_enrolment(uow: UnitOfWork, *, data: bytes, one_time_code: str) -> AcceptedEnrolment:
    """Open the capofila's file with the code, check it belongs to this store, keep it, and
    make sure this Ambito has a signing key. Permission: coordinator. Audited.
    Errors: NotAmbitoStore, OneTimeCodeMalformed, OneTimeCodeTypo, NotAnEnrolmentFile,
    WrongOneTimeCode, EnrolmentForOtherAmbito, EnrolmentProgrammeMismatch,
    EnrolmentFromOtherCapofila, PermissionDenied."""
    require(uow, Permission.EXCHANGE)
    ambito = records.require_ambito(uow, "accettare un'iscrizione")
    content = open_enrolment(data, one_time_code=one_time_code)
    _check_for_this_store(uow, content, ambito)
    previous = records.current_enrolment(uow)
    refuse_other_or_older(uow, content, previous)
    records.remember_enrolment_issued_at(uow, content.issued_at)
    records.save_enrolment(uow, enrolment_record(content, previous))
    signing, created = keys.ensure_ambito_signing_key(uow)
    if signing.public_key is None:
        raise RuntimeError("signing key without its public half")
    return AcceptedEnrolment(
        ambito=ambito,
        key_id=signing.key_id,
        fingerprint=fingerprint(signing.public_key, ambito),
        new_key=created,
        renewed=previous is not None,
    )


def refuse_other_or_older(
    uow: UnitOfWork, content: EnrolmentContent, previous: records.Enrolment | None
) -> None:
    """A renewal comes from the same capofila and network, and is not older than the file
    accepted last (an old file would bring back rotated keys)."""
    if previous is not None and (
        previous.capofila_signing_key_id != content.capofila_signing_key_id
        or previous.network_key_id != content.network_key_id
    ):
        raise EnrolmentFromOtherCapofila(
            key_id=content.capofila_signing_key_id, expected=previous.capofila_signing_key_id
        )
    accepted_before = records.accepted_enrolment_issued_at(uow)
    if accepted_before is not None and datetime.fromisoformat(
        content.issued_at
    ) < datetime.fromisoformat(accepted_before):
        raise EnrolmentOlderThanCurrent(
            issued=records.shown_day(content.issued_at),
            current=records.shown_day(accepted_before),
        )


def enrolment_record(
    content: EnrolmentContent, previous: records.Enrolment | None
) -> records.Enrolment:
    """The enrolment as kept: the file's content; a renewal keeps counting its bundles."""
    return records.Enrolment(
        ambito=content.ambito,
        programme_id=content.programme_id,
        programme_sha256=content.programme_sha256,
        capofila_signing_key=content.capofila_signing_key,
        capofila_signing_key_id=content.capofila_signing_key_id,
        capofila_encryption_key=content.capofila_encryption_key,
        capofila_encryption_key_id=content.capofila_encryption_key_id,
        network_key=content.network_key,
        network_key_id=content.network_key_id,
        enrolled_at=records.now(),
        next_sequence=previous.next_sequence if previous else 1,
    )


def _check_for_this_store(uow: UnitOfWork, content: EnrolmentContent, ambito: str) -> None:
    if content.ambito != ambito:
        raise EnrolmentForOtherAmbito(enrolled=content.ambito, store=ambito)
    check_programme(uow, content)


def check_programme(uow: UnitOfWork, content: EnrolmentContent) -> None:
    """The file's programme and version are this store's. Errors: EnrolmentProgrammeMismatch."""
    programme_id, programme_sha256 = programme_identity()
    store_programme = records.store_programme_id(uow) or programme_id
    if (content.programme_id, content.programme_sha256) != (store_programme, programme_sha256):
        raise EnrolmentProgrammeMismatch(
            enrolled=content.programme_id,
            enrolled_hash=content.programme_sha256[:12],
            store=store_programme,
            store_hash=programme_sha256[:12],
        )
