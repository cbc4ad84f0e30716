"""Period approval's pure rules: periods (months and quarters), the state machine, overlapping
and unfinished submissions, the send-back reason."""

from __future__ import annotations

from datetime import date

import pytest

from antiviolenza_desktop.domain.approval.periods import (
    InvalidPeriod,
    Period,
    parse_period,
    period_from_code,
)
from antiviolenza_desktop.domain.approval.states import (
    PeriodNotEnded,
    PeriodOverlaps,
    SendBackReasonMissing,
    SendBackReasonTooLong,
    TransitionRefused,
    check_submission,
    is_locked,
    next_state,
    send_back_reason,
)

MARCH = Period(2026, month=3)
Q1 = Period(2026, quarter=1)
Q2 = Period(2026, quarter=2)
LATER = date(2026, 12, 5)


def test_periods_are_typed_and_coded_as_months_or_quarters() -> None:
    assert parse_period("03/2026") == parse_period("3/2026") == parse_period("2026-03") == MARCH
    assert parse_period("T1/2026") == parse_period("q1/2026") == parse_period("2026-Q1") == Q1
    assert (MARCH.code, MARCH.label, Q1.code, Q1.label) == (
        "2026-03",
        "03/2026",
        "2026-Q1",
        "T1/2026",
    )
    assert period_from_code(Q1.code) == Q1 and period_from_code(MARCH.code) == MARCH
    for wrong in ("13/2026", "T5/2026", "2026-3", "marzo", "", "1999-01"):
        with pytest.raises(InvalidPeriod) as refused:
            parse_period(wrong)
        assert refused.value.code == "periodo_non_valido"
    with pytest.raises(ValueError):
        Period(2026)


def test_a_quarter_holds_its_three_months_and_overlaps_them() -> None:
    assert Q1.months() == (1, 2, 3) and Q2.months() == (4, 5, 6)
    assert (Q1.first_day, Q1.last_day) == (date(2026, 1, 1), date(2026, 3, 31))
    assert Period(2028, month=2).last_day == date(2028, 2, 29)
    assert Q1.overlaps(MARCH) and MARCH.overlaps(Q1) and not Q2.overlaps(MARCH)
    assert not Period(2025, quarter=1).overlaps(Q1)
    assert Q1.contains(date(2026, 2, 14)) and not Q1.contains(date(2026, 4, 1))
    assert Q1.contains_month("2026-02") and not Q1.contains_month("2025-02")


def test_the_state_machine() -> None:
    assert next_state(MARCH, None, "submit") == "submitted"
    assert next_state(MARCH, "submitted", "approve") == "approved"
    assert next_state(MARCH, "submitted", "send_back") == "sent_back"
    assert next_state(MARCH, "sent_back", "submit") == "submitted"
    assert next_state(MARCH, "approved", "reopen") == "reopened"
    assert next_state(MARCH, "reopened", "submit") == "submitted"
    refused = (
        (None, "approve"),
        (None, "send_back"),
        (None, "reopen"),
        ("submitted", "submit"),
        ("submitted", "reopen"),
        ("approved", "submit"),
        ("approved", "approve"),
        ("approved", "send_back"),
        ("sent_back", "approve"),
        ("reopened", "reopen"),
    )
    for state, action in refused:
        with pytest.raises(TransitionRefused) as error:
            next_state(MARCH, state, action)
        assert error.value.code == "periodo_passaggio_non_ammesso"
        assert error.value.params["period"] == "03/2026"
    assert is_locked("approved") and not any(
        is_locked(s) for s in (None, "submitted", "sent_back", "reopened")
    )


def test_a_period_not_ended_is_not_submitted() -> None:
    assert check_submission(MARCH, {}, today=date(2026, 4, 1)) == "submitted"
    with pytest.raises(PeriodNotEnded) as refused:
        check_submission(MARCH, {}, today=date(2026, 3, 31))
    assert refused.value.params == {
        "period": "03/2026",
        "last_day": "31/03/2026",
        "today": "31/03/2026",
    }


@pytest.mark.parametrize("blocking", ["submitted", "approved"])
def test_overlapping_submissions_are_refused(blocking: str) -> None:
    with pytest.raises(PeriodOverlaps) as refused:
        check_submission(Q1, {MARCH: blocking}, today=LATER)
    assert refused.value.params["other"] == "03/2026"
    with pytest.raises(PeriodOverlaps):
        check_submission(MARCH, {Q1: blocking}, today=LATER)
    assert check_submission(Q2, {MARCH: blocking}, today=LATER) == "submitted"


@pytest.mark.parametrize("open_again", ["sent_back", "reopened"])
def test_a_period_open_again_does_not_block_nor_is_blocked(open_again: str) -> None:
    assert check_submission(Q1, {MARCH: open_again}, today=LATER) == "submitted"
    assert check_submission(MARCH, {MARCH: open_again}, today=LATER) == "submitted"


def test_a_send_back_needs_a_reason_of_at_most_200_characters() -> None:
    assert send_back_reason("  Mancano   le ore di marzo ") == "Mancano le ore di marzo"
    with pytest.raises(SendBackReasonMissing):
        send_back_reason("   ")
    with pytest.raises(SendBackReasonTooLong) as refused:
        send_back_reason("x" * 201)
    assert refused.value.params == {"length": 201, "most": 200}
    assert send_back_reason("x" * 200) == "x" * 200
