"""The labels with parameters that the printed and spreadsheet reports write themselves.

Reports are Italian documents rendered without Qt, so their words cannot go through tr(): a
label that carries a figure lives here once, keyed, with its Italian singular and plural, and
both the PDF and the XLSX writer ask for it by code (`report_label`). Code never builds such a
sentence inline, and never compares one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReportLabel:
    """A label with `{count}` (and other) placeholders: `one` for a count of 1, else `many`."""

    one: str
    many: str


REPORT_LABELS: dict[str, ReportLabel] = {
    "totale_donne": ReportLabel("Totale ({count} donna)", "Totale ({count} donne)"),
    "rete_crescita": ReportLabel(
        "A fine {month} (mese della scheda) era nella rete {count} organizzazione, oggi {now}: "
        "crescita {growth} % (obiettivo della linea 1: +{target} %, cioè {target_members}); "
        "{outcome}.",
        "A fine {month} (mese della scheda) erano nella rete {count} organizzazioni, oggi {now}: "
        "crescita {growth} % (obiettivo della linea 1: +{target} %, cioè {target_members}); "
        "{outcome}.",
    ),
    "rete_oggi": ReportLabel(
        "Oggi nella rete {count} organizzazione.", "Oggi nella rete {count} organizzazioni."
    ),
    "rete_formazione": ReportLabel(
        "Formazione: {count} sessione, {duration}, {trained} partecipanti.",
        "Formazione: {count} sessioni, {duration}, {trained} partecipanti.",
    ),
}


def report_label(code: str, count: int, **params: object) -> str:
    """The label `code` for `count`, its placeholders filled (KeyError for an unknown code)."""
    label = REPORT_LABELS[code]
    template = label.one if count == 1 else label.many
    return template.format(count=count, **params)
