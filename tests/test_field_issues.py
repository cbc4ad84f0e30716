"""Field issues as codes and parameters: the referral form's problems can be translated.

Every problem `validate_case` reports comes from a declared kind (a stable code and an Italian
template); the UI translates the template (context "field_issues") and fills the parameters
in after translation, translating a stage label with the vocabulary's own context.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from antiviolenza_desktop.domain.case import intake_issues as intake_issues
from antiviolenza_desktop.domain.case.intake import CaseDraft, Child, validate_case
from antiviolenza_desktop.domain.field_issues import IssueKind
from antiviolenza_desktop.ui.messages import LABEL_PARAMS, issue_text

TODAY = date(2026, 3, 15)
KINDS = [value for value in vars(intake_issues).values() if isinstance(value, IssueKind)]


def test_each_kind_has_its_own_code_and_template() -> None:
    assert len({kind.code for kind in KINDS}) == len(KINDS)
    assert len({kind.template for kind in KINDS}) == len(KINDS)


def messy_draft() -> CaseDraft:
    return CaseDraft(
        referral_date=TODAY + timedelta(days=2),
        first_name="Prova1",
        codice_fiscale="XX",
        safe_phone="abc",
        safe_to_call=True,
        children=(Child(age=90), Child(age=20, minor=True)),
        stage="reception",
        stage_dates={"contact": TODAY + timedelta(days=1), "concluded": TODAY},
    )


def test_every_problem_of_the_referral_form_has_a_code_and_its_parameters() -> None:
    issues = validate_case(messy_draft(), today=TODAY, cav_codes=["mia"], municipalities=None)
    assert len(issues) > 10
    codes = {kind.code for kind in KINDS}
    for issue in issues:
        assert issue.code in codes, issue
        assert issue.message == issue.template.format(**dict(issue.params))
        for name, value in issue.params:  # text parameters are vocabulary labels only
            assert isinstance(value, int) or name in LABEL_PARAMS, (issue.code, name)
    by_field = {issue.field: issue for issue in issues}
    assert dict(by_field["children[0].age"].params) == {"number": 1, "max": 80}
    assert by_field["stage_dates.contact"].code == intake_issues.FUTURE_STAGE_DATE.code
    assert dict(by_field["stage_dates.contact"].params) == {"stage": "primo contatto"}


class Marking(QTranslator):
    """Translates the field-issue templates and the vocabulary labels, visibly."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]
        if context == "field_issues":
            return "EN " + source.replace("Indica la data di", "Give the date of")
        if context == "intake_options":
            return source.upper()
        return ""


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = Marking()
    assert qapp.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_ui_translates_the_template_then_fills_in_the_parameters(marking: None) -> None:
    draft = replace(messy_draft(), stage_dates={})
    issues = validate_case(draft, today=TODAY, cav_codes=["mia"], municipalities=None)
    stage = next(i for i in issues if i.code == intake_issues.CURRENT_STAGE_DATE_MISSING.code)
    assert issue_text(stage) == "EN Give the date of «COLLOQUIO DI ACCOGLIENZA», la fase attuale."
    child = next(i for i in issues if i.field == "children[0].age")
    assert issue_text(child) == "EN Figlio/a n. 1: l'età va da 0 a 80 anni."
