"""The «Rete territoriale e formazione» part of the financial report's PDF.

One table over every kind of body (the card's target bodies among them, at zero until one
joins), so the reader sees which of them the network still lacks; above it, the growth
against line 1's target and the training in one sentence each (`network_section`).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from antiviolenza_desktop.domain.funds.cofinancing import month_label

from .financial_report_layout import Heading, band, report_table
from .form_styles import para
from .network_section import NetworkSection, growth_sentence, training_sentence

TITLE = "Rete territoriale e formazione"


def network_part(section: NetworkSection | None) -> list[Flowable]:
    """The part's flowables; none for a report built without the section."""
    if section is None:
        return []
    width = 40 * mm
    baseline = f"A fine {month_label(section.growth.baseline_month)}"
    columns = [
        Heading("Tipo di ente"),
        Heading(baseline, width, True, "Organizzazioni nella rete"),
        Heading("Oggi", width, True, "Organizzazioni nella rete"),
        Heading("Partecipanti alla formazione", width, True),
    ]
    rows = [
        (row.label, str(row.at_baseline), str(row.now), str(row.trained)) for row in section.rows
    ]
    total = (
        "Totale",
        str(section.growth.baseline),
        str(section.growth.total),
        str(section.trained),
    )
    part = [
        band(TITLE),
        para(growth_sentence(section)),
        para(training_sentence(section)),
        Spacer(0, 1.5 * mm),
        report_table(columns, rows, total=total),
    ]
    return [KeepTogether(part)]  # a page of its own rather than a total row alone
