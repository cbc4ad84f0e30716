"""The user rules in the services, shared by Archivio › Utenti… and `antiviolenza usermod`."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from antiviolenza_desktop.domain.access.users import UserDisabled
from antiviolenza_desktop.domain.errors import PermissionDenied
from antiviolenza_desktop.domain.store_errors import UnknownUser
from antiviolenza_desktop.services.credentials import (
    add_user,
    disable_user,
    enable_user,
    reset_colleague_password,
    reset_password_with_recovery,
)
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import RECOVERY_ACTOR, UnitOfWork, actor_for
from antiviolenza_desktop.services.users import list_users, set_role
from antiviolenza_desktop.store.keyslot_file import slot_file_path
from antiviolenza_desktop.store.schema import AuditLog
from tests.support import LOGIN, OTHER_PASSWORD


def _snapshot(opened: OpenStore) -> tuple[bytes, int]:
    with opened.store.sessions() as session:
        entries = session.scalar(select(func.count()).select_from(AuditLog)) or 0
    return slot_file_path(opened.store.database).read_bytes(), entries


@pytest.fixture
def colleague(opened: OpenStore) -> str:
    add_user(
        opened,
        login="op.una",
        display_name="Operatrice Una",
        role="operator",
        password=OTHER_PASSWORD,
    )
    return "op.una"


def test_enabling_an_active_colleague_never_sets_her_password(
    opened: OpenStore, colleague: str
) -> None:
    """Otherwise «enable» would reset a password without the recovery key."""
    before = _snapshot(opened)
    info = enable_user(
        opened, login=colleague, recovery_key="x", password="ginepro lanterna vascello 42"
    )
    assert info.active and _snapshot(opened) == before


def test_an_operator_may_not_manage_users(opened: OpenStore, colleague: str) -> None:
    as_operator = OpenStore(opened.store, actor_for(opened.store, colleague))
    before = _snapshot(opened)
    refusals = [
        lambda: disable_user(as_operator, login=LOGIN),
        lambda: enable_user(as_operator, login=LOGIN, recovery_key="x", password=OTHER_PASSWORD),
        lambda: reset_colleague_password(
            as_operator, login=LOGIN, recovery_key="x", new_password=OTHER_PASSWORD
        ),
    ]
    for refused in refusals:
        with pytest.raises(PermissionDenied):
            refused()
    with pytest.raises(PermissionDenied), UnitOfWork(opened.store, as_operator.actor) as uow:
        set_role(uow, login=LOGIN, role="operator")
    with pytest.raises(PermissionDenied), UnitOfWork(opened.store, as_operator.actor) as uow:
        list_users(uow)
    assert _snapshot(opened) == before


def test_disabled_colleague_cannot_be_reset_and_unknown_is_named(
    opened: OpenStore, colleague: str
) -> None:
    disable_user(opened, login=colleague)
    before = _snapshot(opened)
    with pytest.raises(UserDisabled):
        reset_colleague_password(
            opened, login=colleague, recovery_key="x", new_password=OTHER_PASSWORD
        )
    with pytest.raises(UnknownUser):
        disable_user(opened, login="nessuna")
    assert _snapshot(opened) == before
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert [(u.login, u.active) for u in list_users(uow)] == [
            (LOGIN, True),
            (colleague, False),
        ]


def test_a_recovery_session_cannot_bring_back_a_disabled_colleague(
    colleague: str, opened: OpenStore
) -> None:
    disable_user(opened, login=colleague)
    before = _snapshot(opened)
    recovery = OpenStore(opened.store, RECOVERY_ACTOR)
    with pytest.raises(UserDisabled):
        reset_password_with_recovery(recovery, login=colleague, new_password=OTHER_PASSWORD)
    assert _snapshot(opened) == before
