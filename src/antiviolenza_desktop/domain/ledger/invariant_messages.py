"""The sentences of the whole-ledger check (ledger.invariants.invariant_findings), keyed.

One `MessageKind` per broken rule: a stable code and the Italian template; the amounts and
dates arrive written out, the numbers are the ledger's sequence numbers (no personal data).
"""

from __future__ import annotations

from antiviolenza_desktop.domain.messages import FUND_LABEL, MessageKind

SEQ_NOT_GROWING = MessageKind(
    "registro_numeri_non_crescenti",
    "La voce n. {seq} segue la n. {previous}: i numeri devono crescere.",
)
AMOUNT_NOT_POSITIVE = MessageKind(
    "registro_importo_non_positivo", "La voce n. {seq} ha un importo non positivo ({amount})."
)
KIND_UNKNOWN = MessageKind(
    "registro_tipo_sconosciuto", "La voce n. {seq} ha un tipo sconosciuto «{kind}»."
)
FUND_UNKNOWN = MessageKind(
    "registro_fondo_sconosciuto", "La voce n. {seq} è su un fondo sconosciuto «{fund}»."
)
REVERSED_TWICE = MessageKind(
    "registro_stornata_piu_volte", "La voce n. {seq} è stornata {times} volte."
)
PAYMENT_DETAIL_MISSING = MessageKind(
    "registro_erogazione_senza_dettagli",
    "L'erogazione n. {seq} non dice a chi è andata o con quale documento.",
)
PAYMENT_WITHOUT_COMMITMENT = MessageKind(
    "registro_erogazione_senza_impegno",
    "L'erogazione n. {seq} fa riferimento all'impegno n. {commitment}, "
    "che non è un impegno precedente.",
)
PAYMENT_BEFORE_COMMITMENT = MessageKind(
    "registro_erogazione_prima_dell_impegno",
    "L'erogazione n. {seq} del {on} è precedente all'impegno n. {commitment} del {committed_on}.",
)
PAYMENT_ELSEWHERE = MessageKind(
    "registro_erogazione_altro_caso_o_fondo",
    "L'erogazione n. {seq} è su un caso o fondo diverso da quello dell'impegno n. {commitment}.",
)
REVERSAL_WITHOUT_TARGET = MessageKind(
    "registro_storno_senza_voce",
    "Lo storno n. {seq} fa riferimento alla voce n. {target}, che non "
    "è un impegno o un'erogazione precedente.",
)
REVERSAL_PARTIAL = MessageKind(
    "registro_storno_parziale",
    "Lo storno n. {seq} ({amount}) non annulla per intero la voce "
    "n. {target} ({target_amount}) dello stesso caso e fondo.",
)
OVERPAID = MessageKind(
    "registro_erogato_oltre_impegno",
    "Sull'impegno n. {seq} ({amount}) risultano erogati {paid}: più dell'impegnato.",
)
PAID_AROUND_REVERSAL = MessageKind(
    "registro_impegno_stornato_con_erogazioni",
    "L'impegno n. {seq} è stornato (storno n. {reversal}) ma ha erogazioni "
    "non stornate prima dello storno o registrate dopo.",
)
OVER_CAP = MessageKind(
    "registro_oltre_massimo_per_donna",
    "Gli impegni del caso {cases} sul {fund} sono {total}: superano il massimo di {cap} per donna.",
    labels=FUND_LABEL,
)
OVER_ALLOCATION = MessageKind(
    "registro_oltre_stanziamento",
    "Gli impegni sul {fund} sono {total}: superano lo stanziamento dell'Ambito di {allocation}.",
    labels=FUND_LABEL,
)
