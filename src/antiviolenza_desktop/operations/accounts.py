"""The colleagues who may open this store: listing them and changing a role.

Adding, disabling, enabling a colleague and setting a password are already one use case each in
`services.credentials` (each opens its own unit of work, because it rewrites the key-slot file
beside the database as well); the Archivio › Utenti… dialog and `antiviolenza useradd|usermod|
passwd` call those directly. What both front ends did themselves — open a unit of work to list
the users or change a role — is here. The rules (coordinator only, never yourself, never the last
active coordinator) are `services.users`'.
"""

from __future__ import annotations

from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.services.users import UserInfo, list_users, set_role


def accounts(opened: OpenStore) -> list[UserInfo]:
    """Every user of the store, active or not. Permission: USERS."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return list_users(uow)


def change_role(opened: OpenStore, login: str, role: str, cav: str | None = None) -> UserInfo:
    """Errors: `services.users.set_role`'s; nothing is written then."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return set_role(uow, login=login, role=role, cav=cav)
