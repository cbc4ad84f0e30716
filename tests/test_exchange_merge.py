"""The capofila's import between real stores: BU-04, BU-05, BU-06, BU-08, a payload naming
another Ambito than its signer, and the dry run that writes nothing. Synthetic women only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from antiviolenza_desktop.domain.exchange.import_errors import (
    BundleConflict,
    BundleStale,
    PayloadAmbitoMismatch,
)
from antiviolenza_desktop.domain.payload.schema import PayloadTooNew
from antiviolenza_desktop.domain.payload.snapshot import SCHEMA_VERSION
from antiviolenza_desktop.services import exchange_snapshots as kept
from antiviolenza_desktop.services.exchange_province import province_totals
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_merge_support import (
    CREATED,
    export,
    forged,
    merge,
    preview,
    row_counts,
    woman,
)
from tests.exchange_stores import Network, enrolled_network


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    made = enrolled_network(tmp_path, ("cremonese",))
    woman(made.ambiti["cremonese"], 11, active=120_000)
    yield made
    made.close()


def _newest_sequence(network: Network) -> int | None:
    with UnitOfWork(network.capofila.store, network.capofila.actor) as uow:
        newest = kept.newest_snapshot(uow, "cremonese")
    return newest.sequence if newest else None


def test_dry_run_reports_and_writes_nothing(network: Network) -> None:
    capofila = network.capofila
    data = export(network.ambiti["cremonese"])
    before = row_counts(capofila)
    shown = preview(capofila, data)
    assert row_counts(capofila) == before
    assert (shown.ambito, shown.sequence, shown.already_imported) == ("cremonese", 1, False)
    assert shown.report.added == 1
    assert "Schede: 1 nuove" in shown.as_text()
    result = merge(capofila, data)
    assert result.merged
    after = row_counts(capofila)
    assert after["exchange_snapshots"] == before["exchange_snapshots"] + 1
    assert after["audit_log"] == before["audit_log"] + 1


def test_bu04_same_bundle_twice_is_already_imported_and_changes_nothing(
    network: Network,
) -> None:
    capofila = network.capofila
    data = export(network.ambiti["cremonese"])
    assert merge(capofila, data).merged
    before = row_counts(capofila)
    again = merge(capofila, data)
    assert again.already_imported and not again.merged
    assert again.preview.report.nothing_changes
    assert "Già importato" in again.preview.as_text()
    assert row_counts(capofila) == before


def test_bu05_an_older_sequence_after_a_newer_one_is_stale(network: Network) -> None:
    ambito = network.ambiti["cremonese"]
    first = export(ambito)
    woman(ambito, 12)
    second = export(ambito, CREATED.replace(day=3))
    assert merge(network.capofila, second).merged
    before = row_counts(network.capofila)
    with pytest.raises(BundleStale) as refused:
        merge(network.capofila, first)
    assert "n. 1" in refused.value.message and "n. 2" in refused.value.message
    assert row_counts(network.capofila) == before
    assert _newest_sequence(network) == 2


def test_bu06_same_sequence_other_content_is_a_conflict_and_merges_nothing(
    network: Network,
) -> None:
    ambito = network.ambiti["cremonese"]
    assert merge(network.capofila, export(ambito)).merged
    woman(ambito, 13)

    def reuse_number(payload: dict[str, Any]) -> None:
        payload["sequence"] = 1  # a restored copy of the store hands out number 1 again

    other = forged(ambito, reuse_number)
    before = row_counts(network.capofila)
    with pytest.raises(BundleConflict) as refused:
        merge(network.capofila, other)
    assert refused.value.code == "pacchetto_in_conflitto"
    with pytest.raises(BundleConflict):
        preview(network.capofila, other)
    assert row_counts(network.capofila) == before
    with UnitOfWork(network.capofila.store, network.capofila.actor) as uow:
        assert province_totals(uow, as_of=CREATED).women == 1


def test_bu08_a_future_schema_version_asks_to_update_the_application(
    network: Network,
) -> None:
    def newer(payload: dict[str, Any]) -> None:
        payload["schema_version"] = SCHEMA_VERSION + 1

    data = forged(network.ambiti["cremonese"], newer)
    before = row_counts(network.capofila)
    with pytest.raises(PayloadTooNew) as refused:
        merge(network.capofila, data)
    assert "aggiornare l'applicazione" in refused.value.message
    assert row_counts(network.capofila) == before


def test_a_payload_naming_another_ambito_than_its_signer_is_refused(
    network: Network,
) -> None:
    def other_ambito(payload: dict[str, Any]) -> None:
        payload["ambito"] = "cremasco"

    data = forged(network.ambiti["cremonese"], other_ambito)
    before = row_counts(network.capofila)
    with pytest.raises(PayloadAmbitoMismatch) as refused:
        merge(network.capofila, data)
    assert "cremasco" in refused.value.message and "cremonese" in refused.value.message
    assert row_counts(network.capofila) == before
    assert _newest_sequence(network) is None


def test_a_burnt_sequence_number_does_not_block_the_next_bundle(network: Network) -> None:
    ambito = network.ambiti["cremonese"]
    assert merge(network.capofila, export(ambito)).merged
    export(ambito)  # number 2 exported but never delivered (the file write failed)
    third = export(ambito)
    assert merge(network.capofila, third).merged
    assert _newest_sequence(network) == 3
