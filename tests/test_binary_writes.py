"""Every file the application writes is opened in binary mode, on every platform.

On Windows a descriptor opened without O_BINARY is in text mode: each LF byte written becomes
CRLF, which corrupts a bundle, an enrolment or key-slot file, a PDF. Linux has no such flag, so
here `os.O_BINARY` is given a distinctive bit and a spy on `os.open` checks that every descriptor
opened for writing asked for it (the bit is removed before the real call). The bytes read back
must be exactly those written, LF and CR included.
"""

from __future__ import annotations

import datetime
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from antiviolenza_desktop.domain.access.recovery_key import format_recovery_key
from antiviolenza_desktop.exchange.bundle_io import write_new_file
from antiviolenza_desktop.reports.export_files import ExportFileExists, write_export
from antiviolenza_desktop.reports.form_pages import write_private
from antiviolenza_desktop.reports.private_files import write_private_file
from antiviolenza_desktop.reports.recovery_sheet import write_recovery_sheet
from antiviolenza_desktop.services.store_lifecycle import initialise_store
from antiviolenza_desktop.store.atomic_files import write_atomically
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.store.keyslot_file import slot_file_path
from tests.support import LOGIN, PASSWORD

BINARY_BIT = 1 << 30  # no meaning for Linux's open(2) here: stripped before the real call
DATA = b"line one\nline two\r\n\x00\xff\n"
WRITE_MODES = os.O_WRONLY | os.O_RDWR


def _exists() -> ExportFileExists:
    return ExportFileExists(name="x")


def _write_recovery_sheet(path: Path) -> None:
    write_recovery_sheet(
        path,
        store_name="Archivio di prova",
        ambito="Crema",
        store_id="AMB-CR-0000",
        created_on=datetime.date(2026, 11, 25),
        recovery_key=format_recovery_key(bytes(range(20))),
    )


def _initialise_store(path: Path) -> None:
    """A new store writes its key-slot file; `path` stands for the store's database."""
    created = initialise_store(
        path,
        store_name="Archivio di prova",
        ambito="cremonese",
        login=LOGIN,
        display_name="Coordinatrice Prova",
        password=PASSWORD,
        params=FLOOR_PARAMS,
    )
    created.store.close()


WRITERS: dict[str, Callable[[Path], None]] = {
    "write_atomically": lambda path: write_atomically(path, DATA),
    "bundle write_new_file": lambda path: write_new_file(path, DATA),
    "write_private_file": lambda path: write_private_file(
        path, lambda stream: stream.write(DATA), _exists
    ),
    "write_export": lambda path: write_export(path, lambda stream: stream.write(DATA)),
    "form write_private": lambda path: write_private(path, DATA),
}


@pytest.fixture
def opened_for_writing(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """(name, flags) of every os.open call by the application that opens a file for writing.

    filelock's lock files are left out: they are created empty and never written to."""
    calls: list[tuple[str, int]] = []
    real_open = os.open

    def spy(path: str | os.PathLike[str], flags: int, *args: object, **kwargs: object) -> int:
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if flags & WRITE_MODES and caller.startswith("antiviolenza_desktop"):
            calls.append((os.fspath(path), flags))
        return real_open(path, flags & ~BINARY_BIT, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "O_BINARY", BINARY_BIT, raising=False)
    monkeypatch.setattr(os, "open", spy)
    return calls


def _assert_binary(calls: list[tuple[str, int]]) -> None:
    assert calls, "no file was opened for writing"
    assert [name for name, flags in calls if not flags & BINARY_BIT] == []


@pytest.mark.parametrize("writer", WRITERS.values(), ids=WRITERS.keys())
def test_each_writer_opens_its_file_in_binary_mode(
    tmp_path: Path, opened_for_writing: list[tuple[str, int]], writer: Callable[[Path], None]
) -> None:
    path = tmp_path / "file.bin"
    writer(path)
    _assert_binary(opened_for_writing)
    assert path.read_bytes() == DATA


def test_the_recovery_sheet_is_written_in_binary_mode(
    tmp_path: Path, opened_for_writing: list[tuple[str, int]]
) -> None:
    path = tmp_path / "foglio.pdf"
    _write_recovery_sheet(path)
    _assert_binary(opened_for_writing)
    assert path.read_bytes().startswith(b"%PDF")


def test_a_new_store_writes_its_key_slot_file_in_binary_mode(
    tmp_path: Path, opened_for_writing: list[tuple[str, int]]
) -> None:
    database = tmp_path / "archivio.avdb"
    _initialise_store(database)
    _assert_binary(opened_for_writing)
    assert slot_file_path(database).exists()


def test_replacing_a_form_held_open_elsewhere_is_refused_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses os.replace onto a PDF a viewer holds open: a keyed refusal, the old
    file as it was, no temporary file left beside it."""
    from antiviolenza_desktop.reports.form_pages import FormFileInUse

    target = tmp_path / "progetto.pdf"
    target.write_bytes(b"old")

    def held_open(_source: object, _target: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", held_open)
    with pytest.raises(FormFileInUse) as refused:
        write_private(target, DATA, replace=True)
    assert refused.value.params == {"name": "progetto.pdf"}
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["progetto.pdf"]
