"""The «referral not answered» reminder on real stores: a referral still «inviata» falls due
`referral_answer_days` after it was sent (the coordinator's threshold), shows `horizon_days`
before, names the service and no woman, and goes away once the service's answer is recorded."""

from __future__ import annotations

from datetime import date, timedelta

from antiviolenza_desktop.domain.case import referral as rules
from antiviolenza_desktop.domain.case.referral import NewStatus
from antiviolenza_desktop.domain.tasks import kinds
from antiviolenza_desktop.operations import case_referrals
from antiviolenza_desktop.operations.tasks import read_tasks, set_thresholds
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.task_sources import TASK_SOURCES
from tests.referral_support import referral_consent, send

TODAY = date.today()
CODE = kinds.REFERRAL_UNANSWERED.code


def _tasks(opened: OpenStore) -> dict[int, tuple[bool, str]]:
    """Referral number → (overdue, sentence) of the unanswered-referral reminders."""
    found = read_tasks(opened, everyone=True, today=TODAY).tasks
    return {
        int(dict(task.message.params)["number"]): (task.overdue, task.message.text)
        for task in found
        if task.kind == CODE
    }


def test_the_source_is_registered() -> None:
    assert "invii_senza_risposta" in TASK_SOURCES
    assert kinds.REFERRAL_UNANSWERED in kinds.TASK_KINDS


def test_an_unanswered_referral_falls_due_until_answered(opened: OpenStore, case_id: int) -> None:
    referral_consent(opened, case_id, "centro_impiego", TODAY - timedelta(days=60))
    late = send(opened, case_id, "centro_impiego", TODAY - timedelta(days=40))
    near = send(opened, case_id, "centro_impiego", TODAY - timedelta(days=20))
    recent = send(opened, case_id, "centro_impiego", TODAY - timedelta(days=5))
    shown = _tasks(opened)
    assert set(shown) == {late, near}
    assert shown[late][0] is True and shown[near][0] is False
    sent = f"{TODAY - timedelta(days=40):%d/%m/%Y}"
    assert shown[late][1] == (
        f"Invio n. {late} a «Centro per l'impiego» del {sent}: nessuna risposta del servizio "
        "(soglia 30 giorni)."
    )
    case_referrals.change_status(opened, case_id, late, NewStatus(rules.ACCEPTED, TODAY))
    case_referrals.change_status(opened, case_id, near, NewStatus(rules.REFUSED, TODAY, "Pieno"))
    assert set(_tasks(opened)) == set()
    assert recent not in _tasks(opened)


def test_the_coordinator_threshold_moves_the_day(opened: OpenStore, case_id: int) -> None:
    referral_consent(opened, case_id, "aler", TODAY - timedelta(days=60))
    number = send(opened, case_id, "aler", TODAY - timedelta(days=40))
    set_thresholds(opened, {"referral_answer_days": 60, "horizon_days": 0})
    assert number not in _tasks(opened)
    set_thresholds(opened, {"referral_answer_days": 10})
    assert _tasks(opened)[number][0] is True
