"""What is due, from plain facts: the rules of the «Da fare» reminders.

Each rule turns facts the store already keeps into `Task`s: when a thing falls due, and whether
that day is past. A reminder shows from `horizon_days` before its day; it goes away by itself
when the fact it waits for is recorded (a monitoring update moves the next one on, a new
validated revision moves the review, a payment restarts a commitment's clock, any write on a
case restarts its own). Services gather the facts (`services.task_sources`); whom a task is for
is theirs too, carried here as plain logins.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from antiviolenza_desktop.domain.case.referral import label_of
from antiviolenza_desktop.domain.funds.network_training import BODY_KINDS
from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.domain.messages import Message
from antiviolenza_desktop.domain.money import Cents, format_eur
from antiviolenza_desktop.domain.programme.calendar import add_months
from antiviolenza_desktop.domain.tasks import kinds
from antiviolenza_desktop.domain.tasks.thresholds import TaskThresholds


def day_text(day: date) -> str:
    return day.strftime("%d/%m/%Y")


@dataclass(frozen=True, slots=True)
class Task:
    """One reminder: its keyed sentence, the case (and ledger row) it points to, its day, and
    the logins of the workers it is for (empty: nobody recorded on the case yet)."""

    message: Message
    case_id: int
    case_code: str
    due: date
    overdue: bool
    for_users: tuple[str, ...] = ()
    ledger_seq: int | None = None

    @property
    def kind(self) -> str:
        return self.message.code


@dataclass(frozen=True, slots=True)
class ProjectFacts:
    """A project in force and not closed: its revision, validation and last monitoring day."""

    case_id: int
    case_code: str
    revision: int
    validated_on: date
    last_monitoring: date | None
    for_users: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CommitmentFacts:
    """A live commitment with something left to pay, and its last payment (or its own day)."""

    case_id: int
    case_code: str
    seq: int
    fund: str
    residual: Cents
    since: date
    for_users: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """An open case: the last day anything was recorded on it, and whether she still waits
    to be taken in charge on a line she asked for (with her referral date)."""

    case_id: int
    case_code: str
    last_update: date
    referral_date: date
    waiting: bool
    for_users: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReferralFacts:
    """A referral of an open case still «inviata»: the service has not answered yet."""

    case_id: int
    case_code: str
    number: int
    service: str
    sent_on: date
    for_users: tuple[str, ...] = ()


def next_monitoring(validated_on: date, last: date | None, months: int) -> date:
    """The day the next monitoring update is due: `months` after the last (or the validation)."""
    return add_months(max(validated_on, last or validated_on), months)


def next_review(validated_on: date, months: int) -> date:
    """The day the project in force is due for review: `months` after its validation."""
    return add_months(validated_on, months)


def _task(
    message: Message,
    facts: CaseFacts | ProjectFacts | CommitmentFacts | ReferralFacts,
    due: date,
    today: date,
) -> Task:
    seq = facts.seq if isinstance(facts, CommitmentFacts) else None
    return Task(message, facts.case_id, facts.case_code, due, due < today, facts.for_users, seq)


def _shown(due: date, today: date, limits: TaskThresholds) -> bool:
    return due <= today + timedelta(days=limits.horizon_days)


def monitoring_tasks(
    projects: Iterable[ProjectFacts], limits: TaskThresholds, today: date
) -> Iterator[Task]:
    months = limits.monitoring_months
    for project in projects:
        due = next_monitoring(project.validated_on, project.last_monitoring, months)
        if _shown(due, today, limits):
            last = max(project.validated_on, project.last_monitoring or project.validated_on)
            message = kinds.MONITORING_DUE(
                revision=project.revision, last=day_text(last), months=months
            )
            yield _task(message, project, due, today)


def review_tasks(
    projects: Iterable[ProjectFacts], limits: TaskThresholds, today: date
) -> Iterator[Task]:
    months = limits.review_months
    for project in projects:
        due = next_review(project.validated_on, months)
        if _shown(due, today, limits):
            message = kinds.REVIEW_DUE(
                revision=project.revision, validated=day_text(project.validated_on), months=months
            )
            yield _task(message, project, due, today)


def idle_commitment_tasks(
    commitments: Iterable[CommitmentFacts], limits: TaskThresholds, today: date
) -> Iterator[Task]:
    months = limits.idle_commitment_months
    for commitment in commitments:
        due = add_months(commitment.since, months)
        if commitment.residual > 0 and _shown(due, today, limits):
            message = kinds.COMMITMENT_IDLE(
                seq=commitment.seq,
                fund=FUND_LABELS[commitment.fund],
                residual=format_eur(commitment.residual),
                last=day_text(commitment.since),
                months=months,
            )
            yield _task(message, commitment, due, today)


def stale_case_tasks(
    cases: Iterable[CaseFacts], limits: TaskThresholds, today: date
) -> Iterator[Task]:
    weeks = limits.stale_case_weeks
    for case in cases:
        due = case.last_update + timedelta(weeks=weeks)
        if _shown(due, today, limits):
            message = kinds.CASE_STALE(last=day_text(case.last_update), weeks=weeks)
            yield _task(message, case, due, today)


def waiting_tasks(
    cases: Iterable[CaseFacts], limits: TaskThresholds, today: date
) -> Iterator[Task]:
    weeks = limits.waiting_weeks
    for case in cases:
        due = case.referral_date + timedelta(weeks=weeks)
        if case.waiting and _shown(due, today, limits):
            message = kinds.WAITING_LONG(since=day_text(case.referral_date), weeks=weeks)
            yield _task(message, case, due, today)


def unanswered_referral_tasks(
    referrals: Iterable[ReferralFacts], limits: TaskThresholds, today: date
) -> Iterator[Task]:
    """A referral still waiting for the service's answer `referral_answer_days` after it was
    sent; it goes away when its answer (accolta or rifiutata) is recorded."""
    days = limits.referral_answer_days
    for referral in referrals:
        due = referral.sent_on + timedelta(days=days)
        if _shown(due, today, limits):
            message = kinds.REFERRAL_UNANSWERED(
                number=referral.number,
                service=label_of(BODY_KINDS, referral.service),
                sent=day_text(referral.sent_on),
                days=days,
            )
            yield _task(message, referral, due, today)


def in_order(tasks: Iterable[Task]) -> list[Task]:
    """Earliest day first; on the same day by case code, then by kind."""
    return sorted(tasks, key=lambda task: (task.due, task.case_code, task.kind))


def visible_to(tasks: Iterable[Task], login: str | None, *, everyone: bool) -> list[Task]:
    """The tasks a worker sees: all of them (`everyone`), or those for her."""
    if everyone:
        return list(tasks)
    return [task for task in tasks if login is not None and login in task.for_users]
