"""The Region, for every front end: enrolling a capofila, the provincial export, the import
and the regional totals (`domain.exchange.hierarchy`).

At the capofila: accept the Region's enrolment file (with its one-time code) and hand back the
capofila's public-key file; export the provincial bundle. At the Region: issue a province's
enrolment file, register the capofila's key after the fingerprint is read out, import
provincial bundles, read the regional totals. Each write is one unit of work; files are
written after the commit, never over an existing file; bundle files are read and their
headers checked (the kind among them) before any password is asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.hierarchy import BundleKind
from antiviolenza_desktop.domain.exchange.region import RegionalTotals
from antiviolenza_desktop.exchange import region_enrolment
from antiviolenza_desktop.exchange.bundle_io import read_small_file, refuse_existing, write_new_file
from antiviolenza_desktop.exchange.enrolment import IssuedEnrolment
from antiviolenza_desktop.exchange.provincial_export import (
    ExportedProvincialBundle,
    export_provincial_bundle,
)
from antiviolenza_desktop.exchange.provincial_import import (
    ProvincialImport,
    import_provincial_bundle,
    preview_provincial_bundle,
)
from antiviolenza_desktop.exchange.public_key_file import AmbitoPublicKey, write_public_key_file
from antiviolenza_desktop.operations.exchange_bundles import (
    BundleFile,
    BundleFileRefused,
    read_bundle_files,
)
from antiviolenza_desktop.operations.exchange_enrolment import Accepted
from antiviolenza_desktop.services.exchange_records import SenderKey
from antiviolenza_desktop.services.exchange_regional import region_totals
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def suggested_regional_name(day: date) -> str:
    """`pacchetto-provinciale-2026-11-25.avbundle`: the day, nothing personal."""
    return f"pacchetto-provinciale-{day:%Y-%m-%d}.avbundle"


# --- at the capofila ------------------------------------------------------------------------


def export_regional_file(opened: OpenStore, path: Path) -> ExportedProvincialBundle:
    """Capofila: the provincial bundle for the Region, numbered and sealed in one transaction,
    then written to `path` (a new file). Errors: those of `export_provincial_bundle`, and the
    file's."""
    refuse_existing(path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        bundle = export_provincial_bundle(uow, created_at=datetime.now(UTC))
    write_new_file(path, bundle.data)
    return bundle


def accept_region_enrolment(
    opened: OpenStore, data: bytes, code: str, key_path: Path | None = None
) -> Accepted:
    """Capofila: open the Region's file with the one-time code (Argon2id: slow on purpose);
    the public-key file goes to `key_path` when given. Errors: those of
    `accept_region_enrolment`, and the key file's."""
    refuse_existing(key_path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        accepted = region_enrolment.accept_region_enrolment(uow, data=data, one_time_code=code)
        key_file = write_public_key_file(region_enrolment.capofila_public_key(uow))
    if key_path is not None:
        write_new_file(key_path, key_file)
    return Accepted(accepted, key_file, key_path)


def accept_region_file(opened: OpenStore, path: Path, code: str) -> Accepted:
    """`accept_region_enrolment` of the file at `path` (the GUI saves the key file after)."""
    return accept_region_enrolment(opened, read_small_file(path), code)


# --- at the Region --------------------------------------------------------------------------


def issue_province_enrolment_file(opened: OpenStore, province: str, path: Path) -> IssuedEnrolment:
    """Region: the enrolment file for the capofila of `province`, written to `path` (a new
    file); the result carries the one-time code to read out by phone."""
    refuse_existing(path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        issued = region_enrolment.issue_province_enrolment(uow, province=province)
    write_new_file(path, issued.data)
    return issued


def register_province_key(opened: OpenStore, key: AmbitoPublicKey, typed: str) -> SenderKey:
    """Region: register a capofila's key if `typed` is the fingerprint it read out."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return region_enrolment.register_province_key(uow, key=key, typed_fingerprint=typed)


def read_provincial_files(paths: Sequence[Path]) -> list[BundleFile]:
    """Region: the files read and their headers checked before any password (an Ambito's
    bundle refused here with its own message)."""
    return read_bundle_files(paths, BundleKind.PROVINCE)


def _preview(opened: OpenStore, item: BundleFile, several: bool) -> ProvincialImport:
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            return preview_provincial_bundle(uow, item.data)
    except AppError as error:
        if several:
            raise BundleFileRefused(error, file=item.path.name) from error
        raise


def import_provincial_files(
    opened: OpenStore, files: Sequence[BundleFile]
) -> list[ProvincialImport]:
    """Region: every file checked first (one refused → nothing merged: its refusal, naming
    the file among several), then merged oldest number first within a province, each in its
    own transaction."""
    checked = [(_preview(opened, item, len(files) > 1), item) for item in files]
    checked.sort(key=lambda pair: (pair[0].province, pair[0].sequence))
    results = []
    for _, item in checked:
        with UnitOfWork(opened.store, opened.actor) as uow:
            results.append(import_provincial_bundle(uow, item.data))
    return results


def read_region(opened: OpenStore, as_of: datetime) -> RegionalTotals:
    """Region: the regional totals at `as_of` (freshness of each province measured from it)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return region_totals(uow, as_of=as_of)
