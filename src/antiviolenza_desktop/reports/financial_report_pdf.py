"""The financial report as PDF: the card's tables with planned and actual side by side.

Laid out from a `FinancialReport` only, in the card's order: Tabella 1 (lines), Tabella 2.1 and
3.1 (actions), then what the card does not have but the Region asks for with it: the funds of
this store, the network and training by kind of body (line 1's growth target), the narrative
per action, the Gantt of the card's months on a page of its own (`financial_report_gantt`),
and the annex per woman by case code. Where the card
prints a total that is not A + B (action 3.1), the row shows A + B with a mark and a note
quoting the printed figure: the report never silently corrects the card.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from . import form_styles as fs
from .export_files import write_export
from .financial_report_data import ActionRow, BudgetTable, FinancialReport
from .financial_report_gantt import gantt_story
from .financial_report_layout import (
    AMOUNT,
    Heading,
    ReportFurniture,
    band,
    build_landscape_pdf,
    label_grid,
    long_table,
    report_table,
)
from .form_styles import esc, fmt_date, fmt_eur, para
from .network_section_pdf import network_part
from .report_labels import report_label

__all__ = ["REPORT_TITLE", "financial_report_pdf_bytes", "write_financial_report_pdf"]

REPORT_TITLE = "Rendiconto finanziario"
_PLANNED = "Previsto dalla scheda"
_ACTUAL = "Realizzato"
_MARK = " *"
_NO_NARRATIVE = "Relazione non ancora scritta."


def write_financial_report_pdf(path: Path, report: FinancialReport) -> None:
    """Write the report as a private (0o600) PDF at `path`, all or nothing. Errors:
    ExportFileExists, ExportFolderMissing (checked before the layout)."""
    content = financial_report_pdf_bytes(report)
    write_export(path, lambda stream: stream.write(content))


def financial_report_pdf_bytes(report: FinancialReport) -> bytes:
    heading = report.heading
    furniture = ReportFurniture(
        title=heading.programme_title,
        act=heading.act,
        reporter=heading.reporter,
        stamp=f"{REPORT_TITLE} · estratto il {fmt_date(heading.extracted_on)}",
        notice="Dati aggregati: le donne compaiono solo con il codice caso, mai con il nome.",
    )
    story = [
        *_opening(report),
        *_lines(report),
        *(part for table in report.tables for part in _budget(table)),
        *_funds(report),
        *_provincia(report),
        *network_part(report.network),
        *_narratives(report),
        *gantt_story(report.schedule, report.calendar_warnings),
        *_annex(report),
    ]
    return build_landscape_pdf(story, title=REPORT_TITLE, furniture=furniture)


def _opening(report: FinancialReport) -> list[Flowable]:
    h = report.heading
    if h.first_entry_on is None:
        period = "nessuna registrazione"
    else:
        period = f"dal {fmt_date(h.first_entry_on)} al {fmt_date(h.last_entry_on)}"
    grid = label_grid(
        [
            ("Rendiconta", h.reporter),
            ("Capofila del progetto", h.capofila),
            ("Scheda programmatica del", fmt_date(h.card_date)),
            ("Registrazioni", period),
            ("Dati estratti il", fmt_date(h.extracted_on)),
        ]
    )
    return [
        Paragraph(REPORT_TITLE, fs.STYLES["title"]),
        Spacer(0, 1.5 * mm),
        para(f"{h.programme_title} – {h.act}", "subtitle"),
        Spacer(0, 3 * mm),
        grid,
        Spacer(0, 2 * mm),
        para(
            "«Previsto» riporta gli importi della scheda programmatica per l'intero progetto; "
            "«Realizzato» le registrazioni di questo archivio: A = erogazioni dei fondi e spese "
            "delle azioni con risorse regionali, B = valore delle ore di lavoro del personale "
            "(cofinanziamento). «Impegnato» è quanto riservato alle donne sui fondi e non "
            "ancora stornato.",
            "note",
        ),
    ]


def _amount_headings(group: str, *, total: bool = True) -> list[Heading]:
    columns = [
        Heading("Regione (A)", AMOUNT, True, group),
        Heading("Cofinanz. (B)", AMOUNT, True, group),
    ]
    if total:
        columns.append(Heading("Totale (A+B)", AMOUNT, True, group))
    return columns


def _lines(report: FinancialReport) -> list[Flowable]:
    columns = [
        Heading("Linea d'azione", 48 * mm),
        Heading("Fonte del cofinanziamento"),
        *_amount_headings(_PLANNED),
        *_amount_headings(_ACTUAL),
    ]
    rows = [
        (
            f"Linea {line.code} – {line.name}",
            line.cofinancing_source,
            fmt_eur(line.planned_a),
            fmt_eur(line.planned_b),
            fmt_eur(line.planned_total),
            fmt_eur(line.actual_a),
            fmt_eur(line.actual_b),
            fmt_eur(line.actual_total),
        )
        for line in report.lines
    ]
    total = (
        "Totale",
        "",
        fmt_eur(report.planned_a),
        fmt_eur(report.planned_b),
        fmt_eur(report.planned_total),
        fmt_eur(report.actual_a),
        fmt_eur(report.actual_b),
        fmt_eur(report.actual_total),
    )
    table = report_table(columns, rows, total=total)
    return [KeepTogether([band("Tabella 1 - Risorse complessive"), table])]


def _budget(table: BudgetTable) -> list[Flowable]:
    columns = [
        Heading("Azione", 13 * mm),
        Heading("Descrizione"),
        *_amount_headings(_PLANNED),
        Heading("Regione (A)", AMOUNT, True, "Impegnato"),
        *_amount_headings(_ACTUAL),
    ]
    rows = [_action_cells(row) for row in table.rows]
    total = (
        "Totale",
        "",
        fmt_eur(table.planned_a),
        fmt_eur(table.planned_b),
        fmt_eur(table.planned_total),
        fmt_eur(table.committed_a),
        fmt_eur(table.actual_a),
        fmt_eur(table.actual_b),
        fmt_eur(table.actual_total),
    )
    story: list[Flowable] = [
        CondPageBreak(70 * mm),
        band(f"Tabella {table.number} - {table.title}"),
        report_table(columns, rows, total=total),
    ]
    notes = [f"* {note}" for note in table.notes()]
    if notes:
        story += [Spacer(0, 1.5 * mm), *(para(note, "note") for note in notes)]
    return story


def _action_cells(row: ActionRow) -> tuple[str, ...]:
    mark = _MARK if row.printed_total != row.planned_total else ""
    return (
        row.printed_code,
        row.name,
        fmt_eur(row.planned_a),
        fmt_eur(row.planned_b),
        fmt_eur(row.planned_total) + mark,
        "—" if row.committed_a is None else fmt_eur(row.committed_a),
        fmt_eur(row.actual_a),
        fmt_eur(row.actual_b),
        fmt_eur(row.actual_total),
    )


def _funds(report: FinancialReport) -> list[Flowable]:
    width = 31 * mm
    columns = [
        Heading("Fondo"),
        Heading("Massimale per donna", width, True),
        Heading("Stanziamento", width, True),
        Heading("Impegnato", width, True),
        Heading("Erogato", width, True),
        Heading("Impegnato da erogare", width, True),
        Heading("Disponibile", width, True),
    ]
    rows = [
        (
            f.name,
            "da definire" if f.cap_per_woman is None else fmt_eur(f.cap_per_woman),
            fmt_eur(f.allocated),
            fmt_eur(f.committed),
            fmt_eur(f.disbursed),
            fmt_eur(f.to_disburse),
            fmt_eur(f.available),
        )
        for f in report.funds
    ]
    title = "Fondi della provincia" if report.heading.is_capofila else "Fondi dell'Ambito"
    return [KeepTogether([band(title), report_table(columns, rows)])]


def _provincia(report: FinancialReport) -> list[Flowable]:
    """The Provincia's fund per Ambito (its register, the projects beside it) and CPI hours."""
    section = report.provincia
    if section is None:
        return []
    width = 38 * mm
    columns = [
        Heading("Ambito"),
        Heading("Fondo", 60 * mm),
        Heading("Impegnato dalla Provincia", width, True),
        Heading("Pagato dalla Provincia", width, True),
        Heading("Nei progetti dell'Ambito", width, True),
    ]
    rows = [
        (
            r.ambito,
            r.fund_name,
            fmt_eur(r.committed),
            fmt_eur(r.disbursed),
            fmt_eur(r.projects_committed),
        )
        for r in section.funds
    ]
    hours = [Heading("Mese", 22 * mm), Heading("Sede CPI"), Heading("Azione", 18 * mm)]
    hours += [Heading("Ore", 28 * mm, True), Heading("Valore (B)", width, True)]
    hour_rows = [(h.month, h.office, h.action, h.hours, fmt_eur(h.value)) for h in section.hours]
    total = ("Totale", "", "", "", fmt_eur(section.hours_value))
    return [
        CondPageBreak(60 * mm),
        band(f"Fondo gestito dalla {section.name}"),
        report_table(columns, rows),
        para(_PROVINCIA_NOTE, "note"),
        band("Ore del personale dei CPI (cofinanziamento della linea 1)"),
        report_table(hours, hour_rows, total=total)
        if hour_rows
        else para("Nessuna ora registrata.", "note"),
    ]


_PROVINCIA_NOTE = (
    "Impegni e pagamenti sono quelli del registro della Provincia tenuto dalla capofila; la "
    "colonna dei progetti riporta quanto i progetti degli Ambiti hanno concordato con il CPI: "
    "è la stessa spesa vista dall'équipe, e non si somma."
)


def _narratives(report: FinancialReport) -> list[Flowable]:
    """One row per action, so the actions without a text cost one line; a long text (up to
    4,000 characters) splits across pages inside its row."""
    columns = [Heading("Azione", 13 * mm), Heading("Descrizione", 75 * mm), Heading("Relazione")]
    rows = [
        (
            item.printed_code,
            item.name,
            Paragraph(esc(item.text), fs.STYLES["cell"])
            if item.text
            else para(_NO_NARRATIVE, "note"),
        )
        for item in report.narratives
    ]
    return [CondPageBreak(60 * mm), band("Relazione per azione"), report_table(columns, rows)]


def _annex(report: FinancialReport) -> list[Flowable]:
    story: list[Flowable] = [
        PageBreak(),
        band("Allegato - Impegni ed erogazioni per donna (solo codice caso)"),
    ]
    if not report.annex:
        return [*story, para("Nessun impegno registrato.")]
    width = 34 * mm
    columns = [
        Heading("Codice caso", 45 * mm),
        Heading("Fondo"),
        Heading("Impegnato", width, True),
        Heading("Erogato", width, True),
        Heading("Residuo da erogare", width, True),
    ]
    rows = [
        (w.case_code, w.fund_name, fmt_eur(w.committed), fmt_eur(w.disbursed), fmt_eur(w.residual))
        for w in report.annex
    ]
    women = len({w.case_code for w in report.annex})
    total = (
        report_label("totale_donne", women),
        "",
        fmt_eur(sum(w.committed for w in report.annex)),
        fmt_eur(sum(w.disbursed for w in report.annex)),
        fmt_eur(sum(w.residual for w in report.annex)),
    )
    return [*story, long_table(columns, rows, total=total)]
