"""The payload's canonical bytes of a fixed store, pinned: a schema version means the same
store always gives the same bytes, whatever the exporter does inside to get there (an
optimisation of reading, building or checking may not change a single byte). The store is
made of fixed synthetic rows with a fixed store id, so the hash depends on nothing else —
except the audit head of schema version 2, whose hash covers the entries' timestamps: it is
checked against the store's newest entry and set to a fixed value before hashing.

Every version is pinned. The version-5 payload without its O.R.A./ISTAT rows, labelled
version 4, must still be the very bytes the version-4 exporter produced (`PINNED_V4`, pinned
before version 5 existed); without `periods` as well (period approval, empty for this store),
labelled version 3, the version-3 exporter's bytes (`PINNED_V3`); without the counts of the
kinds of body added in 3 as well, labelled version 2, the bytes of the version-2 exporter
(`PINNED_V2`); without the three fields of version 2 as well, labelled version 1, those of the
version-1 exporter (`PINNED_V1`). Those are real older payloads, and the upgrade tests read
them.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

from benchmarks.funds import LOGIN, case_rows, ledger_tuples, sharing_consents, synthetic_ledger
from sqlalchemy import update

from antiviolenza_desktop.domain.funds.network_training import MemberEntry, TrainingEntry
from antiviolenza_desktop.domain.payload.kinds_upgrade import NEW_IN_3
from antiviolenza_desktop.domain.payload.schema import parse_snapshot
from antiviolenza_desktop.domain.payload.snapshot import SCHEMA_VERSION
from antiviolenza_desktop.domain.project.draft import HousingCost, PrivateLease, TemporaryHousing
from antiviolenza_desktop.domain.project.model import (
    ActiveIntervention,
    PassiveSupport,
    ProjectDraft,
    WorkPath,
)
from antiviolenza_desktop.domain.project.revisions import Closure, MonitoringUpdate, Outcome
from antiviolenza_desktop.exchange.snapshot import build_snapshot, canonical_bytes
from antiviolenza_desktop.services import network_members, training
from antiviolenza_desktop.services.documents import to_document
from antiviolenza_desktop.services.exchange_registers import audit_head
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.bulk import bulk_insert
from antiviolenza_desktop.store.schema import (
    ActionExpense,
    Case,
    CaseConsent,
    CofinancingHours,
    LedgerRecord,
    ProjectEventRecord,
    ProjectRevisionRecord,
    StoreMeta,
)

CASES = 40
DAY = date(2026, 10, 1)
STAMP = "2026-10-01T09:00:00+00:00"
PINNED_V1 = "767b2d6fb2a6823f9803a3320b91a202feaf614a94f9295b4f128e5269c69b93"
PINNED_V2 = "00bb7591f831b433a943df1d2bc904a543c654bbad49cec7e5bf7b539ac515e9"
PINNED_V3 = "14178027c5f234a385895c238ebd42413635280279b2089d944a457f8811721e"
PINNED_V4 = "4b59cda836cd1b94657fa79471b630fde023e6f97a36ab8db630189dd5a144a0"
PINNED_V5 = "81ce6022ee7b7e05568c0a62752a17febbbe0bf6a2df3624ff73823592d2c6a4"
FIXED_HEAD = {"seq": 1, "hash": "0" * 64}


def _draft(index: int) -> ProjectDraft:
    housing = (
        TemporaryHousing(kind="x", monthly_costs=(HousingCost("rent", 40_000),), months=3)
        if index % 3 == 0
        else PrivateLease(entry_costs=(HousingCost("deposit", 90_000),))
        if index % 3 == 1
        else None
    )
    return ProjectDraft(
        goals=("Obiettivo sintetico",),
        referent="Referente Prova",
        lines=frozenset({"work", "housing"} if housing else {"work"}),
        work=WorkPath(
            cpi_office="CPI Cremona",
            service_pact_on=DAY,
            did_on=DAY,
            interventions=(
                ActiveIntervention("extracurricular_traineeship", planned_cost=150_000 + index),
                ActiveIntervention(
                    "extracurricular_traineeship", planned_cost=20_000, start=DAY, end=DAY
                ),
            ),
        ),
        passive_supports=(
            PassiveSupport("transport_refund", amount=30_000, period_from=DAY, period_to=DAY),
        ),
        housing=housing,
    )


def _fill(opened: OpenStore) -> None:
    entries = synthetic_ledger(CASES, 400)
    with_money = sorted({e.case_id for e in entries})
    revisions, events = [], []
    for index, case_id in enumerate(with_money):
        closed = index % 4 == 0
        revisions.append(
            (
                index + 1,
                case_id,
                1,
                "closed" if closed else "validated",
                DAY.isoformat(),
                to_document(_draft(index)),
                STAMP,
            )
        )
        update_ = MonitoringUpdate(
            on=DAY, source="equipe", statuses=((0, "ongoing"), (1, "cancelled"))
        )
        events.append(
            (len(events) + 1, case_id, "monitoring", DAY.isoformat(), to_document(update_), STAMP)
        )
        if closed:
            closure = (
                Closure(DAY, outcomes=(Outcome("employed", "permanent"),))
                if index % 8 == 0
                else Closure(DAY, drop_reason="moved_away")
            )
            events.append(
                (len(events) + 1, case_id, "closure", DAY.isoformat(), to_document(closure), STAMP)
            )
    with opened.store.engine.begin() as connection:
        cases = case_rows(CASES)
        bulk_insert(connection, Case.__table__, cases)
        bulk_insert(connection, CaseConsent.__table__, sharing_consents(cases, STAMP))
        bulk_insert(connection, LedgerRecord.__table__, ledger_tuples(entries, LOGIN))
        bulk_insert(connection, ProjectRevisionRecord.__table__, revisions)
        bulk_insert(connection, ProjectEventRecord.__table__, events)
    with UnitOfWork(opened.store, opened.actor) as uow:
        uow.session.execute(
            update(StoreMeta).where(StoreMeta.key == "store_id").values(value="pinned-store")
        )
        common = {"body": "Comune Prova", "person": "Impiegata Prova", "created_at": STAMP}
        uow.session.add_all(
            [
                CofinancingHours(
                    id=1,
                    action_code="3.1",
                    month="2026-02",
                    minutes=120,
                    hourly_cost=3000,
                    value=6000,
                    **common,
                ),
                CofinancingHours(
                    id=2,
                    action_code="3.1",
                    month="2026-02",
                    minutes=60,
                    hourly_cost=3000,
                    value=3000,
                    **common,
                ),
                CofinancingHours(
                    id=3,
                    action_code="3.1",
                    month="2026-02",
                    minutes=60,
                    hourly_cost=3000,
                    value=3000,
                    reverses_id=2,
                    **common,
                ),
            ]
        )
        expense = {"payee": "Formatrice Prova", "description": "Corso", "created_at": STAMP}
        uow.session.add_all(
            [ActionExpense(id=1, action_code="3.4", on_date="2026-02-10", amount=65_973, **expense)]
        )


def _registers(opened: OpenStore) -> None:
    """Training sessions and network members: their topics and names must stay home."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        for day, minutes, people in (
            (date(2026, 2, 10), 180, {"cav": 4, "servizi_sociali": 3}),
            (date(2026, 2, 24), 120, {"centro_impiego": 2}),
            (date(2026, 3, 3), 240, {"cav": 5, "sanita": 1}),
        ):
            training.record_training(
                uow,
                entry=TrainingEntry(day, "Modulo Prova", minutes, people),
                today=DAY,
            )
        for name, kind, joined in (
            ("Cooperativa Prova", "terzo_settore", date(2025, 12, 1)),
            ("Consultorio Prova", "sanita", date(2026, 1, 15)),
            ("Agenzia Prova", "ente_formazione", date(2026, 2, 1)),
        ):
            network_members.add_member(uow, entry=MemberEntry(name, kind, joined), today=DAY)
        network_members.record_leaving(uow, row_id=3, left_on=date(2026, 6, 30), today=DAY)


def _payload(opened: OpenStore) -> dict:
    with UnitOfWork(opened.store, opened.actor) as uow:
        payload = build_snapshot(
            uow,
            network_key=bytes(range(32)),
            sequence=3,
            created_at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        )
        head = audit_head(uow)
    assert head is not None
    assert payload["audit_head"] == {"seq": head[0], "hash": head[1]}
    return payload


def version_4_of(payload: dict) -> dict:  # type: ignore[type-arg]
    """The version-5 payload as the version-4 exporter wrote it: no O.R.A./ISTAT rows."""
    old = {k: v for k, v in payload.items() if k != "statutory"}
    return {**old, "schema_version": 4}


def version_3_of(payload: dict) -> dict:  # type: ignore[type-arg]
    """The version-5 payload as the version-3 exporter wrote it: no O.R.A./ISTAT rows and no
    periods."""
    old = {k: v for k, v in version_4_of(payload).items() if k != "periods"}
    return {**old, "schema_version": 3}


def version_2_of(payload: dict) -> dict:  # type: ignore[type-arg]
    """The version-5 payload as the version-2 exporter wrote it: what version 3 had, without
    the count of the kinds of body added in 3."""

    def old_kinds(counts: dict) -> dict:  # type: ignore[type-arg]
        return {kind: count for kind, count in counts.items() if kind not in NEW_IN_3}

    older = version_3_of(payload)
    network = older["network"]
    return {
        **older,
        "schema_version": 2,
        "training": [
            {**row, "participants": old_kinds(row["participants"])} for row in older["training"]
        ],
        "network": {**network, "members": old_kinds(network["members"])},
    }


def version_1_of(payload: dict) -> bytes:  # type: ignore[type-arg]
    """The version-5 payload as the version-1 exporter wrote it: what version 2 had, without
    the training, network and audit head."""
    added = ("training", "network", "audit_head")
    old = {k: v for k, v in version_2_of(payload).items() if k not in added}
    return canonical_bytes({**old, "schema_version": 1})


def _fixed_payload(opened: OpenStore) -> dict:  # type: ignore[type-arg]
    """The store's payload with every register filled and the audit head fixed."""
    _fill(opened)
    _registers(opened)
    return {**_payload(opened), "audit_head": FIXED_HEAD}


def test_the_same_store_gives_the_same_bytes(opened: OpenStore) -> None:
    payload = _fixed_payload(opened)
    assert len(payload["cases"]) > 20 and payload["unshared"]["women"] > 0
    assert any(r["project"] and r["project"]["outcomes"] for r in payload["cases"])
    assert payload["training"][0]["sessions"] == 2
    assert payload["network"]["members"]["terzo_settore"] == 1
    assert len(payload["statutory"]) == len(payload["cases"])
    assert payload["periods"] == []
    assert hashlib.sha256(version_1_of(payload)).hexdigest() == PINNED_V1
    assert hashlib.sha256(canonical_bytes(version_2_of(payload))).hexdigest() == PINNED_V2
    assert hashlib.sha256(canonical_bytes(version_3_of(payload))).hexdigest() == PINNED_V3
    assert hashlib.sha256(canonical_bytes(version_4_of(payload))).hexdigest() == PINNED_V4
    assert hashlib.sha256(canonical_bytes(payload)).hexdigest() == PINNED_V5


def test_a_real_version_4_payload_is_upgraded_with_no_statutory_rows(
    opened: OpenStore,
) -> None:
    """`UPGRADERS[4]` on the bytes the version-4 exporter produced for this store: every
    figure is the current payload's, with no O.R.A./ISTAT rows (its women not sent)."""
    payload = _fixed_payload(opened)
    v4 = canonical_bytes(version_4_of(payload))
    assert hashlib.sha256(v4).hexdigest() == PINNED_V4
    programme = load_default_programme()
    upgraded = parse_snapshot(v4, programme=programme)
    without_rows = canonical_bytes({**payload, "statutory": []})
    assert upgraded == parse_snapshot(without_rows, programme=programme)
    assert upgraded.schema_version == SCHEMA_VERSION and upgraded.statutory == ()
    assert dict(upgraded.network.members)["terzo_settore"] == 1


def test_a_real_version_3_payload_is_upgraded(opened: OpenStore) -> None:
    """`UPGRADERS[3]` then `UPGRADERS[4]` on the bytes the version-3 exporter produced for this
    store: every figure is the current payload's, no periods and no O.R.A./ISTAT rows."""
    payload = _fixed_payload(opened)
    v3 = canonical_bytes(version_3_of(payload))
    assert hashlib.sha256(v3).hexdigest() == PINNED_V3
    programme = load_default_programme()
    upgraded = parse_snapshot(v3, programme=programme)
    without_rows = canonical_bytes({**payload, "statutory": [], "periods": []})
    assert upgraded == parse_snapshot(without_rows, programme=programme)
    assert upgraded.schema_version == SCHEMA_VERSION
    assert upgraded.periods == () and upgraded.statutory == ()


def test_a_real_version_2_payload_is_upgraded_with_its_figures_unchanged(
    opened: OpenStore,
) -> None:
    """`UPGRADERS[2]`, `[3]` and `[4]` on the bytes the version-2 exporter produced for this
    store: every figure is the current payload's, the new kinds at zero, no periods and no
    O.R.A./ISTAT rows."""
    payload = _fixed_payload(opened)
    v2 = canonical_bytes(version_2_of(payload))
    assert hashlib.sha256(v2).hexdigest() == PINNED_V2
    programme = load_default_programme()
    upgraded = parse_snapshot(v2, programme=programme)
    without_rows = canonical_bytes({**payload, "statutory": [], "periods": []})
    assert upgraded == parse_snapshot(without_rows, programme=programme)
    assert upgraded.schema_version == SCHEMA_VERSION and upgraded.statutory == ()
    assert dict(upgraded.network.members)["terzo_settore"] == 1
    assert all(dict(upgraded.network.members)[kind] == 0 for kind in NEW_IN_3)
    assert upgraded.training[0].sessions == 2


def test_a_real_version_1_payload_is_upgraded(opened: OpenStore) -> None:
    """`UPGRADERS[1]` on the bytes the version-1 exporter produced for this store."""
    _fill(opened)
    v1 = version_1_of(_payload(opened))
    assert hashlib.sha256(v1).hexdigest() == PINNED_V1
    snapshot = parse_snapshot(v1, programme=load_default_programme())
    assert snapshot.schema_version == SCHEMA_VERSION and snapshot.statutory == ()
    assert snapshot.periods == () and snapshot.training == () and snapshot.audit_head is None
    assert snapshot.network.total == 0 and snapshot.network.changes == ()
    assert len(snapshot.cases) > 20
