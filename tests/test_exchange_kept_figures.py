"""The figures the capofila keeps of each accepted snapshot (schema 0011): the merge keeps them,
the provincial totals read from them equal the totals recomputed from the whole payloads, and
a store upgraded from 0010 (snapshots without kept figures) gives the same totals.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from antiviolenza_desktop.domain.exchange.province import ProvincialTotals, provincial_totals
from antiviolenza_desktop.domain.payload.figures import (
    SnapshotFigures,
    figures_of,
    province_from_figures,
)
from antiviolenza_desktop.domain.payload.schema import parse_header
from antiviolenza_desktop.domain.payload.snapshot import Snapshot, canonical_bytes, to_payload
from antiviolenza_desktop.exchange import bundle_import
from antiviolenza_desktop.services import exchange_snapshots
from antiviolenza_desktop.services.exchange_province import (
    kept_snapshots,
    province_totals,
    provincia_totals,
)
from antiviolenza_desktop.services.exchange_snapshots import audit_heads_before
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.store import migrations_runner
from antiviolenza_desktop.store.unlock import open_with_password
from tests.exchange_merge_support import CREATED, export, merge, woman
from tests.exchange_samples import AMBITI, EPOCH, PROGRAMME, snapshots
from tests.exchange_stores import Network, enrolled_network
from tests.support import LOGIN, PASSWORD

AS_OF = CREATED + timedelta(days=2)
STORE_AMBITI = ("cremonese", "cremasco", "casalasco")


def _stored(snapshot: Snapshot) -> SnapshotFigures:
    """The figures as the capofila keeps and reads them: header bytes and named sets."""
    figures = figures_of(snapshot)
    header = parse_header(canonical_bytes(to_payload(figures.header)), programme=PROGRAMME)
    return SnapshotFigures.from_sets(header, dict(figures.sets()))


@st.composite
def _provinces(draw: st.DrawFn) -> dict[str, Snapshot]:
    chosen = draw(st.lists(st.sampled_from(AMBITI), min_size=1, max_size=4, unique=True))
    return {ambito: draw(snapshots(ambito, draw(st.integers(1, 5)))) for ambito in chosen}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_provinces(), st.integers(1, 60))
def test_totals_from_kept_figures_equal_those_of_the_snapshots(
    kept: dict[str, Snapshot], days: int
) -> None:
    as_of = EPOCH + timedelta(days=days)
    figures = {ambito: _stored(snapshot) for ambito, snapshot in kept.items()}
    assert province_from_figures(figures, programme=PROGRAMME, as_of=as_of) == (
        provincial_totals(kept, programme=PROGRAMME, as_of=as_of)
    )


# --- on real stores --------------------------------------------------------------------------


@dataclass
class Province:
    network: Network
    folder: Path


def _recomputed(capofila: OpenStore) -> ProvincialTotals:
    """The totals from the whole payloads parsed again (what the capofila did before 0011),
    with the register of the Provincia (schema 0015) applied the same way."""
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        kept = kept_snapshots(uow)
        totals = provincial_totals(
            kept,
            programme=PROGRAMME,
            as_of=AS_OF,
            audit_heads_before=audit_heads_before(uow),
        )
        projects = {code: dict(snapshot.totals.funds) for code, snapshot in kept.items()}
        return provincia_totals(uow, totals, projects)


def _read(capofila: OpenStore) -> ProvincialTotals:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return province_totals(uow, as_of=AS_OF)


def _count(capofila: OpenStore, table: str) -> int:
    with closing(capofila.store.raw_connection()) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Province]:
    """Three Ambiti (one woman in two of them, one without consent), two rounds merged."""
    network = enrolled_network(tmp_path, STORE_AMBITI)
    ambiti = network.ambiti
    woman(ambiti["cremonese"], 21, active=150_000)
    woman(ambiti["cremonese"], 22, active=200_000)
    woman(ambiti["cremasco"], 22, active=200_000)
    woman(ambiti["cremasco"], 31, active=80_000, passive=20_000)
    woman(ambiti["casalasco"], 42, active=60_000, consent=False)
    for ambito in STORE_AMBITI:
        merge(network.capofila, export(ambiti[ambito]))
    woman(ambiti["cremasco"], 32, active=70_000)
    merge(network.capofila, export(ambiti["cremasco"], CREATED + timedelta(days=1)))
    yield Province(network, tmp_path)
    network.close()


def test_the_merge_keeps_the_figures_and_the_totals_read_them(province: Province) -> None:
    capofila = province.network.capofila
    assert _count(capofila, "exchange_snapshot_figures") == 4
    assert _count(capofila, "exchange_snapshot_sets") > 4
    totals = _read(capofila)
    assert totals == _recomputed(capofila)
    assert (totals.women, len(totals.duplicates), len(totals.caps_exceeded)) == (5, 1, 1)


def test_a_store_upgraded_from_0010_gives_the_same_totals(province: Province) -> None:
    capofila = province.network.capofila
    before = _read(capofila)
    capofila.store.close()
    database = province.folder / "capofila.avdb"
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as store,
        store.engine.begin() as connection,
    ):
        command.downgrade(migrations_runner._config(connection), "0010")
    upgraded = open_with_password(database, user=LOGIN, password=PASSWORD)
    reopened = OpenStore(upgraded, actor_for(upgraded, LOGIN))
    province.network.capofila = reopened
    assert _count(reopened, "exchange_snapshot_figures") == 0
    assert _read(reopened) == before == _recomputed(reopened)


def test_a_bundle_merged_already_is_known_by_its_hash_as_parsing_would_report_it(
    province: Province, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same bytes again: recognised from the kept header without parsing the payload,
    with the very preview that parsing the whole payload gives."""
    capofila = province.network.capofila
    ambito = province.network.ambiti["cremasco"]
    woman(ambito, 33, active=50_000)
    data = export(ambito, CREATED + timedelta(days=2))
    assert merge(capofila, data).merged
    tables = ("exchange_snapshots", "exchange_snapshot_figures", "audit_log")
    before = [_count(capofila, table) for table in tables]
    with monkeypatch.context() as patched:
        patched.setattr(bundle_import, "decode_json", _not_parsed)
        known = merge(capofila, data)
    monkeypatch.setattr(exchange_snapshots, "kept_again", lambda *_, **__: None)
    parsed = merge(capofila, data)
    assert known == parsed
    assert known.already_imported and not known.merged
    assert known.preview.report.sequence_before == known.preview.sequence == 3
    assert [_count(capofila, table) for table in tables] == before


def _not_parsed(data: bytes) -> None:
    raise AssertionError("the payload of a bundle merged already was parsed again")
