"""The recovery sheet: one readable page with the whole key, written privately and atomically.

The sheet is the last resort for the data of women who asked for help, so these tests check
what a coordinator will rely on years later (every group legible, the instructions present)
and what keeps the key from leaking or being lost (0o600, no temporary copies, no overwrite).
"""

from __future__ import annotations

import datetime
import stat
import sys
from pathlib import Path
from typing import BinaryIO

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from antiviolenza_desktop.domain.access.recovery_key import format_recovery_key
from antiviolenza_desktop.domain.store_errors import RecoveryKeyTypo
from antiviolenza_desktop.reports import recovery_sheet
from antiviolenza_desktop.reports.recovery_sheet import RecoverySheetExists, write_recovery_sheet

KEY = format_recovery_key(bytes(range(7, 27)))
STORE_NAME = "Centro Antiviolenza «Donne & Futuro» – Crema"
AMBITO = "Crema"
STORE_ID = "AMB-CR-7f3a9c21"
CREATED_ON = datetime.date(2026, 11, 25)


def _write(path: Path, **overrides: object) -> None:
    fields: dict[str, object] = {
        "store_name": STORE_NAME,
        "ambito": AMBITO,
        "store_id": STORE_ID,
        "created_on": CREATED_ON,
        "recovery_key": KEY,
    }
    fields.update(overrides)
    write_recovery_sheet(path, **fields)  # type: ignore[arg-type]


def _text(path: Path) -> str:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "foglio.pdf"
    _write(path)
    return path


def test_the_sheet_is_exactly_one_page(sheet: Path) -> None:
    assert len(PdfReader(sheet).pages) == 1


def test_every_group_is_printed_and_numbered(sheet: Path) -> None:
    text = _text(sheet)
    for number, group in enumerate(KEY.split("-"), start=1):
        assert group in text
        assert f"gruppo {number}" in text


def test_the_archive_is_identified_without_personal_data(sheet: Path) -> None:
    text = _text(sheet)
    assert "Foglio di recupero dell'archivio" in text
    assert STORE_NAME in text
    assert "Ambito" in text
    assert AMBITO in text
    assert STORE_ID in text
    assert "25/11/2026" in text


@pytest.mark.parametrize(
    "phrase",
    [
        "password",
        "trattini",
        "maiuscole",
        "carattere di controllo",
        "cassaforte",
        "separato dal computer",
        "fotografarlo",
        "e-mail",
        "ogni dato",
        "nuova chiave di recupero",
        "antiviolenza rekey --new-recovery-key",
        "rotazione della chiave",
        "non è più",
        "antiviolenza recover --store <file> --user <utente>",
        "Stampato da",
        "Firma",
    ],
)
def test_the_instructions_are_on_the_sheet(sheet: Path, phrase: str) -> None:
    assert phrase in " ".join(_text(sheet).split())


def test_a_key_typed_in_lower_case_is_printed_in_canonical_form(tmp_path: Path) -> None:
    path = tmp_path / "foglio.pdf"
    _write(path, recovery_key=KEY.lower())
    assert KEY.split("-")[0] in _text(path)


def test_a_key_that_would_not_be_accepted_back_is_never_printed(tmp_path: Path) -> None:
    groups = KEY.split("-")
    groups[2] = groups[2][:4] + ("0" if groups[2][4] != "0" else "1")
    path = tmp_path / "foglio.pdf"
    with pytest.raises(RecoveryKeyTypo):
        _write(path, recovery_key="-".join(groups))
    assert list(tmp_path.iterdir()) == []


def test_metadata_is_neutral(sheet: Path) -> None:
    metadata = PdfReader(sheet).metadata
    assert metadata is not None
    assert metadata.author == "antiviolenza-desktop"
    everything = " ".join(str(value) for value in metadata.values())
    for secret in (*KEY.split("-"), STORE_NAME, STORE_ID):
        assert secret not in everything


def test_the_pdf_is_reproducible(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    _write(first)
    _write(second)
    assert first.read_bytes() == second.read_bytes()


def test_a_long_name_still_fits_on_one_page(tmp_path: Path) -> None:
    path = tmp_path / "foglio.pdf"
    _write(path, store_name="Rete territoriale antiviolenza " * 6, ambito="Cremona " * 8)
    assert len(PdfReader(path).pages) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_only_the_owner_can_read_the_sheet(sheet: Path) -> None:
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600


def test_no_temporary_file_is_left_after_success(sheet: Path) -> None:
    assert [entry.name for entry in sheet.parent.iterdir()] == ["foglio.pdf"]


def test_an_existing_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "foglio.pdf"
    path.write_bytes(b"il foglio di un altro archivio")
    with pytest.raises(RecoverySheetExists) as raised:
        _write(path)
    assert raised.value.code == "foglio_esistente"
    assert raised.value.message == (
        "Il file foglio.pdf esiste già: scegli un altro nome per il foglio di recupero."
    )
    assert path.read_bytes() == b"il foglio di un altro archivio"
    assert [entry.name for entry in tmp_path.iterdir()] == ["foglio.pdf"]


def test_a_failure_while_building_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_written(stream: BinaryIO, _sheet: object) -> None:
        stream.write(b"%PDF-1.4 half a sheet")
        raise OSError("disco pieno")

    monkeypatch.setattr(recovery_sheet, "_build_pdf", half_written)
    with pytest.raises(OSError, match="disco pieno"):
        _write(tmp_path / "foglio.pdf")
    assert list(tmp_path.iterdir()) == []


def test_the_sheet_sends_people_to_the_lock_screen_link_before_the_command_line(
    sheet: Path,
) -> None:
    text = " ".join(_text(sheet).split())
    link = f"«{recovery_sheet.LOCK_SCREEN_RECOVERY_LINK}»"
    assert "Archivio bloccato" in text
    assert link in text
    assert text.index(link) < text.index("antiviolenza recover")
    assert not text.startswith("Da riga di comando")


def test_the_link_named_on_the_sheet_is_the_lock_screens_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    from antiviolenza_desktop.ui.session.lock_screen import LockScreen

    screen = LockScreen(None)
    qtbot.addWidget(screen)
    assert screen.toggle.text() == recovery_sheet.LOCK_SCREEN_RECOVERY_LINK
    assert screen.findChild(QLabel, "lockTitle").text() == "Archivio bloccato"
