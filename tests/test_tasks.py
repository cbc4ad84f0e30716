"""The «Da fare» reminders on real stores: each kind due, overdue, not yet due and gone once the
awaited fact is recorded; whom a task is for; the thresholds and their refusals."""

from __future__ import annotations

import random
from contextlib import closing
from dataclasses import replace
from datetime import date, timedelta

import pytest
from faker import Faker

from antiviolenza_desktop.domain.errors import PermissionDenied
from antiviolenza_desktop.domain.programme.calendar import add_months
from antiviolenza_desktop.domain.project.revisions import MonitoringUpdate
from antiviolenza_desktop.domain.tasks import kinds
from antiviolenza_desktop.domain.tasks.thresholds import (
    TaskThresholds,
    ThresholdOutOfRange,
    ThresholdUnknown,
)
from antiviolenza_desktop.operations.tasks import (
    read_project_due_dates,
    read_tasks,
    read_thresholds,
    set_thresholds,
)
from antiviolenza_desktop.reports.case_prints import blank_project, project_print
from antiviolenza_desktop.reports.project_form import project_form_bytes
from antiviolenza_desktop.services import fund_figures, ledger, ledger_writes, projects
from antiviolenza_desktop.services.intake import load_case, record_case, update_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork, actor_for
from antiviolenza_desktop.services.users import insert_user
from antiviolenza_desktop.store.schema import Case
from tests.funds_support import validate_project, work_project
from tests.signoff_support import sign_in
from tests.test_case_prints import _text

TODAY = date.today()


def kinds_of(opened: OpenStore, today: date, case_id: int) -> dict[str, bool]:
    """Kind code → overdue, for the tasks of one case on `today` (whole store)."""
    shown = read_tasks(opened, everyone=True, today=today).tasks
    return {task.kind: task.overdue for task in shown if task.case_id == case_id}


def running_project(opened: OpenStore, case_id: int) -> None:
    validate_project(opened, case_id, work_project(100_000))


def waiting_case(opened: OpenStore, *, weeks_ago: int, seed: int = 7) -> int:
    """A woman referred `weeks_ago` weeks ago for the work line, received, not yet in charge."""
    faker = Faker("it_IT")
    faker.seed_instance(seed)
    referred = TODAY - timedelta(weeks=weeks_ago)
    draft = synthetic_case(random.Random(seed), faker, ["aida"], referred)
    draft = replace(
        draft,
        referral_date=referred,
        lines_requested=frozenset({"work"}),
        stage="reception",
        stage_dates={"contact": referred, "reception": referred},
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        return record_case(uow, draft=draft, today=TODAY).case_id


def age_case(opened: OpenStore, case_id: int, weeks: int) -> None:
    """Make the case look last touched `weeks` weeks ago (its own timestamps only)."""
    stamp = (TODAY - timedelta(weeks=weeks)).isoformat() + "T09:00:00+00:00"
    with UnitOfWork(opened.store, opened.actor) as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        case.created_at = case.updated_at = stamp


def test_monitoring_falls_due_after_the_period_and_moves_with_each_update(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    running_project(opened, case_id)
    due = add_months(TODAY, 3)
    code = kinds.MONITORING_DUE.code
    assert code not in kinds_of(opened, TODAY, case_id)
    assert kinds_of(opened, due - timedelta(days=7), case_id)[code] is False
    assert kinds_of(opened, due + timedelta(days=1), case_id)[code] is True
    later = due + timedelta(days=1)
    with UnitOfWork(opened.store, opened.actor) as uow:
        update = MonitoringUpdate(on=later, source="cpi", note="Colloquio svolto")
        projects.add_monitoring(uow, case_id=case_id, update=update, today=later)
    assert code not in kinds_of(opened, later, case_id)
    dates = read_project_due_dates(opened, case_id)
    assert dates is not None and dates.monitoring == add_months(later, 3)
    assert dates.review == add_months(TODAY, 6)


def test_review_falls_due_months_after_validation_and_a_new_revision_resets_it(
    opened, case_id
) -> None:  # type: ignore[no-untyped-def]
    running_project(opened, case_id)
    due = add_months(TODAY, 6)
    code = kinds.REVIEW_DUE.code
    assert code not in kinds_of(opened, due - timedelta(days=15), case_id)
    assert kinds_of(opened, due, case_id)[code] is False
    assert kinds_of(opened, due + timedelta(days=1), case_id)[code] is True
    with UnitOfWork(opened.store, opened.actor) as uow:
        projects.save_draft(uow, case_id=case_id, draft=work_project(100_000))
        sign_in(uow, case_id)
        projects.validate(uow, case_id=case_id, validated_on=due, today=due)
    assert code not in kinds_of(opened, due + timedelta(days=1), case_id)


def test_a_commitment_with_no_payment_for_months_is_a_task_until_paid(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    running_project(opened, case_id)
    due = add_months(TODAY, 3)
    later = due + timedelta(days=1)
    code = kinds.COMMITMENT_IDLE.code
    assert code not in kinds_of(opened, TODAY, case_id)
    assert kinds_of(opened, due - timedelta(days=1), case_id)[code] is False
    shown = read_tasks(opened, today=later).tasks
    [idle] = [task for task in shown if task.kind == code]
    assert idle.overdue and idle.ledger_seq is not None and idle.case_id == case_id
    with UnitOfWork(opened.store, opened.actor) as uow:
        ledger_writes.record_disbursement(
            uow,
            commitment_seq=idle.ledger_seq,
            amount=10_000,
            on=later,
            payee="Ente di formazione",
            document_ref="Fattura 1",
            today=later,
        )
    assert code not in kinds_of(opened, later, case_id)
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert ledger.entry(uow, idle.ledger_seq).kind == "commitment"


def test_a_case_with_no_update_for_weeks_is_a_task_until_it_is_updated(opened) -> None:  # type: ignore[no-untyped-def]
    case_id = waiting_case(opened, weeks_ago=20)
    code = kinds.CASE_STALE.code
    assert code not in kinds_of(opened, TODAY, case_id)
    age_case(opened, case_id, 7)
    assert kinds_of(opened, TODAY, case_id)[code] is False
    age_case(opened, case_id, 9)
    assert kinds_of(opened, TODAY, case_id)[code] is True
    with UnitOfWork(opened.store, opened.actor) as uow:
        draft = load_case(uow, case_id=case_id).draft
        update_case(uow, case_id=case_id, draft=draft, today=TODAY)
    assert code not in kinds_of(opened, TODAY, case_id)


def test_a_woman_waiting_too_long_is_a_task_until_she_is_taken_in_charge(opened) -> None:  # type: ignore[no-untyped-def]
    code = kinds.WAITING_LONG.code
    recent = waiting_case(opened, weeks_ago=4, seed=8)
    near = waiting_case(opened, weeks_ago=11, seed=9)
    late = waiting_case(opened, weeks_ago=13, seed=10)
    assert code not in kinds_of(opened, TODAY, recent)
    assert kinds_of(opened, TODAY, near)[code] is False
    assert kinds_of(opened, TODAY, late)[code] is True
    with UnitOfWork(opened.store, opened.actor) as uow:
        draft = load_case(uow, case_id=late).draft
        stages = {**draft.stage_dates, "taken_in_charge": TODAY}
        moved = replace(draft, stage="taken_in_charge", stage_dates=stages)
        update_case(uow, case_id=late, draft=moved, today=TODAY)
    assert code not in kinds_of(opened, TODAY, late)


def as_operator(opened: OpenStore, login: str) -> OpenStore:
    with UnitOfWork(opened.store, opened.actor) as uow:
        insert_user(uow.session, login=login, display_name="Operatrice", role="operator")
    return OpenStore(opened.store, actor_for(opened.store, login))


def test_an_operator_sees_the_tasks_of_the_cases_she_follows_a_coordinator_all(opened) -> None:  # type: ignore[no-untyped-def]
    una, due = as_operator(opened, "op.una"), as_operator(opened, "op.due")
    hers = waiting_case(una, weeks_ago=13, seed=11)
    theirs = waiting_case(opened, weeks_ago=13, seed=12)
    mine = read_tasks(una, today=TODAY)
    assert not mine.everyone
    assert {task.case_id for task in mine.tasks} == {hers}
    assert all(task.for_users == ("op.una",) for task in mine.tasks)
    assert read_tasks(due, today=TODAY).tasks == ()
    everyone = {task.case_id for task in read_tasks(due, everyone=True, today=TODAY).tasks}
    assert everyone == {hers, theirs}
    coordinator = read_tasks(opened, today=TODAY)
    assert coordinator.everyone and {task.case_id for task in coordinator.tasks} == {hers, theirs}


def test_the_list_is_in_order_of_day_and_names_no_woman(opened) -> None:  # type: ignore[no-untyped-def]
    first = waiting_case(opened, weeks_ago=20, seed=13)
    second = waiting_case(opened, weeks_ago=14, seed=14)
    shown = read_tasks(opened, today=TODAY).tasks
    assert [task.case_id for task in shown] == [first, second]
    with UnitOfWork(opened.store, opened.actor) as uow:
        names = [load_case(uow, case_id=c).draft.last_name for c in (first, second)]
    text = " ".join(task.message.text for task in shown)
    assert not any(name in text for name in names)


def test_thresholds_are_kept_in_the_store_and_change_what_is_due(opened) -> None:  # type: ignore[no-untyped-def]
    case_id = waiting_case(opened, weeks_ago=9, seed=15)
    assert read_thresholds(opened) == TaskThresholds()
    assert kinds.WAITING_LONG.code not in kinds_of(opened, TODAY, case_id)
    changed = set_thresholds(opened, {"waiting_weeks": 6, "horizon_days": 0})
    assert changed.waiting_weeks == 6 and read_thresholds(opened) == changed
    assert kinds_of(opened, TODAY, case_id)[kinds.WAITING_LONG.code] is True


def store_meta(opened: OpenStore) -> list[tuple[str, str]]:
    with closing(opened.store.raw_connection()) as connection:
        return connection.execute("SELECT key, value FROM store_meta ORDER BY key").fetchall()


def audit_count(opened: OpenStore) -> int:
    with closing(opened.store.raw_connection()) as connection:
        return int(connection.execute("SELECT count(*) FROM audit_log").fetchone()[0])


@pytest.mark.parametrize(
    ("changes", "refusal", "field"),
    [
        ({"monitoring_months": 0}, ThresholdOutOfRange, "monitoring_months"),
        ({"waiting_weeks": 6, "stale_case_weeks": 500}, ThresholdOutOfRange, "stale_case_weeks"),
        ({"horizon_days": -1}, ThresholdOutOfRange, "horizon_days"),
        ({"settimane": 3}, ThresholdUnknown, "settimane"),
    ],
)
def test_bad_thresholds_are_refused_with_a_keyed_message_and_nothing_changes(
    opened, changes, refusal, field
) -> None:  # type: ignore[no-untyped-def]
    set_thresholds(opened, {"review_months": 4})
    before, entries = store_meta(opened), audit_count(opened)
    with pytest.raises(refusal) as raised:
        set_thresholds(opened, changes)
    assert raised.value.code.startswith("soglia_da_fare")
    assert raised.value.field == field
    assert store_meta(opened) == before and audit_count(opened) == entries
    assert read_thresholds(opened).review_months == 4


def test_only_a_coordinator_sets_the_thresholds(opened) -> None:  # type: ignore[no-untyped-def]
    una = as_operator(opened, "op.una")
    before = store_meta(opened)
    with pytest.raises(PermissionDenied):
        set_thresholds(una, {"review_months": 4})
    assert store_meta(opened) == before


def test_a_project_not_validated_has_no_due_dates(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    assert read_project_due_dates(opened, case_id) is None


def test_the_project_print_shows_the_next_due_days(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    running_project(opened, case_id)
    set_thresholds(opened, {"monitoring_months": 2})
    with UnitOfWork(opened.store, opened.actor) as uow:
        data = project_print(uow, case_id=case_id, today=TODAY)
        blank = blank_project(uow, today=TODAY)
    assert data is not None
    text = " ".join(_text(project_form_bytes(data)).split())
    monitoring, review = add_months(TODAY, 2), add_months(TODAY, 6)
    assert f"Prossimo monitoraggio {monitoring:%d/%m/%Y}" in text
    assert f"Prossima verifica {review:%d/%m/%Y}" in text
    assert "Prossimo monitoraggio" in _text(project_form_bytes(blank))


def test_a_draft_project_prints_no_due_days(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        projects.save_draft(uow, case_id=case_id, draft=work_project(100_000))
        data = project_print(uow, case_id=case_id, today=TODAY)
    assert data is not None and data.next_monitoring is None
    assert "Prossimo monitoraggio" not in _text(project_form_bytes(data))


def test_the_fund_dashboard_warns_of_idle_commitments_after_the_same_months(
    opened, case_id
) -> None:  # type: ignore[no-untyped-def]
    running_project(opened, case_id)
    later = TODAY + timedelta(days=75)  # two and a half months without payments
    code = "impegno_senza_erogazioni"
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert code not in [w.message.code for w in fund_figures.warnings(uow, today=later)]
    set_thresholds(opened, {"idle_commitment_months": 2})
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert code in [w.message.code for w in fund_figures.warnings(uow, today=later)]
    assert kinds_of(opened, later, case_id)[kinds.COMMITMENT_IDLE.code] is True
