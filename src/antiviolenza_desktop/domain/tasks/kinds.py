"""The kinds of reminder of the «Da fare» area: a stable code and an Italian sentence each.

Parameters are case codes, ledger numbers, dates already written out (dd/mm/yyyy), amounts
already written out, fund labels and counts: never anything of her record beyond its code.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.messages import FUND_LABEL, MessageKind

NETWORK_KINDS = "network_kinds"
"""The context the UI translates a kind of body with (the network registers' words)."""

MONITORING_DUE = MessageKind(
    "da_fare_monitoraggio",
    "Aggiornamento di monitoraggio del progetto (revisione {revision}): l'ultimo riferimento è "
    "del {last}, se ne chiede uno ogni {months} mesi.",
)
REVIEW_DUE = MessageKind(
    "da_fare_verifica_progetto",
    "Verifica del progetto (revisione {revision}, validata il {validated}): prevista ogni "
    "{months} mesi.",
)
COMMITMENT_IDLE = MessageKind(
    "da_fare_impegno_fermo",
    "Impegno n. {seq} sul {fund}: restano {residual} e nessuna erogazione dal {last} (soglia "
    "{months} mesi).",
    labels=FUND_LABEL,
)
CASE_STALE = MessageKind(
    "da_fare_caso_senza_aggiornamenti",
    "Nessun aggiornamento del caso dal {last} (soglia {weeks} settimane).",
)
WAITING_LONG = MessageKind(
    "da_fare_attesa_lunga",
    "In lista d'attesa dalla segnalazione del {since}, non ancora presa in carico (soglia "
    "{weeks} settimane).",
)

REFERRAL_UNANSWERED = MessageKind(
    "da_fare_invio_senza_risposta",
    "Invio n. {number} a «{service}» del {sent}: nessuna risposta del servizio (soglia {days} "
    "giorni).",
    labels=(("service", NETWORK_KINDS),),
)

TASK_KINDS: tuple[MessageKind, ...] = (
    MONITORING_DUE,
    REVIEW_DUE,
    COMMITMENT_IDLE,
    CASE_STALE,
    WAITING_LONG,
    REFERRAL_UNANSWERED,
)
