"""The Region's import of a capofila's provincial bundle: every check first, then one row.

The same checks as the capofila's import of an Ambito's bundle (`exchange.bundle_import`), in
the same order, each refusal an AppError and nothing written:

1. the container (`bundle_container.open_bundle`): size, header, kind (an Ambito's bundle is
   refused here, before any key: `AmbitoBundleAtRegion`), recipient key (the Region's),
   decryption, sender registered for the province it names and not revoked, signature,
   decompression cap;
2. the payload (`domain.payload.provincial_schema`): strict JSON, schema version (newer:
   «aggiornare l'applicazione»), programme id, every field, the province's sums against its
   Ambiti's;
3. the payload's province equals the signer's;
4. the date against the Region's clock and the sequence against the newest bundle kept for
   that province (`exchange.sequence_checks`): stale, "già importato", conflict, jump.

`import_provincial_bundle` then keeps the bundle as the province's newest (one insert and one
audit entry in the caller's transaction: all or nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from antiviolenza_desktop.domain.exchange.hierarchy import BundleKind
from antiviolenza_desktop.domain.exchange.provincial_refusals import PROVINCE_REFUSALS
from antiviolenza_desktop.domain.payload.provincial import ProvincialSnapshot
from antiviolenza_desktop.domain.payload.provincial_schema import parse_provincial
from antiviolenza_desktop.exchange import keys
from antiviolenza_desktop.exchange.bundle_container import OpenedBundle, open_bundle
from antiviolenza_desktop.exchange.sequence_checks import check_clock, check_sequence
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services import exchange_snapshots as kept
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class ProvincialImport:
    """A provincial bundle that passed every check; `merged` False when it was already kept."""

    province: str
    sequence: int
    created_at: datetime
    sender_key_id: str
    content_sha256: str
    snapshot: ProvincialSnapshot
    already_imported: bool
    merged: bool = False


def _checked(uow: UnitOfWork, data: bytes) -> tuple[OpenedBundle, ProvincialSnapshot, bool]:
    records.require_region(uow, "importare un pacchetto provinciale")
    opened = open_bundle(
        data,
        recipient_private_keys_by_id=keys.recipient_private_keys(uow),
        sender_public_key=keys.registered_sender_resolver(uow, PROVINCE_REFUSALS),
        expected_kind=BundleKind.PROVINCE,
    )
    snapshot = parse_provincial(opened.payload, programme=load_default_programme())
    if snapshot.province != opened.ambito:
        raise PROVINCE_REFUSALS.payload_mismatch(
            "province", payload=snapshot.province, signer=opened.ambito, key_id=opened.sender_key_id
        )
    check_clock(snapshot.province, snapshot.created_at, PROVINCE_REFUSALS)
    _, already = check_sequence(
        uow, snapshot.province, snapshot.sequence, opened.content_sha256, PROVINCE_REFUSALS
    )
    return opened, snapshot, already


def _result(
    opened: OpenedBundle, snapshot: ProvincialSnapshot, already: bool, merged: bool
) -> ProvincialImport:
    return ProvincialImport(
        province=snapshot.province,
        sequence=snapshot.sequence,
        created_at=snapshot.created_at,
        sender_key_id=opened.sender_key_id,
        content_sha256=opened.content_sha256,
        snapshot=snapshot,
        already_imported=already,
        merged=merged,
    )


def preview_provincial_bundle(uow: UnitOfWork, data: bytes) -> ProvincialImport:
    """Every check of `import_provincial_bundle`, writing nothing (the dry run)."""
    return _result(*_checked(uow, data), merged=False)


def import_provincial_bundle(uow: UnitOfWork, data: bytes) -> ProvincialImport:
    """Check a provincial bundle, then keep it as its province's newest. "Già importato" is a
    success that writes nothing. Permission: coordinator of the Region. Errors: NotRegionStore,
    the container's refusals (AmbitoBundleAtRegion among them), the payload's (PayloadInvalid,
    PayloadIdentityField, PayloadTooNew, PayloadOtherProgramme, ProvincialSumsMismatch),
    PayloadAmbitoMismatch, BundleFromTheFuture, BundleStale, BundleConflict,
    BundleSequenceJump, PermissionDenied."""
    opened, snapshot, already = _checked(uow, data)
    if not already:
        kept.add_snapshot(
            uow,
            ambito=snapshot.province,
            sequence=snapshot.sequence,
            content_sha256=opened.content_sha256,
            schema_version=snapshot.schema_version,
            payload=opened.payload,
            sender_key_id=opened.sender_key_id,
            created_at=snapshot.created_at.isoformat(timespec="seconds"),
        )
    return _result(opened, snapshot, already, merged=not already)
