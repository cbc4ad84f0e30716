"""The unit of work: one session, one acting user, one commit at the edge.

Services receive it first and never commit themselves, so every write they make, audit entry
included, lands in one transaction or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

from sqlalchemy import select
from sqlalchemy.orm import Session

from antiviolenza_desktop.domain.access.users import UserDisabled
from antiviolenza_desktop.domain.store_errors import UnknownUser
from antiviolenza_desktop.store.atomic_files import disk_full_as_refusal
from antiviolenza_desktop.store.encrypted_store import EncryptedStore
from antiviolenza_desktop.store.schema import User


@dataclass(frozen=True)
class Actor:
    """Who is acting; `user_id` is None only for recovery-key sessions and the store's birth.
    `cav` is the CAV code of a CAV worker, whose cases are only her CAV's
    (`services.authorization`)."""

    user_id: int | None
    login: str | None
    role: str
    cav: str | None = None


RECOVERY_ACTOR = Actor(user_id=None, login=None, role="recupero")


class UnitOfWork:
    def __init__(self, store: EncryptedStore, actor: Actor) -> None:
        self.store = store
        self.actor = actor
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its `with` block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self.store.sessions()
        self._session.begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            if exc_type is None:
                with disk_full_as_refusal():
                    session.commit()
            else:
                session.rollback()
        finally:
            session.close()
            self._session = None


def actor_for(store: EncryptedStore, login: str) -> Actor:
    """The Actor of a user who unlocked the store with her password; a disabled user is
    refused even if her key slot is still there (a store disabled before slots were removed)."""
    with store.sessions() as session:
        user = session.scalars(select(User).where(User.login == login.casefold())).first()
    if user is None:
        raise UnknownUser(field="user", user=login)
    if not user.active:
        raise UserDisabled(field="user", user=user.login)
    return Actor(user_id=user.id, login=user.login, role=user.role, cav=user.cav)
