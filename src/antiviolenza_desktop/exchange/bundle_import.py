"""The capofila's import: every check first, then (unless it is a dry run) one snapshot row.

Order of the checks, each refusal an AppError in Italian and nothing written:

1. the container (`bundle_io.open_at_capofila`): size, header, recipient key, decryption,
   sender registered for the Ambito it names and not revoked, signature, decompression cap;
2. the payload (`payload_schema`): strict JSON, schema version (newer: «aggiornare
   l'applicazione»; older: upgraded), programme id, every field, the sender's totals
   recomputed from the records;
3. the payload's Ambito equals the signer's (a key signs for one Ambito only);
4. the sequence against the newest snapshot kept for that Ambito: older → stale; the same
   number with the same content hash → "già importato" (a success that changes nothing); the
   same number with other content → conflict.

A bundle whose content hash is that of the Ambito's newest kept snapshot is "già importato"
right after step 1 (its signature verified): those very bytes passed steps 2–4 when they were
merged, so they are not parsed again (`_kept_again`).

An audit head lower than the kept snapshot's (the Ambito's log is shorter than last time) is
a warning in the report (`ImportPreview.warnings`), never a refusal: restoring a backup is
legitimate and must not keep the Ambito out of the provincial figures.

`preview_import` stops there and returns the change report (the dry run); `import_bundle`
runs the same checks in the caller's unit of work and adds the snapshot, so the merge is the
single insert of one transaction: all or nothing. The stored payload is the bytes exactly as
signed (the evidence), with their own schema version; readers upgrade them when parsing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from antiviolenza_desktop.domain.exchange.bundle_summaries import ALREADY_IMPORTED, bundle_verified
from antiviolenza_desktop.domain.exchange.import_errors import PayloadAmbitoMismatch
from antiviolenza_desktop.domain.exchange.province_changes import ChangeReport, change_report
from antiviolenza_desktop.domain.messages import Message
from antiviolenza_desktop.domain.payload.figures import figures_of
from antiviolenza_desktop.domain.payload.json_codec import decode_json
from antiviolenza_desktop.domain.payload.schema import parse_snapshot, validate_payload
from antiviolenza_desktop.domain.payload.snapshot import Snapshot
from antiviolenza_desktop.domain.programme.model import Programme
from antiviolenza_desktop.exchange.bundle_container import OpenedBundle
from antiviolenza_desktop.exchange.bundle_io import open_at_capofila
from antiviolenza_desktop.exchange.sequence_checks import check_clock, check_sequence
from antiviolenza_desktop.services import exchange_snapshots as kept
from antiviolenza_desktop.services.collector import collector_paused
from antiviolenza_desktop.services.exchange_records import require_capofila
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """A bundle that passed every check, and what merging it would change."""

    ambito: str
    sequence: int
    created_at: datetime
    schema_version: int
    sender_key_id: str
    content_sha256: str
    already_imported: bool
    report: ChangeReport

    @property
    def warnings(self) -> tuple[str, ...]:
        """What the capofila should know before merging (a shortened audit log); never a
        refusal. Empty for a bundle already imported."""
        return () if self.already_imported else self.report.warnings

    def messages(self) -> list[Message]:
        """The dry-run report, one keyed fact per line (the GUI renders each with ui.messages)."""
        head = bundle_verified(self.sequence, self.ambito, self.created_at, self.sender_key_id)
        if self.already_imported:
            return [head, ALREADY_IMPORTED()]
        return [head, *self.report.messages()]

    def as_text(self) -> str:
        """The dry-run report in Italian (the CLI)."""
        return "\n".join(message.text for message in self.messages())


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The outcome of a merge: `merged` is False when the bundle was already imported."""

    preview: ImportPreview
    merged: bool

    @property
    def already_imported(self) -> bool:
        return self.preview.already_imported


@dataclass(frozen=True, slots=True)
class _Checked:
    opened: OpenedBundle
    preview: ImportPreview
    snapshot: Snapshot


def _received_version(raw: object) -> int:
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    return version if isinstance(version, int) else 0


def _preview(
    opened: OpenedBundle, snapshot: Snapshot, version: int, old: Snapshot | None, already: bool
) -> ImportPreview:
    return ImportPreview(
        ambito=snapshot.ambito,
        sequence=snapshot.sequence,
        created_at=snapshot.created_at,
        schema_version=version,
        sender_key_id=opened.sender_key_id,
        content_sha256=opened.content_sha256,
        already_imported=already,
        report=change_report(old, snapshot),
    )


def _kept_again(uow: UnitOfWork, opened: OpenedBundle, programme: Programme) -> _Checked | None:
    """The bundle whose bytes are the Ambito's newest kept snapshot, recognised by their hash
    once the container's checks (the signature among them) have passed. Those very bytes
    passed every payload and sequence check when they were merged, so they are not parsed
    again: "già importato" from the kept header, whose report against itself is the one the
    whole snapshot gives against itself (nothing added, changed or closed)."""
    kept_again = kept.kept_again(
        uow, ambito=opened.ambito, content_sha256=opened.content_sha256, programme=programme
    )
    if kept_again is None:
        return None
    version, header = kept_again
    return _Checked(opened, _preview(opened, header, version, header, already=True), header)


def _check(uow: UnitOfWork, data: bytes) -> _Checked:
    require_capofila(uow, "importare un pacchetto")
    programme = load_default_programme()
    opened = open_at_capofila(uow, data)
    again = _kept_again(uow, opened, programme)
    if again is not None:
        return again
    raw = decode_json(opened.payload)
    snapshot = validate_payload(raw, programme=programme)
    if snapshot.ambito != opened.ambito:
        raise PayloadAmbitoMismatch(
            "ambito", payload=snapshot.ambito, signer=opened.ambito, key_id=opened.sender_key_id
        )
    check_clock(snapshot.ambito, snapshot.created_at)
    newest, already = check_sequence(uow, snapshot.ambito, snapshot.sequence, opened.content_sha256)
    # Same bytes as the kept snapshot: compare it with itself instead of parsing it again.
    old = None
    if newest is not None:
        old = snapshot if already else parse_snapshot(newest.payload, programme=programme)
    preview = _preview(opened, snapshot, _received_version(raw), old, already)
    return _Checked(opened, preview, snapshot)


def preview_import(uow: UnitOfWork, data: bytes) -> ImportPreview:
    """Every check of the import and the change report, writing nothing (the dry run).

    Errors: NotCapofilaStore, the container's refusals (BundleTooLarge, NotABundle,
    BundleTruncated, BundleTampered, BundleWrongRecipient, UnknownSender, SenderRevoked,
    SenderAmbitoMismatch, BundleSignatureInvalid, PayloadTooLarge), the payload's
    (PayloadInvalid, PayloadIdentityField, PayloadTooNew, PayloadTooOld, PayloadOtherProgramme,
    PayloadTotalsMismatch), PayloadAmbitoMismatch, BundleStale, BundleConflict."""
    with collector_paused():
        return _check(uow, data).preview


def import_bundle(uow: UnitOfWork, data: bytes) -> ImportResult:
    """Check the bundle as `preview_import` does, then keep its snapshot as the Ambito's newest
    in the caller's transaction. "Già importato" is a success that writes nothing.
    Permission: coordinator of the capofila. Errors: those of `preview_import`,
    PermissionDenied."""
    with collector_paused():
        return _merged(uow, _check(uow, data))


def _merged(uow: UnitOfWork, checked: _Checked) -> ImportResult:
    preview, head = checked.preview, checked.snapshot.audit_head
    if preview.already_imported:
        return ImportResult(preview, merged=False)
    kept.add_snapshot(
        uow,
        ambito=preview.ambito,
        sequence=preview.sequence,
        content_sha256=preview.content_sha256,
        schema_version=preview.schema_version,
        payload=checked.opened.payload,
        sender_key_id=preview.sender_key_id,
        created_at=preview.created_at.isoformat(timespec="seconds"),
        audit_head=(head.seq, head.hash) if head else None,
        figures=figures_of(checked.snapshot),
    )
    return ImportResult(preview, merged=True)
