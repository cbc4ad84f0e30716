"""The O.R.A./ISTAT tables at the capofila, from real bundles: two Ambiti export, the capofila
merges, and its tables (read back) count exactly the shared women of both Ambiti; a bundle of
payload version 4 (an Ambito not yet upgraded) merges with no rows, so its women are not sent.
The Region's store, which keeps only provincial totals, is refused and nothing is written."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from antiviolenza_desktop.domain.case.statutory_tables import (
    PeriodNotWholeMonths,
    TablesNotAtRegion,
)
from antiviolenza_desktop.operations.exchange_bundles import (
    export_bundle_file,
    merge_files,
    preview_files,
)
from antiviolenza_desktop.operations.statutory_exports import TablesRequest, save_statutory_tables
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import Case
from tests.exchange_merge_support import forged, merge, row_counts
from tests.exchange_stores import Network, enrolled_network
from tests.region_support import new_region
from tests.test_statutory_export import TODAY, _csv_rows, _record_cases

SINCE = date(TODAY.year - 1, 1, 1)
UNTIL = date(TODAY.year, TODAY.month, calendar.monthrange(TODAY.year, TODAY.month)[1])


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    network = enrolled_network(tmp_path, ("cremonese", "casalasco"))
    yield network
    network.close()


def _shared(opened: OpenStore) -> int:
    with UnitOfWork(opened.store, opened.actor) as uow:
        query = select(func.count()).select_from(Case).where(Case.consent_sharing.is_(True))
        return uow.session.scalar(query) or 0


def test_the_capofila_counts_the_shared_women_of_every_ambito(
    network: Network, tmp_path: Path
) -> None:
    capofila = network.capofila
    for (name, opened), count in zip(network.ambiti.items(), (9, 5), strict=True):
        _record_cases(opened, count)
        path = tmp_path / f"{name}.avbundle"
        export_bundle_file(opened, path)
        (checked,) = preview_files(capofila, [path])
        assert merge_files(capofila, [checked], all_or_none=False)[0].merged
    expected = sum(_shared(opened) for opened in network.ambiti.values())
    assert 0 < expected < 14  # the synthetic consent leaves some women unshared
    target = tmp_path / "provincia.csv"
    saved = save_statutory_tables(capofila, TablesRequest(SINCE, UNTIL, 2, target))
    assert saved.women == expected
    rows = _csv_rows(target)
    totals = {r["tabella"]: r["valore"] for r in rows if r["codice"] == "total"}
    shown = str(expected) if expected >= 2 else "<2"
    assert totals["canale_contatto"] == totals["autore_relazione"] == shown
    sex = {r["codice"]: r["valore"] for r in rows if r["tabella"] == "autore_sesso"}
    assert sex["male"] == shown and sex["female"] == "0"
    assert rows[0]["categoria"].startswith("Capofila")


def _as_version_4(payload: dict[str, Any]) -> None:
    """What the version-4 exporter sent: no O.R.A./ISTAT rows."""
    del payload["statutory"]
    payload["schema_version"] = 4


def test_a_version_4_bundle_merges_and_its_women_are_not_sent(
    network: Network, tmp_path: Path
) -> None:
    capofila = network.capofila
    (old, old_count), (new, new_count) = zip(network.ambiti.values(), (6, 4), strict=True)
    _record_cases(old, old_count)
    _record_cases(new, new_count)
    data = forged(old, _as_version_4)
    assert merge(capofila, data).merged
    path = tmp_path / "nuovo.avbundle"
    export_bundle_file(new, path)
    (checked,) = preview_files(capofila, [path])
    assert merge_files(capofila, [checked], all_or_none=False)[0].merged
    assert _shared(old) > 0
    target = tmp_path / "provincia.csv"
    saved = save_statutory_tables(capofila, TablesRequest(SINCE, UNTIL, 2, target))
    assert saved.women == _shared(new)


@pytest.mark.parametrize(
    "since, until, field",
    [
        (date(2026, 1, 2), date(2026, 1, 31), "since"),
        (date(2026, 1, 1), date(2026, 2, 27), "until"),
    ],
)
def test_the_capofila_takes_whole_months_only(
    network: Network, tmp_path: Path, since: date, until: date, field: str
) -> None:
    with pytest.raises(PeriodNotWholeMonths) as refused:
        save_statutory_tables(network.capofila, TablesRequest(since, until, 5, tmp_path / "p.csv"))
    assert refused.value.field == field and not (tmp_path / "p.csv").exists()


def test_the_region_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    """The Region keeps the provincial totals, not the Ambiti's rows: its tables would be
    empty, so the export is refused before any audit row or file."""
    region = new_region(tmp_path)
    try:
        before = row_counts(region)
        targets = (tmp_path / "regione.csv", tmp_path / "regione.xlsx")
        with pytest.raises(TablesNotAtRegion) as refused:
            save_statutory_tables(region, TablesRequest(SINCE, UNTIL, 5, *targets))
        assert refused.value.code == "statistiche_non_in_regione"
        assert row_counts(region) == before
        assert not any(path.exists() for path in targets)
    finally:
        region.store.close()
