"""Schema version 3 of the payload: the card's target bodies as kinds of body.

On real stores: a version-2 bundle (an Ambito not yet upgraded) imports and its figures are
unchanged, the new kinds at zero; a version-3 bundle naming the new kinds round-trips through
export and import into the provincial totals, read back from the figures the capofila keeps;
an unknown kind, or a new kind in a payload that says version 2, is refused and nothing is
kept. Without stores: the upgrader's refusals and a kept version-2 header read back. The
bytes of a real version-2 payload are pinned in `test_exchange_payload_bytes.py`.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from antiviolenza_desktop.domain.funds.network_training import (
    KIND_CODES,
    KINDS_BEFORE_3,
    MemberEntry,
    TrainingEntry,
)
from antiviolenza_desktop.domain.payload.json_codec import PayloadInvalid, decode_json
from antiviolenza_desktop.domain.payload.kinds_upgrade import NEW_IN_3, upgrade_from_2
from antiviolenza_desktop.domain.payload.registers import network_figures
from antiviolenza_desktop.domain.payload.schema import parse_header, upgrade_payload
from antiviolenza_desktop.domain.payload.snapshot import (
    NetworkChange,
    NetworkFigures,
    canonical_bytes,
    to_payload,
)
from antiviolenza_desktop.services import network_members, training
from antiviolenza_desktop.services.exchange_province import province_totals
from antiviolenza_desktop.services.exchange_snapshots import newest_figures, newest_snapshot
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.exchange_merge_support import CREATED, forged, merge, preview, row_counts
from tests.exchange_samples import PROGRAMME, record, snapshot_of
from tests.exchange_stores import Network, enrolled_network
from tests.funds_support import TODAY

AMBITO = "cremonese"
AS_OF = CREATED + timedelta(days=1)
OLD_MEMBERS = (
    ("Servizio Prova", "servizi_sociali", date(2016, 3, 1)),
    ("Cooperativa Prova", "terzo_settore", date(2017, 9, 12)),
    ("Consultorio Prova", "sanita", date(2019, 4, 2)),
)
NEW_MEMBERS = (
    ("ATS Prova", "ats_asst", date(2017, 5, 2)),
    ("Associazione Datoriale Prova", "associazione_datoriale", date(2018, 6, 1)),
    ("Camera Prova", "camera_commercio", date(2018, 9, 3)),
    ("Agenzia Speciale Prova", "servimpresa", date(2019, 1, 15)),
    ("Agenzia per il Lavoro Prova", "operatore_accreditato", date(2018, 3, 5)),
    ("Aler Prova", "aler", date(2018, 11, 20)),
)


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    made = enrolled_network(tmp_path, (AMBITO,))
    yield made
    made.close()


def _members(opened: OpenStore, members: tuple[tuple[str, str, date], ...]) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        for name, kind, joined in members:
            entry = MemberEntry(name, kind, joined)
            network_members.add_member(uow, entry=entry, today=TODAY)


def _session(opened: OpenStore, participants: dict[str, int]) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        entry = TrainingEntry(date(2026, 2, 10), "Sessione di prova", 180, participants)
        training.record_training(uow, entry=entry, today=TODAY)


def _old_kinds(counts: dict[str, int]) -> dict[str, int]:
    return {kind: count for kind, count in counts.items() if kind in KINDS_BEFORE_3}


def _as_version_2(payload: dict[str, Any]) -> None:
    """What the version-2 exporter sent for the same store: no count of the new kinds."""
    payload["schema_version"] = 2
    payload["network"]["members"] = _old_kinds(payload["network"]["members"])
    for row in payload["training"]:
        row["participants"] = _old_kinds(row["participants"])


def _provincial(network: Network) -> Any:
    capofila = network.capofila
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return province_totals(uow, as_of=AS_OF)


def test_a_version_2_bundle_imports_with_its_figures_unchanged(network: Network) -> None:
    ambito = network.ambiti[AMBITO]
    _members(ambito, OLD_MEMBERS)
    _session(ambito, {"cav": 4, "sanita": 2})
    old = forged(ambito, _as_version_2)
    checked = preview(network.capofila, old)
    assert checked.schema_version == 2
    assert merge(network.capofila, old).merged

    totals = _provincial(network)
    assert totals.network is not None
    members = dict(totals.network.members)
    assert members == {
        **dict.fromkeys(KIND_CODES, 0),
        "servizi_sociali": 1,
        "terzo_settore": 1,
        "sanita": 1,
    }
    assert (totals.network.baseline_month, totals.network.baseline) == ("2018-01", 2)
    assert totals.network.growth_percent == 50
    row = next(t for t in totals.training if t.ambito == AMBITO)
    assert (row.sessions, row.minutes, row.participants) == (1, 180, 6)
    capofila = network.capofila
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        kept = newest_snapshot(uow, AMBITO)
        assert kept is not None and kept.schema_version == 2
        figures = newest_figures(uow, PROGRAMME)[AMBITO]
    assert figures.header.network.members == totals.network.members


def test_a_version_3_bundle_with_the_new_kinds_round_trips(network: Network) -> None:
    ambito = network.ambiti[AMBITO]
    _members(ambito, OLD_MEMBERS + NEW_MEMBERS)
    _session(ambito, {"ats_asst": 3, "camera_commercio": 1, "cav": 2})
    data = forged(ambito, lambda payload: None)
    assert preview(network.capofila, data).schema_version == 3
    assert merge(network.capofila, data).merged

    totals = _provincial(network)
    assert totals.network is not None
    members = dict(totals.network.members)
    assert all(members[kind] == 1 for kind in NEW_IN_3)
    assert totals.network.total == len(OLD_MEMBERS) + len(NEW_MEMBERS)
    assert totals.network.baseline == 3  # two old kinds and ATS before the card's month
    assert totals.network.growth_percent == 200
    assert totals.network.target_members == 4 and totals.network.target_reached
    row = next(t for t in totals.training if t.ambito == AMBITO)
    assert row.participants == 6
    capofila = network.capofila
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        header = newest_figures(uow, PROGRAMME)[AMBITO].header
    assert dict(header.training[0].participants)["ats_asst"] == 3
    assert {c.kind for c in header.network.changes} == {k for _, k, _ in OLD_MEMBERS + NEW_MEMBERS}


def _refused_and_nothing_kept(network: Network, data: bytes, field: str) -> None:
    before = row_counts(network.capofila)
    with pytest.raises(PayloadInvalid) as refused:
        merge(network.capofila, data)
    assert refused.value.field == field
    with pytest.raises(PayloadInvalid):
        preview(network.capofila, data)
    assert row_counts(network.capofila) == before


def test_an_unknown_kind_is_refused_and_nothing_is_kept(network: Network) -> None:
    ambito = network.ambiti[AMBITO]
    _members(ambito, OLD_MEMBERS)
    _session(ambito, {"cav": 1})

    def unknown_member(payload: dict[str, Any]) -> None:
        payload["network"]["members"]["parrocchia"] = 0

    def unknown_participant(payload: dict[str, Any]) -> None:
        payload["training"][0]["participants"]["parrocchia"] = 1

    _refused_and_nothing_kept(network, forged(ambito, unknown_member), "network.members.parrocchia")
    _refused_and_nothing_kept(
        network, forged(ambito, unknown_participant), "training[0].participants.parrocchia"
    )


def test_a_version_2_bundle_naming_a_new_kind_is_refused(network: Network) -> None:
    ambito = network.ambiti[AMBITO]
    _members(ambito, NEW_MEMBERS[:1])

    def version_2_with_ats(payload: dict[str, Any]) -> None:
        payload["schema_version"] = 2

    _refused_and_nothing_kept(
        network, forged(ambito, version_2_with_ats), "network.changes[0].kind"
    )


# --- without stores ---------------------------------------------------------------------


def _v2_payload() -> dict[str, Any]:
    figures = network_figures([("cav", date(2017, 3, 1), None), ("sanita", date(2019, 1, 1), None)])
    snapshot = replace(snapshot_of(AMBITO, 1, (record("a"),)), network=figures)
    payload = copy.deepcopy(to_payload(snapshot))
    _as_version_2(payload)
    return payload


def test_the_upgrade_fills_zeros_and_changes_nothing_else() -> None:
    payload = _v2_payload()
    upgraded = upgrade_payload(copy.deepcopy(payload))
    assert upgraded["schema_version"] == 3
    members = upgraded["network"]["members"]
    assert members == {**payload["network"]["members"], **dict.fromkeys(NEW_IN_3, 0)}
    assert upgraded["network"]["changes"] == payload["network"]["changes"]
    assert upgraded == upgrade_payload(upgraded)  # version 3 passes unchanged
    assert payload == _v2_payload()  # the caller's payload is not touched


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda p: p["network"]["members"].update(aler=0), "network.members.aler"),
        (
            lambda p: p["network"]["changes"].append(
                {"month": "2019-02", "kind": "servimpresa", "joined": 1, "left": 0}
            ),
            "network.changes[2].kind",
        ),
        (
            lambda p: p["training"].append(
                {
                    "action": "3.4",
                    "month": "2026-01",
                    "sessions": 1,
                    "minutes": 60,
                    "participants": {**dict.fromkeys(KINDS_BEFORE_3, 0), "ats_asst": 2},
                }
            ),
            "training[0].participants.ats_asst",
        ),
    ],
)
def test_a_version_2_payload_may_not_name_a_kind_of_version_3(change: Any, field: str) -> None:
    payload = _v2_payload()
    change(payload)
    with pytest.raises(PayloadInvalid) as caught:
        upgrade_from_2(payload)
    assert caught.value.field == field


def test_a_repeated_kind_is_left_to_the_field_check() -> None:
    text = canonical_bytes(_v2_payload()).replace(b'"altro":0,', b'"altro":0,"altro":0,', 1)
    with pytest.raises(PayloadInvalid) as caught:
        parse_header(text, programme=PROGRAMME)
    assert caught.value.field == "network.members.altro"
    assert "chiave ripetuta" in caught.value.params["reason"]


def test_a_kept_version_2_header_reads_with_the_new_kinds_at_zero() -> None:
    """A capofila's figures kept before version 3 (`exchange_snapshot_figures`) are canonical
    version-2 JSON: they are upgraded when read, so no migration rewrites them."""
    payload = _v2_payload()
    header = parse_header(canonical_bytes(payload), programme=PROGRAMME)
    assert header.schema_version == 3
    assert header.network == NetworkFigures(
        tuple((k, {"cav": 1, "sanita": 1}.get(k, 0)) for k in KIND_CODES),
        (NetworkChange("2017-03", "cav", 1, 0), NetworkChange("2019-01", "sanita", 1, 0)),
    )
    assert decode_json(canonical_bytes(payload))["schema_version"] == 2
