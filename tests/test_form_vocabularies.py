"""Paper and screen offer the same choices.

The blank Progetto and the blank scheda print every closed list as checkboxes; those lists are
the app's own vocabularies (`domain.project.options`, `intake_options`) and the domains of the
current assessment instrument, never copies that could drift (the paper form once offered 9
passive supports where the app had 11).
"""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader

from antiviolenza_desktop.domain.case import intake_options
from antiviolenza_desktop.domain.project import options as popt
from antiviolenza_desktop.reports.case_prints import blank_project
from antiviolenza_desktop.reports.forms_model import FormHeader
from antiviolenza_desktop.reports.project_form import project_form_bytes
from antiviolenza_desktop.reports.referral_model import ReferralPrint
from antiviolenza_desktop.services.instruments import current_instrument
from antiviolenza_desktop.services.store_lifecycle import OpenStore
from antiviolenza_desktop.services.unit_of_work import UnitOfWork

TODAY = date(2026, 11, 25)
HEADER = FormHeader("Programma di prova", "Atto di prova", "Cremasco", "", TODAY)


def _labels(vocabulary: tuple[intake_options.Option, ...]) -> tuple[str, ...]:
    return tuple(option.label for option in vocabulary)


def _flat_text(pdf: bytes) -> str:
    """The PDF's text with every run of whitespace as one space: a label may wrap in its cell."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def test_the_blank_project_offers_the_apps_vocabularies(opened: OpenStore) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        blank = blank_project(uow, today=TODAY)
    assert blank.work is not None and blank.economic is not None and blank.housing is not None
    assert tuple(row.label for row in blank.work.interventions) == _labels(
        popt.ACTIVE_INTERVENTIONS
    )
    assert tuple(row.label for row in blank.economic.supports) == _labels(popt.PASSIVE_SUPPORTS)
    assert len(blank.economic.supports) == 11
    assert tuple(row.label for row in blank.housing.costs) == _labels(popt.HOUSING_COST_KINDS)
    assert blank.lines == _labels(intake_options.LINES)
    instrument = current_instrument()
    assert blank.assessment is not None
    assert tuple(score.label for score in blank.assessment.domains) == tuple(
        domain.label for domain in instrument.domains
    )
    assert blank.assessment.scale_max == instrument.domains[0].need.maximum


def test_the_printed_blank_project_shows_every_option(opened: OpenStore) -> None:
    with UnitOfWork(opened.store, opened.actor) as uow:
        text = _flat_text(project_form_bytes(blank_project(uow, today=TODAY)))
    vocabularies = (
        popt.ACTIVE_INTERVENTIONS,
        popt.PROVIDERS,
        popt.PASSIVE_SUPPORTS,
        popt.HOUSING_PATHS,
        popt.TEMPORARY_HOUSING_KINDS,
        popt.HOUSING_FOUND_BY,
        popt.LANDLORD_ROLES,
        popt.HOUSING_COST_KINDS,
    )
    missing = [label for v in vocabularies for label in _labels(v) if label not in text]
    missing += [d.label for d in current_instrument().domains if d.label not in text]
    assert missing == []


def test_the_blank_referral_offers_the_intake_vocabularies() -> None:
    fields = {f.key: f for s in ReferralPrint.blank(HEADER).sections for f in s.fields}
    expected = {
        "stage": intake_options.STAGES,
        "contact_reasons": intake_options.CONTACT_REASONS,
        "lines_requested": intake_options.LINES,
        "citizenship": intake_options.CITIZENSHIP,
        "marital_status": intake_options.MARITAL_STATUS,
        "shelter": intake_options.SHELTER,
        "housing": intake_options.HOUSING,
        "employment": intake_options.EMPLOYMENT,
        "income_band": intake_options.INCOME_BANDS,
        "violence_types": intake_options.VIOLENCE_TYPES,
        "perpetrator_relationship": intake_options.PERPETRATOR_RELATIONSHIP,
        "complaint": intake_options.COMPLAINT,
        "sent_by": intake_options.SENT_BY,
    }
    for key, vocabulary in expected.items():
        assert fields[key].options == _labels(vocabulary), key
