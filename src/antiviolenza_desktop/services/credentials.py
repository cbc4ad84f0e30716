"""Passwords, users' key slots, the recovery key and key rotation.

Each operation writes its audit entry in a transaction that commits only after the slot file
has been replaced, so a failed slot write leaves neither a changed password nor an entry.
"""

from __future__ import annotations

from pathlib import Path

from antiviolenza_desktop.domain.errors import PermissionDenied
from antiviolenza_desktop.domain.password_policy import check_password
from antiviolenza_desktop.domain.store_errors import UnknownUser
from antiviolenza_desktop.services import audit, copies
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import RECOVERY_ACTOR, UnitOfWork
from antiviolenza_desktop.services.users import (
    UserInfo,
    insert_user,
    require_coordinator,
    user_info,
    validated_user,
)
from antiviolenza_desktop.store import kdf
from antiviolenza_desktop.store.encrypted_store import EncryptedStore
from antiviolenza_desktop.store.schema import User


def _params_like(store: EncryptedStore, login: str | None) -> kdf.KdfParams:
    """Reuse the cost calibrated at creation, so every password costs the same to attack."""
    slots = [s for s in store.slot_file.slots if s.kind == "password"]
    own = store.slot_file.password_slot(login) if login else None
    chosen = own or (slots[0] if slots else None)
    return chosen.params if chosen else kdf.FLOOR_PARAMS


def change_password(opened: OpenStore, *, new_password: str) -> None:
    """The unlocked user replaces her own password. Errors: WeakPassword, DiskFull."""
    login = opened.actor.login
    if login is None:
        raise ValueError("a recovery session has no password of its own")
    check_password(new_password, [login, opened.store.slot_file.store_name])
    with UnitOfWork(opened.store, opened.actor) as uow:
        audit.record(uow, action="password.cambiata", entity="user", entity_id=opened.actor.user_id)
        opened.store.set_password(login, new_password, _params_like(opened.store, login))


def reset_password_with_recovery(opened: OpenStore, *, login: str, new_password: str) -> None:
    """After a recovery-key unlock: give `login` a new password (the old one stops working).

    Permission: only a session opened with the recovery key; a worker unlocked with her own
    password can never set a colleague's password this way. Errors: PermissionDenied,
    UnknownUser, WeakPassword.
    """
    if opened.actor != RECOVERY_ACTOR:
        raise PermissionDenied(action="reimpostare una password senza la chiave di recupero")
    with UnitOfWork(opened.store, opened.actor) as uow:
        user = uow.session.query(User).filter(User.login == login.casefold()).first()
        if user is None:
            raise UnknownUser(field="user", user=login)
        check_password(new_password, [user.login, opened.store.slot_file.store_name])
        audit.record(
            uow, action="password.reimpostata_con_recupero", entity="user", entity_id=user.id
        )
        opened.store.set_password(user.login, new_password, _params_like(opened.store, None))


def add_user(
    opened: OpenStore, *, login: str, display_name: str, role: str, password: str
) -> UserInfo:
    """A coordinator adds a colleague with her first password.

    Errors: PermissionDenied, InvalidInput, UserExists, WeakPassword.
    """
    login, display_name, role = validated_user(login, display_name, role)
    with UnitOfWork(opened.store, opened.actor) as uow:
        require_coordinator(uow, "aggiungere utenti")
        check_password(password, [login, *display_name.split()])
        user = insert_user(uow.session, login=login, display_name=display_name, role=role)
        audit.record(uow, action="utente.aggiunto", entity="user", entity_id=user.id)
        opened.store.set_password(login, password, _params_like(opened.store, None))
        return user_info(user)


def rekey(opened: OpenStore, *, new_recovery_key: bool) -> tuple[Path, str | None]:
    """Rotate the database key (after a laptop is lost), backing up first.

    Every password keeps working; the recovery sheet keeps working unless `new_recovery_key`,
    which issues a new one (returned) and voids the old sheet. The safety copy's rotation is
    audited like every other (`copies.prune_quietly`). Permission: coordinator.
    """
    with UnitOfWork(opened.store, opened.actor) as uow:
        require_coordinator(uow, "ruotare la chiave")
    backup_path = opened.store.backup(reason="prima-rotazione", rotate=False)
    copies.prune_quietly(opened)
    opened.store.rekey()
    recovery = opened.store.new_recovery_key() if new_recovery_key else None
    with UnitOfWork(opened.store, opened.actor) as uow:
        audit.record(
            uow,
            action="chiave.ruotata",
            entity="store",
            details={"nuova_chiave_recupero": new_recovery_key},
        )
    return backup_path, recovery
