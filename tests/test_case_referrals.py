"""The referral register on real stores: a referral needs the referral consent in force for
its service and keeps that consent's number; each status follows the order sent → accepted |
refused (with its reason) → closed, as a new row with its audit entry; every refusal leaves
the store as it was; erasure removes her referrals; her history shows them."""

from __future__ import annotations

import json
from contextlib import closing
from datetime import date, timedelta

import pytest

from antiviolenza_desktop.domain.audit.actions import details_summary
from antiviolenza_desktop.domain.case import consent as consent_rules
from antiviolenza_desktop.domain.case import referral as rules
from antiviolenza_desktop.domain.case.referral import NewReferral, NewStatus
from antiviolenza_desktop.domain.case.retention import CaseErased
from antiviolenza_desktop.domain.errors import AppError
from antiviolenza_desktop.domain.funds.network_training import MemberEntry
from antiviolenza_desktop.operations import case_consents, case_reading, case_referrals
from antiviolenza_desktop.services import case_history, erasure, network_members
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from antiviolenza_desktop.ui.case.history_view import summary_text
from tests.funds_support import new_case
from tests.referral_support import referral_consent, referral_state, send

TODAY = date.today()
WEEK_AGO = TODAY - timedelta(days=7)
MONTH_AGO = TODAY - timedelta(days=30)


def _last_audit(opened: OpenStore) -> tuple[str, str]:
    with closing(opened.store.raw_connection()) as connection:
        return connection.execute(
            "SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()


def _status(
    opened: OpenStore, case_id: int, number: int, status: str, day: date, reason: str = ""
) -> None:
    case_referrals.change_status(opened, case_id, number, NewStatus(status, day, reason))


def _referral(opened: OpenStore, case_id: int, number: int) -> rules.Referral:
    listing = case_referrals.read_referrals(opened, case_id)
    return next(r for r in listing.referrals if r.id == number)


def test_a_referral_keeps_its_consent_and_is_sent(opened: OpenStore, case_id: int) -> None:
    consent = referral_consent(opened, case_id, "centro_impiego", MONTH_AGO)
    number = send(opened, case_id, "centro_impiego", WEEK_AGO)
    referral = _referral(opened, case_id, number)
    assert (referral.consent_id, referral.status, referral.since) == (consent, rules.SENT, WEEK_AGO)
    assert (referral.sender_kind, referral.recorded_by) == ("cav", opened.actor.login)
    action, details = _last_audit(opened)
    assert action == "invio.registrato"
    assert f'"consenso": {consent}' in details and '"servizio": "centro_impiego"' in details


def test_every_transition_is_a_new_row(opened: OpenStore, case_id: int) -> None:
    referral_consent(opened, case_id, "aler", MONTH_AGO)
    accepted = send(opened, case_id, "aler", MONTH_AGO)
    _status(opened, case_id, accepted, rules.ACCEPTED, WEEK_AGO)
    action, details = _last_audit(opened)
    assert action == "invio.stato"
    assert details_summary(json.loads(details)) == f"invio: {accepted}; stato_invio: accolta"
    _status(opened, case_id, accepted, rules.CLOSED, TODAY)
    refused = send(opened, case_id, "aler", WEEK_AGO)
    _status(opened, case_id, refused, rules.REFUSED, WEEK_AGO, "  Nessun alloggio libero  ")
    done = _referral(opened, case_id, accepted)
    assert [(c.status, c.on) for c in done.changes] == [
        (rules.ACCEPTED, WEEK_AGO),
        (rules.CLOSED, TODAY),
    ]
    no = _referral(opened, case_id, refused)
    assert (no.status, no.reason) == (rules.REFUSED, "Nessun alloggio libero")
    with closing(opened.store.raw_connection()) as connection:
        for statement in (
            "UPDATE case_referral_statuses SET reason = 'x'",
            "UPDATE case_referrals SET sent_on = '2020-01-01'",
        ):
            with pytest.raises(Exception, match="never rewritten"):
                connection.execute(statement)


@pytest.mark.parametrize(
    ("path", "wanted", "error"),
    [
        ((), rules.CLOSED, rules.ReferralStatusOutOfOrder),
        ((rules.ACCEPTED,), rules.REFUSED, rules.ReferralStatusOutOfOrder),
        ((rules.ACCEPTED,), rules.ACCEPTED, rules.ReferralStatusOutOfOrder),
        ((rules.ACCEPTED, rules.CLOSED), rules.CLOSED, rules.ReferralStatusOutOfOrder),
        ((rules.REFUSED,), rules.ACCEPTED, rules.ReferralStatusOutOfOrder),
        ((), rules.SENT, rules.ReferralStatusUnknown),
        ((), "forse", rules.ReferralStatusUnknown),
    ],
)
def test_a_status_out_of_order_is_refused(
    opened: OpenStore, case_id: int, path: tuple[str, ...], wanted: str, error: type[AppError]
) -> None:
    referral_consent(opened, case_id, "servizi_sociali", MONTH_AGO)
    number = send(opened, case_id, "servizi_sociali", MONTH_AGO)
    for status in path:
        _status(
            opened, case_id, number, status, WEEK_AGO, "motivo" if status == rules.REFUSED else ""
        )
    before = referral_state(opened)
    with pytest.raises(error) as refused:
        _status(opened, case_id, number, wanted, TODAY, "motivo" if wanted == rules.REFUSED else "")
    assert refused.value.field == "status"
    assert referral_state(opened) == before


@pytest.mark.parametrize(
    ("new", "error", "field"),
    [
        (NewStatus(rules.ACCEPTED, None), rules.ReferralDateMissing, "on"),
        (NewStatus(rules.ACCEPTED, TODAY + timedelta(days=1)), rules.ReferralDateInFuture, "on"),
        (NewStatus(rules.ACCEPTED, MONTH_AGO), rules.ReferralStatusBeforeLast, "on"),
        (NewStatus(rules.REFUSED, TODAY, "   "), rules.ReferralReasonMissing, "reason"),
        (NewStatus(rules.ACCEPTED, TODAY, "bene"), rules.ReferralReasonNotExpected, "reason"),
        (NewStatus(rules.REFUSED, TODAY, "x" * 501), rules.ReferralReasonTooLong, "reason"),
    ],
)
def test_a_wrong_status_change_changes_nothing(
    opened: OpenStore, case_id: int, new: NewStatus, error: type[AppError], field: str
) -> None:
    referral_consent(opened, case_id, "servizi_sociali", MONTH_AGO)
    number = send(opened, case_id, "servizi_sociali", WEEK_AGO)
    before = referral_state(opened)
    with pytest.raises(error) as refused:
        case_referrals.change_status(opened, case_id, number, new)
    assert refused.value.field == field
    assert referral_state(opened) == before


def test_a_reason_naming_a_woman_is_refused(opened: OpenStore, case_id: int) -> None:
    referral_consent(opened, case_id, "aler", MONTH_AGO)
    number = send(opened, case_id, "aler", WEEK_AGO)
    with UnitOfWork(opened.store, opened.actor) as uow:
        draft = load_case(uow, case_id=case_id).draft
    before = referral_state(opened)
    with pytest.raises(AppError) as refused:
        _status(
            opened,
            case_id,
            number,
            rules.REFUSED,
            TODAY,
            f"{draft.first_name} {draft.last_name} non ha i requisiti",
        )
    assert (refused.value.code, refused.value.field) == ("nome_della_donna_nel_testo", "reason")
    assert referral_state(opened) == before


@pytest.mark.parametrize(
    ("new", "error", "field"),
    [
        (NewReferral(None, WEEK_AGO, "cav"), rules.ReferralServiceMissing, "service_kind"),
        (NewReferral("nessuno", WEEK_AGO, "cav"), rules.ReferralServiceMissing, "service_kind"),
        (NewReferral("aler", WEEK_AGO, None), rules.ReferralSenderMissing, "sender_kind"),
        (NewReferral("aler", None, "cav"), rules.ReferralDateMissing, "sent_on"),
        (NewReferral("aler", TODAY + timedelta(1), "cav"), rules.ReferralDateInFuture, "sent_on"),
        (NewReferral("aler", WEEK_AGO, "cav", 999), rules.ReferralMemberUnknown, "member_id"),
    ],
)
def test_a_wrong_referral_changes_nothing(
    opened: OpenStore, case_id: int, new: NewReferral, error: type[AppError], field: str
) -> None:
    referral_consent(opened, case_id, "aler", MONTH_AGO)
    before = referral_state(opened)
    with pytest.raises(error) as refused:
        case_referrals.send_referral(opened, case_id, new)
    assert refused.value.field == field
    assert referral_state(opened) == before


def test_no_referral_consent_refuses(opened: OpenStore, case_id: int) -> None:
    before = referral_state(opened)
    with pytest.raises(consent_rules.ConsentMissing) as refused:
        send(opened, case_id, "centro_impiego", WEEK_AGO)
    assert refused.value.params["purpose"] == "Invio a un servizio"
    assert referral_state(opened) == before


def test_a_withdrawn_referral_consent_refuses(opened: OpenStore, case_id: int) -> None:
    consent = referral_consent(opened, case_id, "centro_impiego", MONTH_AGO)
    case_consents.withdraw_consent(opened, case_id, consent, WEEK_AGO)
    before = referral_state(opened)
    with pytest.raises(consent_rules.ConsentWithdrawn) as refused:
        send(opened, case_id, "centro_impiego", TODAY)
    assert refused.value.params["withdrawn_on"] == f"{WEEK_AGO:%d/%m/%Y}"
    assert referral_state(opened) == before
    assert send(opened, case_id, "centro_impiego", WEEK_AGO - timedelta(days=1)) > 0


def test_a_consent_for_another_service_refuses(opened: OpenStore, case_id: int) -> None:
    referral_consent(opened, case_id, "aler", MONTH_AGO)
    referral_consent(opened, case_id, "casa_alloggi", TODAY)
    before = referral_state(opened)
    with pytest.raises(consent_rules.ConsentMissing):
        send(opened, case_id, "centro_impiego", WEEK_AGO)
    with pytest.raises(consent_rules.ConsentMissing):
        send(opened, case_id, "casa_alloggi", WEEK_AGO)  # her consent came later
    assert referral_state(opened) == before


def test_a_consent_naming_a_member_covers_that_member_only(opened: OpenStore, case_id: int) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        ours = network_members.add_member(
            uow, entry=MemberEntry("Aler Cremona", "aler", MONTH_AGO), today=TODAY
        )
        other = network_members.add_member(
            uow, entry=MemberEntry("Aler Lodi", "aler", MONTH_AGO), today=TODAY
        )
    referral_consent(opened, case_id, "aler", MONTH_AGO, member_id=ours)
    before = referral_state(opened)
    with pytest.raises(consent_rules.ConsentMissing):
        send(opened, case_id, "aler", WEEK_AGO, member_id=other)
    with pytest.raises(consent_rules.ConsentMissing):
        send(opened, case_id, "aler", WEEK_AGO)
    assert referral_state(opened) == before
    number = send(opened, case_id, "aler", WEEK_AGO, member_id=ours)
    assert _referral(opened, case_id, number).service_label() == "Aler Cremona"


def test_a_member_who_left_the_network_cannot_be_named(opened: OpenStore, case_id: int) -> None:
    """The dialog offers only current members; the service refuses the others (the CLI's
    --ente names any number)."""
    with UnitOfWork(opened.store, opened.actor) as uow:
        gone = network_members.add_member(
            uow, entry=MemberEntry("Aler Cremona", "aler", MONTH_AGO), today=TODAY
        )
        network_members.record_leaving(uow, row_id=gone, left_on=WEEK_AGO, today=TODAY)
    referral_consent(opened, case_id, "aler", MONTH_AGO)
    before = referral_state(opened)
    with pytest.raises(rules.ReferralMemberUnknown):
        send(opened, case_id, "aler", TODAY, member_id=gone)
    assert referral_state(opened) == before


def test_another_case_referral_is_not_found(opened: OpenStore, case_id: int) -> None:
    referral_consent(opened, case_id, "aler", MONTH_AGO)
    hers = send(opened, case_id, "aler", WEEK_AGO)
    other = new_case(opened, 77)
    before = referral_state(opened)
    with pytest.raises(rules.ReferralNotFound):
        _status(opened, other, hers, rules.ACCEPTED, TODAY)
    assert referral_state(opened) == before


def test_erasure_removes_her_referrals_and_refuses_new_ones(
    opened: OpenStore, case_id: int
) -> None:
    referral_consent(opened, case_id, "aler", MONTH_AGO)
    number = send(opened, case_id, "aler", WEEK_AGO)
    _status(opened, case_id, number, rules.REFUSED, TODAY, "Nessun alloggio")
    code = case_referrals.read_referrals(opened, case_id).code
    with UnitOfWork(opened.store, opened.actor) as uow:
        erasure.erase_case(uow, case_id=case_id, reason="richiesta", typed_code=code, today=TODAY)
    referrals_left, statuses_left, _ = referral_state(opened)
    assert referrals_left == [] and statuses_left == []
    before = referral_state(opened)
    with pytest.raises(CaseErased):
        send(opened, case_id, "aler", WEEK_AGO)
    with pytest.raises(CaseErased):
        _status(opened, case_id, number, rules.ACCEPTED, TODAY)
    assert referral_state(opened) == before


def test_her_history_shows_each_referral_and_status(opened: OpenStore, case_id: int) -> None:
    referral_consent(opened, case_id, "centro_impiego", MONTH_AGO)
    number = send(opened, case_id, "centro_impiego", MONTH_AGO)
    _status(opened, case_id, number, rules.ACCEPTED, WEEK_AGO)
    events = case_reading.read_history(opened, case_id)
    mine = [(e.kind, e.on, e.params) for e in events if e.kind.startswith("referral_")]
    assert mine == [
        (case_history.KIND_REFERRAL_STATUS, WEEK_AGO, {"referral": number, "status": "accepted"}),
        (
            case_history.KIND_REFERRAL_SENT,
            MONTH_AGO,
            {"referral": number, "service": "centro_impiego"},
        ),
    ]
    texts = [summary_text(e) for e in events if e.kind.startswith("referral_")]
    assert texts == [f"Invio n. {number}: accolta", f"Invio n. {number} a Centro per l'impiego"]
