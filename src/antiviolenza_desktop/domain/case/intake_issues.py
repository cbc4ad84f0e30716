"""Every problem the referral form can have (`validate_case`), each with its code.

The templates are the Italian sentences shown next to the fields; `{max}`, `{number}`, `{age}`
are numbers, `{stage}` and `{previous}` the labels of stages of the path (vocabulary
"intake_options"). One kind per sentence, so a translation never has to glue words together.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.field_issues import IssueKind

REFERRAL_DATE_MISSING = IssueKind(
    "data_segnalazione_mancante", "Indica la data della segnalazione."
)
CAV_MISSING = IssueKind("cav_mancante", "Scegli il centro antiviolenza che segnala.")
BIRTH_DATE_MISSING = IssueKind(
    "data_nascita_mancante",
    "Indica la data di nascita (oppure il codice fiscale, da cui si ricava).",
)
CITIZENSHIP_MISSING = IssueKind("cittadinanza_mancante", "Indica la cittadinanza.")
EMPLOYMENT_MISSING = IssueKind("condizione_lavorativa_mancante", "Indica la condizione lavorativa.")
LINES_MISSING = IssueKind(
    "linee_mancanti", "Scegli almeno una linea: inserimento lavorativo o autonomia abitativa."
)
CONSENT_MISSING = IssueKind(
    "consenso_mancante",
    "Manca la data del consenso al trattamento dei dati: senza consenso la scheda non si può "
    "registrare.",
)
CAV_UNKNOWN = IssueKind("cav_sconosciuto", "Centro antiviolenza sconosciuto: sceglilo dall'elenco.")
VALUE_UNKNOWN = IssueKind("valore_non_previsto", "Valore non previsto: scegli dall'elenco.")
FIRST_NAME_MISSING = IssueKind("nome_mancante", "Scrivi il nome.")
LAST_NAME_MISSING = IssueKind("cognome_mancante", "Scrivi il cognome.")
TOO_LONG = IssueKind("testo_troppo_lungo", "Al massimo {max} caratteri.")
NAME_NOT_LETTERS = IssueKind(
    "nome_non_lettere", "Solo lettere, spazi, apostrofi e trattini: niente cifre."
)
CF_FORMAT = IssueKind(
    "cf_formato",
    "Codice fiscale non valido: servono 16 caratteri (6 lettere, 2 cifre, una lettera, 2 cifre, "
    "una lettera, 3 cifre, una lettera). Se non c'è, lascia vuoto.",
)
CF_DATE = IssueKind("cf_data_inesistente", "La data di nascita nel codice fiscale non esiste.")
CF_CHECK = IssueKind(
    "cf_carattere_di_controllo",
    "L'ultimo carattere (di controllo) non torna: ricontrolla il codice fiscale sul documento. "
    "Puoi salvare comunque.",
)
CF_BIRTH_DATE_DIFFERS = IssueKind(
    "cf_data_nascita_diversa",
    "La data di nascita non corrisponde a quella del codice fiscale: controlla entrambi.",
)
CF_MALE = IssueKind(
    "cf_maschile",
    "Questo codice fiscale è di un uomo: controlla il giorno di nascita nel codice.",
)
FUTURE_REFERRAL_DATE = IssueKind(
    "data_segnalazione_futura", "Data nel futuro: controlla la data della segnalazione."
)
FUTURE_BIRTH_DATE = IssueKind(
    "data_nascita_futura", "Data nel futuro: controlla la data di nascita."
)
FUTURE_CONSENT_DATE = IssueKind(
    "data_consenso_futura", "Data nel futuro: controlla la data del consenso."
)
FUTURE_STAGE_DATE = IssueKind(
    "data_fase_futura", "Data nel futuro: controlla la data di «{stage}»."
)
REFERRAL_BEFORE_BIRTH = IssueKind(
    "segnalazione_prima_della_nascita", "La segnalazione non può precedere la data di nascita."
)
UNLIKELY_AGE = IssueKind(
    "eta_improbabile", "Alla segnalazione avrebbe {age} anni: controlla la data di nascita."
)
COUNTRY_MISSING = IssueKind("paese_mancante", "Indica il paese di cittadinanza.")
MUNICIPALITY_UNKNOWN = IssueKind(
    "comune_sconosciuto", "Comune non trovato nell'elenco: sceglilo dall'elenco."
)
MUNICIPALITY_CODE = IssueKind(
    "codice_comune_non_valido",
    "Codice del comune non valido: una lettera e tre cifre (per esempio D150).",
)
PHONE_FORMAT = IssueKind(
    "telefono_non_valido",
    "Telefono: solo cifre, spazi e il + iniziale, al massimo {max} caratteri.",
)
PHONE_MISSING = IssueKind(
    "telefono_sicuro_mancante", "È indicato che si può chiamarla: manca il numero sicuro."
)
CHILD_AGE_RANGE = IssueKind(
    "eta_figlio_fuori_intervallo", "Figlio/a n. {number}: l'età va da 0 a {max} anni."
)
CHILD_NOT_MINOR = IssueKind(
    "figlio_non_minorenne",
    "Figlio/a n. {number}: a {age} anni non è minorenne. Correggi l'età o togli «minorenne».",
)
CHILD_MINOR = IssueKind(
    "figlio_minorenne",
    "Figlio/a n. {number}: a {age} anni è minorenne. Segna «minorenne» o correggi l'età.",
)
NO_CHILDREN = IssueKind(
    "figli_mancanti", "Nessun figlio inserito: aggiungi i figli o togli questa voce."
)
CURRENT_STAGE_DATE_MISSING = IssueKind(
    "data_fase_attuale_mancante", "Indica la data di «{stage}», la fase attuale."
)
STAGE_NOT_ON_PATH = IssueKind(
    "fase_fuori_percorso",
    "Il percorso non è in questa fase (fase attuale: «{stage}»): togli questa data.",
)
STAGE_DATES_OUT_OF_ORDER = IssueKind(
    "date_fasi_fuori_ordine", "La data di «{stage}» non può precedere quella di «{previous}»."
)
SHELTER_MISSING = IssueKind(
    "struttura_mancante",
    "L'abitazione indica una casa rifugio o struttura: indica quale qui.",
)
HOUSING_LINE_WITH_HOME = IssueKind(
    "autonomia_abitativa_con_alloggio",
    "L'autonomia abitativa è per chi non ha un alloggio o non può più usarlo per la violenza o "
    "la sua sicurezza: controlla la situazione abitativa.",
)
LINES_BEFORE_TAKEN_IN_CHARGE = IssueKind(
    "linee_prima_della_presa_in_carico",
    "Le linee del progetto sono per donne già prese in carico dal centro antiviolenza: "
    "controlla la fase del percorso.",
)
