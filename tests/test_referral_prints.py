"""The Progetto personalizzato prints her referrals with their status on the print day, the
reason of a refusal and the consent that covers each; a blank project has a ruled box."""

from __future__ import annotations

from datetime import timedelta

from antiviolenza_desktop.domain.case import referral as rules
from antiviolenza_desktop.domain.case.referral import NewStatus
from antiviolenza_desktop.operations import case_referrals
from antiviolenza_desktop.reports.case_prints import project_print
from antiviolenza_desktop.reports.project_form import project_form_bytes
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.funds_support import TODAY, validate_project, work_project
from tests.referral_support import referral_consent, send
from tests.test_consent_prints import _text


def test_the_project_prints_her_referrals(opened: OpenStore, case_id: int) -> None:
    validate_project(opened, case_id, work_project(100_000))
    consent = referral_consent(opened, case_id, "centro_impiego", TODAY - timedelta(days=20))
    accepted = send(opened, case_id, "centro_impiego", TODAY - timedelta(days=10))
    refused = send(opened, case_id, "centro_impiego", TODAY - timedelta(days=9))
    case_referrals.change_status(opened, case_id, accepted, NewStatus(rules.ACCEPTED, TODAY))
    case_referrals.change_status(
        opened, case_id, refused, NewStatus(rules.REFUSED, TODAY, "Requisiti di età")
    )
    with UnitOfWork(opened.store, opened.actor) as uow:
        data = project_print(uow, case_id=case_id, today=TODAY)
    assert data is not None
    text = _text(project_form_bytes(data))
    assert f"Invii ai servizi al {TODAY:%d/%m/%Y}" in text
    sent = f"{TODAY - timedelta(days=10):%d/%m/%Y}"
    assert (
        f"n. {accepted} · Centro per l'impiego · inviata il {sent} da Centro antiviolenza · "
        f"accolta dal {TODAY:%d/%m/%Y} · consenso n. {consent}"
    ) in text
    assert "rifiutata dal" in text and "(motivo: Requisiti di età)" in text


def test_a_project_without_referrals_says_so(opened: OpenStore, case_id: int) -> None:
    validate_project(opened, case_id, work_project(100_000))
    with UnitOfWork(opened.store, opened.actor) as uow:
        data = project_print(uow, case_id=case_id, today=TODAY)
    assert data is not None and data.referrals == ()
    assert "nessun invio registrato" in _text(project_form_bytes(data))
