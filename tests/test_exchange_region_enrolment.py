"""Enrolment one level up and the role checks, on real stores: every refusal writes nothing.

The Region enrols a capofila as the capofila enrols an Ambito; an Ambito's enrolment file
offered to the capofila's «accept-region», an unknown province, a wrong code, a typed
fingerprint that differs, an operation at the wrong level, an export before enrolment and a
revoked capofila key are each refused with their own code.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from antiviolenza_desktop.domain.exchange.bundle_errors import SenderRevoked
from antiviolenza_desktop.domain.exchange.enrolment_errors import (
    EnrolmentForOtherAmbito,
    FingerprintMismatch,
    NotAmbitoStore,
    NotCapofilaStore,
    WrongOneTimeCode,
)
from antiviolenza_desktop.domain.exchange.hierarchy import (
    NotEnrolledInRegion,
    NotRegionStore,
    UnknownProvince,
)
from antiviolenza_desktop.domain.exchange.provincial_refusals import ProvincialSenderRevoked
from antiviolenza_desktop.exchange import keys
from antiviolenza_desktop.exchange.bundle_export import export_bundle
from antiviolenza_desktop.exchange.enrolment import IssuedEnrolment, accept_enrolment
from antiviolenza_desktop.exchange.provincial_export import export_provincial_bundle
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_merge_support import row_counts
from tests.exchange_stores import Network, enrolled_network
from tests.exchange_stores import issue as issue_for_ambito
from tests.region_support import (
    accept,
    enrol_capofila,
    export_regional,
    import_regional,
    issue,
    new_region,
    register,
)

NOW = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
Stores = tuple[Network, OpenStore]


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[Stores]:
    network = enrolled_network(tmp_path, ("cremonese",))
    region = new_region(tmp_path)
    yield network, region
    region.store.close()
    network.close()


def test_the_region_issues_only_for_a_lombard_province_and_only_from_its_store(
    stores: tuple[Network, OpenStore],
) -> None:
    network, region = stores
    with pytest.raises(UnknownProvince):
        issue(region, "cremonese")
    with pytest.raises(NotRegionStore):
        issue(network.capofila)
    with pytest.raises(NotRegionStore):
        issue(network.ambiti["cremonese"])


def test_an_ambito_file_or_a_wrong_code_at_accept_region_saves_nothing(
    stores: tuple[Network, OpenStore],
) -> None:
    network, region = stores
    capofila = network.capofila
    before = row_counts(capofila)
    ambito_file = issue_for_ambito(capofila, "cremonese")
    with pytest.raises(UnknownProvince):
        accept(capofila, ambito_file)
    issued = issue(region)
    wrong = IssuedEnrolment(issued.ambito, issued.data, ambito_file.one_time_code, "")
    with pytest.raises(WrongOneTimeCode):
        accept(capofila, wrong)
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        assert records.current_enrolment(uow) is None
    assert row_counts(capofila)["exchange_snapshots"] == before["exchange_snapshots"]
    # the Region's file offered to an Ambito names another area
    with (
        pytest.raises(EnrolmentForOtherAmbito),
        UnitOfWork(network.ambiti["cremonese"].store, network.ambiti["cremonese"].actor) as uow,
    ):
        accept_enrolment(uow, data=issued.data, one_time_code=issued.one_time_code)


def test_a_wrong_fingerprint_registers_nothing(stores: Stores) -> None:
    network, region = stores
    _, key_file = accept(network.capofila, issue(region))
    with pytest.raises(FingerprintMismatch):
        register(region, key_file, "1" * 30)
    with UnitOfWork(region.store, region.actor) as uow:
        assert records.senders(uow) == []


def test_each_level_exports_only_its_own_bundle(stores: Stores) -> None:
    network, region = stores
    with pytest.raises(NotEnrolledInRegion):
        export_regional(network.capofila, NOW)
    ambito = network.ambiti["cremonese"]
    with pytest.raises(NotCapofilaStore), UnitOfWork(ambito.store, ambito.actor) as uow:
        export_provincial_bundle(uow, created_at=NOW)
    with pytest.raises(NotAmbitoStore), UnitOfWork(region.store, region.actor) as uow:
        export_bundle(uow, created_at=NOW)


def test_a_revoked_capofila_key_is_refused_at_the_region(stores: Stores) -> None:
    network, region = stores
    enrol_capofila(region, network.capofila)
    data = export_regional(network.capofila, NOW)
    with UnitOfWork(region.store, region.actor) as uow:
        [sender] = records.senders(uow)
        keys.revoke_ambito_key(uow, key_id=sender.key_id)
    before = row_counts(region)
    with pytest.raises(SenderRevoked) as raised:
        import_regional(region, data)
    assert row_counts(region) == before
    assert isinstance(raised.value, ProvincialSenderRevoked)
    assert "capofila della provincia «cremona»" in raised.value.message
