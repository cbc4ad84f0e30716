"""The printed Progetto personalizzato: every section, amounts, page numbers, privacy, overflow.

The PDF is read back with pypdf, as a person would read the paper: every numbered section is
there, money reads `€ 1.234,56`, every page says "Pagina X di N" and carries the programme,
the Ambito and the case code, her name is in the body and nowhere in the file's metadata,
forty interventions flow onto further pages with none lost, and the blank form carries no
case data. Files are private (0o600) and never written over. Synthetic data only.
"""

from __future__ import annotations

import stat
import sys
from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from antiviolenza_desktop.reports.assessment_chart import assessment_chart
from antiviolenza_desktop.reports.form_pages import FormFileExists, FormFolderMissing
from antiviolenza_desktop.reports.forms_model import (
    ACTIVE_INTERVENTIONS,
    HOUSING_A_SOLUTIONS,
    HOUSING_PATHS,
    PASSIVE_SUPPORTS,
    ApprovalRow,
    AssessmentSummary,
    CostRow,
    DomainScore,
    EconomicSupport,
    FormHeader,
    FundUse,
    HousingPath,
    InterventionRow,
    ProjectPrint,
    Signatory,
    SupportRow,
    TimelineRow,
    WorkPath,
)
from antiviolenza_desktop.reports.project_form import (
    SECTIONS,
    project_form_bytes,
    write_project_form,
)
from antiviolenza_desktop.services.instruments import current_instrument

ASSESSMENT_DOMAINS = tuple(domain.label for domain in current_instrument().domains)
NAME = "Ottavia Sintetica-Prova"
CASE_CODE = "CRE-2026-00042"
PROGRAMME = "Inserimento lavorativo e autonomia abitativa delle donne vittime di violenza"
HEADER = FormHeader(
    PROGRAMME,
    "Regione Lombardia – d.g.r. n. 6947 del 24/07/2017",
    "Cremonese",
    CASE_CODE,
    date(2026, 11, 25),
)


def _interventions(count: int) -> tuple[InterventionRow, ...]:
    return tuple(
        InterventionRow(
            f"{ACTIVE_INTERVENTIONS[index % len(ACTIVE_INTERVENTIONS)]} – voce {index + 1:02d}",
            "CPI di Cremona" if index % 2 else "Ente accreditato Sintetico",
            123_456 if index == 0 else 1_000,
            date(2026, 3, 1),
            date(2026, 9, 30),
            "in corso",
        )
        for index in range(count)
    )


def sample_project(*, interventions: int = 3, previous: bool = True) -> ProjectPrint:
    rows = _interventions(interventions)
    domains = tuple(
        DomainScore(
            label,
            need=index % 5,
            resources=(index + 2) % 5,
            previous_need=(index + 1) % 5 if previous else None,
            previous_resources=(index + 3) % 5 if previous else None,
            note="Nota sulla dimensione abitativa." if index == 0 else "",
        )
        for index, label in enumerate(ASSESSMENT_DOMAINS)
    )
    active_used = sum(row.planned_cents or 0 for row in rows)
    return ProjectPrint(
        header=HEADER,
        woman_name=NAME,
        revision=2,
        status="validato",
        validated_on=date(2026, 3, 12),
        equipe_referent="Referente Équipe Sintetica",
        lines=("Linea 1 – Inserimento lavorativo", "Linea 2 – Autonomia abitativa"),
        goals=("Un contratto di lavoro stabile.", "Un alloggio autonomo e sicuro."),
        assessment=AssessmentSummary(
            date(2026, 3, 2),
            domains,
            date(2025, 10, 10) if previous else None,
            "Strumento comune v1",
            ("Referente Équipe Sintetica (assistente sociale)",),
            housing_suggestion="Percorso a: il reddito non sostiene una locazione privata.",
        ),
        work=WorkPath(
            "CPI di Cremona",
            date(2026, 2, 20),
            date(2026, 2, 15),
            rows,
            FundUse("Fondo politiche attive", active_used, 300_000),
        ),
        economic=EconomicSupport(
            (
                SupportRow(
                    "Rimborso spese di trasporto", 24_000, date(2026, 3, 1), date(2026, 8, 31)
                ),
                SupportRow("Asilo nido", 90_000, date(2026, 3, 1), date(2026, 7, 31)),
            ),
            FundUse("Fondo politiche passive", 114_000, 140_000),
        ),
        housing=HousingPath(
            "a",
            HOUSING_PATHS[0],
            (("Soluzione", HOUSING_A_SOLUTIONS[2]), ("Gestore", "Cooperativa Sintetica")),
            (CostRow("Canone di locazione", 210_000, "6 mensilità"), CostRow("Utenze", 24_050)),
            "Comune di Cremona",
            50_000,
            "sostegno educativo",
            FundUse("Fondo autonomia abitativa", 234_050, 500_000),
        ),
        timeline=(
            TimelineRow("Colloquio specialistico", date(2026, 3, 1), date(2026, 3, 15), "CPI"),
            TimelineRow("Ingresso nell'alloggio", date(2026, 3, 20), None, "Cooperativa"),
        ),
        approvals=(
            ApprovalRow(
                "Validazione della revisione", 2, "Referente Équipe Sintetica", "12/03/2026 10:15"
            ),
            ApprovalRow(
                "Validazione della revisione", 2, "Orientatrice Sintetica", "12/03/2026 10:17"
            ),
        ),
        consent_on=date(2026, 3, 1),
        signatures=(
            Signatory("La donna", NAME),
            Signatory("La referente del Centro antiviolenza", "Operatrice Sintetica", "AIDA"),
            Signatory(
                "Il/la referente dell'équipe multidisciplinare", "Referente Équipe Sintetica"
            ),
            Signatory("Il Centro per l'Impiego", "Orientatrice Sintetica", "CPI di Cremona"),
        ),
    )


def _pages(pdf: bytes) -> list[str]:
    """Each page's text with whitespace (including no-break spaces) collapsed."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def filled() -> bytes:
    return project_form_bytes(sample_project())


@pytest.fixture(scope="module")
def filled_text(filled: bytes) -> str:
    return "\n".join(_pages(filled))


def test_every_section_is_printed_in_order(filled_text: str) -> None:
    positions = [filled_text.index(f"{n}. {title}") for n, title in enumerate(SECTIONS, 1)]
    assert positions == sorted(positions)
    assert "Progetto personalizzato" in filled_text


def test_amounts_are_formatted_the_italian_way(filled_text: str) -> None:
    assert "€ 1.234,56" in filled_text  # the first intervention
    assert "€ 1.254,56" in filled_text  # active-policy total
    assert "€ 3.000,00" in filled_text  # active cap
    assert "€ 1.745,44" in filled_text  # active residual
    assert "€ 1.140,00" in filled_text  # passive total
    assert "€ 260,00" in filled_text  # passive residual
    assert "€ 2.340,50" in filled_text  # housing costs
    assert "€ 500,00" in filled_text  # the municipality's co-payment


def test_every_page_is_numbered_and_has_the_header(filled: bytes) -> None:
    pages = _pages(filled)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Pagina {number} di {len(pages)}" in text
        assert PROGRAMME in text
        assert "Ambito Cremonese" in text
        assert CASE_CODE in text
        assert "d.g.r. n. 6947 del 24/07/2017" in text


def test_her_name_is_in_the_body_but_not_in_the_metadata(filled: bytes, filled_text: str) -> None:
    assert NAME in filled_text
    metadata = PdfReader(BytesIO(filled)).metadata
    assert metadata is not None
    assert metadata.title == "Progetto personalizzato"
    assert metadata.author == "antiviolenza-desktop"
    everything = " ".join(str(value) for value in metadata.values())
    for secret in (NAME, "Ottavia", CASE_CODE):
        assert secret not in everything


def test_revision_status_dates_and_people_are_stamped(filled_text: str) -> None:
    for text in (
        "Revisione n. 2",
        "validata il 12/03/2026",
        "stampato il 25/11/2026",
        "Referente Équipe Sintetica",
        "Approvazione dell'équipe",
        "12/03/2026 10:17",
        "CPI di Cremona",
        "20/02/2026",  # Patto di servizio
        "15/02/2026",  # DID
        "01/03/2026",  # consent
        "Percorso a: il reddito non sostiene una locazione privata.",
        "Nota sulla dimensione abitativa.",
    ):
        assert text in filled_text


def test_the_chart_compares_with_the_previous_assessment(filled_text: str) -> None:
    assert "Valutazione attuale (02/03/2026)" in filled_text
    assert "Valutazione precedente (10/10/2025)" in filled_text
    assert "Bisogno" in filled_text
    assert "Risorse" in filled_text
    for domain in ASSESSMENT_DOMAINS[:3]:
        assert domain in filled_text


def test_without_a_previous_assessment_the_chart_says_so() -> None:
    text = "\n".join(_pages(project_form_bytes(sample_project(previous=False))))
    assert "Nessuna valutazione precedente" in text
    assert "Valutazione precedente (" not in text


def test_the_chart_is_a_drawing_sized_for_every_domain() -> None:
    summary = sample_project().assessment
    assert summary is not None
    drawing = assessment_chart(summary, 480)
    fewer = assessment_chart(replace(summary, domains=summary.domains[:4]), 480)
    assert drawing.width == 480
    assert drawing.height > fewer.height > 0


def test_signature_blocks_for_the_four_parties(filled_text: str) -> None:
    for role in (
        "La donna",
        "La referente del Centro antiviolenza",
        "Il/la referente dell'équipe multidisciplinare",
        "Il Centro per l'Impiego",
    ):
        assert role in filled_text
    assert filled_text.count("Firma") >= 4


def test_forty_interventions_and_long_goals_flow_onto_further_pages() -> None:
    goal_end = "ultima parola dell'obiettivo lungo"
    long_goal = "Costruire l'autonomia economica con il sostegno della rete. " * 60 + goal_end
    project = replace(sample_project(interventions=40), goals=(long_goal,) * 3)
    pages = _pages(project_form_bytes(project))
    text = "\n".join(pages)
    assert len(pages) >= 5
    for row in project.work.interventions:  # type: ignore[union-attr]
        assert row.label in text
    assert text.count(goal_end) == 3
    assert "Totale politiche attive" in text
    assert sum("Intervento" in page for page in pages) >= 2  # the header row repeats
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} di {len(pages)}" in page


def test_an_amount_over_the_cap_is_shown_as_such() -> None:
    project = sample_project(interventions=40)
    work = project.work
    assert work is not None
    over = replace(work, fund=FundUse("Fondo politiche attive", 325_000, 300_000))
    text = "\n".join(_pages(project_form_bytes(replace(project, work=over))))
    assert "-€ 250,00" in text
    assert "oltre il massimale per donna" in text


def test_a_path_that_does_not_apply_is_said_not_to() -> None:
    project = replace(sample_project(), housing=None, economic=None)
    text = "\n".join(_pages(project_form_bytes(project)))
    assert text.count("Percorso non previsto dal progetto.") == 2
    assert "6. Percorso abitativo" in text


def _blank() -> ProjectPrint:
    return ProjectPrint.blank(HEADER, domains=ASSESSMENT_DOMAINS, scale_max=4)


def test_the_blank_form_has_every_section_and_no_case_data() -> None:
    pdf = project_form_bytes(_blank())
    pages = _pages(pdf)
    text = "\n".join(pages)
    for number, title in enumerate(SECTIONS, start=1):
        assert f"{number}. {title}" in text
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} di {len(pages)}" in page
    for value in (NAME, CASE_CODE, "12/03/2026", "02/03/2026", "€ 1.234,56", "Cooperativa"):
        assert value not in text
    assert "Modulo in bianco" in text
    assert "€ 3.000,00" in text  # the caps are the programme's, not the case's
    assert "€ 1.400,00" in text
    for option in (*HOUSING_PATHS, ACTIVE_INTERVENTIONS[0], PASSIVE_SUPPORTS[1], "Nome e cognome"):
        assert option in text


def test_the_pdf_is_reproducible(filled: bytes) -> None:
    assert project_form_bytes(sample_project()) == filled


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_file_is_private(tmp_path: Path, filled: bytes) -> None:
    path = tmp_path / "progetto.pdf"
    write_project_form(path, sample_project())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes() == filled
    assert [entry.name for entry in tmp_path.iterdir()] == ["progetto.pdf"]


def test_an_existing_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "progetto.pdf"
    path.write_bytes(b"la copia firmata di un'altra donna")
    with pytest.raises(FormFileExists) as raised:
        write_project_form(path, sample_project())
    assert raised.value.code == "modulo_esistente"
    assert raised.value.message == (
        "Il file progetto.pdf esiste già: scegli un altro nome per il modulo."
    )
    assert path.read_bytes() == b"la copia firmata di un'altra donna"
    assert [entry.name for entry in tmp_path.iterdir()] == ["progetto.pdf"]


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FormFolderMissing):
        write_project_form(tmp_path / "manca" / "progetto.pdf", sample_project())
