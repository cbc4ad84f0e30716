"""Bundles, for every front end: export and write, look at a file, dry run, merge.

Each function takes the open store and plain values and opens one unit of work per write, so
the GUI runs it on its background runner and the CLI calls it as it is. Files are written
after the commit through `exchange.bundle_io` (private, atomic, never over an existing file),
and each target is refused before any slow work when it already exists; see
`exchange.bundle_export` for why a failed write only skips a number.

The merge order is a rule of this module: within an Ambito the oldest number is merged first
(`merge_order`), because a newer bundle merged first would make the older one stale. Bundles
of different Ambiti do not depend on each other. What a refused file does to the others is
the caller's declared choice, `merge_files(all_or_none=...)`: the CLI merges none, the GUI
merges the files that passed once the person has seen the refusals and confirmed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.exchange.bundle_summaries import (
    MERGE_ALREADY,
    MERGE_REFUSED,
    MERGED,
)
from antiviolenza_desktop.domain.exchange.hierarchy import BundleKind, refuse_other_kind
from antiviolenza_desktop.domain.messages import Message
from antiviolenza_desktop.exchange.bundle_export import ExportedBundle, export_bundle
from antiviolenza_desktop.exchange.bundle_header import BundleHeader, read_header
from antiviolenza_desktop.exchange.bundle_import import ImportPreview, import_bundle, preview_import
from antiviolenza_desktop.exchange.bundle_io import (
    read_bundle_file,
    refuse_existing,
    write_new_file,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


class BundleFileRefused(AppError):
    """One of several files failed its checks, so none of them is merged. The file's own
    refusal is `cause` (its code is also the parameter `cause`): a front end renders it in its
    language and puts it where the template says `{reason}`."""

    code = "pacchetto_rifiutato"
    template = "Il pacchetto {file} è rifiutato: {reason} Nessun pacchetto è stato unito."

    def __init__(self, cause: AppError, *, file: str) -> None:
        self.cause = cause
        super().__init__(cause.field, file=file, cause=cause.code)

    @property
    def message(self) -> str:
        """The Italian sentence, with the cause's own Italian sentence as the reason."""
        return self.template.format(file=self.params["file"], reason=self.cause.message)


def suggested_bundle_name(ambito: str, day: date) -> str:
    """`pacchetto-cremonese-2026-11-25.avbundle`: the Ambito and the day, nothing personal."""
    return f"pacchetto-{ambito}-{day:%Y-%m-%d}.avbundle"


def export_bundle_file(opened: OpenStore, path: Path) -> ExportedBundle:
    """Ambito: the bundle for the capofila, numbered and sealed in one transaction, then
    written to `path`. Errors: those of `export_bundle`, and the file's (it exists, the
    folder cannot be written)."""
    refuse_existing(path)
    with UnitOfWork(opened.store, opened.actor) as uow:
        bundle = export_bundle(uow, created_at=datetime.now(UTC))
    write_new_file(path, bundle.data)
    return bundle


@dataclass(frozen=True)
class InspectedBundle:
    """What anyone may see of a bundle file without a key: its visible header and size."""

    path: Path
    size: int
    header: BundleHeader


def inspect_bundle_file(path: Path) -> InspectedBundle:
    data = read_bundle_file(path)
    return InspectedBundle(path, len(data), read_header(data))


@dataclass(frozen=True)
class BundleFile:
    """A bundle file read once: the bytes checked by the dry run are the bytes merged."""

    path: Path
    data: bytes


def read_bundle_files(
    paths: Sequence[Path], kind: BundleKind = BundleKind.AMBITO
) -> list[BundleFile]:
    """Read every file and check its header, before any password is asked: a damaged,
    truncated, oversized or foreign file, or a bundle of another kind than `kind` (a
    provincial bundle at the capofila, an Ambito's at the Region), is refused here. Errors:
    the file's own refusal, or, among several files, BundleFileRefused naming the file."""
    files = []
    for path in paths:
        try:
            data = read_bundle_file(path)
            refuse_other_kind(read_header(data).kind, kind)
        except AppError as error:
            if len(paths) > 1:
                raise BundleFileRefused(error, file=path.name) from error
            raise
        files.append(BundleFile(path, data))
    return files


@dataclass(frozen=True)
class FilePreview:
    """One chosen file after the dry run: its bytes, and either what it would change or why
    it is refused."""

    path: Path
    data: bytes = b""
    preview: ImportPreview | None = None
    error: AppError | None = None

    @property
    def mergeable(self) -> bool:
        return self.preview is not None and not self.preview.already_imported


def _preview_one(opened: OpenStore, item: BundleFile) -> FilePreview:
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            return FilePreview(item.path, item.data, preview_import(uow, item.data))
    except AppError as error:
        return FilePreview(item.path, item.data, error=error)


def preview_bundles(opened: OpenStore, files: Sequence[BundleFile]) -> list[FilePreview]:
    """The dry run of each file on its own, in merge order: one refused file does not hide
    the others. Nothing is written."""
    return merge_order([_preview_one(opened, item) for item in files])


def preview_files(opened: OpenStore, paths: Sequence[Path]) -> list[FilePreview]:
    """`preview_bundles` of files not read yet; a file that cannot be read is refused alone."""
    files: list[BundleFile | FilePreview] = []
    for path in paths:
        try:
            files.append(BundleFile(path, read_bundle_file(path)))
        except AppError as error:
            files.append(FilePreview(path, error=error))
    previews = [
        item if isinstance(item, FilePreview) else _preview_one(opened, item) for item in files
    ]
    return merge_order(previews)


def merge_order(previews: Sequence[FilePreview]) -> list[FilePreview]:
    """The rule: the oldest number first within an Ambito. Refused files come last, in the
    order they were given (the sort is stable)."""

    def key(item: FilePreview) -> tuple[bool, str, int]:
        if item.preview is None:
            return (True, "", 0)
        return (False, item.preview.ambito, item.preview.sequence)

    return sorted(previews, key=key)


def refuse_unless_all_pass(previews: Sequence[FilePreview]) -> None:
    """The all-or-none rule (`merge_files(all_or_none=True)`, and the CLI's dry run): one
    refused file stops them all. A single file is refused with its own error; one of several
    names the file (BundleFileRefused)."""
    refused = [p for p in previews if p.error is not None]
    if not refused:
        return
    first = refused[0]
    assert first.error is not None
    if len(previews) == 1:
        raise first.error
    raise BundleFileRefused(first.error, file=first.path.name)


@dataclass(frozen=True)
class MergeOutcome:
    path: Path
    sequence: int
    ambito: str
    merged: bool
    error: AppError | None = None

    @property
    def line(self) -> Message:
        """What happened to this file, keyed; a refusal's reason is `error`."""
        if self.error is not None:
            return MERGE_REFUSED(file=self.path.name)
        if self.merged:
            return MERGED(sequence=self.sequence, ambito=self.ambito)
        return MERGE_ALREADY(file=self.path.name)


def _merge_one(opened: OpenStore, item: FilePreview, preview: ImportPreview) -> MergeOutcome:
    try:
        with UnitOfWork(opened.store, opened.actor) as uow:
            result = import_bundle(uow, item.data)
    except AppError as error:
        return MergeOutcome(item.path, preview.sequence, preview.ambito, False, error)
    return MergeOutcome(item.path, result.preview.sequence, result.preview.ambito, result.merged)


def merge_files(
    opened: OpenStore, previews: Sequence[FilePreview], *, all_or_none: bool
) -> list[MergeOutcome]:
    """Merge the previewed bytes of the mergeable files in `merge_order`, each bundle in its
    own transaction: all of it or nothing, and a refusal (the store changed since the dry
    run) leaves the others merged. One outcome per mergeable file, in merge order.

    `all_or_none` is the front end's choice of rule for files the dry run refused: True (the
    CLI, which merges without asking) merges nothing if any was refused (the refusal of
    `refuse_unless_all_pass` is raised, nothing written); False (the GUI, after showing the
    refusals and asking confirmation) merges the files that passed and skips the others.
    Permission: coordinator of the capofila."""
    if all_or_none:
        refuse_unless_all_pass(previews)
    return [
        _merge_one(opened, item, item.preview)
        for item in merge_order(previews)
        if item.mergeable and item.preview is not None
    ]
