"""A region above a province for the roll-up tests: real stores, really enrolled.

The province is three Ambito stores and their capofila (`tests.exchange_stores`), with
synthetic women (`tests.exchange_merge_support`); the Region is a store of its own role
(`regione`) that enrols the capofila through the same functions the CLI and the GUI call
(issue → accept with the code → register after typing the fingerprint). Forged provincial
bundles are built from the capofila's real figures and sealed with its registered key, as a
faulty or hostile exporter would make them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from antiviolenza_desktop.domain.exchange.hierarchy import BundleKind
from antiviolenza_desktop.domain.payload.provincial import (
    provincial_snapshot,
    to_provincial_payload,
)
from antiviolenza_desktop.domain.payload.snapshot import canonical_bytes
from antiviolenza_desktop.exchange import keys, region_enrolment
from antiviolenza_desktop.exchange.bundle_container import OpenedBundle, open_bundle, seal_bundle
from antiviolenza_desktop.exchange.enrolment import IssuedEnrolment
from antiviolenza_desktop.exchange.provincial_export import export_provincial_bundle
from antiviolenza_desktop.exchange.provincial_import import (
    ProvincialImport,
    import_provincial_bundle,
)
from antiviolenza_desktop.exchange.public_key_file import (
    read_public_key_file,
    write_public_key_file,
)
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.exchange_province import province_totals
from antiviolenza_desktop.services.exchange_snapshots import newest_figures
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_stores import make_store

PROVINCE = "cremona"


def new_region(folder: Path) -> OpenStore:
    return make_store(folder, "regione")


def issue(region: OpenStore, province: str = PROVINCE) -> IssuedEnrolment:
    with UnitOfWork(region.store, region.actor) as uow:
        return region_enrolment.issue_province_enrolment(uow, province=province)


def accept(capofila: OpenStore, issued: IssuedEnrolment) -> tuple[str, bytes]:
    """The fingerprint the capofila reads out, and its public-key file."""
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        accepted = region_enrolment.accept_region_enrolment(
            uow, data=issued.data, one_time_code=issued.one_time_code
        )
        key_file = write_public_key_file(region_enrolment.capofila_public_key(uow))
    return accepted.fingerprint, key_file


def register(region: OpenStore, key_file: bytes, typed: str) -> None:
    with UnitOfWork(region.store, region.actor) as uow:
        region_enrolment.register_province_key(
            uow, key=read_public_key_file(key_file), typed_fingerprint=typed
        )


def enrol_capofila(region: OpenStore, capofila: OpenStore) -> None:
    fingerprint, key_file = accept(capofila, issue(region))
    register(region, key_file, fingerprint)


def export_regional(capofila: OpenStore, created_at: datetime) -> bytes:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return export_provincial_bundle(uow, created_at=created_at).data


def import_regional(region: OpenStore, data: bytes) -> ProvincialImport:
    with UnitOfWork(region.store, region.actor) as uow:
        return import_provincial_bundle(uow, data)


def opened_at_region(region: OpenStore, data: bytes) -> OpenedBundle:
    """The bundle decrypted and verified with the Region's keys (to read what it carries)."""
    with UnitOfWork(region.store, region.actor) as uow:
        return open_bundle(
            data,
            recipient_private_keys_by_id=keys.recipient_private_keys(uow),
            sender_public_key=keys.registered_sender_resolver(uow),
            expected_kind=BundleKind.PROVINCE,
        )


def forged_regional(
    capofila: OpenStore, created_at: datetime, change: Callable[[dict[str, Any]], None]
) -> bytes:
    """A provincial bundle of the capofila's real figures (next number) after `change`,
    signed with its registered key and sealed to the Region: authentic, not what the
    exporter would send."""
    programme = load_default_programme()
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        enrolment = records.current_enrolment(uow)
        assert enrolment is not None
        snapshot = provincial_snapshot(
            programme=programme,
            province=enrolment.ambito,
            totals=province_totals(uow, as_of=created_at),
            kept={a: f.header for a, f in newest_figures(uow, programme).items()},
            sequence=records.take_next_sequence(uow),
            created_at=created_at,
        )
    payload = to_provincial_payload(snapshot)
    change(payload)
    return sealed_regional(capofila, canonical_bytes(payload))


def sealed_regional(capofila: OpenStore, content: bytes, *, take_number: bool = False) -> bytes:
    """`content` as a provincial bundle signed with the capofila's registered key and sealed to
    the Region (`take_number`: burn the capofila's next number, the one `content` carries)."""
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        enrolment = records.current_enrolment(uow)
        signing = records.active_own_key(uow, "signing")
        assert enrolment is not None and signing is not None
        if take_number:
            records.take_next_sequence(uow)
        return seal_bundle(
            content,
            signing_key=signing.private_key,
            sender_key_id=signing.key_id,
            ambito=enrolment.ambito,
            recipient_public_key=enrolment.capofila_encryption_key,
            recipient_key_id=enrolment.capofila_encryption_key_id,
            kind=BundleKind.PROVINCE,
        )
