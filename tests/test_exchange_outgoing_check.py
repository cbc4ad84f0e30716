"""The exporter's check of its case objects (`payload.outgoing`) never accepts what the
capofila's check of the payload refuses: on valid snapshots both accept, and a payload with a
case made wrong in one field is not accepted by the fast check alone and is refused.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.payload.outgoing import cases_allowed, validate_outgoing
from antiviolenza_desktop.domain.payload.schema import validate_payload
from antiviolenza_desktop.domain.payload.snapshot import (
    FundAmounts,
    InterventionRecord,
    OutcomeRecord,
    Snapshot,
    to_payload,
)
from antiviolenza_desktop.domain.payload.totals import PayloadTotalsMismatch
from tests.exchange_samples import CAV, FUNDS, PROGRAMME, funds, record, snapshot_of, snapshots


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(snapshots("cremonese", 3))
def test_valid_snapshots_pass_both_checks_alike(snapshot: Snapshot) -> None:
    payload = to_payload(snapshot)
    assert cases_allowed(payload["cases"], CAV, FUNDS)
    validate_outgoing(payload, programme=PROGRAMME)
    validate_payload(payload, programme=PROGRAMME)


def test_wrong_totals_are_refused_by_the_fast_check() -> None:
    snapshot = snapshot_of("cremonese", 1, (record("y", money={"active_policies": (100, 0)}),))
    payload = to_payload(snapshot)
    payload["cases"][0]["funds"]["active_policies"]["committed"] = 99
    assert cases_allowed(payload["cases"], CAV, FUNDS)
    with pytest.raises(PayloadTotalsMismatch):
        validate_outgoing(payload, programme=PROGRAMME)


def _project(**changes: Any) -> dict[str, Any]:
    good = record("p").project
    assert good is not None
    return {"project": replace(good, **changes)}


ACTIVE = InterventionRecord("active_policies", "skills_review", 10_000, "planned")
WRONG_FIELDS: list[dict[str, Any]] = [
    {"record": "A" * 64},
    {"pseudonym": "RSSMRA85M41D150X"},
    {"cav": "Centro Rossi"},
    {"stage": "unknown"},
    {"age_band": "35"},
    {"referral_month": "2026-13"},
    {"referral_month": "1999-01"},
    {"lines": ("work", "work")},
    {"lines": ("nope",)},
    {"priority": ("rich",)},
    {"stage_months": (("contact", "2026-1"),)},
    {"stage_months": (("nope", "2026-01"),)},
    {"funds": funds()[1:]},
    {"funds": (("active_policies", FundAmounts(-1, 0)), *funds()[1:])},
    {"funds": (("active_policies", FundAmounts(10**13, 0)), *funds()[1:])},
    {"funds": (("active_policies", FundAmounts(True, 0)), *funds()[1:])},
    _project(revision=0),
    _project(status="draft"),
    _project(lines=("housing", "housing")),
    _project(validated_month="2026-00"),
    _project(drop_reason="free text"),
    _project(interventions=(replace(ACTIVE, kind="Mario Rossi"),)),
    _project(interventions=(replace(ACTIVE, fund="other"),)),
    _project(interventions=(replace(ACTIVE, planned=-5),)),
    _project(interventions=(replace(ACTIVE, status="lost"),)),
    _project(interventions=(replace(ACTIVE, start_month="2026/01"),)),
    _project(interventions=(InterventionRecord("passive_supports", "rent", 1, "planned"),)),
    _project(interventions=(ACTIVE,) * 501),
    _project(outcomes=(OutcomeRecord("promotion"),)),
    _project(outcomes=(OutcomeRecord("employed", "secret"),)),
]


@pytest.mark.parametrize("change", WRONG_FIELDS, ids=lambda c: next(iter(c)))
def test_a_wrong_record_is_never_accepted_by_the_typed_check_alone(
    change: dict[str, Any],
) -> None:
    wrong = replace(record("x", money={"active_policies": (100, 0)}), **change)
    snapshot = snapshot_of("cremonese", 1, (record("y"), wrong))
    payload = to_payload(snapshot)
    assert not cases_allowed(payload["cases"], CAV, FUNDS)
    with pytest.raises(AppError):
        validate_outgoing(payload, programme=PROGRAMME)


@pytest.mark.parametrize(
    "path", [(), ("project",), ("project", "interventions", 0), ("funds", "active_policies")]
)
def test_an_extra_field_anywhere_in_a_case_is_refused(path: tuple[Any, ...]) -> None:
    payload = to_payload(snapshot_of("cremonese", 1, (record("y"),)))
    target = payload["cases"][0]
    for step in path:
        target = target[step]
    target["first_name"] = "Maria"
    assert not cases_allowed(payload["cases"], CAV, FUNDS)
    with pytest.raises(AppError):
        validate_outgoing(payload, programme=PROGRAMME)


def test_a_text_that_is_not_a_plain_string_is_left_to_the_precise_check() -> None:
    """A str subclass (an enum member) is refused by the import's `string()`; the fast check
    must not vouch for it."""
    from enum import StrEnum

    class Fund(StrEnum):
        ACTIVE = "active_policies"

    payload = to_payload(snapshot_of("cremonese", 1, (record("y"),)))
    project = payload["cases"][0]["project"]
    assert project is not None and project["interventions"]
    project["interventions"][0]["fund"] = Fund(project["interventions"][0]["fund"])
    assert not cases_allowed(payload["cases"], CAV, FUNDS)


def test_more_cases_than_the_import_allows_are_left_to_the_precise_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from antiviolenza_desktop.domain.payload import outgoing

    payload = to_payload(snapshot_of("cremonese", 1, (record("y"), record("z"))))
    assert cases_allowed(payload["cases"], CAV, FUNDS)
    monkeypatch.setattr(outgoing, "MAX_CASES", 1)
    assert not cases_allowed(payload["cases"], CAV, FUNDS)
