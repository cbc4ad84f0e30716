"""A stolen Ambito key cannot freeze that Ambito's figures: sequence jumps and dates from the
future are refused, and once the key is revoked its snapshots stop counting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from antiviolenza_desktop.domain.exchange.import_errors import (
    BundleFromTheFuture,
    BundleNumberUsedByRevokedKey,
    BundleSequenceJump,
)
from antiviolenza_desktop.exchange import keys
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services import exchange_snapshots as kept
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_merge_support import export, forged, merge, row_counts, woman
from tests.exchange_stores import Network, enrolled_network, public_key_file, register


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    made = enrolled_network(tmp_path, ("cremonese",))
    woman(made.ambiti["cremonese"], 11, active=120_000)
    yield made
    made.close()


def _newest(network: Network) -> int | None:
    with UnitOfWork(network.capofila.store, network.capofila.actor) as uow:
        newest = kept.newest_snapshot(uow, "cremonese")
        totals = kept.newest_snapshots(uow)
    assert (newest is None) == ("cremonese" not in totals)
    return newest.sequence if newest else None


def test_a_huge_sequence_number_is_refused(network: Network) -> None:
    def poisoned(payload: dict[str, Any]) -> None:
        payload["sequence"] = 2**53 - 1

    data = forged(network.ambiti["cremonese"], poisoned)
    before = row_counts(network.capofila)
    with pytest.raises(BundleSequenceJump) as refused:
        merge(network.capofila, data)
    assert "revocala" in refused.value.message
    assert row_counts(network.capofila) == before


def test_a_bundle_dated_in_the_future_is_refused(network: Network) -> None:
    def from_2100(payload: dict[str, Any]) -> None:
        payload["created_at"] = "2100-01-01T09:00:00Z"

    data = forged(network.ambiti["cremonese"], from_2100)
    with pytest.raises(BundleFromTheFuture) as refused:
        merge(network.capofila, data)
    assert "01/01/2100" in refused.value.message
    assert _newest(network) is None


def test_revoking_a_stolen_key_undoes_what_it_merged(network: Network) -> None:
    ambito, capofila = network.ambiti["cremonese"], network.capofila
    merge(capofila, export(ambito))

    def jumped(payload: dict[str, Any]) -> None:
        payload["sequence"] = 9_000

    merge(capofila, forged(ambito, jumped))
    assert _newest(network) == 9_000
    with UnitOfWork(ambito.store, ambito.actor) as uow:
        stolen = records.active_own_key(uow, "signing")
    assert stolen is not None
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        keys.revoke_ambito_key(uow, key_id=stolen.key_id)
    assert _newest(network) is None  # everything that key signed stops counting
    with UnitOfWork(ambito.store, ambito.actor) as uow:
        fresh = keys.rotate_ambito_signing_key(uow)
    assert fresh.fingerprint is not None
    register(capofila, public_key_file(ambito), fresh.fingerprint)
    result = merge(capofila, export(ambito))
    assert result.merged and _newest(network) == result.preview.sequence < 9_000


def test_a_number_taken_by_a_revoked_key_asks_for_a_new_export(network: Network) -> None:
    ambito, capofila = network.ambiti["cremonese"], network.capofila
    first = merge(capofila, export(ambito)).preview.sequence
    with UnitOfWork(ambito.store, ambito.actor) as uow:
        stolen = records.active_own_key(uow, "signing")
        assert stolen is not None
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        keys.revoke_ambito_key(uow, key_id=stolen.key_id)
    with UnitOfWork(ambito.store, ambito.actor) as uow:
        fresh = keys.rotate_ambito_signing_key(uow)
    assert fresh.fingerprint is not None
    register(capofila, public_key_file(ambito), fresh.fingerprint)

    def same_number(payload: dict[str, Any]) -> None:
        payload["sequence"] = first

    before = row_counts(capofila)
    with pytest.raises(BundleNumberUsedByRevokedKey) as refused:
        merge(capofila, forged(ambito, same_number))
    assert "esportare di nuovo" in refused.value.message
    assert row_counts(capofila) == before
    assert merge(capofila, export(ambito)).merged
