"""The O.R.A./ISTAT fields of a case: their rules (each refusal keyed), the store round trip,
and a case recorded before the fields existed reading back as "non rilevato"."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest
from alembic import command
from faker import Faker
from sqlalchemy import text

from antiviolenza_desktop.domain.case import statutory_issues as issues
from antiviolenza_desktop.domain.case.intake import CaseDraft, CaseHasErrors
from antiviolenza_desktop.domain.case.statutory import (
    ServiceGiven,
    StatutoryFacts,
    check_statutory,
)
from antiviolenza_desktop.operations import case_intake
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.store_lifecycle import unlock
from antiviolenza_desktop.services.synthetic_people import synthetic_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.store import migrations_runner
from antiviolenza_desktop.store.unlock import open_with_password
from tests.support import LOGIN, PASSWORD

TODAY = date(2026, 6, 30)
REFERRAL = date(2026, 3, 10)
FULL = StatutoryFacts(
    contact_channel="helpline_1522",
    help_before=frozenset({"police", "relatives_friends"}),
    services=(ServiceGiven("reception", date(2026, 3, 2)), ServiceGiven("legal", REFERRAL)),
    perpetrator_sex="male",
    perpetrator_age_band="40_49",
    perpetrator_citizenship="non_eu",
    perpetrator_record=frozenset({"previous_complaints", "police_warning"}),
    outcomes=frozenset({"perpetrator_removed"}),
)


def _codes(facts: StatutoryFacts, **dates: date) -> list[tuple[str, str]]:
    found = check_statutory(facts, today=TODAY, referral_date=REFERRAL, stage_dates=dates)
    return [(issue.field, issue.code) for issue in found]


def test_complete_answers_and_blank_answers_are_both_valid() -> None:
    assert _codes(FULL, contact=date(2026, 3, 1)) == []
    assert _codes(StatutoryFacts()) == []


@pytest.mark.parametrize(
    "facts, expected",
    [
        (StatutoryFacts(contact_channel="carrier_pigeon"), "statutory.contact_channel"),
        (StatutoryFacts(perpetrator_age_band="17"), "statutory.perpetrator_age_band"),
        (StatutoryFacts(perpetrator_citizenship="mars"), "statutory.perpetrator_citizenship"),
        (StatutoryFacts(perpetrator_sex="x"), "statutory.perpetrator_sex"),
        (StatutoryFacts(help_before=frozenset({"oracle"})), "statutory.help_before"),
        (StatutoryFacts(outcomes=frozenset({"reconciled"})), "statutory.outcomes"),
    ],
)
def test_codes_outside_their_closed_list_are_refused(facts: StatutoryFacts, expected: str) -> None:
    assert _codes(facts) == [(expected, "valore_non_previsto")]


def test_none_excludes_the_other_answers() -> None:
    facts = StatutoryFacts(
        help_before=frozenset({"none", "police"}),
        perpetrator_record=frozenset({"none", "custody"}),
    )
    assert _codes(facts) == [
        ("statutory.help_before", issues.NONE_WITH_OTHERS.code),
        ("statutory.perpetrator_record", issues.NONE_WITH_OTHERS.code),
    ]


def test_each_service_needs_a_kind_and_a_day_from_first_contact_to_today() -> None:
    facts = StatutoryFacts(
        services=(
            ServiceGiven(None, REFERRAL),
            ServiceGiven("legal", None),
            ServiceGiven("legal", TODAY + timedelta(days=1)),
            ServiceGiven("legal", date(2026, 2, 28)),
            ServiceGiven("tarot", REFERRAL),
            ServiceGiven("shelter", TODAY),
        )
    )
    assert _codes(facts, contact=date(2026, 3, 1)) == [
        ("statutory.services[0].kind", issues.SERVICE_KIND_MISSING.code),
        ("statutory.services[1].day", issues.SERVICE_DATE_MISSING.code),
        ("statutory.services[2].day", issues.SERVICE_DATE_FUTURE.code),
        ("statutory.services[3].day", issues.SERVICE_BEFORE_CONTACT.code),
        ("statutory.services[4].kind", issues.SERVICE_KIND_UNKNOWN.code),
    ]


def test_without_a_first_contact_date_the_referral_is_the_bound() -> None:
    early = StatutoryFacts(services=(ServiceGiven("legal", date(2026, 3, 2)),))
    assert _codes(early) == [("statutory.services[0].day", issues.SERVICE_BEFORE_CONTACT.code)]


def _draft(seed: int) -> CaseDraft:
    faker = Faker("it_IT")
    faker.seed_instance(seed)
    return synthetic_case(random.Random(seed), faker, ["aida"], date.today())


def _with_answers(draft: CaseDraft) -> CaseDraft:
    day = draft.referral_date
    assert day is not None
    services = (ServiceGiven("reception", day), ServiceGiven("psychological", day))
    return replace(draft, statutory=replace(FULL, services=services))


def test_the_answers_are_stored_and_read_back(opened) -> None:  # type: ignore[no-untyped-def]
    draft = _with_answers(_draft(21))
    saved = case_intake.save_case(opened, None, draft)
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert load_case(uow, case_id=saved.case_id).draft.statutory == draft.statutory
    emptied = replace(draft, statutory=StatutoryFacts())
    case_intake.save_case(opened, saved.case_id, emptied)
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert load_case(uow, case_id=saved.case_id).draft.statutory == StatutoryFacts()


def test_a_refused_service_leaves_the_case_as_it_was(opened) -> None:  # type: ignore[no-untyped-def]
    saved = case_intake.save_case(opened, None, _with_answers(_draft(22)))
    with UnitOfWork(opened.store, opened.actor) as uow:
        before = load_case(uow, case_id=saved.case_id)
    future = ServiceGiven("legal", date.today() + timedelta(days=3))
    bad = replace(before.draft.statutory, services=(*before.draft.statutory.services, future))
    with pytest.raises(CaseHasErrors) as refused:
        case_intake.save_case(opened, saved.case_id, replace(before.draft, statutory=bad))
    assert [i.code for i in refused.value.issues] == [issues.SERVICE_DATE_FUTURE.code]
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert load_case(uow, case_id=saved.case_id) == before


def test_a_case_from_before_the_fields_reads_as_not_collected(opened) -> None:  # type: ignore[no-untyped-def]
    """What migration 0014 leaves in an old case: NULL and "" columns, no services."""
    saved = case_intake.save_case(opened, None, _with_answers(_draft(23)))
    with UnitOfWork(opened.store, opened.actor) as uow:
        uow.session.execute(text("DELETE FROM case_services"))
        uow.session.execute(
            text(
                "UPDATE cases SET contact_channel = NULL, perpetrator_sex = NULL, "
                "perpetrator_age_band = NULL, perpetrator_citizenship = NULL, "
                "help_before = '', perpetrator_record = '', path_outcomes = ''"
            )
        )
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert load_case(uow, case_id=saved.case_id).draft.statutory == StatutoryFacts()


def test_migration_0014_leaves_an_older_case_not_collected(opened) -> None:  # type: ignore[no-untyped-def]
    """Down to 0013 (the columns and the services table go), then up again on unlock: the case
    recorded with answers reads back with every answer blank, as a pre-0014 case does."""
    saved = case_intake.save_case(opened, None, _with_answers(_draft(24)))
    database = opened.store.database
    opened.store.close()
    with (
        open_with_password(database, user=LOGIN, password=PASSWORD, migrate=False) as store,
        store.engine.begin() as connection,
    ):
        command.downgrade(migrations_runner._config(connection), "0013")
    reopened = unlock(database, login=LOGIN, password=PASSWORD)
    try:
        with UnitOfWork(reopened.store, reopened.actor) as uow:
            view = load_case(uow, case_id=saved.case_id)
        assert view.draft.statutory == StatutoryFacts() and view.draft.first_name
    finally:
        reopened.store.close()
