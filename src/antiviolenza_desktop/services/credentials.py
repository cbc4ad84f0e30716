"""Passwords, users' key slots, the recovery key and key rotation.

Each operation writes its audit entry in a transaction that commits only after the slot file
has been replaced, so a failed slot write leaves neither a changed password nor an entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from antiviolenza_desktop.domain.access.password_policy import check_password
from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.access.recovery_key import parse_recovery_key
from antiviolenza_desktop.domain.access.users import UserDisabled, WrongCurrentPassword
from antiviolenza_desktop.domain.errors import PermissionDenied
from antiviolenza_desktop.domain.store_errors import (
    KeySlotFileDamaged,
    UnknownUser,
    WrongRecoveryKey,
)
from antiviolenza_desktop.services import audit, copies
from antiviolenza_desktop.services.authorization import require
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import RECOVERY_ACTOR, UnitOfWork
from antiviolenza_desktop.services.users import (
    UserInfo,
    check_may_step_down,
    colleague,
    insert_user,
    role_for_store,
    user_info,
    validated_user,
)
from antiviolenza_desktop.store import kdf, keyslots
from antiviolenza_desktop.store.encrypted_store import EncryptedStore
from antiviolenza_desktop.store.keyslot_file import slot_file_path
from antiviolenza_desktop.store.schema import User


def _params_like(store: EncryptedStore, login: str | None) -> kdf.KdfParams:
    """Reuse the cost calibrated at creation, so every password costs the same to attack."""
    slots = [s for s in store.slot_file.slots if s.kind == "password"]
    own = store.slot_file.password_slot(login) if login else None
    chosen = own or (slots[0] if slots else None)
    return chosen.params if chosen else kdf.FLOOR_PARAMS


def change_password(opened: OpenStore, *, current_password: str, new_password: str) -> None:
    """The unlocked user replaces her own password, proving the one she has now (an unlocked
    desk is not enough to take her account over). A recovery-key session has no password of
    its own: it sets one with `reset_password_with_recovery`.

    Errors: PermissionDenied, WrongCurrentPassword, WeakPassword, DiskFull.
    """
    login = opened.actor.login
    if login is None:
        raise PermissionDenied(action="cambiare la propria password con la chiave di recupero")
    check_password(new_password, [login, opened.store.slot_file.store_name])
    _prove_own_password(opened.store, login, current_password)
    with UnitOfWork(opened.store, opened.actor) as uow:
        audit.record(uow, action="password.cambiata", entity="user", entity_id=opened.actor.user_id)
        opened.store.set_password(login, new_password, _params_like(opened.store, login))


def _prove_own_password(store: EncryptedStore, login: str, password: str) -> None:
    """Refuse a password that does not open `login`'s own key slot."""
    slot = store.slot_file.password_slot(login)
    if slot is None:
        raise WrongCurrentPassword(field="current_password")
    try:
        keyslots.open_slot(
            slot, store_id=store.slot_file.store_id, secret=kdf.normalise_secret(password)
        )
    except (keyslots.SlotSecretMismatch, keyslots.SlotCorrupted):
        raise WrongCurrentPassword(field="current_password") from None


def reset_password_with_recovery(opened: OpenStore, *, login: str, new_password: str) -> None:
    """After a recovery-key unlock: give `login` a new password (the old one stops working).

    Permission: only a session opened with the recovery key; a worker unlocked with her own
    password can never set a colleague's password this way. A disabled user is refused: she
    comes back only through a coordinator enabling her. Errors: PermissionDenied,
    UnknownUser, UserDisabled, WeakPassword.
    """
    if opened.actor != RECOVERY_ACTOR:
        raise PermissionDenied(action="reimpostare una password senza la chiave di recupero")
    with UnitOfWork(opened.store, opened.actor) as uow:
        user = uow.session.query(User).filter(User.login == login.casefold()).first()
        if user is None:
            raise UnknownUser(field="user", user=login)
        if not user.active:
            raise UserDisabled(field="user", user=user.login)
        check_password(new_password, [user.login, opened.store.slot_file.store_name])
        audit.record(
            uow, action="password.reimpostata_con_recupero", entity="user", entity_id=user.id
        )
        opened.store.set_password(user.login, new_password, _params_like(opened.store, None))


def add_user(
    opened: OpenStore,
    *,
    login: str,
    display_name: str,
    role: str,
    password: str,
    cav: str | None = None,
) -> UserInfo:
    """A coordinator adds a colleague with her first password; a CAV worker with her CAV.

    Errors: PermissionDenied, InvalidInput (role_for_store's too), UserExists, WeakPassword.
    """
    login, display_name, role = validated_user(login, display_name, role)
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.USERS)
        role, cav = role_for_store(uow, role, cav)
        check_password(password, [login, *display_name.split()])
        user = insert_user(uow.session, login=login, display_name=display_name, role=role, cav=cav)
        audit.record(uow, action="utente.aggiunto", entity="user", entity_id=user.id)
        opened.store.set_password(login, password, _params_like(opened.store, None))
        return user_info(user)


@dataclass(frozen=True)
class DisabledUser:
    """The disabled colleague, and how many managed copies (backups, replaced stores) no
    longer open with her password."""

    user: UserInfo
    copies_updated: int


def disable_user(opened: OpenStore, *, login: str) -> DisabledUser:
    """A coordinator disables a colleague: her row says so and her key slot is removed from
    the store and from every copy the store manages (`copies.remove_slot_from_copies`), so her
    password opens none of them, not even outside this application. Copies on other media
    (`backup --to`) cannot be reached: rotate the key (`rekey`) and delete them.

    An inactive row is disabled already, but a slot left over (a failed enable) still goes.
    Errors: PermissionDenied, UnknownUser, LastCoordinator, OwnAccount, CopiesBusy.
    """
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.USERS)
        user = colleague(uow, login)
        changed = user.active
        if user.active:
            check_may_step_down(uow, user)
            user.active = False
        with copies.copies_locked(opened):
            if opened.store.slot_file.password_slot(user.login) is not None:
                opened.store.remove_password(user.login)
                changed = True
            updated = copies.remove_slot_from_copies(opened, user.login)
        if changed or updated:
            details = {"copie_aggiornate": updated}
            audit.record(
                uow, action="utente.disattivato", entity="user", entity_id=user.id, details=details
            )
        return DisabledUser(user_info(user), updated)


def enable_user(opened: OpenStore, *, login: str, recovery_key: str, password: str) -> UserInfo:
    """A coordinator enables a disabled colleague again with a new first password (her old
    key slot was removed when she was disabled), proving the recovery key as
    `reset_colleague_password` does: otherwise disabling then enabling would set a colleague's
    password without it. An active user is left as she is.

    Errors: PermissionDenied, UnknownUser, WeakPassword, RecoveryKeyTypo, RecoveryKeyMalformed,
    WrongRecoveryKey.
    """
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.USERS)
        user = colleague(uow, login)
        if user.active:
            return user_info(user)
        check_password(password, [user.login, *user.display_name.split()])
        _prove_recovery_key(opened.store, recovery_key)
        user.active = True
        audit.record(uow, action="utente.riattivato", entity="user", entity_id=user.id)
        opened.store.set_password(user.login, password, _params_like(opened.store, None))
        return user_info(user)


def reset_colleague_password(
    opened: OpenStore, *, login: str, recovery_key: str, new_password: str
) -> None:
    """A coordinator gives a colleague who forgot her password a new one, proving the store's
    recovery key as `antiviolenza recover` does (a coordinator's own password is not enough).

    Errors: PermissionDenied, UnknownUser, UserDisabled, WeakPassword, RecoveryKeyTypo,
    RecoveryKeyMalformed, WrongRecoveryKey.
    """
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.USERS)
        user = colleague(uow, login)
        if not user.active:
            raise UserDisabled(field="user", user=user.login)
        check_password(new_password, [user.login, *user.display_name.split()])
        _prove_recovery_key(opened.store, recovery_key)
        audit.record(
            uow, action="password.reimpostata_con_recupero", entity="user", entity_id=user.id
        )
        opened.store.set_password(user.login, new_password, _params_like(opened.store, None))


def _prove_recovery_key(store: EncryptedStore, recovery_key: str) -> None:
    """Refuse a key that does not open this store's recovery slot (typos named by group)."""
    secret = parse_recovery_key(recovery_key)
    slot_file = store.slot_file
    slot = slot_file.recovery_slot()
    damaged = KeySlotFileDamaged(
        name=slot_file_path(store.database).name, detail="manca la chiave di recupero"
    )
    if slot is None:
        raise damaged
    try:
        raw_key = keyslots.open_slot(slot, store_id=slot_file.store_id, secret=secret)
    except keyslots.SlotSecretMismatch:
        raise WrongRecoveryKey(field="recovery_key") from None
    except keyslots.SlotCorrupted:
        raise damaged from None
    if keyslots.store_key_check(raw_key, slot_file.store_id) != slot_file.key_check:
        raise WrongRecoveryKey(field="recovery_key")


def rekey(opened: OpenStore, *, new_recovery_key: bool) -> tuple[Path, str | None]:
    """Rotate the database key (after a laptop is lost), backing up first.

    Every password keeps working; the recovery sheet keeps working unless `new_recovery_key`,
    which issues a new one (returned) and voids the old sheet. The safety copy's rotation is
    audited like every other (`copies.prune_quietly`). Permission: coordinator.
    """
    with UnitOfWork(opened.store, opened.actor) as uow:
        require(uow, Permission.USERS)
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
