"""The paths of the printed Progetto personalizzato: work, economic support, housing, funds.

Sections 4 to 7 of `project_form`. Each path prints its rows (on a blank form, every option of
the app's vocabulary as a row to tick, and two «Altro» rows), then the line of its fund: what
the path takes, the per-woman cap, what is left.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from . import form_styles as fs
from . import form_tables as ft
from .fonts import SANS, SANS_BOLD
from .form_styles import esc, fmt_date, fmt_eur, para
from .form_tables import Column
from .forms_model import (
    HOUSING_A_SOLUTIONS,
    HOUSING_B_FINDERS,
    HOUSING_B_LANDLORDS,
    HOUSING_PATHS,
    PROVIDERS,
    EconomicSupport,
    FundUse,
    HousingPath,
    ProjectPrint,
    WorkPath,
)

_NOT_PLANNED = "Percorso non previsto dal progetto."
_BLANK_EXTRA_ROWS = 2
_NUMBER = 8 * mm
DATE_WIDTH = 19 * mm
_AMOUNT = 23 * mm


def value(text: str, blank: bool, lines: int = 1) -> Flowable | str:
    """The printed value, or a ruled line to write on (blank form, or nothing to print)."""
    return fs.Ruled(lines) if blank or not text else text


def _ticked(label: str) -> Paragraph:
    return Paragraph(fs.CHECKBOX + esc(label), fs.STYLES["tick"])


def blank_rows(table: Table) -> Table:
    """Taller rows on blank forms: room for handwriting."""
    table.setStyle(
        TableStyle([("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)])
    )
    return table


def work_path(data: ProjectPrint) -> list[Flowable]:
    work = data.work
    if work is None:
        return [para(_NOT_PLANNED)]
    blank = data.is_blank
    story: list[Flowable] = [
        ft.field_grid([("Centro per l'Impiego", value(work.cpi_office, blank))]),
        ft.field_grid(
            [
                (
                    "Patto di servizio personalizzato il",
                    value(fmt_date(work.service_pact_on), blank),
                ),
                ("DID sottoscritta il", value(fmt_date(work.did_on), blank)),
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
        Column("Dal", DATE_WIDTH),
        Column("Al", DATE_WIDTH),
        Column("Stato", 12 * mm if blank else 18 * mm),
    ]
    if blank:
        provider = fs.checkbox_options(PROVIDERS, vertical=True)
        rows = [
            ("", _ticked(row.label), provider, "", "", "", "") for row in work.interventions
        ] + [("", "Altro:", provider, "", "", "", "")] * _BLANK_EXTRA_ROWS
        return blank_rows(ft.data_table(columns, rows, total=("", "Totale", "", "", "", "", "")))
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
    return ft.data_table(
        columns, rows or [("", "Nessun intervento", "", "", "", "", "")], total=footer
    )


def economic_path(data: ProjectPrint) -> list[Flowable]:
    economic = data.economic
    if economic is None:
        return [para(_NOT_PLANNED)]
    return [_supports(economic, data.is_blank), *_fund_line(economic.fund, data.is_blank)]


def _supports(economic: EconomicSupport, blank: bool) -> Table:
    columns = [
        Column("N.", _NUMBER),
        Column("Voce di sostegno"),
        Column("Importo", _AMOUNT, right=True),
        Column("Dal", DATE_WIDTH),
        Column("Al", DATE_WIDTH),
    ]
    if blank:
        rows = [("", _ticked(row.label), "", "", "") for row in economic.supports]
        rows += [("", "Altro:", "", "", "")] * _BLANK_EXTRA_ROWS
        return blank_rows(ft.data_table(columns, rows, total=("", "Totale", "", "", "")))
    rows = [
        (str(number), row.label, fmt_eur(row.amount_cents), fmt_date(row.start), fmt_date(row.end))
        for number, row in enumerate(economic.supports, start=1)
    ]
    total = sum(row.amount_cents or 0 for row in economic.supports)
    footer = ("", "Totale politiche passive", fmt_eur(total), "", "")
    return ft.data_table(columns, rows or [("", "Nessuna voce", "", "", "")], total=footer)


def housing_path(data: ProjectPrint) -> list[Flowable]:
    housing = data.housing
    if housing is None:
        return [para(_NOT_PLANNED)]
    if data.is_blank:
        story = _blank_housing_choice()
    else:
        rows: list[tuple[str, Flowable | str]] = [("Percorso", housing.path_label or "—")]
        rows += [(label, value or "—") for label, value in housing.details]
        story = [ft.field_grid(rows)]
    story += [Spacer(0, 2.5 * mm), _housing_costs(housing, data.is_blank)]
    story.append(_copayment(housing, data.is_blank))
    story += _fund_line(housing.fund, data.is_blank)
    return story


def _blank_housing_choice() -> list[Flowable]:
    return [
        ft.field_grid(
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
        return blank_rows(ft.data_table(columns, rows, total=("Totale", "", "")))
    rows = [(row.label, fmt_eur(row.amount_cents), row.note) for row in housing.costs]
    total = sum(row.amount_cents or 0 for row in housing.costs)
    footer = ("Totale a carico del fondo", fmt_eur(total), "")
    return ft.data_table(columns, rows or [("Nessuna voce", "", "")], total=footer)


def _copayment(housing: HousingPath, blank: bool) -> Flowable:
    """Further costs (e.g. educational support) paid by her municipality of residence."""
    if not blank and not housing.copayment_municipality and housing.copayment_cents is None:
        return para("Nessuna compartecipazione del Comune di residenza.", "note")
    return ft.field_grid(
        [
            ("Comune di residenza che compartecipa", value(housing.copayment_municipality, blank)),
            ("Importo della compartecipazione", value(fmt_eur(housing.copayment_cents), blank)),
            ("Costi coperti (es. sostegno educativo)", value(housing.copayment_note, blank)),
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
    widths = ft.column_widths([Column(""), *[Column("", 34 * mm)] * 3])
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


def funds_summary(data: ProjectPrint) -> list[Flowable]:
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
    table = ft.data_table(columns, rows)
    return [blank_rows(table) if data.is_blank else table]
