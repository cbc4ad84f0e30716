"""Sign-offs by test users, for the tests and tools that validate or close projects.

Since validation, revisions and closure need the signatures of two équipe members
(`domain.project.signoff`), a test that validates signs first, through the real service
(`services.project_signing.sign`, passwords proven against the key slots): the store's
coordinator (LOGIN / PASSWORD) and a colleague operator (COLLEAGUE / OTHER_PASSWORD) added to
the store the first time one is needed. Synthetic credentials only.
"""

from __future__ import annotations

from sqlalchemy import select

from antiviolenza_desktop.domain.access.users import ROLE_OPERATOR
from antiviolenza_desktop.domain.project.revisions import in_force, latest
from antiviolenza_desktop.domain.project.signoff import CLOSURE, REVISION, VALIDATION
from antiviolenza_desktop.services import project_signing, projects
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.services.users import insert_user
from antiviolenza_desktop.store.kdf import FLOOR_PARAMS
from antiviolenza_desktop.store.schema import User
from tests.support import LOGIN, OTHER_PASSWORD, PASSWORD

COLLEAGUE = "equipe.prova"
COLLEAGUE_NAME = "Assistente Prova"
SIGNERS = ((LOGIN, PASSWORD), (COLLEAGUE, OTHER_PASSWORD))


def add_colleague(uow: UnitOfWork, *, login: str = COLLEAGUE, role: str = ROLE_OPERATOR) -> None:
    """The colleague's user row and key slot (password OTHER_PASSWORD), once per store."""
    if uow.session.scalars(select(User).where(User.login == login)).first() is not None:
        return
    insert_user(uow.session, login=login, display_name=COLLEAGUE_NAME, role=role)
    uow.store.set_password(login, OTHER_PASSWORD, FLOOR_PARAMS)


def pending_act(uow: UnitOfWork, case_id: int) -> str:
    """The act her project waits for: a (revision) validation of its draft, else closure."""
    revisions = projects.revisions_of(uow, case_id=case_id)
    current = latest(revisions)
    if current is not None and current.status == "draft":
        return REVISION if in_force(revisions) is not None else VALIDATION
    return CLOSURE


def sign_in(uow: UnitOfWork, case_id: int, act: str | None = None) -> None:
    """Both test signers sign `act` (the pending one by default) in the caller's unit."""
    add_colleague(uow)
    chosen = act or pending_act(uow, case_id)
    for login, password in SIGNERS:
        project_signing.sign(uow, case_id=case_id, act=chosen, login=login, password=password)


def sign_off(opened: OpenStore, case_id: int, act: str | None = None) -> None:
    """`sign_in` in its own transaction."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        sign_in(uow, case_id, act)
