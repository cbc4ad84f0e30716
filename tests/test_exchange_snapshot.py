"""The Ambito's export from a real encrypted store: records, money net of reversals, hours and
expenses, unshared cases, stable pseudonyms across exports and Ambiti, and the exporter's own
refusals (BU-14). Synthetic women only.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from faker import Faker

from antiviolenza_desktop.domain.exchange.pseudonyms import woman_pseudonym
from antiviolenza_desktop.domain.payload.schema import PRIORITY_FLAGS, parse_snapshot
from antiviolenza_desktop.domain.payload.snapshot import SCHEMA_VERSION, canonical_bytes
from antiviolenza_desktop.exchange import snapshot as exporter
from antiviolenza_desktop.exchange.snapshot import ExportRefused, build_snapshot
from antiviolenza_desktop.services import ledger, ledger_writes
from antiviolenza_desktop.services.intake import load_case, record_case
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.synthetic_people import synthetic_case, synthetic_cf
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.store.schema import ActionExpense, CofinancingHours
from antiviolenza_desktop.store.unlock import open_with_password
from tests.funds_support import TODAY, validate_project, work_project
from tests.store_template import new_store
from tests.support import LOGIN, PASSWORD

NETWORK_KEY = bytes(range(32))
CREATED = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
PROGRAMME = load_default_programme()


def woman(opened: OpenStore, seed: int, *, consent: bool = True, cf: str | None = "keep") -> int:
    """A synthetic woman taken in charge on the work line."""
    faker = Faker("it_IT")
    faker.seed_instance(seed)
    draft = synthetic_case(random.Random(seed), faker, ["aida"], TODAY)
    day = draft.referral_date
    draft = replace(
        draft,
        lines_requested=frozenset({"work"}),
        stage="taken_in_charge",
        stage_dates={"contact": day, "reception": day, "taken_in_charge": day},
        consent_sharing=consent,
        codice_fiscale=_cf_of(draft) if cf == "keep" else cf,
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        return record_case(uow, draft=draft, today=TODAY).case_id


def _cf_of(draft: Any) -> str:
    """Her synthetic CF, made when the generator gave her none (one in eight)."""
    town = draft.residence_municipality or "D150"
    return draft.codice_fiscale or synthetic_cf(
        draft.first_name, draft.last_name, draft.birth_date, town
    )


def export(opened: OpenStore, sequence: int = 1) -> dict[str, Any]:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return build_snapshot(uow, network_key=NETWORK_KEY, sequence=sequence, created_at=CREATED)


def pay(opened: OpenStore, case_id: int, fund: str, amount: int) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        commitment = next(
            e
            for e in ledger.entries_of_case(uow, case_id)
            if e.fund == fund and e.kind == "commitment"
        )
        ledger_writes.record_disbursement(
            uow,
            commitment_seq=commitment.seq,
            amount=amount,
            on=TODAY,
            payee="Ente Prova",
            document_ref="FT 1",
        )


def hours(opened: OpenStore) -> None:
    """Co-financing hours and action expenses, each with one row reversed."""
    stamp = "2026-03-01T09:00:00+00:00"
    with UnitOfWork(opened.store, opened.actor) as uow:
        common = {"body": "Comune di Cremona", "person": "Impiegata Prova", "created_at": stamp}
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
                    action_code="4.2",
                    month="2026-01",
                    minutes=90,
                    hourly_cost=2000,
                    value=3000,
                    **common,
                ),
                CofinancingHours(
                    id=4,
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
        expense = {"payee": "Formatrice Prova", "description": "Corso", "created_at": stamp}
        uow.session.add_all(
            [
                ActionExpense(
                    id=1, action_code="3.4", on_date="2026-02-10", amount=65_973, **expense
                ),
                ActionExpense(
                    id=2, action_code="3.4", on_date="2026-02-11", amount=1_000, **expense
                ),
                ActionExpense(
                    id=3,
                    action_code="3.4",
                    on_date="2026-02-12",
                    amount=1_000,
                    reverses_id=2,
                    **expense,
                ),
            ]
        )


def test_snapshot_of_a_real_store(opened: OpenStore) -> None:
    shared = woman(opened, 11)
    hidden = woman(opened, 12, consent=False)
    woman(opened, 13, cf=None)
    validate_project(opened, shared, work_project(150_000, passive=50_000))
    validate_project(opened, hidden, work_project(100_000))
    pay(opened, shared, "active_policies", 40_000)
    hours(opened)

    payload = export(opened, sequence=7)

    assert (payload["schema_version"], payload["ambito"], payload["sequence"]) == (
        SCHEMA_VERSION,
        "cremonese",
        7,
    )
    assert payload["created_at"] == "2026-03-02T10:30:00Z"
    assert payload["programme_id"] == PROGRAMME.id
    assert len(payload["cases"]) == 2
    record = next(r for r in payload["cases"] if r["project"])
    assert record["funds"]["active_policies"] == {"committed": 150_000, "disbursed": 40_000}
    assert record["funds"]["passive_policies"] == {"committed": 50_000, "disbursed": 0}
    project = record["project"]
    assert (project["status"], project["lines"], project["revision"]) == ("validated", ["work"], 1)
    assert project["validated_month"] == TODAY.strftime("%Y-%m")
    assert [(i["fund"], i["kind"], i["planned"]) for i in project["interventions"]] == [
        ("active_policies", "extracurricular_traineeship", 150_000),
        ("passive_policies", "transport_refund", 50_000),
    ]
    assert record["stage"] == "taken_in_charge"
    assert set(record["priority"]) <= set(PRIORITY_FLAGS)
    assert payload["unshared"]["women"] == 1
    assert payload["unshared"]["lines"] == {"work": 1, "housing": 0}
    assert payload["unshared"]["funds"]["active_policies"] == {"committed": 100_000, "disbursed": 0}
    assert payload["cofinancing"] == [
        {"action": "3.1", "month": "2026-02", "minutes": 120, "value": 6000},
        {"action": "4.2", "month": "2026-01", "minutes": 90, "value": 3000},
    ]
    assert payload["action_expenses"] == [{"action": "3.4", "month": "2026-02", "amount": 65_973}]
    totals = payload["totals"]
    assert totals["women"] == 3
    assert totals["lines"] == {"work": 2, "housing": 0}
    assert totals["funds"]["active_policies"] == {"committed": 250_000, "disbursed": 40_000}
    assert totals["actions"]["3.2-attive"] == {"a": 40_000, "b": 0}
    assert totals["actions"]["3.4"] == {"a": 65_973, "b": 0}
    assert totals["actions"]["3.1"] == {"a": 0, "b": 6000}
    parsed = parse_snapshot(canonical_bytes(payload), programme=PROGRAMME)
    assert parsed.totals.funds[0][1].committed == 250_000


def test_exports_are_stable_and_the_same_woman_has_the_same_pseudonym_in_every_ambito(
    opened: OpenStore, tmp_path: Path
) -> None:
    case_id = woman(opened, 21)
    woman(opened, 22, cf=None)
    first, second = export(opened, 1), export(opened, 2)
    assert first["cases"] == second["cases"]
    assert canonical_bytes(first) != canonical_bytes(second)

    other = _store(tmp_path / "crema" / "archivio.avdb", "cremasco")
    try:
        woman(other, 21)
        woman(other, 22, cf=None)
        theirs = export(other)
    finally:
        other.store.close()
    with UnitOfWork(opened.store, opened.actor) as uow:
        cf = load_case(uow, case_id=case_id).draft.codice_fiscale
    assert cf
    ours_by_pseudonym = {r["pseudonym"]: r for r in first["cases"]}
    theirs_by_pseudonym = {r["pseudonym"]: r for r in theirs["cases"]}
    common = ours_by_pseudonym.keys() & theirs_by_pseudonym.keys()
    assert common == {woman_pseudonym(NETWORK_KEY, cf)}
    (same,) = common
    assert ours_by_pseudonym[same]["record"] != theirs_by_pseudonym[same]["record"]


def _store(path: Path, ambito: str) -> OpenStore:
    database = new_store(path.parent, file_name=path.name, ambito=ambito)
    store = open_with_password(database, user=LOGIN, password=PASSWORD)
    return OpenStore(store, actor_for(store, LOGIN))


def test_the_exporter_refuses_a_field_outside_the_allow_list(
    opened: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    woman(opened, 31)
    plain = exporter.to_payload

    def leaky(snapshot: Any) -> dict[str, Any]:
        payload = plain(snapshot)
        payload["cases"][0]["first_name"] = "Maria"
        return payload

    monkeypatch.setattr(exporter, "to_payload", leaky)
    with pytest.raises(ExportRefused) as caught:
        export(opened)
    assert caught.value.field == "cases[0].first_name"
    assert "identificativi" in caught.value.message
    assert "nessun pacchetto" in caught.value.message


def test_the_exporter_refuses_identity_smuggled_into_a_code(
    opened: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    woman(opened, 32)
    plain = exporter.to_payload

    def leaky(snapshot: Any) -> dict[str, Any]:
        payload = plain(snapshot)
        payload["cases"][0]["cav"] = "RSSMRA85M41D150X"
        return payload

    monkeypatch.setattr(exporter, "to_payload", leaky)
    with pytest.raises(ExportRefused) as caught:
        export(opened)
    assert caught.value.field == "cases[0].cav"


def test_the_capofila_store_and_bad_arguments_are_refused(
    opened: OpenStore, tmp_path: Path
) -> None:
    capofila = _store(tmp_path / "capofila" / "archivio.avdb", "capofila")
    try:
        with pytest.raises(ExportRefused, match="capofila"):
            export(capofila)
    finally:
        capofila.store.close()
    with pytest.raises(ExportRefused, match="progressivo"):
        export(opened, sequence=0)
    with UnitOfWork(opened.store, opened.actor) as uow, pytest.raises(ExportRefused):
        build_snapshot(uow, network_key=NETWORK_KEY, sequence=1, created_at=datetime(2026, 3, 2))


def test_age_band_at_referral(opened: OpenStore) -> None:
    faker = Faker("it_IT")
    faker.seed_instance(41)
    draft = synthetic_case(random.Random(41), faker, ["aida"], TODAY)
    referral = date(2026, 1, 15)
    draft = replace(
        draft,
        referral_date=referral,
        birth_date=date(1996, 1, 16),
        codice_fiscale=None,
        consent_date=referral,
        consent_sharing=True,
        stage="contact",
        stage_dates={"contact": referral},
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        record_case(uow, draft=draft, today=TODAY)
    (record,) = export(opened)["cases"]
    assert record["age_band"] == "18_29"
    assert (record["referral_month"], record["stage_months"]) == ("2026-01", {"contact": "2026-01"})
