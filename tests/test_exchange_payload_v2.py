"""Schema version 2 of the payload: training, network and audit head, strictly parsed, and
the provincial network and training figures built from them. The upgrade of a real version-1
payload is in `test_exchange_payload_bytes.py`."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from antiviolenza_desktop.domain.exchange.province import provincial_totals
from antiviolenza_desktop.domain.exchange.province_changes import audit_log_shorter
from antiviolenza_desktop.domain.funds.network_training import KIND_CODES, TrainingEntry
from antiviolenza_desktop.domain.payload.json_codec import PayloadIdentityField, PayloadInvalid
from antiviolenza_desktop.domain.payload.registers import network_figures, training_months
from antiviolenza_desktop.domain.payload.schema import parse_snapshot, upgrade_payload
from antiviolenza_desktop.domain.payload.snapshot import (
    AuditHead,
    NetworkChange,
    NetworkFigures,
    TrainingMonth,
    canonical_bytes,
    to_payload,
)
from antiviolenza_desktop.domain.payload.totals import PayloadTotalsMismatch
from tests.exchange_samples import EPOCH, PROGRAMME, hex_of, record, snapshot_of


def _people(**counts: int) -> tuple[tuple[str, int], ...]:
    return tuple((kind, counts.get(kind, 0)) for kind in KIND_CODES)


def _network(*changes: NetworkChange) -> NetworkFigures:
    members = dict.fromkeys(KIND_CODES, 0)
    for change in changes:
        members[change.kind] += change.joined - change.left
    return NetworkFigures(tuple(members.items()), changes)


NETWORK = _network(
    NetworkChange("2017-06", "cav", 3, 0),
    NetworkChange("2017-11", "servizi_sociali", 6, 0),
    NetworkChange("2026-01", "terzo_settore", 2, 0),
    NetworkChange("2026-02", "servizi_sociali", 0, 1),
)


def _snapshot(ambito: str = "cremonese", sequence: int = 1, network: Any = NETWORK) -> Any:
    base = snapshot_of(ambito, sequence, (record("a"),))
    return replace(
        base,
        training=(
            TrainingMonth("3.4", "2026-02", 2, 300, _people(cav=6, sanita=2)),
            TrainingMonth("3.4", "2026-03", 1, 120, _people(centro_impiego=3)),
        ),
        network=network,
        audit_head=AuditHead(41, hex_of("head")),
    )


def _payload() -> dict[str, Any]:
    return copy.deepcopy(to_payload(_snapshot()))


def _parse(payload: Any) -> Any:
    return parse_snapshot(canonical_bytes(payload), programme=PROGRAMME)


def test_a_version_2_payload_round_trips() -> None:
    data = canonical_bytes(_payload())
    parsed = parse_snapshot(data, programme=PROGRAMME)
    assert canonical_bytes(to_payload(parsed)) == data
    assert parsed.audit_head == AuditHead(41, hex_of("head"))
    assert parsed.network.total == 10 and parsed.network.members_at("2018-01") == 9


def test_an_extra_field_in_training_is_refused() -> None:
    payload = _payload()
    payload["training"][0]["ore"] = 5
    with pytest.raises(PayloadInvalid) as caught:
        _parse(payload)
    assert caught.value.field == "training[0].ore"


def test_a_training_topic_is_refused_as_free_text() -> None:
    payload = _payload()
    payload["training"][0]["topic"] = "Corso con la dott.ssa Prova"
    with pytest.raises((PayloadIdentityField, PayloadInvalid)) as caught:
        _parse(payload)
    assert caught.value.field == "training[0].topic"


def test_an_organisation_name_is_refused() -> None:
    payload = _payload()
    payload["network"]["changes"][0]["name"] = "Cooperativa Prova"
    with pytest.raises(PayloadIdentityField) as caught:
        _parse(payload)
    assert caught.value.field == "network.changes[0].name"


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("training", 0, "participants", "cav"), -1),
        (("training", 0, "sessions"), 0),
        (("network", "changes", 0, "joined"), -2),
        (("network", "members", "cav"), -3),
        (("audit_head", "seq"), 0),
    ],
)
def test_negative_or_zero_counts_are_refused(where: tuple[Any, ...], value: int) -> None:
    payload = _payload()
    target = payload
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    with pytest.raises(PayloadInvalid) as caught:
        _parse(payload)
    assert caught.value.field == ".".join(str(k) for k in where).replace(".0", "[0]")


def test_a_float_is_refused_where_it_stands() -> None:
    text = canonical_bytes(_payload()).replace(b'"minutes":300', b'"minutes":300.5')
    with pytest.raises(PayloadInvalid) as caught:
        parse_snapshot(text, programme=PROGRAMME)
    assert caught.value.field == "training[0].minutes"


def test_an_unknown_kind_of_body_is_refused() -> None:
    payload = _payload()
    payload["network"]["changes"][0]["kind"] = "parrocchia"
    with pytest.raises(PayloadInvalid):
        _parse(payload)


def test_members_that_the_changes_contradict_are_refused() -> None:
    payload = _payload()
    payload["network"]["members"]["cav"] = 4
    with pytest.raises(PayloadTotalsMismatch) as caught:
        _parse(payload)
    assert "dichiarato 4, ricalcolato 3" in caught.value.message


def test_more_leavings_than_members_are_refused() -> None:
    payload = _payload()
    payload["network"]["changes"].insert(
        0, {"month": "2017-01", "kind": "sanita", "joined": 0, "left": 1}
    )
    payload["network"]["members"]["sanita"] = -1
    with pytest.raises(PayloadInvalid):
        _parse(payload)
    payload["network"]["members"]["sanita"] = 0
    payload["network"]["changes"].append(
        {"month": "2026-05", "kind": "sanita", "joined": 1, "left": 0}
    )
    with pytest.raises(PayloadTotalsMismatch) as caught:
        _parse(payload)
    assert "a fine 2017-01" in caught.value.message


def test_a_version_1_payload_may_not_carry_version_2_fields() -> None:
    payload = _payload()
    payload["schema_version"] = 1
    del payload["network"], payload["audit_head"]
    with pytest.raises(PayloadInvalid) as caught:
        upgrade_payload(payload)
    assert caught.value.field == "training"


def test_the_registers_become_counts() -> None:
    sessions = [
        TrainingEntry(date(2026, 2, 3), "x", 120, {"cav": 2}),
        TrainingEntry(date(2026, 2, 20), "y", 60, {"cav": 1, "sanita": 4}),
        TrainingEntry(date(2026, 3, 1), "z", 90, {"altro": 1}, "3.1"),
    ]
    months = training_months(sessions)
    assert [(m.action, m.month, m.sessions, m.minutes) for m in months] == [
        ("3.1", "2026-03", 1, 90),
        ("3.4", "2026-02", 2, 180),
    ]
    assert dict(months[1].participants)["cav"] == 3
    figures = network_figures(
        [
            ("cav", date(2017, 5, 1), None),
            ("sanita", date(2017, 5, 9), date(2026, 1, 4)),
            ("sanita", date(2026, 1, 10), None),
        ]
    )
    assert dict(figures.members) == {**dict.fromkeys(KIND_CODES, 0), "cav": 1, "sanita": 1}
    assert [(c.month, c.kind, c.joined, c.left) for c in figures.changes] == [
        ("2017-05", "cav", 1, 0),
        ("2017-05", "sanita", 1, 0),
        ("2026-01", "sanita", 1, 1),
    ]


def test_provincial_network_growth_and_training() -> None:
    """Baseline: members at the end of the card's month (01/2018): 3 cav + 6 social services
    in one Ambito, 3 cav in the other = 12; now 10 + 3 + 2 = 15 (+25 %), target 10 % → 14."""
    other = _network(
        NetworkChange("2016-03", "cav", 3, 0), NetworkChange("2026-02", "sanita", 2, 0)
    )
    totals = provincial_totals(
        {
            "cremonese": _snapshot(),
            "cremasco": _snapshot("cremasco", network=other),
        },
        programme=PROGRAMME,
        as_of=EPOCH,
    )
    network = totals.network
    assert network is not None
    assert (network.baseline_month, network.baseline, network.total) == ("2018-01", 12, 15)
    assert (network.growth_target_percent, network.target_members) == (10, 14)
    assert network.growth_percent == 25 and network.target_reached
    rows = {row.ambito: row for row in totals.training}
    assert (rows["cremonese"].sessions, rows["cremonese"].minutes) == (3, 420)
    assert rows["cremonese"].participants == 11
    assert rows["casalasco"].sessions == 0


def test_no_baseline_means_no_growth_figure() -> None:
    late = _network(NetworkChange("2026-01", "cav", 2, 0))
    totals = provincial_totals(
        {"cremonese": _snapshot(network=late)}, programme=PROGRAMME, as_of=EPOCH
    )
    assert totals.network is not None
    assert totals.network.growth_percent is None and totals.network.target_reached is None


@pytest.mark.parametrize(
    ("before", "after", "shorter"),
    [
        (None, 5, False),
        (None, None, False),
        (5, 5, False),
        (5, 9, False),
        (5, 4, True),
        (5, None, True),
    ],
)
def test_when_the_audit_log_counts_as_shorter(
    before: int | None, after: int | None, shorter: bool
) -> None:
    """No older head (first snapshot, schema version 1): nothing to compare; a newer bundle
    without a head after one with a head: an emptied log."""
    assert audit_log_shorter(before, after) is shorter


@pytest.mark.parametrize(
    ("head", "field"),
    [
        ({"seq": 3, "hash": "ABC"}, "audit_head.hash"),
        ({"seq": 3, "hash": "0" * 64, "at": "2026-03-01"}, "audit_head.at"),
        ({"seq": 3}, "audit_head.hash"),
        ("head", "audit_head"),
    ],
)
def test_a_malformed_audit_head_is_refused(head: Any, field: str) -> None:
    payload = _payload()
    payload["audit_head"] = head
    with pytest.raises(PayloadInvalid) as caught:
        _parse(payload)
    assert caught.value.field == field
