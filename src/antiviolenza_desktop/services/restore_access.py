"""Who may put a copy over a live store, and the disables a restore must not undo.

A copy opens with the passwords it held when it was taken, so a restore checked only against
the copy would let a colleague disabled since then put it back and be in again. The rule, in
one place for `antiviolenza restore` and the GUI's «Copie di sicurezza» page: restoring over
an existing store needs an ACTIVE COORDINATOR, as the replaced store says when it can be read
(else as the copy says, and only if the replaced store's slot file, when readable, still holds
her key slot); and every user inactive in the replaced store is made inactive again
in the restored copy, her key slot removed, before anyone gets it (like erasures are).
"""

from __future__ import annotations

from sqlalchemy import select

from antiviolenza_desktop.domain.access.permissions import Permission, may
from antiviolenza_desktop.domain.errors import PermissionDenied
from antiviolenza_desktop.services import audit
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.encrypted_store import EncryptedStore
from antiviolenza_desktop.store.keyslot_file import SlotFile
from antiviolenza_desktop.store.schema import User

RESTORE_ACTION = "ripristinare una copia al posto dell'archivio (serve una coordinatrice attiva)"


def check_may_restore(store: EncryptedStore, login: str) -> None:
    """Refuse unless `login` is an active coordinator in `store` (the replaced store, or the
    copy when that cannot be read). Errors: PermissionDenied."""
    with store.sessions() as session:
        user = session.scalars(select(User).where(User.login == login.strip().casefold())).first()
        allowed = user is not None and user.active and may(user.role, Permission.BACKUPS)
    if not allowed:
        raise PermissionDenied(action=RESTORE_ACTION)


def check_holds_slot(slot_file: SlotFile, login: str) -> None:
    """Refuse `login` when the replaced store's slot file (readable without any secret) has
    no key slot of hers: her password cannot open that store, so she may not replace it,
    whatever the copy says (a disabled colleague, after a key rotation made the store
    unreadable with the copy's key). Errors: PermissionDenied."""
    if slot_file.password_slot(login.strip().casefold()) is None:
        raise PermissionDenied(action=RESTORE_ACTION)


def inactive_logins(store: EncryptedStore) -> tuple[str, ...]:
    """The logins of the users disabled in `store` (names of accounts, read before the swap)."""
    with store.sessions() as session:
        return tuple(session.scalars(select(User.login).where(User.active.is_(False))))


def reapply_disables(opened: OpenStore, logins: tuple[str, ...]) -> int:
    """Disable again, in the restored copy, the users the replaced store had disabled: row
    inactive and key slot removed, audited as a disable with «ripristino». One transaction,
    committed after the slot file is written. A login the copy lacks, or already inactive
    without a slot, is skipped. Returns how many users were disabled again."""
    count = 0
    with UnitOfWork(opened.store, opened.actor) as uow:
        for login in logins:
            user = uow.session.scalars(select(User).where(User.login == login)).first()
            has_slot = opened.store.slot_file.password_slot(login) is not None
            if user is None or not (user.active or has_slot):
                continue
            user.active = False
            if has_slot:
                opened.store.remove_password(login)
            audit.record(
                uow,
                action="utente.disattivato",
                entity="user",
                entity_id=user.id,
                details={"ripristino": True},
            )
            count += 1
    return count
