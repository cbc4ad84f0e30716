"""Helpers of the role tests: colleagues of each role on a real store, cases of two CAV, and a
dump of the whole store to prove that a refusal changed nothing."""

from __future__ import annotations

import random
from contextlib import closing
from dataclasses import replace
from datetime import date, timedelta

from faker import Faker

from antiviolenza_desktop.domain.access.permissions import ROLE_CAV
from antiviolenza_desktop.services.credentials import add_user
from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for

TODAY = date.today()
COLLEAGUE_PASSWORD = "Rondine-Faro-Quercia-2026"


def colleague(opened: OpenStore, login: str, role: str, cav: str | None = None) -> OpenStore:
    """Add a colleague through the coordinator's service; the store as she unlocks it."""
    add_user(
        opened,
        login=login,
        display_name=f"Collega {login}",
        role=role,
        password=COLLEAGUE_PASSWORD,
        cav=cav,
    )
    return OpenStore(opened.store, actor_for(opened.store, login))


def cav_worker(opened: OpenStore, cav: str = "aida") -> OpenStore:
    return colleague(opened, f"cav.{cav}", ROLE_CAV, cav)


def case_of(opened: OpenStore, cav: str, seed: int, *, waiting_weeks: int = 0) -> int:
    """A synthetic woman referred by `cav` on the work line: taken in charge, or (with
    `waiting_weeks`) received that many weeks ago and still waiting, a «Da fare» task."""
    faker = Faker("it_IT")
    faker.seed_instance(seed)
    day = TODAY - timedelta(weeks=waiting_weeks)
    draft = synthetic_case(random.Random(seed), faker, [cav], day)
    stages = {"contact": day, "reception": day, "taken_in_charge": day}
    stage = "taken_in_charge"
    if waiting_weeks:
        stage, stages = "reception", {"contact": day, "reception": day}
    draft = replace(
        draft,
        referral_date=day,
        lines_requested=frozenset({"work"}),
        stage=stage,
        stage_dates=stages,
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        return record_case(uow, draft=draft, today=TODAY).case_id


def whole_store(opened: OpenStore) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: equal before and after, nothing was written."""
    with closing(opened.store.raw_connection()) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            # table names come from sqlite_master, not from input
            table: connection.execute(f'SELECT * FROM "{table}"').fetchall()  # noqa: S608
            for table in tables
        }
