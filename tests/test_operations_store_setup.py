"""The recovery sheet's one dating rule (operations.store_setup), without Qt: the local
calendar day of the moment the key was issued, whichever front end writes the sheet."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from antiviolenza_desktop.domain.access.recovery_key import format_recovery_key
from antiviolenza_desktop.operations.store_setup import sheet_day, write_recovery_sheet
from antiviolenza_desktop.reports.recovery_sheet import RecoverySheetExists
from antiviolenza_desktop.store.keyslot_file import SlotFile

ROME = ZoneInfo("Europe/Rome")
KEY = format_recovery_key(bytes(range(7, 27)))


def _slot_file(created_at: str) -> SlotFile:
    return SlotFile(
        store_id="AMB-CR-7f3a9c21",
        store_name="CAV Crema",
        ambito="cremasco",
        created_at=created_at,
        key_check="",
        slots=(),
    )


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("2026-06-30T22:30:00+00:00", date(2026, 7, 1)),  # 00:30 in summer: the next day
        ("2026-12-31T23:10:00", date(2027, 1, 1)),  # naive is UTC; 00:10 on New Year's Day
        ("2026-12-31T22:59:59+00:00", date(2026, 12, 31)),  # 23:59:59 in Italy: still today
    ],
)
def test_the_sheet_day_is_the_local_day_near_midnight(stamp: str, day: date) -> None:
    assert sheet_day(stamp, ROME) == day


def test_a_new_store_s_sheet_carries_the_local_day_and_the_ambito_label(tmp_path: Path) -> None:
    path = tmp_path / "foglio.pdf"
    write_recovery_sheet(_slot_file("2026-06-30T22:30:00+00:00"), KEY, path, zone=ROME)
    text = _text(path)
    assert "01/07/2026" in text and "30/06/2026" not in text
    assert "Cremasco" in text


def test_a_rotated_key_s_sheet_is_dated_by_the_rotation(tmp_path: Path) -> None:
    path = tmp_path / "foglio.pdf"
    rotated = datetime(2027, 3, 1, 23, 30, tzinfo=UTC)  # 00:30 on 2 March in Italy
    write_recovery_sheet(
        _slot_file("2026-06-30T10:00:00+00:00"), KEY, path, issued_at=rotated, zone=ROME
    )
    assert "02/03/2027" in _text(path)


def test_an_existing_sheet_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "foglio.pdf"
    path.write_bytes(b"un altro foglio")
    with pytest.raises(RecoverySheetExists) as refused:
        write_recovery_sheet(_slot_file("2026-06-30T10:00:00+00:00"), KEY, path, zone=ROME)
    assert refused.value.code == "foglio_esistente"
    assert path.read_bytes() == b"un altro foglio"


@pytest.mark.parametrize(
    ("store_name", "ambito", "code"),
    [
        ("   ", "cremonese", "nome_archivio_non_valido"),
        ("x" * 101, "cremonese", "nome_archivio_non_valido"),
        ("CAV Cremona", "milanese", "ambito_sconosciuto"),
    ],
)
def test_a_store_is_refused_before_any_file_with_the_wizard_s_codes(
    tmp_path: Path, store_name: str, ambito: str, code: str
) -> None:
    """`antiviolenza init` and the first-run wizard refuse a name or an Ambito alike."""
    from antiviolenza_desktop.domain.errors import AppError
    from antiviolenza_desktop.operations.store_setup import create_store

    with pytest.raises(AppError) as refused:
        create_store(
            tmp_path / "archivio.avdb",
            store_name=store_name,
            ambito=ambito,
            login="coord",
            display_name="Coordinatrice Prova",
            password="una password abbastanza lunga e varia 2026",
        )
    assert refused.value.code == code
    assert list(tmp_path.iterdir()) == []
