"""The payload's canonical bytes of a fixed store, pinned: schema version 1 means the same
store always gives the same bytes, whatever the exporter does inside to get there (an
optimisation of reading, building or checking may not change a single byte). The store is
made of fixed synthetic rows with a fixed store id, so the hash depends on nothing else.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

from benchmarks.funds import LOGIN, case_rows, ledger_tuples, synthetic_ledger
from sqlalchemy import update

from antiviolenza_desktop.domain.project import (
    ActiveIntervention,
    PassiveSupport,
    ProjectDraft,
    WorkPath,
)
from antiviolenza_desktop.domain.project_draft import HousingCost, PrivateLease, TemporaryHousing
from antiviolenza_desktop.domain.project_revisions import Closure, MonitoringUpdate, Outcome
from antiviolenza_desktop.exchange.snapshot import build_snapshot, canonical_bytes
from antiviolenza_desktop.services.documents import to_document
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.bulk import bulk_insert
from antiviolenza_desktop.store.schema import (
    ActionExpense,
    Case,
    CofinancingHours,
    LedgerRecord,
    ProjectEventRecord,
    ProjectRevisionRecord,
    StoreMeta,
)

CASES = 40
DAY = date(2026, 10, 1)
STAMP = "2026-10-01T09:00:00+00:00"
PINNED = "767b2d6fb2a6823f9803a3320b91a202feaf614a94f9295b4f128e5269c69b93"


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
        approvers=("Assistente Prova", "Operatrice Prova"),
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
        bulk_insert(connection, Case.__table__, case_rows(CASES))
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


def test_the_same_store_gives_the_same_bytes(opened: OpenStore) -> None:
    _fill(opened)
    with UnitOfWork(opened.store, opened.actor) as uow:
        payload = build_snapshot(
            uow,
            network_key=bytes(range(32)),
            sequence=3,
            created_at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        )
    content = canonical_bytes(payload)
    assert len(payload["cases"]) > 20 and payload["unshared"]["women"] > 0
    assert any(r["project"] and r["project"]["outcomes"] for r in payload["cases"])
    assert hashlib.sha256(content).hexdigest() == PINNED
