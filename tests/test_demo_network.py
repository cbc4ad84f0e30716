"""The demo store's network: a baseline at the card's month, the card's target bodies joined
after it, a growth the Ambito's tab and the capofila both compute, and a bundle that carries
it (the demo's payload passes the capofila's checks with the new kinds in it)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from antiviolenza_desktop.domain.payload.kinds_upgrade import NEW_IN_3
from antiviolenza_desktop.domain.payload.schema import parse_snapshot
from antiviolenza_desktop.exchange.snapshot import build_snapshot, canonical_bytes
from antiviolenza_desktop.operations.funds_reading import read_registers
from antiviolenza_desktop.services.demo import open_or_create_demo
from antiviolenza_desktop.services.demo_network import BASELINE_MEMBERS, JOINED_DURING
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def test_the_demo_network_has_a_baseline_and_grows(tmp_path: Path) -> None:
    opened, created = open_or_create_demo(tmp_path / "demo.avdb")
    try:
        registers = read_registers(opened)
        with UnitOfWork(opened.store, opened.actor) as uow:
            payload = build_snapshot(
                uow,
                network_key=bytes(range(32)),  # not enrolled: any key pseudonymises
                sequence=1,
                created_at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
            )
    finally:
        opened.store.close()
    assert created
    network = registers.network
    assert network.baseline_month == "2018-01"
    assert network.baseline == len(BASELINE_MEMBERS) == 10
    assert network.total == len(BASELINE_MEMBERS) - 1 + len(JOINED_DURING) == 14
    assert network.growth_percent == 40 and network.target_reached
    members = dict(network.members)
    assert all(members[kind] > 0 for kind in NEW_IN_3)
    assert sum(1 for row in registers.members if row.left_on is not None) == 1
    assert len(registers.training) == 2
    snapshot = parse_snapshot(canonical_bytes(payload), programme=load_default_programme())
    assert snapshot.network.members == network.members
    assert snapshot.network.members_at("2018-01") == 10
    assert sum(count for m in snapshot.training for _, count in m.participants) == 26
