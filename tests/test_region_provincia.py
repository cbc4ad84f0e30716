"""The Provincia's part at the Region, on real stores: a capofila with the Provincia's money
and CPI hours exports provincial schema version 2, the Region recomputes every figure from
the Ambiti and the part and its totals equal the capofila's exactly; real version-1 bytes
(no part) still import, upgraded; forged Provincia money, a part on a programme without a
Provincia and a newer schema are refused, keyed, with the Region's store unchanged.

`tests/data/provincial_payload_v1.json` is the payload the version-1 exporter wrote (before
the part existed: a programme without a Provincia at the capofila, the plain sum of the
Ambiti), pinned by its hash: it must never change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.payload.json_codec import PayloadInvalid
from antiviolenza_desktop.domain.payload.provincial import (
    PROVINCIAL_SCHEMA_VERSION,
    province_totals_of,
)
from antiviolenza_desktop.domain.payload.provincial_provincia import (
    ProvinciaPart,
    ProvinciaPartUnexpected,
    provincia_part,
)
from antiviolenza_desktop.domain.payload.provincial_schema import (
    ProvinciaMoneyMismatch,
    parse_provincial,
)
from antiviolenza_desktop.domain.payload.schema import PayloadTooNew
from antiviolenza_desktop.domain.payload.snapshot import FundAmounts, canonical_bytes
from antiviolenza_desktop.exchange import provincial_export, provincial_import
from antiviolenza_desktop.services import exchange_province, exchange_regional
from antiviolenza_desktop.services.exchange_province import province_totals
from antiviolenza_desktop.services.exchange_regional import kept_provinces, region_totals
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_merge_support import CREATED, export, merge, row_counts, woman
from tests.exchange_stores import Network, enrolled_network
from tests.provincia_support import commit, commitment, cpi_hours, merged_network, pay, record_hours
from tests.region_support import (
    enrol_capofila,
    export_regional,
    forged_regional,
    import_regional,
    new_region,
    opened_at_region,
    sealed_regional,
)

V1 = Path(__file__).parent / "data" / "provincial_payload_v1.json"
PINNED_V1 = "585e9cc8ae3993f9ae1f16c1aabf2b1db1a654394c0e8a2bd97ff7a7cc0e17d6"
PROGRAMME = load_default_programme()
AS_OF = CREATED + timedelta(days=400)


@dataclass
class Region:
    network: Network
    region: OpenStore
    v1: Any = None


@pytest.fixture(scope="module")
def hierarchy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Region]:
    folder = tmp_path_factory.mktemp("region_provincia")
    network = merged_network(folder)
    made = Region(network, new_region(folder))
    enrol_capofila(made.region, network.capofila)
    made.v1 = import_regional(
        made.region, sealed_regional(network.capofila, V1.read_bytes(), take_number=True)
    )
    yield made
    made.region.store.close()
    network.close()


def _regional(hierarchy: Region) -> Any:
    with UnitOfWork(hierarchy.region.store, hierarchy.region.actor) as uow:
        return region_totals(uow, as_of=AS_OF)


def _refused(hierarchy: Region, data: bytes, error: type[AppError]) -> AppError:
    before, totals = row_counts(hierarchy.region), _regional(hierarchy)
    with pytest.raises(error) as raised:
        import_regional(hierarchy.region, data)
    assert row_counts(hierarchy.region) == before
    assert _regional(hierarchy) == totals
    return raised.value


def test_the_version_1_bytes_are_pinned_and_read_as_the_ambiti_s_sum() -> None:
    data = V1.read_bytes()
    assert hashlib.sha256(data).hexdigest() == PINNED_V1
    assert json.loads(data)["schema_version"] == 1 and "provincia" not in json.loads(data)
    snapshot = parse_provincial(data, programme=PROGRAMME)
    assert snapshot.schema_version == 1 and snapshot.provincia == ProvinciaPart()
    active = dict(snapshot.totals.funds)["active_policies"]
    assert active == FundAmounts(550_000, 0)  # the Ambiti's projects, as version 1 summed


def test_a_version_1_bundle_imports_at_the_region(hierarchy: Region) -> None:
    assert hierarchy.v1.merged and hierarchy.v1.snapshot.schema_version == 1
    assert hierarchy.v1.snapshot.provincia == ProvinciaPart()


def test_the_region_recomputes_the_provincia_s_figures_exactly(hierarchy: Region) -> None:
    capofila = hierarchy.network.capofila
    row = commit(capofila, commitment(amount=150_000))
    pay(capofila, row, 100_000)
    commit(capofila, commitment("cremasco", amount=80_000))
    record_hours(capofila, cpi_hours("3.1", minutes=600, cost=2_500))
    imported = import_regional(hierarchy.region, export_regional(capofila, CREATED + timedelta(1)))
    assert imported.merged and imported.snapshot.schema_version == PROVINCIAL_SCHEMA_VERSION == 2
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        provincial = province_totals(uow, as_of=AS_OF)
    regional = _regional(hierarchy)
    assert regional.totals == province_totals_of(provincial)
    assert regional.provincia == provincia_part(provincial, PROGRAMME)
    funds = dict(regional.provincia.funds)
    assert funds["active_policies"] == FundAmounts(230_000, 100_000)
    assert dict(regional.provincia.hours)["3.1"] == 25_000
    assert (regional.provincia.committed, regional.provincia.hours_value) == (230_000, 25_000)


def _bump(path: tuple[str, ...]) -> Any:
    def change(payload: dict[str, Any]) -> None:
        target = payload
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] += 1

    return change


@pytest.mark.parametrize(
    "path",
    [
        ("totals", "funds", "active_policies", "committed"),
        ("totals", "actions", "3.2-attive", "a"),
        ("totals", "actions", "3.1", "b"),
        ("provincia", "funds", "active_policies", "disbursed"),
        ("provincia", "hours", "3.1"),
    ],
    ids=["fund", "action-a", "hours-b", "part-money", "part-hours"],
)
def test_forged_provincia_money_is_refused_with_the_region_unchanged(
    hierarchy: Region, path: tuple[str, ...]
) -> None:
    forged = forged_regional(hierarchy.network.capofila, CREATED, _bump(path))
    refused = _refused(hierarchy, forged, ProvinciaMoneyMismatch)
    assert refused.code == "pacchetto_provinciale_somme_provincia_non_corrispondenti"


def test_a_part_on_a_programme_without_a_provincia_is_refused_with_the_region_unchanged(
    hierarchy: Region, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = forged_regional(hierarchy.network.capofila, CREATED, lambda _payload: None)
    without = replace(PROGRAMME, provincia=None)
    monkeypatch.setattr(provincial_import, "load_default_programme", lambda: without)
    monkeypatch.setattr(exchange_regional, "load_default_programme", lambda: PROGRAMME)
    refused = _refused(hierarchy, data, ProvinciaPartUnexpected)
    assert refused.code == "pacchetto_provinciale_provincia_non_prevista"


def _set(name: str, value: Any) -> Any:
    def change(payload: dict[str, Any]) -> None:
        payload[name] = value

    return change


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (_set("schema_version", 3), PayloadTooNew),
        (_set("schema_version", 1), PayloadInvalid),  # a version 1 with a part is no version 1
    ],
    ids=["newer-schema", "version-1-with-part"],
)
def test_a_newer_or_mislabelled_schema_is_refused_with_the_region_unchanged(
    hierarchy: Region, change: Any, error: type[AppError]
) -> None:
    data = forged_regional(hierarchy.network.capofila, CREATED, change)
    refused = _refused(hierarchy, data, error)
    if isinstance(refused, PayloadTooNew):
        assert refused.code == "pacchetto_versione_futura"


def test_the_kept_version_1_payload_still_reads(hierarchy: Region) -> None:
    with UnitOfWork(hierarchy.region.store, hierarchy.region.actor) as uow:
        kept = kept_provinces(uow)
    assert set(kept) == {"cremona"}


def test_version_2_without_its_part_is_the_version_1_exporter_s_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store the pinned version-1 payload was exported from, exported again by the
    version-2 exporter: without its part and labelled 1, the same bytes (the part is the
    only change of version 2)."""
    without = replace(PROGRAMME, provincia=None)
    for module in (exchange_province, provincial_export):
        monkeypatch.setattr(module, "load_default_programme", lambda: without)
    network = enrolled_network(tmp_path, ("cremonese", "cremasco"))
    region = new_region(tmp_path)
    try:
        cremonese, cremasco = network.ambiti["cremonese"], network.ambiti["cremasco"]
        woman(cremonese, 21, active=150_000)
        woman(cremonese, 22, active=200_000, passive=20_000)
        woman(cremasco, 22, active=200_000)
        for opened in (cremonese, cremasco):
            merge(network.capofila, export(opened))
        enrol_capofila(region, network.capofila)
        data = export_regional(network.capofila, CREATED + timedelta(days=1))
        payload = json.loads(opened_at_region(region, data).payload)
    finally:
        region.store.close()
        network.close()
    assert payload.pop("provincia") == {"funds": {}, "hours": {}}
    payload["schema_version"] = 1
    assert canonical_bytes(payload) == V1.read_bytes()
