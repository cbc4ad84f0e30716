"""The printed forms list the consents in force on the print day: the scheda di segnalazione
and the Progetto print the register's, a withdrawn consent is not printed as in force, and the
project's «Consenso raccolto il» is the care consent in force."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader

from antiviolenza_desktop.domain.case import consent as rules
from antiviolenza_desktop.operations import case_consents
from antiviolenza_desktop.reports.case_prints import project_print, referral_print
from antiviolenza_desktop.reports.project_form import project_form_bytes
from antiviolenza_desktop.reports.referral_form import referral_form_bytes
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.consent_support import consent_id, give
from tests.funds_support import TODAY, validate_project, work_project


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_referral_form_prints_the_consents_in_force(opened: OpenStore, case_id: int) -> None:
    give(opened, case_id, rules.REFERRAL, TODAY - timedelta(days=2), service_kind="aler")
    statistics = give(opened, case_id, rules.STATISTICS, TODAY - timedelta(days=2))
    case_consents.withdraw_consent(opened, case_id, statistics, TODAY)
    with UnitOfWork(opened.store, opened.actor) as uow:
        data = referral_print(uow, case_id=case_id, today=TODAY)
    pdf = referral_form_bytes(data)
    text = _text(pdf)
    assert f"Consensi in vigore al {TODAY:%d/%m/%Y}" in text
    assert "Invio a un servizio: Aler" in text and "Presa in carico" in text
    assert "Statistiche O.R.A./ISTAT" not in text


def test_the_project_prints_the_care_consent_in_force(opened: OpenStore, case_id: int) -> None:
    validate_project(opened, case_id, work_project(100_000))
    care = consent_id(opened, case_id, rules.CARE)
    case_consents.withdraw_consent(opened, case_id, care, TODAY)
    renewed = TODAY
    give(opened, case_id, rules.CARE, renewed)
    with UnitOfWork(opened.store, opened.actor) as uow:
        data = project_print(uow, case_id=case_id, today=TODAY)
    assert data is not None and data.consent_on == renewed
    pdf = project_form_bytes(data)
    text = _text(pdf)
    assert f"Consenso raccolto il {renewed:%d/%m/%Y}" in text
    assert "Presa in carico · dato il" in text
