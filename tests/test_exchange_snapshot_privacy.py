"""Privacy of the export: snapshots of stores full of synthetic women hold none of their first
names, surnames, codici fiscali, phones, addresses, birth dates or case codes, nor the free
text of the ledger, the hours register and the expenses (payees, notes, people), nor the
topics of training sessions and the names of the network's organisations (schema version 2),
whether or not the women consented to sharing.
"""

from __future__ import annotations

import random
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime

from faker import Faker

from antiviolenza_desktop.domain.case.intake import CaseDraft
from antiviolenza_desktop.domain.funds.network_training import MemberEntry, TrainingEntry
from antiviolenza_desktop.domain.payload.snapshot import canonical_bytes
from antiviolenza_desktop.exchange.snapshot import build_snapshot
from antiviolenza_desktop.services import ledger, network_members, training
from antiviolenza_desktop.services.intake import load_case, record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import ActionExpense, CofinancingHours
from tests.funds_support import TODAY, validate_project, work_project

NETWORK_KEY = b"\x07" * 32
WOMEN = 24


def _record_women(opened: OpenStore) -> list[tuple[int, CaseDraft]]:
    faker = Faker("it_IT")
    faker.seed_instance(604)
    rng = random.Random(604)
    saved = []
    for index in range(WOMEN):
        draft = synthetic_case(rng, faker, ["aida", "mia"], TODAY)
        day = draft.referral_date
        draft = replace(
            draft,
            safe_address=faker.street_address(),
            lines_requested=frozenset({"work"}),
            stage="taken_in_charge",
            stage_dates={"contact": day, "reception": day, "taken_in_charge": day},
            consent_sharing=index % 3 != 0,
        )
        with UnitOfWork(opened.store, opened.actor) as uow:
            saved.append((record_case(uow, draft=draft, today=TODAY).case_id, draft))
    return saved


def _money_with_her_name(opened: OpenStore, case_id: int, draft: CaseDraft) -> None:
    """A validated project and a payment whose payee and note name her. The services and the
    bulk import refuse her name, so the row is written straight into the table, as a ledger
    row from before those checks would be: none of it may travel."""
    validate_project(opened, case_id, work_project(120_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        commitment = ledger.entries_of_case(uow, case_id)[0]
        seq = ledger.last_seq(uow) + 1
    row = (
        seq,
        case_id,
        commitment.case_code,
        commitment.fund,
        "disbursement",
        20_000,
        TODAY.isoformat(),
        commitment.seq,
        f"{draft.first_name} {draft.last_name}",
        f"Ricevuta {draft.last_name}",
        f"Pagato a {draft.first_name} in via {draft.safe_address}",
        TODAY.isoformat(),
    )
    with closing(opened.store.raw_connection()) as connection:
        connection.execute(
            "INSERT INTO ledger_entries (seq, case_id, case_code, fund, kind, amount, on_date, "
            "commitment_seq, payee, document_ref, note, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row,
        )
        connection.commit()


def _registers_with_names(opened: OpenStore, faker: Faker) -> list[str]:
    person, payee = faker.name(), faker.company()
    with UnitOfWork(opened.store, opened.actor) as uow:
        uow.session.add(
            CofinancingHours(
                action_code="3.1",
                month="2026-02",
                minutes=90,
                hourly_cost=3000,
                value=4500,
                body="Comune di Cremona",
                person=person,
                note="Riunione riservata Zqxnota",
                created_at="2026-03-01T09:00:00+00:00",
            )
        )
        uow.session.add(
            ActionExpense(
                action_code="3.4",
                on_date="2026-02-10",
                amount=65_973,
                payee=payee,
                document_ref="Fattura Zqxdoc",
                description="Docenza Zqxdescr",
                created_at="2026-03-01T09:00:00+00:00",
            )
        )
    return [person, payee, "Zqxnota", "Zqxdoc", "Zqxdescr", "Comune di Cremona"]


def _training_and_network(opened: OpenStore, faker: Faker) -> list[str]:
    """A session whose topic names a trainer, and organisations with their names."""
    trainer = faker.name()
    organisations = [faker.company() for _ in range(3)]
    with UnitOfWork(opened.store, opened.actor) as uow:
        training.record_training(
            uow,
            entry=TrainingEntry(TODAY, f"Zqxtopic con {trainer}", 120, {"cav": 3}),
            today=TODAY,
        )
        for name, kind in zip(organisations, ("cav", "sanita", "altro"), strict=True):
            network_members.add_member(
                uow, entry=MemberEntry(f"{name} Zqxorg", kind, TODAY), today=TODAY
            )
    return [trainer, "Zqxtopic", "Zqxorg", *organisations]


def _needles(opened: OpenStore, women: list[tuple[int, CaseDraft]]) -> list[str]:
    needles = []
    with UnitOfWork(opened.store, opened.actor) as uow:
        for case_id, draft in women:
            view = load_case(uow, case_id=case_id)
            born = draft.birth_date
            assert born is not None
            needles += [draft.first_name, draft.last_name, view.code, draft.safe_address or ""]
            needles += [born.isoformat(), born.strftime("%d/%m/%Y"), born.strftime("%Y%m%d")]
            if draft.codice_fiscale:
                needles += [draft.codice_fiscale, draft.codice_fiscale.lower()]
            if draft.safe_phone:
                needles += [draft.safe_phone, "".join(draft.safe_phone.split()).lstrip("+")]
    return [n for n in needles if n]


def test_no_identity_or_free_text_in_any_snapshot(opened: OpenStore) -> None:
    women = _record_women(opened)
    for case_id, draft in women[:6]:
        _money_with_her_name(opened, case_id, draft)
    faker = Faker("it_IT")
    faker.seed_instance(605)
    needles = _needles(opened, women) + _registers_with_names(opened, faker)
    needles += _training_and_network(opened, faker)
    bundles = []
    for sequence in (1, 2):
        with UnitOfWork(opened.store, opened.actor) as uow:
            payload = build_snapshot(
                uow,
                network_key=NETWORK_KEY,
                sequence=sequence,
                created_at=datetime(2026, 3, 2, 10, tzinfo=UTC),
            )
        bundles.append(canonical_bytes(payload))
        assert len(payload["cases"]) == sum(1 for _, d in women if d.consent_sharing)
        assert payload["network"]["members"]["sanita"] == 1 and payload["training"]
    for data in bundles:
        text = data.decode("utf-8")
        for needle in needles:
            for variant in {needle, needle.upper()}:
                assert variant not in text, f"trovato un dato identificativo ({len(variant)} car.)"
