"""The printed Progetto of a real case (issue 11): timeline from the project's dates, the chosen
housing path beside the suggestion, her codice fiscale and birth date, the path b lease, and
no word split in the middle. Text read back with pypdf."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import timedelta

from pypdf import PdfReader

from antiviolenza_desktop.domain.assessment.model import Assessment
from antiviolenza_desktop.domain.project.model import (
    ActiveIntervention,
    HousingCost,
    PassiveSupport,
    PrivateLease,
    ProjectDraft,
    WorkPath,
)
from antiviolenza_desktop.reports.case_prints import blank_project, project_print
from antiviolenza_desktop.reports.project_form import project_form_bytes
from antiviolenza_desktop.services import assessments, projects
from antiviolenza_desktop.services.intake import load_case
from antiviolenza_desktop.services.unit_of_work import UnitOfWork
from tests.test_services_projects import TODAY, _assessment

START = TODAY - timedelta(days=20)
LEASE = PrivateLease(
    entry_costs=(HousingCost("security_deposit", 90_000),),
    controlled_rent=True,
    found_by="network",
    landlord_role="cooperative",
    monthly_rent=45_000,
    contract_start=START,
    contract_end=START + timedelta(days=4 * 365),
)


def full_project(housing: PrivateLease | None = LEASE) -> ProjectDraft:
    return ProjectDraft(
        goals=("Ritrovare un lavoro stabile e una casa sua",),
        referent="Assistente Prova",
        lines=frozenset({"work", "housing"}),
        work=WorkPath(
            cpi_office="CPI Cremona",
            service_pact_on=START,
            did_on=START,
            interventions=(
                ActiveIntervention(
                    "job_search_orientation",
                    planned_cost=30_000,
                    start=START + timedelta(days=10),
                    end=START + timedelta(days=70),
                ),
                ActiveIntervention(
                    "extracurricular_traineeship",
                    provider="accredited_operator",
                    planned_cost=200_000,
                    start=START,
                    end=START + timedelta(days=180),
                ),
            ),
        ),
        passive_supports=(
            PassiveSupport(
                "transport_refund",
                amount=20_000,
                period_from=START,
                period_to=START + timedelta(days=90),
            ),
        ),
        housing=housing,
    )


def suggesting_path_a() -> Assessment:
    base = _assessment(TODAY, 2)
    return replace(
        base, housing_answers={**base.housing_answers, "income_sustains_private_lease": "no"}
    )


def printed(opened, case_id, draft: ProjectDraft, assessment: Assessment) -> bytes:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        assessments.record_assessment(uow, case_id=case_id, assessment=assessment, today=TODAY)
        projects.save_draft(uow, case_id=case_id, draft=draft)
        data = project_print(uow, case_id=case_id, today=TODAY)
    assert data is not None
    return project_form_bytes(data)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _section(text: str, number: int, title: str, following: str) -> str:
    return text[text.index(f"{number}. {title}") : text.index(following)]


def test_the_timeline_is_filled_from_the_projects_dates(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    text = _text(printed(opened, case_id, full_project(), _assessment(TODAY, 2)))
    timeline = _section(text, 8, "Cronoprogramma", "9. Consenso")
    assert "Nessuna scadenza indicata" not in timeline
    first = f"{START:%d/%m/%Y}"
    assert "tirocinio extracurricolare" in timeline and first in timeline
    assert f"{START + timedelta(days=70):%d/%m/%Y}" in timeline  # orientation ends
    assert "rimborso delle spese di trasporto" in timeline
    assert "Contratto di locazione (percorso b)" in timeline
    # earliest first: the traineeship (START) before the orientation (START + 10 days)
    assert timeline.index("tirocinio") < timeline.index("orientamento")


def test_the_chosen_path_is_printed_beside_a_suggestion_not_followed(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    text = _text(printed(opened, case_id, full_project(), suggesting_path_a()))
    assessment = _section(text, 2, "Valutazione multidimensionale", "3. Obiettivi")
    assert "Percorso abitativo scelto" in assessment
    assert "b) sostegno a un nuovo contratto di locazione" in assessment
    assert "non ha seguito il suggerimento dello strumento (percorso a)" in assessment


def test_a_followed_suggestion_is_said_to_be_followed(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    base = _assessment(TODAY, 2)
    suggesting_b = replace(
        base, housing_answers={**base.housing_answers, "economic_resources": "good"}
    )
    text = _text(printed(opened, case_id, full_project(), suggesting_b))
    assert "come suggerito dallo strumento" in text


def test_a_project_without_housing_says_so_under_the_suggestion(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    text = _text(printed(opened, case_id, full_project(housing=None), suggesting_path_a()))
    assert "Percorso abitativo scelto nessun percorso abitativo nel progetto" in text


def test_she_is_identified_by_codice_fiscale_and_birth_date(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        her = load_case(uow, case_id=case_id).draft
    text = _text(printed(opened, case_id, full_project(), _assessment(TODAY, 2)))
    identity = _section(text, 1, "Dati della donna", "2. Valutazione")
    assert her.birth_date is not None
    assert f"{her.birth_date:%d/%m/%Y}" in identity and "Data di nascita" in identity
    assert "Codice fiscale" in identity
    if her.codice_fiscale:
        assert her.codice_fiscale in identity


def test_the_path_b_lease_is_printed_with_the_landlord_as_a_role(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    text = _text(printed(opened, case_id, full_project(), _assessment(TODAY, 2)))
    housing = _section(text, 6, "Percorso abitativo", "7. Riepilogo")
    assert "Locatore (ruolo) cooperativa" in housing
    assert "Canone mensile a suo carico € 450,00" in housing
    contract = f"dal {START:%d/%m/%Y} al {LEASE.contract_end:%d/%m/%Y}"
    assert contract in housing


def test_no_word_is_split_in_the_middle(opened, case_id) -> None:  # type: ignore[no-untyped-def]
    pdf = printed(opened, case_id, full_project(), suggesting_path_a())
    reader = PdfReader(io.BytesIO(pdf))
    words = {
        word.strip(".,;:()«»")
        for page in reader.pages
        for word in re.split(r"[\s-]+", page.extract_text())
    }
    for whole in ("multidimensionale", "extracurricolare", "Cronoprogramma", "compartecipazione"):
        halves = {whole[:cut] for cut in range(3, len(whole) - 2)}
        assert not words & halves, f"{whole} split: {sorted(words & halves)}"


def test_the_blank_form_has_room_for_the_lease_and_her_identity(opened) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(opened.store, opened.actor) as uow:
        blank = blank_project(uow, today=TODAY)
    text = _text(project_form_bytes(blank))
    for label in ("Codice fiscale", "Data di nascita", "Se b): locatore (ruolo, mai il nome)"):
        assert label in text
    assert "ente pubblico / ALER" in text and "Se b): contratto dal / al" in text
