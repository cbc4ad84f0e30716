"""ST-12: after a full session, a unique marker name and codice fiscale are found nowhere on
disk outside the encrypted store: not in the data folder's other files, backups, temp files,
settings or caches."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from stdnum.it import codicefiscale

from antiviolenza_desktop.domain.case.intake import CaseDraft, Child
from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.maintenance import backup_now, verify
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.ui_support import make_store, make_window, unlock

MARKER_SURNAME = "Zqxwvmarcatore"
MARKER_NAME = "Yyvjkprova"
_CF_BODY = "ZQXYVJ85M41D150"
MARKER_CF = _CF_BODY + codicefiscale.calc_check_digit(_CF_BODY)


def _needles() -> list[bytes]:
    texts = [MARKER_SURNAME, MARKER_NAME, MARKER_CF]
    variants = {v for t in texts for v in (t, t.lower(), t.upper())}
    return [v.encode(enc) for v in variants for enc in ("utf-8", "utf-16-le")]


def _files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


def _draft() -> CaseDraft:
    referral = date.today() - timedelta(days=3)
    return CaseDraft(
        referral_date=referral,
        referring_cav="aida",
        first_name=MARKER_NAME,
        last_name=MARKER_SURNAME,
        codice_fiscale=MARKER_CF,
        birth_date=date(1985, 8, 1),
        citizenship="italian",
        employment="unemployed",
        children=(Child(age=7, minor=True, disabled=False),),
        lines_requested=frozenset({"work"}),
        consent_date=referral,
        stage="taken_in_charge",
        stage_dates={"contact": referral, "reception": referral, "taken_in_charge": referral},
        violence_types=frozenset({"psychological"}),
    )


def test_marker_is_found_nowhere_outside_the_encrypted_store(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    home, temp, data = tmp_path / "home", tmp_path / "tmp", tmp_path / "dati"
    for folder in (home, temp, data):
        folder.mkdir()
    for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(variable, str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))

    database = make_store(data)
    window = make_window(database)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.session.unlocked, timeout=10_000):
        unlock(qtbot, window)
    opened = window.session.opened
    assert opened is not None
    with UnitOfWork(opened.store, opened.actor) as uow:
        record_case(uow, draft=_draft(), today=date.today())
    case_list = window.workspace.case_list  # type: ignore[union-attr]
    qtbot.keyClicks(case_list.search, MARKER_SURNAME[:6])
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 1, timeout=5_000)
    assert case_list.model.index(0, 1).data() == MARKER_SURNAME
    backup_now(opened)
    assert verify(opened).healthy
    window.session.lock()
    window.close()

    scanned = _files_under(data, temp, home)
    assert any(p.suffix == ".avdb" for p in scanned)
    leaks = [
        str(path.relative_to(tmp_path))
        for path in scanned
        if any(needle in path.read_bytes() for needle in _needles())
    ]
    assert leaks == []
