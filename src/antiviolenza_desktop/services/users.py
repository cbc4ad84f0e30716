"""Users of a store: the first coordinator at creation, more users added by a coordinator.

Permission: only a coordinator adds users. Each user row has a key slot of the same login in
the slot file; the row and the audit entry commit together, after the slot file is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from antiviolenza_desktop.domain.errors import PermissionDenied
from antiviolenza_desktop.domain.store_errors import UserExists
from antiviolenza_desktop.domain.users import (
    ROLE_COORDINATOR,
    check_display_name,
    check_role,
    normalise_login,
)
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import User


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    display_name: str
    role: str
    active: bool


def user_info(user: User) -> UserInfo:
    return UserInfo(user.id, user.login, user.display_name, user.role, user.active)


def insert_user(session: Session, *, login: str, display_name: str, role: str) -> User:
    """Add the row (caller has validated); used at store creation and by `add_user`."""
    if session.scalars(select(User).where(User.login == login)).first() is not None:
        raise UserExists(field="user", user=login)
    user = User(
        login=login,
        display_name=display_name,
        role=role,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        active=True,
    )
    session.add(user)
    session.flush()
    return user


def require_coordinator(uow: UnitOfWork, action: str) -> None:
    if uow.actor.role != ROLE_COORDINATOR:
        raise PermissionDenied(action=action)


def validated_user(login: str, display_name: str, role: str) -> tuple[str, str, str]:
    return normalise_login(login), check_display_name(display_name), check_role(role)
