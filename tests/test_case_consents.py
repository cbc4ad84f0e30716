"""The consent register on real stores: the intake feeds it, each consent and withdrawal is
one audited transaction that changes nothing written before, every refusal leaves the store as
it was, and the one rule answers per purpose, service and day."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace
from datetime import date, timedelta

import pytest

from antiviolenza_desktop.domain.case import consent as rules
from antiviolenza_desktop.domain.case.consent import NewConsent
from antiviolenza_desktop.domain.case.retention import CaseErased
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.network_training import MemberEntry
from antiviolenza_desktop.operations import case_consents, case_intake, case_reading
from antiviolenza_desktop.operations.case_reading import open_case
from antiviolenza_desktop.services import (
    case_history,
    consent_rows,
    consents,
    erasure,
    network_members,
)
from antiviolenza_desktop.services.intake import CaseNotFound
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.case.history_view import summary_text
from tests.consent_support import consent_id, give, store_state
from tests.funds_support import new_case

TODAY = date.today()
WEEK_AGO = TODAY - timedelta(days=7)


def _audit(opened: OpenStore) -> list[tuple[str, str]]:
    with closing(opened.store.raw_connection()) as connection:
        return connection.execute(
            "SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchall()


def test_the_referral_form_feeds_the_register(opened: OpenStore, case_id: int) -> None:
    listing = case_consents.read_consents(opened, case_id)
    care = [c for c in listing.consents if c.purpose == rules.CARE]
    assert [(c.way, c.recorded_by) for c in care] == [(rules.INTAKE_FORM, opened.actor.login)]
    assert care[0].state_on(TODAY) == rules.IN_FORCE


def test_a_consent_per_purpose_and_its_audit(opened: OpenStore, case_id: int) -> None:
    number = give(opened, case_id, rules.STATISTICS, WEEK_AGO)
    assert _audit(opened)[0][0] == "consenso.registrato"
    assert '"finalita": "statistics"' in _audit(opened)[0][1]
    with UnitOfWork(opened.store, opened.actor) as uow:
        state = consent_rows.consent_state_of(uow, case_id, rules.STATISTICS, TODAY)
        before = consent_rows.consent_state_of(
            uow, case_id, rules.STATISTICS, WEEK_AGO - timedelta(1)
        )
    assert state.in_force is not None and state.in_force.id == number
    assert not before.valid and before.withdrawn is None


def test_a_referral_consent_covers_its_service_only(opened: OpenStore, case_id: int) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        aler = network_members.add_member(
            uow, entry=MemberEntry("Aler Cremona", "aler", WEEK_AGO), today=TODAY
        )
        other = network_members.add_member(
            uow, entry=MemberEntry("Aler Lodi", "aler", WEEK_AGO), today=TODAY
        )
    give(opened, case_id, rules.REFERRAL, WEEK_AGO, service_kind="aler", member_id=aler)
    give(opened, case_id, rules.REFERRAL, WEEK_AGO, service_kind="servizi_sociali")
    with UnitOfWork(opened.store, opened.actor) as uow:

        def valid(kind: str, member: int | None) -> bool:
            state = consent_rows.consent_state_of(
                uow, case_id, rules.REFERRAL, TODAY, service_kind=kind, member_id=member
            )
            return state.valid

        assert valid("aler", aler) and not valid("aler", other)
        assert valid("servizi_sociali", None) and valid("servizi_sociali", 99)
        assert not valid("centro_impiego", None)


def _only_sharing(opened: OpenStore, case_id: int) -> int:
    """A case whose one sharing consent (given a week ago) is in force: the intake's, if
    the synthetic form ticked it, goes first."""
    for consent in case_consents.read_consents(opened, case_id).consents:
        if consent.purpose == rules.SHARING:
            case_consents.withdraw_consent(opened, case_id, consent.id, consent.given_on)
    return give(opened, case_id, rules.SHARING, WEEK_AGO)


def test_a_withdrawal_is_a_new_fact(opened: OpenStore, case_id: int) -> None:
    number = _only_sharing(opened, case_id)
    before = store_state(opened)[0]
    case_consents.withdraw_consent(opened, case_id, number, TODAY)
    consents_after, withdrawals, _, columns = store_state(opened)
    assert consents_after == before  # the consent's row is untouched
    assert (number, TODAY.isoformat()) == (withdrawals[-1][1], withdrawals[-1][3])
    assert _audit(opened)[0][0] == "consenso.revocato"
    assert dict((c[0], c[2]) for c in columns)[case_id] == 0  # the form's tick follows
    with UnitOfWork(opened.store, opened.actor) as uow:
        now = consent_rows.consent_state_of(uow, case_id, rules.SHARING, TODAY)
        then = consent_rows.consent_state_of(uow, case_id, rules.SHARING, WEEK_AGO)
        assert then.valid and not now.valid
        with pytest.raises(rules.ConsentWithdrawn) as refused:
            consents.require_consent_on(uow, case_id=case_id, purpose=rules.SHARING, day=TODAY)
    assert refused.value.params["withdrawn_on"] == f"{TODAY:%d/%m/%Y}"
    assert "Consensi" in refused.value.message


def test_the_register_refuses_any_update(opened: OpenStore, case_id: int) -> None:
    number = consent_id(opened, case_id, rules.CARE)
    case_consents.withdraw_consent(opened, case_id, number, TODAY)
    with closing(opened.store.raw_connection()) as connection:
        for statement in (
            "UPDATE case_consents SET given_on = '2020-01-01'",
            "UPDATE case_consent_withdrawals SET withdrawn_on = '2020-01-01'",
        ):
            with pytest.raises(Exception, match="never rewritten"):
                connection.execute(statement)


@pytest.mark.parametrize(
    ("new", "error", "field"),
    [
        (NewConsent("other", WEEK_AGO, "written_form"), rules.ConsentPurposeUnknown, "purpose"),
        (NewConsent(rules.CARE, WEEK_AGO, rules.BEFORE_REGISTER), rules.ConsentWayUnknown, "way"),
        (NewConsent(rules.CARE, WEEK_AGO, "smoke_signal"), rules.ConsentWayUnknown, "way"),
        (
            NewConsent(rules.REFERRAL, WEEK_AGO, "written_form"),
            rules.ConsentServiceMissing,
            "service_kind",
        ),
        (
            NewConsent(rules.CARE, WEEK_AGO, "written_form", service_kind="aler"),
            rules.ConsentServiceNotExpected,
            "service_kind",
        ),
        (NewConsent(rules.CARE, None, "written_form"), rules.ConsentDateMissing, "given_on"),
        (
            NewConsent(rules.CARE, TODAY + timedelta(1), "oral_noted"),
            rules.ConsentDateInFuture,
            "given_on",
        ),
        (
            NewConsent(
                rules.REFERRAL, WEEK_AGO, "written_form", service_kind="aler", member_id=999
            ),
            rules.ConsentMemberUnknown,
            "member_id",
        ),
    ],
)
def test_a_consent_refused_leaves_the_store_as_it_was(
    opened: OpenStore, case_id: int, new: NewConsent, error: type[AppError], field: str
) -> None:
    before = store_state(opened)
    with pytest.raises(error) as refused:
        case_consents.add_consent(opened, case_id, new)
    assert refused.value.field == field
    assert store_state(opened) == before


def _withdraw_refusals(
    opened: OpenStore, case_id: int
) -> list[tuple[int, date | None, type[AppError]]]:
    care = consent_id(opened, case_id, rules.CARE)
    gone = give(opened, case_id, rules.STATISTICS, WEEK_AGO)
    case_consents.withdraw_consent(opened, case_id, gone, WEEK_AGO)
    return [
        (care, None, rules.WithdrawalDateMissing),
        (care, TODAY + timedelta(1), rules.ConsentDateInFuture),
        (care, date(2000, 1, 1), rules.WithdrawalBeforeConsent),
        (gone, TODAY, rules.ConsentAlreadyWithdrawn),
        (9999, TODAY, rules.ConsentNotFound),
    ]


def test_each_withdrawal_refusal_leaves_the_store_as_it_was(
    opened: OpenStore, case_id: int
) -> None:
    for number, day, error in _withdraw_refusals(opened, case_id):
        before = store_state(opened)
        with pytest.raises(error):
            case_consents.withdraw_consent(opened, case_id, number, day)
        assert store_state(opened) == before, error


def test_another_womans_consent_is_not_found(opened: OpenStore, case_id: int) -> None:
    hers = consent_id(opened, case_id, rules.CARE)
    with pytest.raises(CaseNotFound):
        case_consents.withdraw_consent(opened, 9999, hers, TODAY)
    other = _another_case(opened)
    before = store_state(opened)
    with pytest.raises(rules.ConsentNotFound):
        case_consents.withdraw_consent(opened, other, hers, TODAY)
    assert store_state(opened) == before


def _another_case(opened: OpenStore) -> int:
    return new_case(opened, 77)


def test_erasure_removes_her_consents_and_refuses_new_ones(opened: OpenStore, case_id: int) -> None:
    number = give(opened, case_id, rules.SHARING, WEEK_AGO)
    case_consents.withdraw_consent(opened, case_id, number, TODAY)
    code = case_consents.read_consents(opened, case_id).code
    with UnitOfWork(opened.store, opened.actor) as uow:
        erasure.erase_case(uow, case_id=case_id, reason="richiesta", typed_code=code, today=TODAY)
    consents_left, withdrawals_left, _, _ = store_state(opened)
    assert consents_left == [] and withdrawals_left == []
    before = store_state(opened)
    with pytest.raises(CaseErased):
        give(opened, case_id, rules.CARE, WEEK_AGO)
    with pytest.raises(CaseErased):
        case_consents.withdraw_consent(opened, case_id, number, TODAY)
    assert store_state(opened) == before


def test_the_intake_save_adds_a_sharing_consent_when_ticked(
    opened: OpenStore, case_id: int
) -> None:
    """Unticked, a re-save adds nothing (a withdrawal is not undone, care stays one); ticked
    again, she gave a new sharing consent and the register gets it."""
    held = case_consents.read_consents(opened, case_id).consents
    for consent in held:
        if consent.purpose == rules.SHARING:
            case_consents.withdraw_consent(opened, case_id, consent.id, TODAY)
    draft = open_case(opened, case_id).draft
    assert draft.consent_sharing is False
    case_intake.save_case(opened, case_id, draft)
    again = case_consents.read_consents(opened, case_id).consents
    assert len([c for c in again if c.purpose == rules.CARE]) == 1
    assert len(again) == len(held)
    case_intake.save_case(opened, case_id, replace(draft, consent_sharing=True))
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert consent_rows.consent_state_of(uow, case_id, rules.SHARING, TODAY).valid


def test_a_purpose_never_consented_is_missing_not_withdrawn(
    opened: OpenStore, case_id: int
) -> None:
    with (
        UnitOfWork(opened.store, opened.actor) as uow,
        pytest.raises(rules.ConsentMissing) as refused,
    ):
        consents.require_consent_on(
            uow, case_id=case_id, purpose=rules.REFERRAL, day=TODAY, service_kind="aler"
        )
    assert refused.value.params == {"purpose": "Invio a un servizio", "day": f"{TODAY:%d/%m/%Y}"}


def test_her_history_shows_each_consent_and_withdrawal(opened: OpenStore, case_id: int) -> None:
    number = give(opened, case_id, rules.STATISTICS, WEEK_AGO)
    case_consents.withdraw_consent(opened, case_id, number, TODAY)
    events = case_reading.read_history(opened, case_id)
    mine = [(e.kind, e.params) for e in events if e.kind.startswith("consent")]
    assert mine == [
        (case_history.KIND_CONSENT_WITHDRAWN, {"purpose": rules.STATISTICS, "consent": number}),
        (case_history.KIND_CONSENT, {"purpose": rules.STATISTICS, "consent": number}),
    ]
    assert summary_text(events[0]) == f"Consenso n. {number} revocato: Statistiche O.R.A./ISTAT"
