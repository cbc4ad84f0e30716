"""Synthetic women for the erasure tests: one whose identity is a unique marker, others plain."""

from __future__ import annotations

import random
from contextlib import closing
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from faker import Faker

from antiviolenza_desktop.services.intake import load_case, record_case, update_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.synthetic_people import synthetic_case, synthetic_cf
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.encrypted_store import EncryptedStore
from tests.funds_support import TODAY, validate_project, work_project

CASE_TABLES = (
    "cases",
    "case_children",
    "case_stage_dates",
    "assessments",
    "project_revisions",
    "project_events",
    "ledger_entries",
    "store_meta",
)
MARKER = "Zqxmarker"
MARKER_PHONE = "+39 398 7654321"


def case_tables(store: EncryptedStore, *extra: str) -> dict[str, list[Any]]:
    """Every row of the tables an erasure touches (and of `extra` ones), for unchanged-checks."""
    with closing(store.raw_connection()) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()  # noqa: S608
            for table in (*CASE_TABLES, *extra)
        }


def marker_cf(born: date) -> str:
    return synthetic_cf(MARKER, MARKER + "ova", born, "D150")


def marked_case(opened: OpenStore, *, with_project: bool = True) -> tuple[int, str]:
    """A woman named after the marker, with CF, phone and address holding it, a validated
    project whose goal names her (so the ledger has her commitments). Returns (id, CF)."""
    faker = Faker("it_IT")
    faker.seed_instance(99)
    draft = synthetic_case(random.Random(99), faker, ["aida"], TODAY)
    born = date(1985, 3, 14)
    cf = marker_cf(born)
    day = draft.referral_date
    draft = replace(
        draft,
        first_name=MARKER,
        last_name=MARKER + "ova",
        codice_fiscale=cf,
        birth_date=born,
        safe_phone=MARKER_PHONE,
        safe_address=f"Via {MARKER} 7, Cremona",
        lines_requested=frozenset({"work"}),
        stage="taken_in_charge",
        stage_dates={"contact": day, "reception": day, "taken_in_charge": day},
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        case_id = record_case(uow, draft=draft, today=TODAY).case_id
    if with_project:
        project = work_project(150_000)
        validate_project(opened, case_id, replace(project, goals=(f"Lavoro per {MARKER}",)))
    return case_id, cf


def plain_case(opened: OpenStore, seed: int, *, closed_years_ago: int | None = None) -> int:
    """Another synthetic woman; concluded `closed_years_ago` years ago when given."""
    faker = Faker("it_IT")
    faker.seed_instance(seed)
    draft = synthetic_case(random.Random(seed), faker, ["aida"], TODAY)
    if closed_years_ago is None:
        day = draft.referral_date
        stages = {"contact": day, "reception": day, "taken_in_charge": day}
        draft = replace(draft, stage="taken_in_charge", stage_dates=stages)
    else:
        end = TODAY - timedelta(days=365 * closed_years_ago + 2)
        day = end - timedelta(days=200)
        stages = {"contact": day, "reception": day, "taken_in_charge": day, "concluded": end}
        draft = replace(draft, referral_date=day, stage="concluded", stage_dates=stages)
    with UnitOfWork(opened.store, opened.actor) as uow:
        return record_case(uow, draft=draft, today=TODAY).case_id


def conclude(opened: OpenStore, case_id: int, on: date) -> None:
    """Move her path to «concluded» on `on` (through the referral form's service)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        draft = load_case(uow, case_id=case_id).draft
        dates = {**draft.stage_dates, "concluded": on}
        update_case(
            uow,
            case_id=case_id,
            draft=replace(draft, stage="concluded", stage_dates=dates),
            today=TODAY,
        )
