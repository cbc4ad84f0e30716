"""A signature on an act of the project, given by an équipe member with her own password.

The signer may be the signed-in worker or a colleague at the same desk: either way she types
her login and her password, which must open her own key slot of this store
(`store.unlock.prove_password`: the unlock's key derivation, its wait after wrong attempts and
its count of failures; the password is never stored). The refusals come before anything is
written: the project is not waiting for that act, the signer is unknown, disabled, of a role
that may not sign, or has signed this content already, or the password is wrong. The row and
its audit entry (`progetto.firmato`, with the signer's login) commit together.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from antiviolenza_desktop.domain.access.permissions import Permission
from antiviolenza_desktop.domain.project.signoff import (
    BY_PASSWORD,
    Signer,
    SignOff,
    check_signer,
    target,
)
from antiviolenza_desktop.domain.store_errors import UnknownUser
from antiviolenza_desktop.services import audit, projects, signoffs
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import ProjectSignOff, User
from antiviolenza_desktop.store.unlock import prove_password


def sign(uow: UnitOfWork, *, case_id: int, act: str, login: str, password: str) -> SignOff:
    """Record `login`'s signature of `act` on the revision it is about. Errors: CaseNotFound,
    CaseErased, ActNotPending, ProjectClosed, NotYetValidated, UnknownUser, SignerDisabled,
    SignerNotAllowed, AlreadySigned, TooManyAttempts, WrongPassword."""
    projects.case_for_write(uow, case_id, Permission.PROJECT_SIGNOFF)
    revision = target(act, projects.revisions_of(uow, case_id=case_id))
    login = login.strip().casefold()
    user = uow.session.scalars(select(User).where(User.login == login)).first()
    if user is not None:
        signer = Signer(user.id, user.login, user.role, user.active)
        already = signoffs.counted(
            uow, case_id=case_id, act=act, number=revision.number, draft=revision.draft
        )
        check_signer(already, signer, act=act, revision=revision.number)
    store = uow.store
    failures = prove_password(store.database, store.slot_file, user=login, password=password)
    if user is None:  # a key slot without a user row: nobody may sign with it
        raise UnknownUser(field="user", user=login)
    moment = datetime.now(UTC).replace(microsecond=0)
    digest = signoffs.digest_of(revision.draft)
    uow.session.add(
        ProjectSignOff(
            case_id=case_id,
            revision_number=revision.number,
            act=act,
            user_id=user.id,
            content_digest=digest,
            way=BY_PASSWORD,
            signed_at=moment.isoformat(),
            recorded_by=uow.actor.login or "",
        )
    )
    uow.session.flush()
    details: dict[str, object] = {"revisione": revision.number, "atto": act, "firmataria": login}
    if failures:
        details["tentativi_falliti"] = failures
    audit.record(uow, action="progetto.firmato", entity="case", entity_id=case_id, details=details)
    return SignOff(revision.number, act, user.id, user.display_name, moment, digest)
