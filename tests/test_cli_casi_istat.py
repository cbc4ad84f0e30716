"""`antiviolenza casi istat` end to end: the tables saved for a period, and refusals (a date
that does not exist, a reversed period, no target, the Region's store) exit 1 naming their
field or code, writing nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from antiviolenza_desktop.cli.main import main
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from tests.region_support import new_region
from tests.support import LOGIN, PASSWORD
from tests.test_statutory_export import SINCE, UNTIL, _record_cases


@pytest.fixture
def database(opened: OpenStore, monkeypatch: pytest.MonkeyPatch) -> Path:
    _record_cases(opened, 6)
    opened.store.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    return opened.store.database


def _istat(capsys: pytest.CaptureFixture[str], database: Path, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["casi", "istat", "--store", str(database), "--user", LOGIN, *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def _day(value: object) -> str:
    return value.strftime("%d/%m/%Y")  # type: ignore[attr-defined]


def test_the_tables_are_saved_for_the_period(database, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv, xlsx = tmp_path / "t.csv", tmp_path / "t.xlsx"
    period = ("--dal", _day(SINCE), "--al", _day(UNTIL))
    code, done = _istat(capsys, database, *period, "--csv", str(csv), "--xlsx", str(xlsx))
    assert code == 0 and done["file"] == [str(csv), str(xlsx)]
    assert 0 < done["donne"] <= 6
    assert csv.stat().st_size > 0 and xlsx.stat().st_size > 0


@pytest.mark.parametrize(
    "period, field",
    [
        (("--dal", "31/02/2026", "--al", "31/12/2026"), "since"),
        (("--dal", "01/01/2026", "--al", "2026-12-31"), "until"),
        (("--dal", "31/12/2026", "--al", "01/01/2026"), "since"),
    ],
)
def test_bad_dates_are_refused(database, capsys, tmp_path, period, field) -> None:  # type: ignore[no-untyped-def]
    code, refused = _istat(capsys, database, *period, "--csv", str(tmp_path / "t.csv"))
    assert code == 1 and refused["field"] == field
    assert not (tmp_path / "t.csv").exists()


def test_without_a_target_nothing_is_done(database, capsys) -> None:  # type: ignore[no-untyped-def]
    code, refused = _istat(capsys, database, "--dal", "01/01/2026", "--al", "31/12/2026")
    assert code == 1 and refused["code"] == "statistiche_senza_file"


def test_the_regions_store_is_refused(capsys, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    region = new_region(tmp_path)
    region.store.close()
    monkeypatch.setenv("ANTIVIOLENZA_PASSWORD", PASSWORD)
    csv = tmp_path / "regione.csv"
    period = ("--dal", "01/01/2026", "--al", "31/12/2026", "--csv", str(csv))
    code, refused = _istat(capsys, region.store.database, *period)
    assert code == 1 and refused["code"] == "statistiche_non_in_regione"
    assert not csv.exists()
