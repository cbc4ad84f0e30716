"""Users of a store: the first coordinator at creation, more users added by a coordinator.

Permission: USERS (the coordinator) adds, lists, disables or re-roles users. A role must fit
the store (`domain.access.permissions.check_role_for_store`: a CAV worker, with her CAV, on an
Ambito's store; the Provincia on the capofila's). Each active user row
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

from antiviolenza_desktop.domain.access.permissions import Permission, check_role_for_store
from antiviolenza_desktop.domain.access.users import (
    ROLE_COORDINATOR,
    LastCoordinator,
    OwnAccount,
    check_display_name,
    check_role,
    normalise_login,
)
from antiviolenza_desktop.domain.store_errors import UnknownUser, UserExists
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.exchange_records import store_ambito_code
from antiviolenza_desktop.services.programme import load_default_programme
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import User


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    display_name: str
    role: str
    active: bool
    cav: str | None = None


def user_info(user: User) -> UserInfo:
    return UserInfo(user.id, user.login, user.display_name, user.role, user.active, user.cav)


def insert_user(
    session: Session, *, login: str, display_name: str, role: str, cav: str | None = None
) -> User:
    """Add the row (caller has validated); used at store creation and by `add_user`."""
    if session.scalars(select(User).where(User.login == login)).first() is not None:
        raise UserExists(field="user", user=login)
    user = User(
        login=login,
        display_name=display_name,
        role=role,
        cav=cav,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        active=True,
    )
    session.add(user)
    session.flush()
    return user


def validated_user(login: str, display_name: str, role: str) -> tuple[str, str, str]:
    return normalise_login(login), check_display_name(display_name), check_role(role)


def role_for_store(uow: UnitOfWork, role: str, cav: str | None) -> tuple[str, str | None]:
    """The role and CAV code, checked against this store's kind and the programme's CAV.
    Errors: RoleUnknown, RoleNotForStore, CavMissing, CavUnknown, CavNotForRole."""
    cav_codes = [entry.code for entry in load_default_programme().cav]
    return check_role_for_store(role, cav, store_code=store_ambito_code(uow), cav_codes=cav_codes)


def list_users(uow: UnitOfWork) -> list[UserInfo]:
    """Every user of the store, by login. Permission: USERS."""
    require(uow, Permission.USERS)
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


def set_role(uow: UnitOfWork, *, login: str, role: str, cav: str | None = None) -> UserInfo:
    """A coordinator gives a colleague another role, or a CAV worker another CAV (no key slot
    changes).

    Errors: PermissionDenied, InvalidInput, UnknownUser, OwnAccount, LastCoordinator.
    """
    require(uow, Permission.USERS)
    role, cav = role_for_store(uow, role, cav)
    user = colleague(uow, login)
    if user.role == role and user.cav == cav:
        return user_info(user)
    if user.role == ROLE_COORDINATOR:
        check_may_step_down(uow, user)
    elif user.id == uow.actor.user_id:
        raise OwnAccount(field="user")
    user.role = role
    user.cav = cav
    details = {"ruolo": role} if cav is None else {"ruolo": role, "cav": cav}
    audit.record(
        uow, action="utente.ruolo_cambiato", entity="user", entity_id=user.id, details=details
    )
    return user_info(user)
