"""The rows of «Approvazione dell'équipe» on the printed project (`reports.project_approvals`).

Read from the sign-off register (`services.signoffs.standing_of`): for the printed revision
and those before it, each signature that still stands, oldest first, with the member's
display name and the moment in local time; a typed name migrated from before the sign-offs
keeps the day of its validation and says how it was recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from antiviolenza_desktop.domain.project.revisions import ProjectRevision
from antiviolenza_desktop.domain.project.signoff import BEFORE_SIGNOFF, SignOff, act_label
from antiviolenza_desktop.services import signoffs
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

from . import forms_model as fm

BEFORE_SIGNOFF_NOTE = "nome scritto prima delle firme"


def _when(signoff: SignOff) -> str:
    if signoff.way == BEFORE_SIGNOFF or signoff.signed_at is None:
        try:
            day = f"{date.fromisoformat(signoff.signed_on_text[:10]):%d/%m/%Y}"
        except ValueError:
            day = ""
        return f"{day} ({BEFORE_SIGNOFF_NOTE})".strip()
    return f"{signoff.signed_at.astimezone():%d/%m/%Y %H:%M}"


def approval_rows(
    uow: UnitOfWork, case_id: int, revisions: Sequence[ProjectRevision]
) -> tuple[fm.ApprovalRow, ...]:
    """Every standing sign-off up to the newest revision, as printed."""
    standing = signoffs.standing_of(uow, case_id=case_id, revisions=revisions)
    return tuple(
        fm.ApprovalRow(act_label(s.act).capitalize(), s.revision, s.name, _when(s))
        for s in standing
    )
