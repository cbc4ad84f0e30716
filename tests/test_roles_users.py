"""A role must fit the store, a CAV worker needs a known CAV, and the last-coordinator rules
hold with the new roles; each refusal leaves the store and its slot file as they were."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from antiviolenza_desktop.domain.access.permissions import (
    CavMissing,
    CavNotForRole,
    CavUnknown,
    RoleNotForStore,
    RoleUnknown,
    check_role_for_store,
)
from antiviolenza_desktop.domain.access.users import LastCoordinator
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.operations.accounts import change_role
from antiviolenza_desktop.services.credentials import add_user
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from tests.conftest import LOGIN
from tests.exchange_stores import make_store
from tests.roles_support import COLLEAGUE_PASSWORD, colleague, whole_store

CAV = ("aida", "mia", "donne_contro_la_violenza")


@pytest.mark.parametrize(
    ("role", "cav", "store", "error"),
    [
        ("amministratrice", None, "cremonese", RoleUnknown),
        ("provincia", None, "cremonese", RoleNotForStore),
        ("cav", "aida", "capofila", RoleNotForStore),
        ("cav", "aida", "regione", RoleNotForStore),
        ("cav", None, "cremonese", CavMissing),
        ("cav", "  ", "cremonese", CavMissing),
        ("cav", "telefono_rosa", "cremonese", CavUnknown),
        ("operator", "aida", "cremonese", CavNotForRole),
    ],
)
def test_a_role_that_does_not_fit_is_refused(
    role: str, cav: str | None, store: str, error: type[AppError]
) -> None:
    with pytest.raises(error) as refused:
        check_role_for_store(role, cav, store_code=store, cav_codes=CAV)
    assert refused.value.field in ("role", "cav")


def test_the_roles_each_store_gives() -> None:
    fits = [
        ("cav", " MIA ", "cremonese", ("cav", "mia")),
        ("provincia", None, "capofila", ("provincia", None)),
        ("operator", None, "regione", ("operator", None)),
        ("coordinator", None, "capofila", ("coordinator", None)),
    ]
    for role, cav, store, expected in fits:
        assert check_role_for_store(role, cav, store_code=store, cav_codes=CAV) == expected


@pytest.mark.parametrize(
    ("role", "cav", "error"),
    [("provincia", None, RoleNotForStore), ("cav", None, CavMissing), ("cav", "xx", CavUnknown)],
)
def test_adding_a_colleague_with_a_role_that_does_not_fit_writes_nothing(
    opened: OpenStore, role: str, cav: str | None, error: type[AppError]
) -> None:
    before = whole_store(opened), opened.store.slot_file
    with pytest.raises(error):
        add_user(
            opened,
            login="nuova",
            display_name="Nuova Collega",
            role=role,
            password=COLLEAGUE_PASSWORD,
            cav=cav,
        )
    assert (whole_store(opened), opened.store.slot_file) == before
    assert opened.store.slot_file.password_slot("nuova") is None


def test_the_capofila_gives_the_provincia_role(tmp_path: Path) -> None:
    capofila = make_store(tmp_path, "capofila")
    try:
        provincia = colleague(capofila, "provincia.cr", "provincia")
        assert provincia.actor.role == "provincia"
    finally:
        capofila.store.close()


def test_a_colleague_becomes_a_cav_worker_and_changes_cav(opened: OpenStore) -> None:
    colleague(opened, "equipe.due", "operator")
    assert change_role(opened, "equipe.due", "cav", "aida").cav == "aida"
    assert change_role(opened, "equipe.due", "cav", "mia").cav == "mia"
    back = change_role(opened, "equipe.due", "operator")
    assert (back.role, back.cav) == ("operator", None)
    before = whole_store(opened)
    with pytest.raises(CavMissing):
        change_role(opened, "equipe.due", "cav")
    with pytest.raises(LastCoordinator):
        change_role(opened, LOGIN, "cav", "aida")
    assert whole_store(opened) == before


def test_the_store_itself_refuses_a_cav_worker_without_a_cav(opened: OpenStore) -> None:
    with closing(opened.store.raw_connection()) as connection:
        for row in (("x.cav", "cav", None), ("x.op", "operator", "aida")):
            with pytest.raises(dbapi2.IntegrityError, match=r"users\.cav is set exactly"):
                connection.execute(
                    "INSERT INTO users (login, display_name, role, created_at, active, cav) "
                    "VALUES (?, 'X', ?, '2026-12-05', 1, ?)",
                    (row[0], row[1], row[2]),
                )
