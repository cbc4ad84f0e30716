"""Where the «Da fare» reminders come from: one source per kind, each reading the store once.

`TASK_SOURCES` is the registry the task list walks: a name and a function from a
`TaskContext` to tasks. A new kind of reminder (like the referrals not answered,
`invii_senza_risposta`) is one more function here and one more entry in the registry; nothing
else changes. Each source gathers plain facts in a few grouped queries and hands them to the
rules of `domain.tasks.rules`.

Whom a task is for: the store keeps no owner of a case, but its audit log names the worker of
every write on it (the referral, the assessment, the project, the monitoring, the ledger rows,
all recorded with `entity = "case"`). The workers who wrote on a case are the ones who follow
it, and its tasks are theirs (`case_followers`); reads (`lettura.*`) make nobody a follower.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from sqlalchemy import func, select

from antiviolenza_desktop.domain.audit.actions import READ_PREFIX
from antiviolenza_desktop.domain.case.referral import SENT
from antiviolenza_desktop.domain.case.stages import FINAL_STAGES
from antiviolenza_desktop.domain.tasks import rules
from antiviolenza_desktop.domain.tasks.rules import (
    CaseFacts,
    CommitmentFacts,
    ProjectFacts,
    ReferralFacts,
    Task,
)
from antiviolenza_desktop.domain.tasks.thresholds import TaskThresholds
from antiviolenza_desktop.services import referral_rows
from antiviolenza_desktop.services.fund_figures import idle_commitments
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store.schema import (
    AssessmentRecord,
    AuditLog,
    Case,
    LedgerRecord,
    ProjectEventRecord,
    ProjectRevisionRecord,
)

WAITING_STAGES = ("contact", "reception")
"""A woman who asked for a line waits until she is taken in charge (or a project is validated)."""


@dataclass
class TaskContext:
    """What every source needs: the store, the thresholds, today, and each case's followers;
    the facts two sources share are read once (`projects`, `cases`)."""

    uow: UnitOfWork
    limits: TaskThresholds
    today: date
    followers: Mapping[int, tuple[str, ...]]

    @cached_property
    def projects(self) -> list[ProjectFacts]:
        return project_facts(self)

    @cached_property
    def cases(self) -> list[CaseFacts]:
        return case_facts(self)


TaskSource = Callable[[TaskContext], Iterable[Task]]


def case_followers(uow: UnitOfWork) -> dict[int, tuple[str, ...]]:
    """Case id → the logins of the workers who wrote on it (audit log, reads excluded)."""
    rows = uow.session.execute(
        select(AuditLog.entity_id, AuditLog.actor)
        .where(
            AuditLog.entity == "case",
            AuditLog.actor.is_not(None),
            AuditLog.action.not_like(READ_PREFIX + "%"),
        )
        .distinct()
    )
    found: dict[int, set[str]] = {}
    for entity_id, actor in rows:
        if actor is not None and entity_id is not None and entity_id.isdigit():
            found.setdefault(int(entity_id), set()).add(actor)
    return {case_id: tuple(sorted(logins)) for case_id, logins in found.items()}


def running_projects(uow: UnitOfWork) -> dict[int, tuple[int, date]]:
    """Case id → (number, validation day) of the revision in force, for projects validated
    and not closed (the newest non-draft revision is `validated`)."""
    newest = (
        select(ProjectRevisionRecord.case_id, func.max(ProjectRevisionRecord.number).label("n"))
        .where(ProjectRevisionRecord.status != "draft")
        .group_by(ProjectRevisionRecord.case_id)
        .subquery()
    )
    rows = uow.session.execute(
        select(
            ProjectRevisionRecord.case_id,
            ProjectRevisionRecord.number,
            ProjectRevisionRecord.validated_on,
        )
        .join(
            newest,
            (ProjectRevisionRecord.case_id == newest.c.case_id)
            & (ProjectRevisionRecord.number == newest.c.n),
        )
        .where(ProjectRevisionRecord.status == "validated")
    )
    return {case_id: (n, date.fromisoformat(day)) for case_id, n, day in rows if day}


def last_monitoring(uow: UnitOfWork) -> dict[int, date]:
    rows = uow.session.execute(
        select(ProjectEventRecord.case_id, func.max(ProjectEventRecord.on_date))
        .where(ProjectEventRecord.kind == "monitoring")
        .group_by(ProjectEventRecord.case_id)
    )
    return {case_id: date.fromisoformat(day) for case_id, day in rows}


LIVE = (Case.erased_at.is_(None), Case.transferred_at.is_(None))
"""A case this store still works on: not erased, not transferred to another Ambito (her
reminders are the receiver's then)."""


def _live_codes(uow: UnitOfWork) -> dict[int, str]:
    rows = uow.session.execute(select(Case.id, Case.code).where(*LIVE))
    return {case_id: code for case_id, code in rows}


def project_facts(context: TaskContext) -> list[ProjectFacts]:
    codes = _live_codes(context.uow)
    monitored = last_monitoring(context.uow)
    return [
        ProjectFacts(
            case_id,
            codes[case_id],
            number,
            validated_on,
            monitored.get(case_id),
            context.followers.get(case_id, ()),
        )
        for case_id, (number, validated_on) in running_projects(context.uow).items()
        if case_id in codes
    ]


def commitment_facts(context: TaskContext) -> list[CommitmentFacts]:
    ids = {
        code: case_id for code, case_id in context.uow.session.execute(select(Case.code, Case.id))
    }
    return [
        CommitmentFacts(
            ids[idle.case_code],
            idle.case_code,
            idle.seq,
            idle.fund,
            idle.residual,
            idle.since,
            context.followers.get(ids[idle.case_code], ()),
        )
        for idle in idle_commitments(context.uow)
        if idle.case_code in ids
    ]


def last_updates(uow: UnitOfWork) -> dict[int, date]:
    """Case id → the day anything was last recorded on the case: the referral or its edit, an
    assessment, a project revision, a monitoring update or closure, a ledger row."""
    latest = {
        case_id: stamp for case_id, stamp in uow.session.execute(select(Case.id, Case.updated_at))
    }
    stamps = (
        (AssessmentRecord.case_id, AssessmentRecord.created_at),
        (ProjectRevisionRecord.case_id, ProjectRevisionRecord.created_at),
        (ProjectEventRecord.case_id, ProjectEventRecord.created_at),
        (LedgerRecord.case_id, LedgerRecord.created_at),
    )
    for case_column, stamp_column in stamps:
        rows = uow.session.execute(
            select(case_column, func.max(stamp_column)).group_by(case_column)
        )
        for case_id, stamp in rows:
            if stamp and stamp > latest.get(case_id, ""):
                latest[case_id] = stamp
    return {case_id: date.fromisoformat(stamp[:10]) for case_id, stamp in latest.items()}


def case_facts(context: TaskContext) -> list[CaseFacts]:
    uow = context.uow
    cases = uow.session.execute(
        select(Case.id, Case.code, Case.referral_date, Case.stage)
        .add_columns(Case.line_work, Case.line_housing)
        .where(*LIVE, Case.stage.not_in(FINAL_STAGES))
    )
    in_project = set(running_projects(uow))
    updated = last_updates(uow)
    facts = []
    for case_id, code, referral, stage, work, housing in cases:
        waiting = (work or housing) and stage in WAITING_STAGES and case_id not in in_project
        referral_date = date.fromisoformat(referral)
        facts.append(
            CaseFacts(
                case_id,
                code,
                max(updated.get(case_id, referral_date), referral_date),
                referral_date,
                bool(waiting),
                context.followers.get(case_id, ()),
            )
        )
    return facts


def _monitoring(context: TaskContext) -> Iterable[Task]:
    return rules.monitoring_tasks(context.projects, context.limits, context.today)


def _review(context: TaskContext) -> Iterable[Task]:
    return rules.review_tasks(context.projects, context.limits, context.today)


def _idle_commitments(context: TaskContext) -> Iterable[Task]:
    return rules.idle_commitment_tasks(commitment_facts(context), context.limits, context.today)


def _stale_cases(context: TaskContext) -> Iterable[Task]:
    return rules.stale_case_tasks(context.cases, context.limits, context.today)


def _waiting(context: TaskContext) -> Iterable[Task]:
    return rules.waiting_tasks(context.cases, context.limits, context.today)


def referral_facts(context: TaskContext) -> list[ReferralFacts]:
    """The referrals of the open cases (`context.cases`) still waiting for the answer."""
    open_cases = {case.case_id: case.case_code for case in context.cases}
    by_case = referral_rows.referrals_by_case(context.uow, list(open_cases))
    return [
        ReferralFacts(
            case_id,
            open_cases[case_id],
            referral.id,
            referral.service_kind,
            referral.sent_on,
            context.followers.get(case_id, ()),
        )
        for case_id, referrals in by_case.items()
        if case_id in open_cases
        for referral in referrals
        if referral.status == SENT
    ]


def _unanswered_referrals(context: TaskContext) -> Iterable[Task]:
    return rules.unanswered_referral_tasks(referral_facts(context), context.limits, context.today)


TASK_SOURCES: dict[str, TaskSource] = {
    "monitoraggio": _monitoring,
    "verifica_progetto": _review,
    "impegni_fermi": _idle_commitments,
    "casi_senza_aggiornamenti": _stale_cases,
    "attesa_lunga": _waiting,
    "invii_senza_risposta": _unanswered_referrals,
}
"""Every source of reminders, by name (the extension point: a new kind adds its source here)."""
