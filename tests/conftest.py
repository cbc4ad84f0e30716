"""Shared fixtures: real encrypted stores in temporary folders, synthetic people only.

Stores are made at the KDF floor (m = 64 MiB, t = 3): the production calibration is measured
in the benchmark, and the tests stay fast. `opened` is a copy of one store made per session,
and each key is derived once per session (`tests.store_template` says why that is safe).
"""

from __future__ import annotations

import os
import random
from dataclasses import replace
from datetime import date

# GUI tests run without a display (CI has none); set before Qt is imported anywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from faker import Faker
from hypothesis import settings
from sqlalchemy.orm import Session

from antiviolenza_desktop.services.intake import record_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.store import kdf
from antiviolenza_desktop.store.creation import NewStore, StoreIdentity, create_store
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.store.schema import User
from antiviolenza_desktop.store.unlock import open_with_password
from antiviolenza_desktop.ui.background import BackgroundRunner
from tests.store_template import begin_test, copy_of, end_test, new_store, remembered_derive
from tests.support import LOGIN, OTHER_PASSWORD, PASSWORD, sha256_of

__all__ = ["LOGIN", "OTHER_PASSWORD", "PASSWORD", "sha256_of"]

# Property tests draw the same examples on every run, so `make test` (and CI) pass or fail for
# the code, not for the luck of the draw; `HYPOTHESIS_PROFILE=explore make test` searches anew.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="session", autouse=True)
def _keys_derived_once() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kdf, "derive", remembered_derive)
        yield


@pytest.fixture(autouse=True)
def _new_stores_are_copies(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("real_stores"):
        yield
        return
    begin_test()
    yield
    end_test()


def add_coordinator(session: Session) -> None:
    session.add(
        User(
            login=LOGIN,
            display_name="Coordinatrice Prova",
            role="coordinator",
            created_at="2026-11-25T09:00:00+00:00",
            active=True,
        )
    )


def _create_bare(database: Path) -> str:
    """A store made by `create_store` with its coordinator only, closed: its recovery key."""
    created = create_store(
        database,
        identity=StoreIdentity(name="Archivio di prova", ambito="cremonese", role="coordinator"),
        user=LOGIN,
        password=PASSWORD,
        params=FLOOR_PARAMS,
        populate=add_coordinator,
    )
    created.store.close()
    return created.recovery_key


@pytest.fixture
def store_factory(tmp_path: Path) -> Iterator[Callable[..., NewStore]]:
    """A new store made by `create_store` (a copy: see tests.store_template), open, at
    tmp_path/<name>; closed by the test or at teardown."""
    made: list[NewStore] = []

    def factory(name: str = "archivio.avdb") -> NewStore:
        database, recovery_key = copy_of(tmp_path / name, ("created", name), _create_bare)
        store = open_with_password(database, user=LOGIN, password=PASSWORD)
        made.append(NewStore(store, recovery_key))
        return made[-1]

    yield factory
    for created in made:
        if created.store.is_open:
            created.store.close()


@pytest.fixture
def closed_store(store_factory: Callable[..., NewStore]) -> tuple[Path, str]:
    """A store that exists on disk and is closed: (database path, recovery key)."""
    created = store_factory()
    created.store.close()
    return created.store.database, created.recovery_key


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[OpenStore]:
    """A new store (made by `initialise_store`) unlocked for its coordinator, unaudited."""
    store = open_with_password(new_store(tmp_path), user=LOGIN, password=PASSWORD)
    session = OpenStore(store, actor_for(store, LOGIN))
    yield session
    if session.store.is_open:
        session.store.close()


@pytest.fixture
def case_id(opened: OpenStore) -> int:
    """One synthetic woman, taken in charge, who asked for the work line."""
    faker = Faker("it_IT")
    faker.seed_instance(3)
    draft = synthetic_case(random.Random(3), faker, ["aida"], date.today())
    day = draft.referral_date
    stages = {"contact": day, "reception": day, "taken_in_charge": day}
    draft = replace(
        draft, lines_requested=frozenset({"work"}), stage="taken_in_charge", stage_dates=stages
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        return record_case(uow, draft=draft, today=date.today()).case_id


@pytest.fixture
def runner() -> Iterator[BackgroundRunner]:
    """The GUI's background runner; waits for its job so no thread outlives the test."""
    background = BackgroundRunner()
    yield background
    background.wait(10_000)
