"""Creating and unlocking a store, as the CLI and the GUI both do it.

Every unlock is audited (and so are the failed attempts that preceded it), because whoever
opens the store can read the records of women at risk.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from antiviolenza_desktop.domain.access.first_run import tidy_store_name
from antiviolenza_desktop.domain.access.password_policy import check_password
from antiviolenza_desktop.domain.access.users import ROLE_COORDINATOR
from antiviolenza_desktop.domain.exchange.enrolment_errors import UnknownAmbito
from antiviolenza_desktop.services import audit, copies
from antiviolenza_desktop.services.programme import load_default_programme, store_roles
from antiviolenza_desktop.services.unit_of_work import (
    RECOVERY_ACTOR,
    Actor,
    UnitOfWork,
    actor_for,
)
from antiviolenza_desktop.services.users import insert_user, validated_user
from antiviolenza_desktop.store import kdf
from antiviolenza_desktop.store.creation import NewStore, StoreIdentity, create_store
from antiviolenza_desktop.store.encrypted_store import EncryptedStore
from antiviolenza_desktop.store.schema import StoreMeta
from antiviolenza_desktop.store.unlock import open_with_password, open_with_recovery_key


@dataclass(frozen=True)
class OpenStore:
    """An unlocked store and who unlocked it."""

    store: EncryptedStore
    actor: Actor


def initialise_store(
    database: Path,
    *,
    store_name: str,
    ambito: str,
    login: str,
    display_name: str,
    password: str,
    params: kdf.KdfParams | None = None,
) -> NewStore:
    """Create a store for an Ambito (or the capofila) with its first coordinator.

    Errors: StoreNameInvalid, UnknownAmbito, InvalidInput (login), WeakPassword, StoreExists,
    DiskFull.
    The KDF is calibrated to 0.5–1 s on this machine unless `params` is given.
    """
    name = _checked_store_name(store_name, ambito)
    login, display_name, role = validated_user(login, display_name, ROLE_COORDINATOR)
    check_password(password, [login, name, *display_name.split()])
    chosen = params or kdf.calibrate()[0]

    def populate(session: Session) -> None:
        user = insert_user(session, login=login, display_name=display_name, role=role)
        session.add(StoreMeta(key="programme_id", value=load_default_programme().id))
        uow = _SessionUnit(session, Actor(user.id, login, role))
        audit.record(uow, action="archivio.creato", entity="store", details={"ambito": ambito})

    return create_store(
        database,
        identity=StoreIdentity(name=name, ambito=ambito, role=role),
        user=login,
        password=password,
        params=chosen,
        populate=populate,
    )


def _checked_store_name(store_name: str, ambito: str) -> str:
    """The store's name with its spaces tidied; the Ambito must be one of the programme's."""
    roles = store_roles()
    if ambito not in roles:
        raise UnknownAmbito(field="ambito", ambito=ambito, known=", ".join(roles))
    return tidy_store_name(store_name)


class _SessionUnit(UnitOfWork):
    """A unit of work over a session the store creation already opened and will commit."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.actor = actor
        self._session = session


def unlock(database: Path, *, login: str, password: str) -> OpenStore:
    """Open by password and audit the access (with the failures since the last one)."""
    store = open_with_password(database, user=login, password=password)
    try:
        actor = actor_for(store, login)
        _audit_unlock(store, actor)
        copies.prune_at_open(OpenStore(store, actor))
    except BaseException:
        store.close()
        raise
    return OpenStore(store, actor)


def unlock_with_recovery_key(database: Path, *, recovery_key: str) -> OpenStore:
    store = open_with_recovery_key(database, recovery_key=recovery_key)
    try:
        _audit_unlock(store, RECOVERY_ACTOR)
        copies.prune_at_open(OpenStore(store, RECOVERY_ACTOR))
    except BaseException:
        store.close()
        raise
    return OpenStore(store, RECOVERY_ACTOR)


def _audit_unlock(store: EncryptedStore, actor: Actor) -> None:
    with UnitOfWork(store, actor) as uow:
        if store.failed_attempts:
            audit.record(
                uow,
                action="accesso.tentativi_falliti",
                entity="store",
                details={"count": store.failed_attempts},
            )
        method = "password" if actor.user_id is not None else "chiave_recupero"
        audit.record(uow, action="accesso.aperto", entity="store", details={"metodo": method})
