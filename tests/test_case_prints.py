"""The printed forms of a real case, built from the store: text checked with pypdf."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from antiviolenza_desktop.reports.case_prints import blank_referral, project_print, referral_print
from antiviolenza_desktop.reports.project_form import project_form_bytes
from antiviolenza_desktop.reports.referral_form import referral_form_bytes
from antiviolenza_desktop.services import assessments, projects
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.municipalities import municipalities
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.signoff_support import sign_in
from tests.test_services_projects import TODAY, _assessment, _project


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_referral_form_of_a_case(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        data = referral_print(uow, case_id=case_id, today=TODAY)
        view = load_case(uow, case_id=case_id)
    text = " ".join(_text(referral_form_bytes(data)).split())
    assert view.code in text and view.draft.last_name in text
    assert "Pagina 1 di" in text


def test_referral_form_prints_the_municipality_by_name(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        code = load_case(uow, case_id=case_id).draft.residence_municipality
        data = referral_print(uow, case_id=case_id, today=TODAY)
    place = municipalities().by_code()[code]
    text = " ".join(_text(referral_form_bytes(data)).split())
    assert place.label in text
    assert code not in text.split()


def test_blank_referral_has_no_case_data(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        data = blank_referral(uow, today=TODAY)
        view = load_case(uow, case_id=case_id)
    text = _text(referral_form_bytes(data))
    assert view.draft.last_name not in text and view.code not in text


def test_project_form_of_a_validated_project(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        assert project_print(uow, case_id=case_id, today=TODAY) is None
        assessments.record_assessment(
            uow, case_id=case_id, assessment=_assessment(TODAY, 2), today=TODAY
        )
        projects.save_draft(uow, case_id=case_id, draft=_project(250_000))
        sign_in(uow, case_id)
        projects.validate(uow, case_id=case_id, validated_on=TODAY, today=TODAY)
        data = project_print(uow, case_id=case_id, today=date.today())
        view = load_case(uow, case_id=case_id)
    assert data is not None
    text = " ".join(_text(project_form_bytes(data)).split())
    assert view.draft.last_name in text and view.code in text
    assert "€ 2.500,00" in text and "€ 500,00" in text  # planned and residual under the cap
    assert "Pagina 1 di" in text
