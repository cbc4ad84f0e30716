"""The demo store: synthetic women only, with a password everyone may know.

It is created at the floor KDF cost (it protects nothing real), filled through the same
`record_case` service a worker uses (so every demo case passed validation and is audited), and
reopened on later runs. Some of the women then get validated projects and payments
(`demo_funds`), so the fund dashboard shows real figures, and the network and training
registers get organisations and sessions (`demo_network`), so line 1's network growth has a
baseline and a figure.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from antiviolenza_desktop.domain.access.users import ROLE_OPERATOR
from antiviolenza_desktop.services.credentials import add_user
from antiviolenza_desktop.services.demo_funds import add_fund_activity
from antiviolenza_desktop.services.demo_network import add_network_activity
from antiviolenza_desktop.services.intake import PossibleDuplicate, record_case
from antiviolenza_desktop.services.paths import demo_store_path
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.store_lifecycle import OpenStore, initialise_store, unlock
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.synthetic_statutory import with_synthetic_services
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS

DEMO_LOGIN = "demo"
DEMO_PASSWORD = "prova-dimostrativa-senza-dati-reali"  # noqa: S105 - public by design
DEMO_NAME = "Archivio dimostrativo (dati sintetici)"
DEMO_AMBITO = "cremonese"
DEMO_CASES = 60
DEMO_COLLEAGUE = "demo.equipe"
"""A second équipe member of the demo (same public password): projects need two signers."""


def open_or_create_demo(path: str | Path | None = None) -> tuple[OpenStore, bool]:
    """Open the demo store, creating it first if needed; say whether it was created."""
    database = Path(path) if path else demo_store_path()
    if database.exists():
        return unlock(database, login=DEMO_LOGIN, password=DEMO_PASSWORD), False
    created = initialise_store(
        database,
        store_name=DEMO_NAME,
        ambito=DEMO_AMBITO,
        login=DEMO_LOGIN,
        display_name="Operatrice Esempio",
        password=DEMO_PASSWORD,
        params=FLOOR_PARAMS,
    )
    opened = OpenStore(created.store, actor_for(created.store, DEMO_LOGIN))
    try:
        add_user(
            opened,
            login=DEMO_COLLEAGUE,
            display_name="Assistente Esempio",
            role=ROLE_OPERATOR,
            password=DEMO_PASSWORD,
        )
        fill_with_synthetic_cases(opened, DEMO_CASES)
        signers = ((DEMO_LOGIN, DEMO_PASSWORD), (DEMO_COLLEAGUE, DEMO_PASSWORD))
        add_fund_activity(opened, today=date.today(), signers=signers)
        add_network_activity(opened, today=date.today())
    except BaseException:
        opened.store.close()
        raise
    return opened, True


def fill_with_synthetic_cases(opened: OpenStore, count: int, seed: int = 6947) -> int:
    """Record `count` synthetic referrals in one transaction; return how many were saved."""
    programme = load_default_programme()
    cav_codes = [cav.code for cav in programme.cav]
    rng = random.Random(seed)
    # Imported here: Faker takes a fifth of a second to load, and every CLI command would pay
    # it (the demo command's module is imported with the others).
    from faker import Faker

    faker = Faker("it_IT")
    faker.seed_instance(seed)
    today = date.today()
    saved = 0
    with UnitOfWork(opened.store, opened.actor) as uow:
        for _ in range(count):
            draft = with_synthetic_services(synthetic_case(rng, faker, cav_codes, today), today)
            try:
                record_case(uow, draft=draft, today=today)
            except PossibleDuplicate:
                continue
            saved += 1
    return saved


def ensure_demo_store(path: str | Path | None = None) -> Path:
    """Make sure the demo store exists (creating and filling it), and leave it locked."""
    opened, _created = open_or_create_demo(path)
    database = opened.store.database
    opened.store.close()
    return database
