"""Printed forms benchmark: one Progetto personalizzato PDF, a batch of 200, and a baseline.

Targets (issue 4): one project PDF (bytes, median of 20) ≤ 30 ms; a batch of 200 ≤ 6 s. For
the ratio, a plain 3-page ReportLab document of comparable content (headings, label/value
grids, ruled tables with wrapping cells, a header and footer on every page) is built directly
with platypus, without this project's layer: the form costs more because it also draws the
assessment chart, knows its page total ("Pagina X di Y") and lays out more cells. Synthetic
data only. Times are CPU time of this process (process_time), so a busy machine skews them
less than wall time would; wall time is printed too. Run with `python benchmarks/forms.py`.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from antiviolenza_desktop.reports.fonts import SANS, SANS_BOLD
from antiviolenza_desktop.reports.forms_model import (
    ACTIVE_INTERVENTIONS,
    HOUSING_A_SOLUTIONS,
    HOUSING_PATHS,
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
from antiviolenza_desktop.reports.project_form import project_form_bytes
from antiviolenza_desktop.services.instruments import current_instrument

SINGLE_RUNS = 20
BATCH = 200
TARGET_SINGLE_MS = 30.0
TARGET_BATCH_S = 6.0


def sample_project(number: int) -> ProjectPrint:
    """A typical validated project: 8 interventions, 3 supports, path a, 12 domains compared."""
    interventions = tuple(
        InterventionRow(
            ACTIVE_INTERVENTIONS[index % len(ACTIVE_INTERVENTIONS)],
            "CPI di Cremona" if index % 2 else "Ente accreditato di formazione",
            15_000 + index * 2_500,
            date(2026, 3, 1),
            date(2026, 9, 30),
            "in corso",
        )
        for index in range(8)
    )
    domains = tuple(
        DomainScore(
            label, (index * 7) % 5, (index * 3) % 5, (index * 7 + 1) % 5, (index * 3 + 4) % 5
        )
        for index, label in enumerate(d.label for d in current_instrument().domains)
    )
    supports = (
        SupportRow("Rimborso spese di trasporto", 24_000, date(2026, 3, 1), date(2026, 8, 31)),
        SupportRow("Asilo nido", 90_000, date(2026, 3, 1), date(2026, 7, 31)),
        SupportRow("Centri estivi", 20_000, date(2026, 7, 1), date(2026, 8, 31)),
    )
    costs = (CostRow("Canone di locazione", 210_000), CostRow("Utenze", 24_050))
    return ProjectPrint(
        header=FormHeader(
            "Inserimento lavorativo e autonomia abitativa delle donne vittime di violenza",
            "Regione Lombardia – d.g.r. n. 6947 del 24/07/2017",
            "Cremonese",
            f"CRE-2026-{number:05d}",
            date(2026, 11, 25),
        ),
        woman_name=f"Donna Sintetica {number}",
        revision=1,
        status="validato",
        validated_on=date(2026, 3, 12),
        equipe_referent="Referente Sintetica – Azienda Sociale del Cremonese",
        lines=("Linea 1 – Inserimento lavorativo", "Linea 2 – Autonomia abitativa"),
        goals=(
            "Un contratto di lavoro stabile.",
            "Un alloggio autonomo e sicuro per sé e i figli.",
        ),
        assessment=AssessmentSummary(date(2026, 3, 2), domains, date(2025, 10, 10), "v1"),
        work=WorkPath(
            "CPI di Cremona",
            date(2026, 2, 20),
            date(2026, 2, 15),
            interventions,
            FundUse(
                "Fondo politiche attive", sum(i.planned_cents or 0 for i in interventions), 300_000
            ),
        ),
        economic=EconomicSupport(supports, FundUse("Fondo politiche passive", 134_000, 140_000)),
        housing=HousingPath(
            "a",
            HOUSING_PATHS[0],
            (("Soluzione", HOUSING_A_SOLUTIONS[2]),),
            costs,
            "Comune di Cremona",
            50_000,
            "sostegno educativo",
            FundUse("Fondo autonomia abitativa", 234_050, 500_000),
        ),
        timeline=(
            TimelineRow("Colloquio specialistico", date(2026, 3, 1), date(2026, 3, 15), "CPI"),
            TimelineRow("Tirocinio", date(2026, 4, 1), date(2026, 9, 30), "Ente accreditato"),
        ),
        consent_on=date(2026, 3, 1),
        signatures=(
            Signatory("La donna", f"Donna Sintetica {number}"),
            Signatory("La referente del Centro antiviolenza", "Operatrice", "AIDA"),
            Signatory("Il/la referente dell'équipe multidisciplinare", "Referente"),
            Signatory("Il Centro per l'Impiego", "Orientatrice", "CPI di Cremona"),
        ),
    )


def plain_reportlab_document() -> bytes:
    """The baseline: a comparable 3-page form built with platypus alone, in the same embedded
    font as the forms (DejaVu), so the ratio measures this project's layer, not the font."""
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", styles["BodyText"], fontName=SANS)
    heading = ParagraphStyle("heading", styles["Heading2"], fontName=SANS_BOLD)
    title = ParagraphStyle("title", styles["Title"], fontName=SANS_BOLD)
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, invariant=1, topMargin=27 * mm, initialFontName=SANS
    )

    def furniture(canvas: object, doc: SimpleDocTemplate) -> None:
        canvas.setFont(SANS, 8)  # type: ignore[attr-defined]
        canvas.drawString(20 * mm, 287 * mm, "Programma · Ambito · Caso")  # type: ignore[attr-defined]
        canvas.drawRightString(190 * mm, 10 * mm, f"Pagina {doc.page}")  # type: ignore[attr-defined]

    grid = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), SANS, 10),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    story: list[object] = [Paragraph("Progetto personalizzato", title)]
    for section in range(8):
        story.append(Paragraph(f"{section + 1}. Sezione del modulo", heading))
        rows = [
            [Paragraph(f"Etichetta {row}", body), Paragraph(f"Valore della riga {row} " * 3, body)]
            for row in range(6)
        ]
        story += [Table(rows, colWidths=[50 * mm, 120 * mm], style=grid), Spacer(0, 4 * mm)]
    table_rows = [
        [Paragraph(text, body) for text in (str(row), f"Intervento {row}", "CPI", "€ 1.234,56")]
        for row in range(14)
    ]
    story.append(
        Table(table_rows, colWidths=[10 * mm, 90 * mm, 40 * mm, 30 * mm], style=grid, repeatRows=1)
    )
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def median_ms(build: Callable[[], bytes], runs: int = SINGLE_RUNS) -> tuple[float, float]:
    """Median CPU and wall milliseconds of `runs` builds, after two warm-up builds."""
    build(), build()
    cpu, wall = [], []
    for _ in range(runs):
        started_cpu, started_wall = time.process_time(), time.perf_counter()
        build()
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started_wall)
    return statistics.median(cpu) * 1000, statistics.median(wall) * 1000


def page_count(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")


def main() -> None:
    project = sample_project(1)
    single_cpu, single_wall = median_ms(lambda: project_form_bytes(project))
    base_cpu, base_wall = median_ms(plain_reportlab_document)
    projects = [sample_project(number) for number in range(BATCH)]
    started_cpu, started_wall = time.process_time(), time.perf_counter()
    for item in projects:
        project_form_bytes(item)
    batch_cpu, batch_wall = time.process_time() - started_cpu, time.perf_counter() - started_wall
    pdf = project_form_bytes(project)
    pages = page_count(pdf)
    base_pages = page_count(plain_reportlab_document())

    def verdict(ok: bool) -> str:
        return "ok" if ok else "OLTRE IL TARGET"

    size = f"{len(pdf) / 1024:.0f} KiB"
    print(f"Progetto personalizzato ({pages} pagine, {size}), mediana di {SINGLE_RUNS}:")
    print(
        f"  {single_cpu:6.1f} ms CPU ({single_wall:.1f} ms wall)"
        f"  target ≤ {TARGET_SINGLE_MS:.0f} ms  {verdict(single_cpu <= TARGET_SINGLE_MS)}"
    )
    print(f"ReportLab da solo, documento comparabile ({base_pages} pagine):")
    print(f"  {base_cpu:6.1f} ms CPU ({base_wall:.1f} ms wall)")
    print(f"  rapporto modulo / ReportLab: {single_cpu / base_cpu:.2f}×")
    print(f"Lotto di {BATCH} progetti:")
    print(
        f"  {batch_cpu:6.2f} s CPU ({batch_wall:.2f} s wall)  target ≤ {TARGET_BATCH_S:.0f} s"
        f"  {verdict(batch_cpu <= TARGET_BATCH_S)}"
    )
    print(f"  {batch_cpu / BATCH * 1000:.1f} ms per progetto")


if __name__ == "__main__":
    main()
