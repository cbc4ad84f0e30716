"""Listing the store's users, changing a role, reading the audit log: operations without Qt."""

from __future__ import annotations

import pytest

from antiviolenza_desktop.domain.errors import AppError, PermissionDenied
from antiviolenza_desktop.operations.accounts import accounts, change_role
from antiviolenza_desktop.operations.audit_log import audit_page
from antiviolenza_desktop.services.audit_query import AuditFilter
from antiviolenza_desktop.services.credentials import add_user
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import Actor
from tests.support import LOGIN, OTHER_PASSWORD


def _roles(opened: OpenStore) -> dict[str, str]:
    return {user.login: user.role for user in accounts(opened)}


def test_a_coordinator_lists_the_users_and_changes_a_role(opened) -> None:  # type: ignore[no-untyped-def]
    add_user(
        opened,
        login="giulia",
        display_name="Giulia Prova",
        role="operator",
        password=OTHER_PASSWORD,
    )
    assert _roles(opened) == {"giulia": "operator", LOGIN: "coordinator"}
    changed = change_role(opened, "giulia", "coordinator")
    assert changed.role == "coordinator"
    assert _roles(opened)["giulia"] == "coordinator"


@pytest.mark.parametrize(
    ("login", "role"),
    [
        (LOGIN, "operator"),  # never herself
        ("nessuna", "operator"),  # unknown login
        ("giulia", "capo"),  # unknown role
    ],
)
def test_a_refused_role_change_leaves_every_role_as_it_was(opened, login, role) -> None:  # type: ignore[no-untyped-def]
    add_user(
        opened,
        login="giulia",
        display_name="Giulia Prova",
        role="operator",
        password=OTHER_PASSWORD,
    )
    before = _roles(opened)
    with pytest.raises(AppError):
        change_role(opened, login, role)
    assert _roles(opened) == before


def test_an_operator_neither_lists_nor_changes(opened) -> None:  # type: ignore[no-untyped-def]
    before = _roles(opened)
    operator = OpenStore(opened.store, Actor(user_id=None, login="op", role="operator"))
    with pytest.raises(PermissionDenied):
        accounts(operator)
    with pytest.raises(PermissionDenied):
        change_role(operator, LOGIN, "operator")
    assert _roles(opened) == before


def test_the_audit_page_counts_every_match_and_shows_the_first(opened) -> None:  # type: ignore[no-untyped-def]
    for login in ("anna", "bice", "carla"):
        add_user(
            opened, login=login, display_name="Prova", role="operator", password=OTHER_PASSWORD
        )
    everything = audit_page(opened, AuditFilter(), 1_000)
    page = audit_page(opened, AuditFilter(), 2)
    assert page.found == everything.found >= 3
    assert page.rows == everything.rows[:2]
    assert audit_page(opened, AuditFilter(), 0).rows == everything.rows[:1]
