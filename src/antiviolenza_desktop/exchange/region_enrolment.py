"""Enrolment one level up: the Region enrols a capofila as the capofila enrols an Ambito.

1. Region: `issue_province_enrolment` → the same enrolment file (`exchange.enrolment_file`,
   under a one-time code read out by phone) carrying the Region's public keys, for a province.
2. Capofila: `accept_region_enrolment` with the file and the code → kept as this store's
   enrolment (`exchange_enrolment`: at an Ambito the capofila's, at the capofila the Region's;
   its sequence numbers the provincial bundles). The capofila signs with the signing key it
   already has (the one that signs its Ambiti's enrolment files); `capofila_public_key` is the
   file to send back, naming the province, with that key's fingerprint to read out.
3. Region: `register_province_key` with that file and the fingerprint typed while the capofila
   reads it out (`exchange.keys.register_sender_key`: recomputed, never taken from the file).

The same refusals as for an Ambito: a wrong code, a file for another programme version, a
renewal from another Region or older than the one accepted; and a file that names no province
(an Ambito's enrolment file offered to the capofila) is refused before anything is written.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.exchange.enrolment_errors import NoSigningKey
from antiviolenza_desktop.domain.exchange.hierarchy import NotEnrolledInRegion, check_province
from antiviolenza_desktop.domain.exchange.key_fingerprint import fingerprint
from antiviolenza_desktop.domain.exchange.one_time_code import new_one_time_code
from antiviolenza_desktop.exchange import keys
from antiviolenza_desktop.exchange.enrolment import (
    AcceptedEnrolment,
    IssuedEnrolment,
    check_programme,
    enrolment_content,
    enrolment_record,
    refuse_other_or_older,
)
from antiviolenza_desktop.exchange.enrolment_file import open_enrolment, seal_enrolment
from antiviolenza_desktop.exchange.public_key_file import AmbitoPublicKey
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exchange_records import SenderKey
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store import kdf


def issue_province_enrolment(
    uow: UnitOfWork, *, province: str, params: kdf.KdfParams = kdf.FLOOR_PARAMS
) -> IssuedEnrolment:
    """The enrolment file for the capofila of `province` and its one-time code (creating the
    Region's keys on first use). Permission: coordinator of the Region. Audited (province and
    key ids only). Errors: NotRegionStore, PermissionDenied, UnknownProvince."""
    require(uow, Permission.EXCHANGE)
    records.require_region(uow, "iscrivere una capofila")
    check_province(province)
    own = keys.ensure_capofila_keys(uow)
    code = new_one_time_code()
    data = seal_enrolment(
        enrolment_content(province, own),
        signing_key=own["signing"].private_key,
        one_time_code=code,
        params=params,
    )
    audit.record(
        uow,
        action="scambio.iscrizione_provincia_emessa",
        entity="exchange_enrolment",
        entity_id=province,
        details={"encryption_key": own["encryption"].key_id, "signing_key": own["signing"].key_id},
    )
    return IssuedEnrolment(province, data, code, own["encryption"].key_id)


def accept_region_enrolment(
    uow: UnitOfWork, *, data: bytes, one_time_code: str
) -> AcceptedEnrolment:
    """Open the Region's file with the code, check it, keep it; the capofila's signing key
    (created if this capofila never issued an enrolment) is what the Region must register.
    Permission: coordinator of the capofila. Audited. Errors: NotCapofilaStore,
    OneTimeCodeMalformed, OneTimeCodeTypo, NotAnEnrolmentFile, WrongOneTimeCode,
    UnknownProvince, EnrolmentProgrammeMismatch, EnrolmentFromOtherCapofila (another Region),
    EnrolmentOlderThanCurrent, PermissionDenied."""
    require(uow, Permission.EXCHANGE)
    records.require_capofila(uow, "accettare l'iscrizione della Regione")
    content = open_enrolment(data, one_time_code=one_time_code)
    check_province(content.ambito)
    check_programme(uow, content)
    previous = records.current_enrolment(uow)
    refuse_other_or_older(uow, content, previous)
    records.remember_enrolment_issued_at(uow, content.issued_at)
    records.save_enrolment(uow, enrolment_record(content, previous))
    signing = keys.ensure_capofila_keys(uow)["signing"]
    if signing.public_key is None:
        raise RuntimeError("signing key without its public half")
    return AcceptedEnrolment(
        ambito=content.ambito,
        key_id=signing.key_id,
        fingerprint=fingerprint(signing.public_key, content.ambito),
        new_key=False,
        renewed=previous is not None,
    )


def capofila_public_key(uow: UnitOfWork) -> AmbitoPublicKey:
    """The capofila's signing public key as the Region must register it, under its province.
    Errors: NotCapofilaStore, NotEnrolledInRegion, NoSigningKey."""
    records.require_capofila(uow, "esportare la chiave pubblica per la Regione")
    enrolment = records.current_enrolment(uow)
    if enrolment is None:
        raise NotEnrolledInRegion
    key = records.active_own_key(uow, "signing")
    if key is None or key.public_key is None:
        raise NoSigningKey
    return AmbitoPublicKey(ambito=enrolment.ambito, key_id=key.key_id, public_key=key.public_key)


def register_province_key(
    uow: UnitOfWork, *, key: AmbitoPublicKey, typed_fingerprint: str
) -> SenderKey:
    """Register a capofila's public key for its province after the Region's coordinator typed
    the fingerprint the capofila read out. Errors: NotRegionStore, UnknownProvince,
    FingerprintMalformed, FingerprintMismatch, SenderKeyAlreadyRegistered, PermissionDenied."""
    records.require_region(uow, "registrare la chiave di una capofila")
    check_province(key.ambito)
    return keys.register_sender_key(uow, key=key, typed_fingerprint=typed_fingerprint)
