"""The store work behind the project tab: reading its state, and the writes its buttons make.

The `write_*` functions run on the background runner's thread, each opening its own unit of
work there (like `case_form_saving.write_case`), so the encrypted store is written by one
thread and the GUI only waits for the answer. `read_project` is a short read, made on the GUI
thread when a case opens, like the case detail's own read.
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
from antiviolenza_desktop.services import projects
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


def read_project(opened: OpenStore, case_id: int) -> ProjectState:
    with UnitOfWork(opened.store, opened.actor) as uow:
        revisions = projects.revisions_of(uow, case_id=case_id)
        updates = projects.monitoring_of(uow, case_id=case_id)
        checks = project_checks(uow, case_id=case_id)
    return ProjectState(tuple(revisions), tuple(updates), checks)


def write_draft(opened: OpenStore, case_id: int, draft: ProjectDraft) -> ProjectRevision:
    """Save the draft: the open draft revision, or the next one after a validation."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return projects.save_draft(uow, case_id=case_id, draft=draft)


def write_validation(
    opened: OpenStore, case_id: int, draft: ProjectDraft | None, validated_on: date
) -> ProjectRevision:
    """Save `draft` first when she was editing (in its own transaction, so a refused
    validation keeps her work), then validate the newest draft revision."""
    if draft is not None:
        write_draft(opened, case_id, draft)
    with UnitOfWork(opened.store, opened.actor) as uow:
        return projects.validate(
            uow, case_id=case_id, validated_on=validated_on, today=date.today()
        )


def write_monitoring(opened: OpenStore, case_id: int, update: MonitoringUpdate) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        projects.add_monitoring(uow, case_id=case_id, update=update, today=date.today())


def write_closure(opened: OpenStore, case_id: int, closure: Closure) -> ProjectRevision:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return projects.close(uow, case_id=case_id, closure=closure, today=date.today())
