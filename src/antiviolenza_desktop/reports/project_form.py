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
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from . import form_pages as fp
from . import form_styles as fs
from . import form_tables as ft
from .assessment_chart import assessment_chart
from .consent_print import consents_in_force, referrals_block
from .form_pages import FormFileExists, FormFolderMissing
from .form_styles import esc, fmt_date, para
from .form_tables import Column
from .forms_model import AssessmentSummary, ProjectPrint
from .project_approvals import approvals_table
from .project_form_paths import (
    DATE_WIDTH,
    blank_rows,
    economic_path,
    funds_summary,
    housing_path,
    value,
    work_path,
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
_KEEP_WHOLE = frozenset({"Consenso", "Firme"})


def write_project_form(path: Path, data: ProjectPrint) -> None:
    """Write the project as a private (0o600) PDF at `path`, all or nothing.

    Raises FormFileExists if `path` exists (the file is left unchanged) and FormFolderMissing
    if its folder cannot be written.
    """
    fp.check_form_target(path)
    fp.write_private(path, project_form_bytes(data))


def project_form_bytes(data: ProjectPrint) -> bytes:
    """The PDF in memory, for print preview and for saving."""
    return fp.build_pdf(_story(data), title=FORM_TITLE, furniture=_furniture(data))


def _furniture(data: ProjectPrint) -> fp.PageFurniture:
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
    return fp.PageFurniture(FORM_TITLE, data.header, stamp, notice)


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
        work_path,
        economic_path,
        housing_path,
        funds_summary,
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


def _identity(data: ProjectPrint) -> list[Flowable]:
    blank = data.is_blank
    lines: Flowable | str = (
        fs.checkbox_options(data.lines, multiple=True) if blank else "; ".join(data.lines) or "—"
    )
    wide = ft.field_grid(
        [
            ("La donna (nome e cognome)", value(data.woman_name, blank)),
            ("Codice fiscale", value(data.woman_codice_fiscale, blank)),
            ("Data di nascita", value(fmt_date(data.woman_birth_date), blank)),
            ("Linee del progetto", lines),
            ("Referente dell'équipe", value(data.equipe_referent, blank)),
        ]
    )
    revision = "" if data.revision is None else str(data.revision)
    pairs = ft.field_grid(
        [
            ("Codice caso", value(data.header.case_code, blank)),
            ("Ambito", data.header.ambito),
            ("Revisione n.", value(revision, blank)),
            ("Stato", value(data.status, blank)),
            ("Validato il", value(fmt_date(data.validated_on), blank)),
            ("Consenso raccolto il", value(fmt_date(data.consent_on), blank)),
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
        ft.field_grid(
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
        story.append(ft.field_grid([("Équipe presente", "; ".join(summary.members))]))
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
        story.append(ft.data_table([Column("Dimensione", 55 * mm), Column("Note")], noted))
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
        ft.field_grid(rows, label_width=fs.LABEL_WIDTH),
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
    table = ft.data_table(
        [
            Column("Dimensione", 50 * mm),
            Column("Bisogno", 40 * mm),
            Column("Risorse", 40 * mm),
            Column("Note"),
        ],
        rows,
    )
    blank_rows(table)
    return [
        ft.field_grid(
            [("Data della valutazione", fs.Ruled()), ("Strumento (versione)", fs.Ruled())],
            label_width=fs.LABEL_WIDTH,
            columns=2,
        ),
        ft.field_grid([("Équipe presente", fs.Ruled(2))]),
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


def _timeline(data: ProjectPrint) -> list[Flowable]:
    columns = [
        Column("Attività"),
        Column("Dal", DATE_WIDTH),
        Column("Al", DATE_WIDTH),
        Column("Chi", 55 * mm),
    ]
    if data.is_blank:
        rows = [(fs.writing_space(), "", "", "") for _ in range(6)]
        return [blank_rows(ft.data_table(columns, rows)), *_due_dates(data)]
    if not data.timeline:
        return [para("Nessuna scadenza indicata."), *_due_dates(data)]
    rows = [
        (row.activity, fmt_date(row.start), fmt_date(row.end), row.responsible)
        for row in data.timeline
    ]
    return [ft.data_table(columns, rows), *_due_dates(data)]


def _due_dates(data: ProjectPrint) -> list[Flowable]:
    """The next monitoring update and review of a running project (the «Da fare» rules); room
    to write them on a blank form; nothing for a draft or a closed project."""
    pairs: list[tuple[str, Flowable | str]]
    if data.is_blank:
        pairs = [("Prossimo monitoraggio", fs.Ruled()), ("Prossima verifica", fs.Ruled())]
    elif data.next_monitoring is None or data.next_review is None:
        return []
    else:
        pairs = [
            ("Prossimo monitoraggio", fmt_date(data.next_monitoring)),
            ("Prossima verifica", fmt_date(data.next_review)),
        ]
    return [Spacer(0, 2 * mm), ft.field_grid(pairs, label_width=fs.LABEL_WIDTH)]


def _consent(data: ProjectPrint) -> list[Flowable]:
    when = fs.Ruled() if data.is_blank or data.consent_on is None else fmt_date(data.consent_on)
    return [
        para(data.consent_statement, "consent"),
        ft.field_grid([("Consenso raccolto il", when)], label_width=fs.LABEL_WIDTH),
        *consents_in_force(data.consents_in_force, data.header.printed_on, data.is_blank),
        *referrals_block(data.referrals, data.header.printed_on, data.is_blank),
    ]


def _signatures(data: ProjectPrint) -> list[Flowable]:
    stamp = _revision_text(data) if not data.is_blank else "Revisione n. ______ del ____________"
    printed = fmt_date(data.header.printed_on)
    if printed:
        stamp += f" · stampato il {printed}"
    return [
        *approvals_table(data),
        Spacer(0, 2 * mm),
        ft.signature_blocks(data.signatures, blank=data.is_blank),
        para(stamp, "note"),
    ]
