"""Users of a store: the first coordinator at creation, more users added by a coordinator.

Permission: only a coordinator adds, lists, disables or re-roles users. Each active user row
has a key slot of the same login in the slot file; the row and the audit entry commit together,
after the slot file is written (see `services.credentials`). Two rules keep the store
manageable: a coordinator never disables or re-roles herself, and the last active coordinator
is never disabled or made an operator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from antiviolenza_desktop.domain.access.users import (
    ROLE_COORDINATOR,
    LastCoordinator,
    OwnAccount,
    check_display_name,
    check_role,
    normalise_login,
)
from antiviolenza_desktop.domain.errors import PermissionDenied
from antiviolenza_desktop.domain.store_errors import UnknownUser, UserExists
from antiviolenza_desktop.services import audit
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


def list_users(uow: UnitOfWork) -> list[UserInfo]:
    """Every user of the store, by login. Permission: coordinator."""
    require_coordinator(uow, "vedere gli utenti")
    return [user_info(u) for u in uow.session.scalars(select(User).order_by(User.login))]


def colleague(uow: UnitOfWork, login: str) -> User:
    """The row of `login`. Errors: UnknownUser."""
    user = uow.session.scalars(select(User).where(User.login == login.strip().casefold())).first()
    if user is None:
        raise UnknownUser(field="user", user=login)
    return user


def check_may_step_down(uow: UnitOfWork, user: User) -> None:
    """Refuse taking `user` out of the active coordinators when she is the last one, or when
    she is the acting coordinator herself. Errors: LastCoordinator, OwnAccount."""
    if user.active and user.role == ROLE_COORDINATOR:
        others = select(User.id).where(
            User.role == ROLE_COORDINATOR, User.active.is_(True), User.id != user.id
        )
        if uow.session.scalars(others.limit(1)).first() is None:
            raise LastCoordinator(field="user", user=user.login)
    if user.id == uow.actor.user_id:
        raise OwnAccount(field="user")


def set_role(uow: UnitOfWork, *, login: str, role: str) -> UserInfo:
    """A coordinator gives a colleague another role (no key slot changes).

    Errors: PermissionDenied, InvalidInput, UnknownUser, OwnAccount, LastCoordinator.
    """
    require_coordinator(uow, "cambiare il ruolo di un'utente")
    role = check_role(role)
    user = colleague(uow, login)
    if user.role == role:
        return user_info(user)
    if user.role == ROLE_COORDINATOR:
        check_may_step_down(uow, user)
    elif user.id == uow.actor.user_id:
        raise OwnAccount(field="user")
    user.role = role
    audit.record(
        uow,
        action="utente.ruolo_cambiato",
        entity="user",
        entity_id=user.id,
        details={"ruolo": role},
    )
    return user_info(user)
