"""The personalised project's tab: reading its state, and the writes its buttons make.

Each write opens its own unit of work, so the GUI can run it on the background runner's
thread and a refusal leaves nothing behind. The rules (validation against the case, the
ledger commitments, closure) are `services.projects`'; the one flow that lives here is
"save what she typed, then validate" as two transactions, so a refused validation keeps her
draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.project.model import ProjectDraft
from antiviolenza_desktop.domain.project.revisions import (
    Closure,
    MonitoringUpdate,
    ProjectRevision,
    in_force,
    latest,
)
from antiviolenza_desktop.domain.project.signoff import CLOSURE, REVISION, VALIDATION, SignOff
from antiviolenza_desktop.services import prefill, projects, signoffs
from antiviolenza_desktop.services.prefill import ProjectProposal
from antiviolenza_desktop.services.project_checks import ProjectChecks, project_checks
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ProjectState:
    """What the tab shows: the revisions, oldest first, the monitoring updates, and what a
    validation would be checked against (None: no case)."""

    revisions: tuple[ProjectRevision, ...] = ()
    updates: tuple[MonitoringUpdate, ...] = ()
    checks: ProjectChecks | None = None
    signoffs: tuple[SignOff, ...] = ()
    """The sign-offs that still stand (`services.signoffs.standing_of`), oldest first."""

    @property
    def latest(self) -> ProjectRevision | None:
        return latest(self.revisions)

    @property
    def in_force(self) -> ProjectRevision | None:
        return in_force(self.revisions)

    @property
    def closed(self) -> bool:
        current = self.in_force
        return current is not None and current.status == "closed"

    @property
    def content_act(self) -> str | None:
        """The act the stored draft waits for (its validation, or a revision's), if any."""
        current = self.latest
        if current is None or current.status != "draft" or self.closed:
            return None
        return REVISION if self.in_force is not None else VALIDATION

    def signed_for(self, act: str) -> tuple[SignOff, ...]:
        """The standing signatures of `act` on the revision it is about (the stored draft,
        or the revision in force for a closure)."""
        about = self.in_force if act == CLOSURE else self.latest
        if about is None:
            return ()
        return tuple(s for s in self.signoffs if (s.act, s.revision) == (act, about.number))


def project_state(uow: UnitOfWork, case_id: int, *, with_checks: bool = True) -> ProjectState:
    """Revisions, monitoring, sign-offs and (`with_checks`) the validation checks, in the
    caller's unit of work, so they agree."""
    revisions = projects.revisions_of(uow, case_id=case_id)
    updates = projects.monitoring_of(uow, case_id=case_id)
    checks = project_checks(uow, case_id=case_id) if with_checks else None
    standing = signoffs.standing_of(uow, case_id=case_id, revisions=revisions)
    return ProjectState(tuple(revisions), tuple(updates), checks, tuple(standing))


def read_project(opened: OpenStore, case_id: int) -> ProjectState:
    """Her project's state read in one transaction."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return project_state(uow, case_id)


def save_draft(opened: OpenStore, case_id: int, draft: ProjectDraft) -> ProjectRevision:
    """Save the draft: the open draft revision, or the next one after a validation."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return projects.save_draft(uow, case_id=case_id, draft=draft)


def validate(
    opened: OpenStore,
    case_id: int,
    draft: ProjectDraft | None,
    validated_on: date,
    *,
    today: date | None = None,
) -> ProjectRevision:
    """Save `draft` first when she was editing (in its own transaction, so a refused
    validation keeps her work), then validate the newest draft revision."""
    if draft is not None:
        save_draft(opened, case_id, draft)
    with UnitOfWork(opened.store, opened.actor) as uow:
        return projects.validate(
            uow, case_id=case_id, validated_on=validated_on, today=today or date.today()
        )


def add_monitoring(
    opened: OpenStore, case_id: int, update: MonitoringUpdate, *, today: date | None = None
) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        projects.add_monitoring(uow, case_id=case_id, update=update, today=today or date.today())


def close(
    opened: OpenStore, case_id: int, closure: Closure, *, today: date | None = None
) -> ProjectRevision:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return projects.close(uow, case_id=case_id, closure=closure, today=today or date.today())


def read_project_proposal(opened: OpenStore, case_id: int) -> ProjectProposal:
    """What a new project starts from (`services.prefill.project_proposal`): a short read the
    tab makes on the GUI thread, a handful of rows."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return prefill.project_proposal(uow, case_id=case_id)


def read_proposed_answers(opened: OpenStore, case_id: int) -> dict[str, str]:
    """The housing answers a new assessment starts from, taken from her referral and project
    (`services.prefill.assessment_answers`); kept beside the project's proposal, its twin."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return prefill.assessment_answers(uow, case_id=case_id)
