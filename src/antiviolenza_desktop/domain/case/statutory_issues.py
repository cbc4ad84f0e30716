"""Every problem the O.R.A./ISTAT part of the referral form can have, each with its code.

`{number}` is the 1-based position of a service in the log; the rest are fixed sentences.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.field_issues import IssueKind

NONE_WITH_OTHERS = IssueKind(
    "nessuno_con_altre_voci", "«Nessuno» esclude le altre voci: togli l'una o le altre."
)
SERVICE_KIND_MISSING = IssueKind(
    "servizio_tipo_mancante", "Servizio n. {number}: scegli il tipo di servizio."
)
SERVICE_DATE_MISSING = IssueKind("servizio_data_mancante", "Servizio n. {number}: indica la data.")
SERVICE_DATE_FUTURE = IssueKind(
    "servizio_data_futura", "Servizio n. {number}: data nel futuro, controlla la data."
)
SERVICE_BEFORE_CONTACT = IssueKind(
    "servizio_prima_del_contatto",
    "Servizio n. {number}: la data precede il primo contatto con il centro e la segnalazione.",
)
SERVICE_KIND_UNKNOWN = IssueKind(
    "servizio_tipo_non_previsto", "Servizio n. {number}: tipo non previsto, scegli dall'elenco."
)
