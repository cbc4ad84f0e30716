"""The project's sign-off register: reading it, and what an act still needs.

The rule (how many signers, who may sign, on which content) is `domain.project.signoff`; this
module reads the rows with the signers' display names and answers, for one act on one
revision, which signatures count (`counted`) or refuses the act until they are enough
(`require`). Writing a signature, which proves a password, is `services.project_signing`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from antiviolenza_desktop.domain.project.model import ProjectDraft
from antiviolenza_desktop.domain.project.revisions import ProjectRevision
from antiviolenza_desktop.domain.project.signoff import (
    SignOff,
    content_digest,
    counting,
    require_signoffs,
    standing,
)
from antiviolenza_desktop.services.documents import to_document
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import ProjectSignOff, User


def digest_of(draft: ProjectDraft) -> str:
    """The fingerprint a signature on `draft` carries (its canonical document)."""
    return content_digest(to_document(draft))


def signoffs_of(uow: UnitOfWork, *, case_id: int) -> list[SignOff]:
    """Every sign-off of her project, in the order they were given."""
    rows = uow.session.execute(
        select(ProjectSignOff, User.display_name)
        .outerjoin(User, User.id == ProjectSignOff.user_id)
        .where(ProjectSignOff.case_id == case_id)
        .order_by(ProjectSignOff.id)
    ).all()
    return [_signoff(row, name) for row, name in rows]


def _signoff(row: ProjectSignOff, display_name: str | None) -> SignOff:
    migrated = row.user_id is None
    return SignOff(
        revision=row.revision_number,
        act=row.act,
        user_id=row.user_id,
        name=(row.typed_name or "") if migrated else (display_name or ""),
        signed_at=None if migrated else datetime.fromisoformat(row.signed_at),
        digest=row.content_digest,
        way=row.way,
        signed_on_text=row.signed_at if migrated else "",
    )


def counted(
    uow: UnitOfWork, *, case_id: int, act: str, number: int, draft: ProjectDraft
) -> list[SignOff]:
    """The signatures that count for `act` on revision `number` whose content is `draft`."""
    return counting(
        signoffs_of(uow, case_id=case_id), act=act, revision=number, digest=digest_of(draft)
    )


def require(uow: UnitOfWork, *, case_id: int, act: str, number: int, draft: ProjectDraft) -> None:
    """SignoffsMissing until the act has its signers (`domain.project.signoff`)."""
    signed = counted(uow, case_id=case_id, act=act, number=number, draft=draft)
    require_signoffs(signed, act=act, revision=number)


def standing_of(
    uow: UnitOfWork, *, case_id: int, revisions: Sequence[ProjectRevision]
) -> list[SignOff]:
    """The sign-offs of her project that still stand (`domain.project.signoff.standing`)."""
    digests = {revision.number: digest_of(revision.draft) for revision in revisions}
    return standing(signoffs_of(uow, case_id=case_id), digests)
