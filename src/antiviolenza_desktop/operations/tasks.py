"""The «Da fare» area and `antiviolenza casi da-fare`: one reading of the reminders, and the
coordinator's change of their thresholds.

The rules are `domain.tasks`'; what is due and for whom, `services.tasks`; the thresholds,
`services.task_settings`. Each call is one unit of work, so the GUI can run it on the
background runner and a refused change leaves the thresholds as they were.
"""

from __future__ import annotations

from datetime import date

from antiviolenza_desktop.domain.tasks.thresholds import TaskThresholds
from antiviolenza_desktop.services import task_settings, tasks
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.tasks import ProjectDueDates, TaskList
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


def read_tasks(opened: OpenStore, *, everyone: bool = False, today: date | None = None) -> TaskList:
    """The reminders of this worker (all of the store's with `everyone`, or for a coordinator)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return tasks.due_tasks(uow, today=today or date.today(), everyone=everyone)


def read_thresholds(opened: OpenStore) -> TaskThresholds:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return task_settings.task_thresholds(uow)


def set_thresholds(opened: OpenStore, changes: dict[str, int]) -> TaskThresholds:
    """Errors: `services.task_settings.set_task_thresholds`'; nothing changes then."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        return task_settings.set_task_thresholds(uow, changes)


def read_project_due_dates(opened: OpenStore, case_id: int) -> ProjectDueDates | None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        return tasks.project_due_dates(uow, case_id=case_id)
