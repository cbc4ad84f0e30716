"""The scheda di segnalazione on paper: a CAV refers a woman to the équipe of her Ambito.

Laid out from a `ReferralPrint` (see `referral_model`): numbered sections of labelled fields
(Segnalazione, La donna, Figli, Situazione, Violenza, Consenso e percorso), then the consent
statement and the signatures of the woman, the CAV operator and the social worker. Short
free-text fields sit two to a row; closed lists take the full width, so that on the blank
form every option has its own checkbox. Long notes are paragraphs outside any table, so they
flow onto the next page instead of being clipped.

The header of every page carries the programme, the Ambito and the case code; her name and
every other personal datum appear only in the body, never in the PDF metadata.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from . import form_pages as fp
from . import form_styles as fs
from . import form_tables as ft
from .consent_print import consents_in_force
from .form_pages import FormFileExists, FormFolderMissing
from .form_styles import fmt_date, para
from .form_tables import Column
from .referral_model import FormField, FormSection, FormTable, ReferralPrint

__all__ = [
    "FormFileExists",
    "FormFolderMissing",
    "referral_form_bytes",
    "write_referral_form",
]

FORM_TITLE = "Scheda di segnalazione"
SIGNATURES_TITLE = "Firme"


def write_referral_form(path: Path, data: ReferralPrint) -> None:
    """Write the scheda as a private (0o600) PDF at `path`, all or nothing.

    Raises FormFileExists if `path` exists (the file is left unchanged) and FormFolderMissing
    if its folder cannot be written.
    """
    fp.check_form_target(path)
    fp.write_private(path, referral_form_bytes(data))


def referral_form_bytes(data: ReferralPrint) -> bytes:
    """The PDF in memory, for print preview and for saving."""
    return fp.build_pdf(_story(data), title=FORM_TITLE, furniture=_furniture(data))


def _furniture(data: ReferralPrint) -> fp.PageFurniture:
    printed = fmt_date(data.header.printed_on)
    when = f" · stampata il {printed}" if printed else ""
    if data.is_blank:
        stamp = "Modulo in bianco da compilare a mano" + when
        notice = "Una volta compilata contiene dati personali particolari (art. 9 GDPR): riservata."
    else:
        stamp = FORM_TITLE + when
        notice = "Riservata: contiene dati personali particolari (art. 9 GDPR). Non diffondere."
    return fp.PageFurniture(FORM_TITLE, data.header, stamp, notice)


def _story(data: ReferralPrint) -> list[Flowable]:
    header = data.header
    story: list[Flowable] = [
        Paragraph(FORM_TITLE, fs.STYLES["title"]),
        Spacer(0, 1.5 * mm),
        para(
            f"All'équipe multidisciplinare dell'Ambito {header.ambito} – "
            f"{header.programme_title} ({header.programme_act})",
            "subtitle",
        ),
        Spacer(0, 1 * mm),
    ]
    for number, section in enumerate(data.sections, start=1):
        story += fs.section(number, section.title, _section(section, data.is_blank))
    story.append(para(data.consent_statement, "consent"))
    story += consents_in_force(data.consents_in_force, header.printed_on, data.is_blank)
    signatures = ft.signature_blocks(data.signatures, blank=data.is_blank)
    band = fs.section_band(len(data.sections) + 1, SIGNATURES_TITLE)
    story.append(KeepTogether([band, Spacer(0, 2 * mm), signatures]))
    return story


def _section(section: FormSection, blank: bool) -> list[Flowable]:
    story: list[Flowable] = []
    for kind, fields in _runs(section.fields):
        if kind == "free":
            story += _free_text(fields[0], blank)
        elif kind == "short":
            rows = [(f.label, _short_value(f, blank)) for f in fields]
            paired = len(rows) - len(rows) % 2
            if paired:
                story.append(ft.field_grid(rows[:paired], columns=2))
            if paired < len(rows):  # an odd one out takes the full width
                story.append(ft.field_grid(rows[paired:]))
        else:
            story.append(ft.field_grid([(f.label, _choice_value(f, blank)) for f in fields]))
    if section.table is not None:
        story += _table(section.table, blank)
    return story


def _runs(fields: tuple[FormField, ...]) -> Iterator[tuple[str, list[FormField]]]:
    """Consecutive fields of one kind: short text (two per row), choices, or free text."""
    kind, run = "", []
    for field in fields:
        current = "free" if field.lines > 1 else "choice" if field.options else "short"
        if current != kind or current == "free":
            if run:
                yield kind, run
            kind, run = current, []
        run.append(field)
    if run:
        yield kind, run


def _short_value(field: FormField, blank: bool) -> Flowable | str:
    return fs.Ruled() if blank else field.value or "—"


def _choice_value(field: FormField, blank: bool) -> Flowable | str:
    if blank:
        return fs.checkbox_options(field.options, multiple=field.multiple)
    return field.value or "—"


def _free_text(field: FormField, blank: bool) -> list[Flowable]:
    if blank or not field.value.strip():
        body: Flowable = fs.Ruled(field.lines) if blank else para("—")
    else:
        body = fs.free_text(field.value, blank_lines=field.lines)
    return [*fs.subheading(field.label), body]


def _table(table: FormTable, blank: bool) -> list[Flowable]:
    weights = table.widths or (1,) * len(table.columns)
    total = sum(weights)
    columns = [
        Column(title, fs.TEXT_WIDTH * weight / total)
        for title, weight in zip(table.columns, weights, strict=True)
    ]
    if blank:
        rows: list[tuple[Flowable | str, ...]] = [
            _blank_row(table, len(columns)) for _ in range(table.blank_rows)
        ]
    elif table.rows:
        rows = list(table.rows)
    else:
        return [Spacer(0, 2 * mm), para("Nessun figlio indicato.", "note")]
    return [Spacer(0, 2.5 * mm), ft.data_table(columns, rows)]


def _blank_row(table: FormTable, width: int) -> tuple[Flowable | str, ...]:
    """An empty row to write in; columns with options get their checkboxes."""
    options = table.options or ((),) * width
    return tuple(
        fs.checkbox_options(choices, compact=True) if choices else fs.writing_space()
        for choices in options
    )
