"""The Progetto personalizzato on paper: what the woman, the CAV, the équipe and the CPI sign.

Laid out from a `ProjectPrint` only (see `forms_model`), in numbered sections that mirror the
project: who and which revision, the assessment with its comparison chart, the goals, the
three paths with their rows and amounts and the residual under each per-woman cap, the
timeline, the consent and the signatures. Every section is printed even when its path does
not apply ("non previsto"), so a reader can see that nothing was forgotten. A blank project
(`ProjectPrint.blank`) has the same sections with room to write and checkboxes to tick.

Her name is printed in the body only: the PDF metadata and the page header carry the
programme, the Ambito and the case code, never the person.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from . import form_styles as fs
from .assessment_chart import assessment_chart
from .fonts import SANS, SANS_BOLD
from .form_styles import Column, FormFileExists, FormFolderMissing, esc, fmt_date, fmt_eur, para
from .forms_model import (
    HOUSING_A_SOLUTIONS,
    HOUSING_B_FINDERS,
    HOUSING_B_LANDLORDS,
    HOUSING_PATHS,
    PROVIDERS,
    AssessmentSummary,
    EconomicSupport,
    FundUse,
    HousingPath,
    ProjectPrint,
    WorkPath,
)

__all__ = [
    "FormFileExists",
    "FormFolderMissing",
    "project_form_bytes",
    "write_project_form",
]

FORM_TITLE = "Progetto personalizzato"
SECTIONS = (
    "Dati della donna e del progetto",
    "Valutazione multidimensionale",
    "Obiettivi del progetto",
    "Percorso lavorativo (politiche attive)",
    "Sostegno economico (politiche passive)",
    "Percorso abitativo",
    "Riepilogo per fondo",
    "Cronoprogramma",
    "Consenso",
    "Firme",
)
_NOT_PLANNED = "Percorso non previsto dal progetto."
_BLANK_EXTRA_ROWS = 2
_NUMBER = 8 * mm
_DATE = 19 * mm
_AMOUNT = 23 * mm
_KEEP_WHOLE = frozenset({"Consenso", "Firme"})


def write_project_form(path: Path, data: ProjectPrint) -> None:
    """Write the project as a private (0o600) PDF at `path`, all or nothing.

    Raises FormFileExists if `path` exists (the file is left unchanged) and FormFolderMissing
    if its folder cannot be written.
    """
    fs.check_form_target(path)
    fs.write_private(path, project_form_bytes(data))


def project_form_bytes(data: ProjectPrint) -> bytes:
    """The PDF in memory, for print preview and for saving."""
    return fs.build_pdf(_story(data), title=FORM_TITLE, furniture=_furniture(data))


def _furniture(data: ProjectPrint) -> fs.PageFurniture:
    printed = fmt_date(data.header.printed_on)
    if data.is_blank:
        stamp = "Modulo in bianco da compilare a mano" + (
            f" · stampato il {printed}" if printed else ""
        )
        notice = "Una volta compilato contiene dati personali particolari (art. 9 GDPR): riservato."
    else:
        parts = [_revision_text(data)]
        if printed:
            parts.append(f"stampato il {printed}")
        stamp = " · ".join(parts)
        notice = "Riservato: contiene dati personali particolari (art. 9 GDPR). Non diffondere."
    return fs.PageFurniture(FORM_TITLE, data.header, stamp, notice)


def _revision_text(data: ProjectPrint) -> str:
    parts = ["Revisione" if data.revision is None else f"Revisione n. {data.revision}"]
    if data.status:
        parts.append(f"stato: {data.status}")
    if data.validated_on:
        parts.append(f"validata il {fmt_date(data.validated_on)}")
    return " · ".join(parts)


def _story(data: ProjectPrint) -> list[Flowable]:
    header = data.header
    story: list[Flowable] = [
        Paragraph(FORM_TITLE, fs.STYLES["title"]),
        Spacer(0, 1.5 * mm),
        para(f"{header.programme_title} – {header.programme_act}", "subtitle"),
        Spacer(0, 1 * mm),
    ]
    builders = (
        _identity,
        _assessment,
        _goals,
        _work,
        _economic,
        _housing,
        _funds,
        _timeline,
        _consent,
        _signatures,
    )
    for number, (title, build) in enumerate(zip(SECTIONS, builders, strict=True), start=1):
        if title in _KEEP_WHOLE:
            story.append(KeepTogether([fs.section_band(number, title), *build(data)]))
        else:
            story += fs.section(number, title, build(data))
    return story


def _value(text: str, blank: bool, lines: int = 1) -> Flowable | str:
    return fs.Ruled(lines) if blank or not text else text


def _identity(data: ProjectPrint) -> list[Flowable]:
    blank = data.is_blank
    lines: Flowable | str = (
        fs.checkbox_options(data.lines, multiple=True) if blank else "; ".join(data.lines) or "—"
    )
    wide = fs.field_grid(
        [
            ("La donna (nome e cognome)", _value(data.woman_name, blank)),
            ("Codice fiscale", _value(data.woman_codice_fiscale, blank)),
            ("Data di nascita", _value(fmt_date(data.woman_birth_date), blank)),
            ("Linee del progetto", lines),
            ("Referente dell'équipe", _value(data.equipe_referent, blank)),
            ("Équipe che approva il progetto", _value("; ".join(data.approved_by), blank, 2)),
        ]
    )
    revision = "" if data.revision is None else str(data.revision)
    pairs = fs.field_grid(
        [
            ("Codice caso", _value(data.header.case_code, blank)),
            ("Ambito", data.header.ambito),
            ("Revisione n.", _value(revision, blank)),
            ("Stato", _value(data.status, blank)),
            ("Validato il", _value(fmt_date(data.validated_on), blank)),
            ("Consenso raccolto il", _value(fmt_date(data.consent_on), blank)),
        ],
        label_width=fs.LABEL_WIDTH,
        columns=2,
    )
    return [wide, pairs]


def _assessment(data: ProjectPrint) -> list[Flowable]:
    summary = data.assessment
    if data.is_blank and summary is not None:
        return _blank_assessment(summary)
    if summary is None:
        return [para("Nessuna valutazione multidimensionale registrata.")]
    story: list[Flowable] = [
        fs.field_grid(
            [
                ("Data della valutazione", fmt_date(summary.assessed_on) or "—"),
                ("Valutazione precedente", fmt_date(summary.previous_on) or "—"),
                ("Strumento", summary.instrument or "—"),
                ("Scala", f"da 0 a {summary.scale_max}"),
            ],
            label_width=fs.LABEL_WIDTH,
            columns=2,
        ),
    ]
    if summary.members:
        story.append(fs.field_grid([("Équipe presente", "; ".join(summary.members))]))
    story += [Spacer(0, 3 * mm), assessment_chart(summary, fs.TEXT_WIDTH)]
    story.append(
        para(
            f"Punteggi da 0 a {summary.scale_max}: per il bisogno 0 = nessun bisogno; "
            f"per le risorse 0 = nessuna risorsa. n.v. = non valutato.",
            "note",
        )
    )
    story += _suggestions(summary)
    noted = [(s.label, s.note) for s in summary.domains if s.note.strip()]
    if noted:
        story += fs.subheading("Note per dimensione")
        story.append(fs.data_table([Column("Dimensione", 55 * mm), Column("Note")], noted))
    return story


def _suggestions(summary: AssessmentSummary) -> list[Flowable]:
    rows = [
        (label, text)
        for label, text in (
            ("Abitare", summary.housing_suggestion),
            ("Lavoro", summary.work_suggestion),
        )
        if text.strip()
    ]
    if summary.housing_decision:
        rows.append(("Percorso abitativo scelto", summary.housing_decision))
    if not rows:
        return []
    return [
        *fs.subheading("Suggerimenti dello strumento (decide l'équipe)"),
        fs.field_grid(rows, label_width=fs.LABEL_WIDTH),
    ]


def _blank_assessment(summary: AssessmentSummary) -> list[Flowable]:
    scale = [str(value) for value in range(summary.scale_max + 1)]
    rows = [
        (
            s.label,
            fs.checkbox_options(scale, compact=True),
            fs.checkbox_options(scale, compact=True),
            "",
        )
        for s in summary.domains
    ]
    table = fs.data_table(
        [
            Column("Dimensione", 50 * mm),
            Column("Bisogno", 40 * mm),
            Column("Risorse", 40 * mm),
            Column("Note"),
        ],
        rows,
    )
    _blank_rows(table)
    return [
        fs.field_grid(
            [("Data della valutazione", fs.Ruled()), ("Strumento (versione)", fs.Ruled())],
            label_width=fs.LABEL_WIDTH,
            columns=2,
        ),
        fs.field_grid([("Équipe presente", fs.Ruled(2))]),
        Spacer(0, 2 * mm),
        table,
        para(
            f"Segnare un punteggio da 0 a {summary.scale_max}: per il bisogno 0 = nessun bisogno; "
            "per le risorse 0 = nessuna risorsa.",
            "note",
        ),
    ]


def _goals(data: ProjectPrint) -> list[Flowable]:
    if data.is_blank or not data.goals:
        return [fs.Ruled(6)] if data.is_blank else [para("Nessun obiettivo indicato.")]
    return [
        Paragraph(esc(goal), fs.STYLES["goal"], bulletText=f"{number}.")
        for number, goal in enumerate(data.goals, start=1)
    ]


def _work(data: ProjectPrint) -> list[Flowable]:
    work = data.work
    if work is None:
        return [para(_NOT_PLANNED)]
    blank = data.is_blank
    story: list[Flowable] = [
        fs.field_grid([("Centro per l'Impiego", _value(work.cpi_office, blank))]),
        fs.field_grid(
            [
                (
                    "Patto di servizio personalizzato il",
                    _value(fmt_date(work.service_pact_on), blank),
                ),
                ("DID sottoscritta il", _value(fmt_date(work.did_on), blank)),
            ],
            label_width=fs.LABEL_WIDTH,
            columns=2,
        ),
        Spacer(0, 2.5 * mm),
        _interventions(work, blank),
    ]
    story += _fund_line(work.fund, blank)
    return story


def _interventions(work: WorkPath, blank: bool) -> Table:
    columns = [
        Column("N.", _NUMBER),
        Column("Intervento"),
        Column("Erogatore", 38 * mm if blank else 32 * mm),
        Column("Costo previsto", _AMOUNT, right=True),
        Column("Dal", _DATE),
        Column("Al", _DATE),
        Column("Stato", 12 * mm if blank else 18 * mm),
    ]
    if blank:
        provider = fs.checkbox_options(PROVIDERS, vertical=True)
        rows = [
            ("", _ticked(row.label), provider, "", "", "", "") for row in work.interventions
        ] + [("", "Altro:", provider, "", "", "", "")] * _BLANK_EXTRA_ROWS
        return _blank_rows(fs.data_table(columns, rows, total=("", "Totale", "", "", "", "", "")))
    rows = [
        (
            str(number),
            row.label,
            row.provider,
            fmt_eur(row.planned_cents),
            fmt_date(row.start),
            fmt_date(row.end),
            row.status,
        )
        for number, row in enumerate(work.interventions, start=1)
    ]
    total = sum(row.planned_cents or 0 for row in work.interventions)
    footer = ("", "Totale politiche attive", "", fmt_eur(total), "", "", "")
    return fs.data_table(
        columns, rows or [("", "Nessun intervento", "", "", "", "", "")], total=footer
    )


def _ticked(label: str) -> Paragraph:
    return Paragraph(fs.CHECKBOX + esc(label), fs.STYLES["tick"])


def _blank_rows(table: Table) -> Table:
    """Taller rows on blank forms: room for handwriting."""
    table.setStyle(
        TableStyle([("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)])
    )
    return table


def _economic(data: ProjectPrint) -> list[Flowable]:
    economic = data.economic
    if economic is None:
        return [para(_NOT_PLANNED)]
    return [_supports(economic, data.is_blank), *_fund_line(economic.fund, data.is_blank)]


def _supports(economic: EconomicSupport, blank: bool) -> Table:
    columns = [
        Column("N.", _NUMBER),
        Column("Voce di sostegno"),
        Column("Importo", _AMOUNT, right=True),
        Column("Dal", _DATE),
        Column("Al", _DATE),
    ]
    if blank:
        rows = [("", _ticked(row.label), "", "", "") for row in economic.supports]
        rows += [("", "Altro:", "", "", "")] * _BLANK_EXTRA_ROWS
        return _blank_rows(fs.data_table(columns, rows, total=("", "Totale", "", "", "")))
    rows = [
        (str(number), row.label, fmt_eur(row.amount_cents), fmt_date(row.start), fmt_date(row.end))
        for number, row in enumerate(economic.supports, start=1)
    ]
    total = sum(row.amount_cents or 0 for row in economic.supports)
    footer = ("", "Totale politiche passive", fmt_eur(total), "", "")
    return fs.data_table(columns, rows or [("", "Nessuna voce", "", "", "")], total=footer)


def _housing(data: ProjectPrint) -> list[Flowable]:
    housing = data.housing
    if housing is None:
        return [para(_NOT_PLANNED)]
    if data.is_blank:
        story = _blank_housing_choice()
    else:
        rows: list[tuple[str, Flowable | str]] = [("Percorso", housing.path_label or "—")]
        rows += [(label, value or "—") for label, value in housing.details]
        story = [fs.field_grid(rows)]
    story += [Spacer(0, 2.5 * mm), _housing_costs(housing, data.is_blank)]
    story.append(_copayment(housing, data.is_blank))
    story += _fund_line(housing.fund, data.is_blank)
    return story


def _blank_housing_choice() -> list[Flowable]:
    return [
        fs.field_grid(
            [
                ("Percorso", fs.checkbox_options(HOUSING_PATHS)),
                ("Se a): soluzione", fs.checkbox_options(HOUSING_A_SOLUTIONS)),
                (
                    "Se b): canone concordato (L. 431/1998 art. 2 c. 3)",
                    fs.checkbox_options(("sì", "no")),
                ),
                ("Se b): alloggio reperito da", fs.checkbox_options(HOUSING_B_FINDERS)),
                ("Se b): locatore (ruolo, mai il nome)", fs.checkbox_options(HOUSING_B_LANDLORDS)),
                ("Se b): canone mensile (€)", fs.Ruled()),
                ("Se b): contratto dal / al", fs.Ruled()),
                ("Descrizione della soluzione", fs.Ruled(2)),
            ]
        )
    ]


def _housing_costs(housing: HousingPath, blank: bool) -> Table:
    columns = [
        Column("Voce di costo coperta dal fondo"),
        Column("Importo", _AMOUNT, right=True),
        Column("Note", 60 * mm),
    ]
    if blank:
        rows = [(_ticked(row.label), "", "") for row in housing.costs]
        rows += [("Altro:", "", "")] * _BLANK_EXTRA_ROWS
        return _blank_rows(fs.data_table(columns, rows, total=("Totale", "", "")))
    rows = [(row.label, fmt_eur(row.amount_cents), row.note) for row in housing.costs]
    total = sum(row.amount_cents or 0 for row in housing.costs)
    footer = ("Totale a carico del fondo", fmt_eur(total), "")
    return fs.data_table(columns, rows or [("Nessuna voce", "", "")], total=footer)


def _copayment(housing: HousingPath, blank: bool) -> Flowable:
    """Further costs (e.g. educational support) paid by her municipality of residence."""
    if not blank and not housing.copayment_municipality and housing.copayment_cents is None:
        return para("Nessuna compartecipazione del Comune di residenza.", "note")
    return fs.field_grid(
        [
            ("Comune di residenza che compartecipa", _value(housing.copayment_municipality, blank)),
            ("Importo della compartecipazione", _value(fmt_eur(housing.copayment_cents), blank)),
            ("Costi coperti (es. sostegno educativo)", _value(housing.copayment_note, blank)),
        ]
    )


def _fund_line(fund: FundUse | None, blank: bool) -> list[Flowable]:
    """Under each path: what it takes from its fund, the per-woman cap, and what is left."""
    if fund is None:
        return []
    residual = fund.residual_cents
    over = residual is not None and residual < 0
    name = fund.fund + ("\noltre il massimale per donna" if over else "")
    cap = fmt_eur(fund.cap_cents) or ("" if blank else "da definire")
    data = [
        [name, "Previsto", "Massimale per donna", "Residuo"],
        ["", fmt_eur(fund.used_cents), cap, fmt_eur(residual)],
    ]
    widths = fs.column_widths([Column(""), *[Column("", 34 * mm)] * 3])
    table = Table(data, colWidths=widths, rowHeights=[None, 8 * mm if blank else None])
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (0, 1)),
                ("FONT", (0, 0), (-1, -1), SANS_BOLD, 8.5, 10.5),
                ("FONT", (1, 0), (-1, 0), SANS, 7.5, 9),
                ("TEXTCOLOR", (0, 0), (-1, -1), fs.INK),
                ("TEXTCOLOR", (1, 0), (-1, 0), fs.MUTED),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("BOX", (0, 0), (-1, -1), 0.8, fs.INK),
                ("BACKGROUND", (0, 0), (-1, -1), fs.LABEL_SHADE),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.3, fs.RULE),
                ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
                ("VALIGN", (1, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [Spacer(0, 2 * mm), table]


def _funds(data: ProjectPrint) -> list[Flowable]:
    funds = data.funds
    if not funds:
        return [para("Nessun fondo impegnato.")]
    columns = [
        Column("Fondo"),
        Column("Previsto dal progetto", 34 * mm, right=True),
        Column("Massimale per donna", 34 * mm, right=True),
        Column("Residuo", 34 * mm, right=True),
    ]
    rows = [
        (
            fund.fund,
            fmt_eur(fund.used_cents),
            fmt_eur(fund.cap_cents) or ("" if data.is_blank else "da definire"),
            fmt_eur(fund.residual_cents),
        )
        for fund in funds
    ]
    table = fs.data_table(columns, rows)
    return [_blank_rows(table) if data.is_blank else table]


def _timeline(data: ProjectPrint) -> list[Flowable]:
    columns = [
        Column("Attività"),
        Column("Dal", _DATE),
        Column("Al", _DATE),
        Column("Chi", 55 * mm),
    ]
    if data.is_blank:
        rows = [(fs.writing_space(), "", "", "") for _ in range(6)]
        return [_blank_rows(fs.data_table(columns, rows))]
    if not data.timeline:
        return [para("Nessuna scadenza indicata.")]
    rows = [
        (row.activity, fmt_date(row.start), fmt_date(row.end), row.responsible)
        for row in data.timeline
    ]
    return [fs.data_table(columns, rows)]


def _consent(data: ProjectPrint) -> list[Flowable]:
    when = fs.Ruled() if data.is_blank or data.consent_on is None else fmt_date(data.consent_on)
    return [
        para(data.consent_statement, "consent"),
        fs.field_grid([("Consenso raccolto il", when)], label_width=fs.LABEL_WIDTH),
    ]


def _signatures(data: ProjectPrint) -> list[Flowable]:
    stamp = _revision_text(data) if not data.is_blank else "Revisione n. ______ del ____________"
    printed = fmt_date(data.header.printed_on)
    if printed:
        stamp += f" · stampato il {printed}"
    return [
        Spacer(0, 2 * mm),
        fs.signature_blocks(data.signatures, blank=data.is_blank),
        para(stamp, "note"),
    ]
