"""The store work behind the «Rete» area: what it shows and what its buttons do.

Every function opens its own unit of work, so it runs on the background runner's thread: the
one-time code's Argon2id, the signatures, the sealing and the import's checks take from a tenth
of a second to seconds and must not freeze the window, and the encrypted store keeps one
writer. The files are written after the commit, as the CLI does (`cli/commands/enrol.py`,
`bundle.py`), through `exchange.bundle_io` (private, atomic, never over an existing file), and
each target is refused before any slow work when it already exists.

Nothing secret reaches the widgets except the one-time code, which the capofila must read out:
the enrolment's network key and every private key stay inside the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.key_fingerprint import fingerprint
from antiviolenza_desktop.domain.exchange.province import ProvincialTotals
from antiviolenza_desktop.exchange import enrolment, keys
from antiviolenza_desktop.exchange.bundle_export import ExportedBundle, export_bundle
from antiviolenza_desktop.exchange.bundle_import import ImportPreview, import_bundle, preview_import
from antiviolenza_desktop.exchange.bundle_io import (
    read_bundle_file,
    read_small_file,
    refuse_existing,
    write_new_file,
)
from antiviolenza_desktop.exchange.public_key_file import AmbitoPublicKey, read_public_key_file
from antiviolenza_desktop.reports.export_files import check_export_targets
from antiviolenza_desktop.reports.financial_report_pdf import write_financial_report_pdf
from antiviolenza_desktop.reports.financial_report_xlsx import write_financial_report_xlsx
from antiviolenza_desktop.reports.provincial_report import provincial_report
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.exchange_province import province_totals
from antiviolenza_desktop.services.exchange_records import SenderKey
from antiviolenza_desktop.services.programme import load_default_programme
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


def read_network(opened: OpenStore) -> NetworkState:
    programme = load_default_programme()
    ambiti = tuple((a.code, a.name) for a in programme.ambiti)
    with UnitOfWork(opened.store, opened.actor) as uow:
        own = tuple(keys.own_key_summaries(uow))
        if keys.is_capofila(uow):
            return NetworkState(
                True, ambiti=ambiti, senders=tuple(records.senders(uow)), own_keys=own
            )
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
            own_keys=own,
            enrolled_at=current.enrolled_at if current else None,
            next_sequence=current.next_sequence if current else None,
            signing_key=signing,
        )


# --- enrolment -----------------------------------------------------------------------------


def issue_enrolment_file(opened: OpenStore, ambito: str, path: Path) -> enrolment.IssuedEnrolment:
    """Capofila: the enrolment file for `ambito`, written to `path` (a new file)."""
    refuse_existing(path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        issued = enrolment.issue_enrolment(uow, ambito=ambito)
    write_new_file(path, issued.data)
    return issued


@dataclass(frozen=True)
class Accepted:
    """The accepted enrolment and the public-key file to send back to the capofila."""

    enrolment: enrolment.AcceptedEnrolment
    key_file: bytes


def accept_enrolment_file(opened: OpenStore, path: Path, code: str) -> Accepted:
    """Ambito: open the capofila's file with the one-time code (Argon2id: slow on purpose)."""
    data = read_small_file(path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        accepted = enrolment.accept_enrolment(uow, data=data, one_time_code=code)
        return Accepted(accepted, keys.ambito_public_key_file(uow))


def own_public_key_file(opened: OpenStore) -> bytes:
    """Ambito: its public-key file again (e.g. the first copy was lost)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return keys.ambito_public_key_file(uow)


def save_file(path: Path, data: bytes) -> Path:
    write_new_file(path, data)
    return path


def read_key_file(path: Path) -> AmbitoPublicKey:
    """Capofila: an Ambito's public-key file, checked (the fingerprint is compared later)."""
    return read_public_key_file(read_small_file(path))


def register_key(opened: OpenStore, key: AmbitoPublicKey, typed: str) -> SenderKey:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return keys.register_ambito_key(uow, key=key, typed_fingerprint=typed)


def revoke_key(opened: OpenStore, key_id: str) -> SenderKey:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return keys.revoke_ambito_key(uow, key_id=key_id)


# --- bundles -------------------------------------------------------------------------------


def suggested_bundle_name(ambito: str, day: date) -> str:
    """`pacchetto-cremonese-2026-11-25.avbundle`: the Ambito and the day, nothing personal."""
    return f"pacchetto-{ambito}-{day:%Y-%m-%d}.avbundle"


def export_bundle_file(opened: OpenStore, path: Path) -> ExportedBundle:
    """Ambito: the bundle for the capofila, numbered and sealed in one transaction, then
    written to `path` (see `exchange.bundle_export` for why the file comes after the commit)."""
    refuse_existing(path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        bundle = export_bundle(uow, created_at=datetime.now(UTC))
    write_new_file(path, bundle.data)
    return bundle


@dataclass(frozen=True)
class FilePreview:
    """One chosen file after the dry run: its bytes (what will be merged, read once), and
    either what it would change or why it is refused."""

    path: Path
    data: bytes = b""
    preview: ImportPreview | None = None
    error: AppError | None = None

    @property
    def mergeable(self) -> bool:
        return self.preview is not None and not self.preview.already_imported


def preview_files(opened: OpenStore, paths: list[Path]) -> list[FilePreview]:
    """The dry run of every file, each on its own: one refused file does not hide the others.
    Nothing is written."""
    results = []
    for path in paths:
        try:
            data = read_bundle_file(path)
            with UnitOfWork(opened.store, opened.actor) as uow:
                results.append(FilePreview(path, data, preview_import(uow, data)))
        except AppError as error:
            results.append(FilePreview(path, error=error))
    return results


@dataclass(frozen=True)
class MergeOutcome:
    path: Path
    sequence: int
    ambito: str
    merged: bool
    error: AppError | None = None


def merge_files(opened: OpenStore, previews: list[FilePreview]) -> list[MergeOutcome]:
    """Merge the previewed bytes, oldest number first within an Ambito (a newer one merged
    first would make the older one stale), each bundle in its own transaction: all of it or
    nothing, and a refusal (the store changed since the dry run) leaves the others merged."""
    chosen = sorted(
        (p for p in previews if p.mergeable and p.preview is not None),
        key=lambda p: (p.preview.ambito, p.preview.sequence) if p.preview else ("", 0),
    )
    outcomes = []
    for item in chosen:
        assert item.preview is not None
        try:
            with UnitOfWork(opened.store, opened.actor) as uow:
                result = import_bundle(uow, item.data)
            outcomes.append(
                MergeOutcome(
                    item.path, result.preview.sequence, result.preview.ambito, result.merged
                )
            )
        except AppError as error:
            outcomes.append(
                MergeOutcome(item.path, item.preview.sequence, item.preview.ambito, False, error)
            )
    return outcomes


# --- province ------------------------------------------------------------------------------


def read_province(opened: OpenStore, as_of: datetime) -> ProvincialTotals:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return province_totals(uow, as_of=as_of)


def write_provincial_report(
    opened: OpenStore, pdf: Path | None, xlsx: Path | None, today: date
) -> list[Path]:
    """The provincial report as PDF and/or XLSX, private and atomic; targets checked first."""
    targets = [p for p in (pdf, xlsx) if p is not None]
    check_export_targets(targets)
    with UnitOfWork(opened.store, opened.actor) as uow:
        report = provincial_report(uow, today=today, as_of=datetime.now(UTC))
    if pdf is not None:
        write_financial_report_pdf(pdf, report)
    if xlsx is not None:
        write_financial_report_xlsx(xlsx, report)
    return targets
