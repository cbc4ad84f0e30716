"""The pure rules of the «Da fare» reminders: the days things fall due, the horizon, who sees
what, and the thresholds' bounds."""

from __future__ import annotations

from datetime import date

import pytest

from antiviolenza_desktop.domain.tasks import kinds
from antiviolenza_desktop.domain.tasks.rules import (
    CaseFacts,
    CommitmentFacts,
    ProjectFacts,
    idle_commitment_tasks,
    in_order,
    monitoring_tasks,
    next_monitoring,
    next_review,
    visible_to,
    waiting_tasks,
)
from antiviolenza_desktop.domain.tasks.thresholds import (
    BOUNDS,
    FIELDS,
    TaskThresholds,
    ThresholdOutOfRange,
    check_thresholds,
)


def test_a_new_validation_after_the_last_update_restarts_the_monitoring_clock() -> None:
    assert next_monitoring(date(2026, 1, 31), None, 3) == date(2026, 4, 30)
    assert next_monitoring(date(2026, 1, 10), date(2026, 3, 1), 3) == date(2026, 6, 1)
    assert next_monitoring(date(2026, 5, 1), date(2026, 3, 1), 3) == date(2026, 8, 1)
    assert next_review(date(2025, 8, 31), 6) == date(2026, 2, 28)


def test_the_horizon_decides_when_a_reminder_shows() -> None:
    project = ProjectFacts(1, "CRE-1", 1, date(2026, 1, 1), None, ("op.una",))
    limits = TaskThresholds(horizon_days=0)
    assert list(monitoring_tasks([project], limits, date(2026, 3, 31))) == []
    [due] = monitoring_tasks([project], limits, date(2026, 4, 1))
    assert (due.due, due.overdue, due.kind) == (date(2026, 4, 1), False, kinds.MONITORING_DUE.code)
    [late] = monitoring_tasks([project], limits, date(2026, 4, 2))
    assert late.overdue and late.message.text.startswith("Aggiornamento di monitoraggio")


def test_a_commitment_fully_paid_and_a_woman_not_waiting_are_no_task() -> None:
    limits = TaskThresholds()
    paid = CommitmentFacts(1, "CRE-1", 4, "active_policies", 0, date(2020, 1, 1))
    assert list(idle_commitment_tasks([paid], limits, date(2026, 1, 1))) == []
    taken = CaseFacts(1, "CRE-1", date(2026, 1, 1), date(2020, 1, 1), waiting=False)
    assert list(waiting_tasks([taken], limits, date(2026, 1, 1))) == []


def test_who_sees_what_and_in_which_order() -> None:
    limits, today = TaskThresholds(), date(2026, 6, 1)
    hers = CaseFacts(1, "CRE-2", today, date(2026, 1, 1), True, ("op.una",))
    nobody = CaseFacts(2, "CRE-1", today, date(2026, 1, 1), True, ())
    found = in_order(waiting_tasks([hers, nobody], limits, today))
    assert [t.case_code for t in found] == ["CRE-1", "CRE-2"]  # same day: by code
    assert [t.case_id for t in visible_to(found, "op.una", everyone=False)] == [1]
    assert visible_to(found, None, everyone=False) == []
    assert len(visible_to(found, None, everyone=True)) == 2


@pytest.mark.parametrize("name", FIELDS)
def test_each_threshold_is_refused_outside_its_bounds(name: str) -> None:
    low, high = BOUNDS[name]
    for value in (low - 1, high + 1):
        with pytest.raises(ThresholdOutOfRange) as raised:
            check_thresholds(TaskThresholds(**{name: value}))
        assert raised.value.field == name and raised.value.params["value"] == value
    assert check_thresholds(TaskThresholds(**{name: low})) == TaskThresholds(**{name: low})
