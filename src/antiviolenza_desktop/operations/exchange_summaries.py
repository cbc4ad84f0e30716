"""The exchange's summaries as keyed lines: what a bundle holds and what a merge did.

A summary shown to a person is data, not a sentence: each line has a stable `code`, an Italian
`template` with `{name}` placeholders and its parameters (counts, bundle numbers, Ambito codes,
codes of the programme's vocabulary and amounts already written as euro; never anything
personal). The parameters of LABEL_PARAMS are codes (a fund, a line) that each front end turns
into its label: the GUI translates the template (context "exchange_summaries") and the labels
and fills them in; the CLI prints `text`, the Italian sentence with the Italian labels. Code
never compares the text.
The change report of a dry run (`domain.exchange.province_changes`) keeps its own wording.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.domain.money import format_eur
from antiviolenza_desktop.domain.payload.totals import LINE_LABELS
from antiviolenza_desktop.exchange.bundle_export import ExportSummary
from antiviolenza_desktop.exchange.bundle_import import ImportPreview

Param = int | str

SUMMARY_CONTEXT = "exchange_summaries"
"""The translation context of every template below."""

LABEL_PARAMS: Mapping[str, Mapping[str, str]] = {"fund": FUND_LABELS, "line": LINE_LABELS}
"""Parameters that hold a vocabulary code, and the Italian label of each code."""


def italian_label(name: str, value: Param) -> Param:
    """The Italian label of a LABEL_PARAMS parameter (the code itself if unknown); any other
    parameter as it is."""
    labels = LABEL_PARAMS.get(name)
    return value if labels is None else labels.get(str(value), str(value))


@dataclass(frozen=True, slots=True)
class SummaryLine:
    """One fact of a summary: `code` for code, `template` and `params` for people."""

    code: str
    template: str
    params: tuple[tuple[str, Param], ...] = ()

    @property
    def text(self) -> str:
        """The Italian sentence (the CLI's wording)."""
        return self.template.format(**{name: italian_label(name, v) for name, v in self.params})


@dataclass(frozen=True, slots=True)
class SummaryKind:
    """One kind of summary line, declared once at module level."""

    code: str
    template: str

    def line(self, **params: Param) -> SummaryLine:
        return SummaryLine(self.code, self.template, tuple(params.items()))


EXPORT_WOMEN = SummaryKind(
    "pacchetto.donne",
    "Donne: {women} ({records} schede condivise, {unshared} solo nei totali perché senza "
    "consenso alla condivisione).",
)
EXPORT_LINE = SummaryKind("pacchetto.donne_linea", "Donne della {line}: {women}.")
EXPORT_FUND = SummaryKind("pacchetto.fondo", "{fund}: impegnati {committed}, erogati {disbursed}.")
PREVIEW_VERIFIED = SummaryKind(
    "anteprima.verificato",
    "Pacchetto n. {sequence} dell'Ambito «{ambito}», creato il {day} alle {time} UTC, "
    "firmato dalla chiave {key}: verificato.",
)
PREVIEW_ALREADY = SummaryKind("anteprima.gia_importato", "Già importato: nessuna variazione.")
MERGED = SummaryKind("unione.unito", "Unito il pacchetto n. {sequence} dell'Ambito «{ambito}».")
MERGE_ALREADY = SummaryKind("unione.gia_importato", "{file}: già importato, nulla da unire.")
MERGE_REFUSED = SummaryKind("unione.rifiutato", "{file}: rifiutato, nulla unito.")


def export_lines(summary: ExportSummary) -> tuple[SummaryLine, ...]:
    """What an exported bundle holds, one fact per line, for the person who sends it."""
    rows = [
        EXPORT_WOMEN.line(
            women=summary.women, records=summary.records, unshared=summary.unshared_women
        )
    ]
    rows += [EXPORT_LINE.line(line=line, women=n) for line, n in summary.lines]
    rows += [
        EXPORT_FUND.line(
            fund=fund,
            committed=format_eur(committed),
            disbursed=format_eur(disbursed),
        )
        for fund, committed, disbursed in summary.funds
    ]
    return tuple(rows)


def preview_head(preview: ImportPreview) -> tuple[SummaryLine, ...]:
    """The checked bundle's identity, and whether it was already imported."""
    head = PREVIEW_VERIFIED.line(
        sequence=preview.sequence,
        ambito=preview.ambito,
        day=f"{preview.created_at:%d/%m/%Y}",
        time=f"{preview.created_at:%H:%M}",
        key=preview.sender_key_id,
    )
    return (head, PREVIEW_ALREADY.line()) if preview.already_imported else (head,)


def preview_text(preview: ImportPreview) -> str:
    """The dry run of one bundle in Italian: its identity, then the change report."""
    head = "\n".join(line.text for line in preview_head(preview))
    return head if preview.already_imported else f"{head}\n{preview.report.as_text()}"
