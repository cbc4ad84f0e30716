"""Where the financial exports (PDF, XLSX, CSV) land: checked first, written privately, atomically.

The report has no names, but the ledger export carries payees and notes typed by hand, so every
export is written like a form: a 0o600 temporary sibling, fsync, rename, never over an existing
file (it may be last quarter's report, already signed and sent). Targets are checked before any
work, so a refused export costs nothing and leaves nothing behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.store_errors import DiskFull
from antiviolenza_desktop.reports.private_files import write_private_file
from antiviolenza_desktop.store.atomic_files import is_disk_full


class ExportFileExists(AppError):
    code = "esportazione_esistente"
    template = (
        "Il file {name} esiste già: scegli un altro nome (un file esistente non si sovrascrive)."
    )


class ExportFolderMissing(AppError):
    code = "esportazione_cartella_mancante"
    template = "La cartella {folder} non esiste o non è scrivibile: scegline un'altra."


class ExportFileInUse(AppError):
    code = "esportazione_file_in_uso"
    template = (
        "Non riesco a scrivere {name}: il file o la sua cartella è in uso da un altro programma "
        "(per esempio un foglio di calcolo o un lettore PDF) o non è accessibile. Chiudi quel "
        "programma o scegli un'altra cartella, poi riprova. Nessun file è stato lasciato a metà."
    )


class ExportSameFile(AppError):
    code = "esportazione_stesso_file"
    template = "Lo stesso file {name} è indicato due volte: scegli un nome per ogni formato."


def check_export_targets(paths: Sequence[Path]) -> None:
    """Refuse, before any work, a target that exists, repeats, or whose folder is not writable."""
    seen: set[Path] = set()
    for path in paths:
        resolved = path.resolve()
        if resolved in seen:
            raise ExportSameFile(name=path.name)
        seen.add(resolved)
        if path.exists():
            raise ExportFileExists(name=path.name)
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            raise ExportFolderMissing(folder=str(folder))


def write_export(path: Path, build: Callable[[BinaryIO], None]) -> None:
    """Write one export privately and atomically; an existing `path` is refused and kept.
    A write the system refuses half-way (a full disk; a file or folder another program holds,
    as Windows does) leaves no temporary file behind and is named as such."""
    check_export_targets([path])
    try:
        write_private_file(path, build, lambda: ExportFileExists(name=path.name))
    except OSError as error:
        if is_disk_full(error):
            raise DiskFull from error
        raise ExportFileInUse(name=path.name) from error
