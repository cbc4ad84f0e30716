"""The sentences of the programme check (domain.programme.validation), keyed.

One `MessageKind` per defect the check finds after reading: a stable code (in the findings and
in `programme validate --json`) and the Italian template; amounts and dates arrive written out,
codes and names are those of the programme card (public data, never about a woman).
"""

from __future__ import annotations

from antiviolenza_desktop.domain.messages import MessageKind

DUPLICATE_CODE = MessageKind(
    "programma_codice_duplicato", "Il codice «{code}» è già usato in {first}: deve essere unico."
)
RECIPIENT_OUTSIDE_FUND = MessageKind(
    "programma_destinatario_fuori_fondo",
    "Destinatario per l'Ambito «{code}», che non è tra gli Ambiti del fondo.",
)
UNKNOWN_ACTION = MessageKind(
    "programma_azione_inesistente",
    "Riferimento all'azione «{code}», che non esiste nel programma.",
)
UNKNOWN_AMBITO = MessageKind(
    "programma_ambito_inesistente",
    "Riferimento all'Ambito «{code}», che non esiste nel programma.",
)
UNKNOWN_LINE = MessageKind(
    "programma_linea_inesistente", "Riferimento alla linea «{code}», che non esiste nel programma."
)
LINE_SUM_A = MessageKind(
    "programma_totale_a_linea",
    "Il totale stampato della linea {line} ({printed}) non è la somma degli importi A delle "
    "sue azioni ({computed}).",
)
LINE_SUM_B = MessageKind(
    "programma_totale_b_linea",
    "Il totale stampato della linea {line} ({printed}) non è la somma degli importi B delle "
    "sue azioni ({computed}).",
)
LINE_SUM = MessageKind(
    "programma_totale_linea",
    "Il totale stampato della linea {line} ({printed}) non è la somma di A + B delle sue "
    "azioni ({computed}).",
)
GRAND_TOTAL_A = MessageKind(
    "programma_totale_a",
    "Il totale del programma ({printed}) non è la somma dei totali A delle linee ({computed}).",
)
GRAND_TOTAL_B = MessageKind(
    "programma_totale_b",
    "Il totale del programma ({printed}) non è la somma dei totali B delle linee ({computed}).",
)
GRAND_TOTAL = MessageKind(
    "programma_totale",
    "Il totale del programma ({printed}) non è la somma dei totali delle linee ({computed}).",
)
FUNDS_OVER_ACTION = MessageKind(
    "programma_fondi_oltre_azione",
    "I fondi dell'azione {action} ({funds}) hanno dotazioni per {allocated}, più delle risorse "
    "regionali (A) dell'azione ({amount_a}).",
)
PRINTED_TOTAL = MessageKind(
    "programma_totale_stampato_azione",
    "Il totale stampato dell'azione {action} ({printed}) non è A + B ({amount_a} + {amount_b}): "
    "i totali di linea e tutte le somme usano A + B.",
)
NO_MONTHS = MessageKind(
    "programma_azione_senza_mesi", "L'azione {action} non ha mesi nel cronoprogramma."
)
MONTH_OUTSIDE = MessageKind(
    "programma_mese_fuori_durata",
    "L'azione {action} è prevista nel mese {months}, fuori dalla durata del programma "
    "({duration} mesi).",
)
MONTHS_OUTSIDE = MessageKind(
    "programma_mesi_fuori_durata",
    "L'azione {action} è prevista nei mesi {months}, fuori dalla durata del programma "
    "({duration} mesi).",
)
WRONG_BASIS = MessageKind(
    "programma_atto_citato_diverso",
    "{where}: cita come atto del programma la {cited}, ma l'atto del programma è la {basis}.",
)
CARD_BEFORE_BASIS = MessageKind(
    "programma_scheda_prima_dell_atto",
    "La scheda è datata prima dell'atto su cui si basa ({basis}).",
)
WRONG_RECIPIENT = MessageKind(
    "programma_destinatario_non_capofila",
    "La scheda assegna la quota dell'Ambito {ambito} del fondo «{fund}» a «{body}», come ente "
    "capofila; ma l'ente capofila dell'Ambito è «{capofila}» (ente gestore: «{managing}»).",
)
FUND_COVERAGE = MessageKind(
    "programma_fondo_insufficiente",
    "Con un massimale di {cap} per donna, la dotazione di {allocation} basta per {women} donne, "
    "meno delle {target} previste dalla linea {line}.",
)
ACTION_NUMBERING = MessageKind(
    "programma_numerazione_azione",
    "L'azione {action} è nella linea {line}, che attua l'azione regionale n. {regional}.",
)
UNKNOWN_MANAGER = MessageKind(
    "programma_gestione_sconosciuta",
    "La gestione «{manager}» del fondo non esiste: scegli tra {known}.",
)
PROVINCIA_MISSING = MessageKind(
    "programma_provincia_mancante",
    "Il fondo «{fund}» è gestito dalla Provincia, ma il programma non ha la tabella [provincia].",
)
PROVINCIA_FUND_SHARED = MessageKind(
    "programma_fondo_provincia_ripartito",
    "Il fondo «{fund}» è gestito dalla Provincia: non si ripartisce tra gli Ambiti (togli "
    "«ambiti» e «destinatari»).",
)
NO_START_DATE = MessageKind(
    "programma_senza_data_avvio",
    "Il programma non ha una data di avvio (data_avvio): i mesi del cronoprogramma restano "
    "numeri, senza date, e le registrazioni non si possono confrontare con i mesi delle azioni.",
)
START_BEFORE_BASIS = MessageKind(
    "programma_avvio_prima_dell_atto",
    "La data di avvio ({start}) è prima dell'atto su cui si basa il programma ({basis}).",
)
