"""The «Da fare» list: every registered source of reminders, for one worker or for everyone.

Permission: TASKS. A coordinator sees every task of the store; an équipe member sees the tasks
of the cases she follows (she wrote on them: `services.task_sources`), and all of them when she
asks (`everyone`), as she may open any case of the Ambito. A CAV worker's list, hers or
«everyone»'s, holds only the cases of her CAV (`services.authorization.case_ids_in_scope`). The list
carries case codes, ledger numbers, dates and amounts, never her name or the facts of her
record, so, like the fund views, reading it is not a read of her record (`services.read_audit`);
opening a case from it is, through `open_case`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from antiviolenza_desktop.domain.access.permissions import ROLE_COORDINATOR, Permission
from antiviolenza_desktop.domain.tasks.rules import (
    Task,
    in_order,
    next_monitoring,
    next_review,
    visible_to,
)
from antiviolenza_desktop.domain.tasks.thresholds import TaskThresholds
from antiviolenza_desktop.services.authorization import case_ids_in_scope, require
from antiviolenza_desktop.services.task_settings import task_thresholds
from antiviolenza_desktop.services.task_sources import (
    TASK_SOURCES,
    TaskContext,
    case_followers,
    last_monitoring,
    running_projects,
)
from antiviolenza_desktop.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class TaskList:
    """The tasks shown, earliest first; `everyone` says whether they are the whole store's."""

    tasks: tuple[Task, ...]
    everyone: bool
    thresholds: TaskThresholds

    @property
    def overdue(self) -> int:
        return sum(1 for task in self.tasks if task.overdue)


def sees_everything(uow: UnitOfWork, everyone: bool) -> bool:
    """Whether this worker's list is the whole store's: asked for, or she is a coordinator."""
    return everyone or uow.actor.role == ROLE_COORDINATOR


def due_tasks(uow: UnitOfWork, *, today: date, everyone: bool = False) -> TaskList:
    """The reminders due by `today` plus the horizon, for this worker (see the module)."""
    require(uow, Permission.TASKS)
    limits = task_thresholds(uow)
    context = TaskContext(uow, limits, today, case_followers(uow))
    found = [task for source in TASK_SOURCES.values() for task in source(context)]
    scope = case_ids_in_scope(uow)
    if scope is not None:
        found = [task for task in found if task.case_id in scope]
    whole = sees_everything(uow, everyone)
    shown = visible_to(found, uow.actor.login, everyone=whole)
    return TaskList(tuple(in_order(shown)), whole, limits)


@dataclass(frozen=True)
class ProjectDueDates:
    """The next days of a running project: its monitoring update and its review."""

    monitoring: date
    review: date


def project_due_dates(uow: UnitOfWork, *, case_id: int) -> ProjectDueDates | None:
    """The project's next due days, or None when it is not validated or already closed."""
    running = running_projects(uow).get(case_id)
    if running is None:
        return None
    _number, validated_on = running
    limits = task_thresholds(uow)
    last = last_monitoring(uow).get(case_id)
    return ProjectDueDates(
        next_monitoring(validated_on, last, limits.monitoring_months),
        next_review(validated_on, limits.review_months),
    )
