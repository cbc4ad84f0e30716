"""Helpers for the merge tests: synthetic women in Ambito stores, real exports and imports.

Every woman is invented (Faker with a fixed seed, a synthetic CF, an invented address); her
identity strings are kept so the privacy test can look for them in every decrypted bundle.
Forged bundles (a future schema, another Ambito, a reused number) are built from a real
payload and sealed with the Ambito's registered key, exactly as a faulty or hostile exporter
would make them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from faker import Faker
from sqlalchemy import func, select

from antiviolenza_desktop.domain.payload.snapshot import canonical_bytes
from antiviolenza_desktop.exchange import keys
from antiviolenza_desktop.exchange.bundle_export import export_bundle
from antiviolenza_desktop.exchange.bundle_import import (
    ImportPreview,
    ImportResult,
    import_bundle,
    preview_import,
)
from antiviolenza_desktop.exchange.bundle_io import seal_for_capofila
from antiviolenza_desktop.exchange.snapshot import build_snapshot
from antiviolenza_desktop.services import exchange_records as records
from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.synthetic_people import synthetic_case, synthetic_cf
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import AuditLog, ExchangeSnapshot
from tests.funds_support import TODAY, validate_project, work_project

CREATED = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Woman:
    """A synthetic woman's case id and the identity strings that must never leave the store."""

    case_id: int
    identity: tuple[str, ...]


def _identity(draft: Any) -> tuple[str, ...]:
    born = draft.birth_date
    phone = draft.safe_phone or ""
    return tuple(
        value
        for value in (
            draft.first_name,
            draft.last_name,
            f"{draft.first_name} {draft.last_name}",
            draft.codice_fiscale,
            draft.codice_fiscale.lower(),
            phone,
            phone.replace(" ", ""),
            phone.replace("+39 ", "").replace(" ", ""),
            draft.safe_address,
            born.isoformat(),
            born.strftime("%d/%m/%Y"),
            born.strftime("%Y%m%d"),
        )
        if value
    )


def woman(
    opened: OpenStore, seed: int, *, active: int = 100_000, passive: int = 0, consent: bool = True
) -> Woman:
    """A synthetic woman (the same seed gives the same woman, CF included, in any store) with
    consent to sharing (unless `consent` is False) and a validated work project asking
    `active` (+ `passive`) cents."""
    faker = Faker("it_IT")
    faker.seed_instance(seed)
    draft = synthetic_case(random.Random(seed), faker, ["aida"], TODAY)
    day = draft.referral_date
    town = draft.residence_municipality or "D150"
    draft = replace(
        draft,
        lines_requested=frozenset({"work"}),
        stage="taken_in_charge",
        stage_dates={"contact": day, "reception": day, "taken_in_charge": day},
        consent_sharing=consent,
        codice_fiscale=draft.codice_fiscale
        or synthetic_cf(draft.first_name, draft.last_name, draft.birth_date, town),
        safe_address=f"Via delle Prove {seed}, Cremona",
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = record_case(uow, draft=draft, today=TODAY).case_id
    validate_project(opened, case_id, work_project(active, passive))
    return Woman(case_id, _identity(draft))


def export(opened: OpenStore, created_at: datetime = CREATED) -> bytes:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return export_bundle(uow, created_at=created_at).data


def forged(opened: OpenStore, change: Callable[[dict[str, Any]], None]) -> bytes:
    """A bundle of this Ambito's real payload (next sequence) after `change`, sealed with its
    registered key: authentic, but not what the exporter would have sent."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        payload = build_snapshot(
            uow,
            network_key=keys.network_key(uow),
            sequence=records.take_next_sequence(uow),
            created_at=CREATED,
        )
        change(payload)
        return seal_for_capofila(uow, canonical_bytes(payload))


def preview(capofila: OpenStore, data: bytes) -> ImportPreview:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return preview_import(uow, data)


def merge(capofila: OpenStore, data: bytes) -> ImportResult:
    with UnitOfWork(capofila.store, capofila.actor) as uow:
        return import_bundle(uow, data)


def row_counts(opened: OpenStore) -> dict[str, int]:
    """Rows of the tables an import could touch (snapshots, audit), to prove nothing changed."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return {
            table: int(uow.session.execute(select(func.count()).select_from(model)).scalar_one())
            for table, model in (("exchange_snapshots", ExchangeSnapshot), ("audit_log", AuditLog))
        }
