"""What a bundle holds and who signed it, as keyed lines: the export summary shown before a
coordinator sends it and the head of the dry run shown before the capofila merges it.

Each line is a `Message` (code + parameters): the GUI renders it in its language
(ui.messages.message_text), the CLI prints its Italian text. Parameters are counts, amounts
and dates written out, labels of the case lines and funds, the Ambito's name and a key id:
never anything about a woman.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from antiviolenza_desktop.domain.ledger.entries import FUND_LABELS
from antiviolenza_desktop.domain.messages import FUND_LABEL, VOCABULARY, Message, MessageKind
from antiviolenza_desktop.domain.money import Cents, format_eur
from antiviolenza_desktop.domain.payload.totals import LINE_LABELS

EXPORT_WOMEN = MessageKind(
    "pacchetto_donne",
    "Donne: {women} ({records} schede condivise, {unshared} solo nei totali perché senza "
    "consenso alla condivisione).",
)
EXPORT_LINE = MessageKind(
    "pacchetto_donne_della_linea", "Donne della {line}: {women}.", labels=(("line", VOCABULARY),)
)
EXPORT_FUND = MessageKind(
    "pacchetto_fondo", "{fund}: impegnati {committed}, erogati {disbursed}.", labels=FUND_LABEL
)
BUNDLE_VERIFIED = MessageKind(
    "pacchetto_verificato",
    "Pacchetto n. {sequence} dell'Ambito «{ambito}», creato il {day} alle {time} UTC, firmato "
    "dalla chiave {key}: verificato.",
)
ALREADY_IMPORTED = MessageKind("pacchetto_gia_importato", "Già importato: nessuna variazione.")
MERGED = MessageKind("pacchetto_unito", "Unito il pacchetto n. {sequence} dell'Ambito «{ambito}».")
MERGE_ALREADY = MessageKind("pacchetto_nulla_da_unire", "{file}: già importato, nulla da unire.")
MERGE_REFUSED = MessageKind("pacchetto_rifiutato_nulla_unito", "{file}: rifiutato, nulla unito.")


def export_summary(
    *,
    women: int,
    records: int,
    unshared_women: int,
    lines: Sequence[tuple[str, int]],
    funds: Sequence[tuple[str, Cents, Cents]],
) -> list[Message]:
    """The export summary, one fact per line: women, women per case line, money per fund."""
    rows = [EXPORT_WOMEN(women=women, records=records, unshared=unshared_women)]
    rows += [EXPORT_LINE(line=LINE_LABELS[line], women=count) for line, count in lines]
    rows += [
        EXPORT_FUND(
            fund=FUND_LABELS.get(fund, fund),
            committed=format_eur(committed),
            disbursed=format_eur(disbursed),
        )
        for fund, committed, disbursed in funds
    ]
    return rows


def bundle_verified(sequence: int, ambito: str, created_at: datetime, key: str) -> Message:
    """The head of the dry run: which bundle, from whom, signed by which key."""
    return BUNDLE_VERIFIED(
        sequence=sequence,
        ambito=ambito,
        day=f"{created_at:%d/%m/%Y}",
        time=f"{created_at:%H:%M}",
        key=key,
    )
