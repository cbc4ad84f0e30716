"""The kinds of problem the validation of a project finds (domain.project.model), keyed.

Each is an `IssueKind`: a stable code for code and tests, the Italian template for people
(translated by the GUI with context "field_issues"). Parameters are amounts and dates written
out, or labels of the project vocabularies: never personal data. A kind every form shares
(a value not in its list) is the referral form's (domain.case.intake_issues.VALUE_UNKNOWN).
"""

from __future__ import annotations

from antiviolenza_desktop.domain.field_issues import IssueKind

NO_ASSESSMENT = IssueKind(
    "progetto_senza_valutazione", "Manca la valutazione multidimensionale dell'équipe."
)
NO_CONSENT = IssueKind(
    "progetto_senza_consenso",
    "Manca il consenso della donna alla presa in carico in vigore: registralo nella scheda "
    "«Consensi» del caso.",
)
NO_GOALS = IssueKind("progetto_senza_obiettivi", "Scrivi almeno un obiettivo del progetto.")
NO_REFERENT = IssueKind(
    "progetto_senza_referente", "Indica il referente dell'équipe per il progetto."
)
NO_LINES = IssueKind(
    "progetto_senza_linee", "Scegli almeno una linea: inserimento lavorativo o abitativa."
)
UNKNOWN_LINE = IssueKind("progetto_linea_non_prevista", "Linea non prevista: scegli dall'elenco.")
NO_CPI_OFFICE = IssueKind(
    "progetto_senza_centro_impiego", "Linea lavoro: indica il Centro per l'Impiego."
)
NO_INTERVENTIONS = IssueKind(
    "progetto_senza_interventi", "Linea lavoro: indica almeno un intervento."
)
NO_HOUSING_PATH = IssueKind(
    "progetto_senza_percorso_abitativo", "Linea abitativa: scegli il percorso a oppure b."
)
NEGATIVE_AMOUNT = IssueKind(
    "importo_negativo", "Importo negativo ({amount}): scrivi un importo ≥ 0."
)
END_BEFORE_START = IssueKind("fine_prima_di_inizio", "La fine ({end}) precede l'inizio ({start}).")
NO_SUCH_INTERVENTION = IssueKind(
    "intervento_collegato_inesistente", "Intervento collegato inesistente."
)
ALLOWANCE_UNLINKED = IssueKind(
    "indennita_senza_percorso",
    "Indica il percorso formativo o di inserimento a cui si riferisce l'indennità.",
)
NO_ENTRY_COSTS = IssueKind(
    "percorso_b_senza_spese_ingresso", "Percorso b: indica le spese di ingresso."
)
NO_MONTHS = IssueKind("percorso_a_senza_mesi", "Percorso a: indica per quanti mesi (almeno 1).")
NO_MONTHLY_COSTS = IssueKind(
    "percorso_a_senza_costi_mensili", "Percorso a: indica i costi mensili coperti."
)
COPAYMENT_UNEXPLAINED = IssueKind(
    "compartecipazione_senza_oggetto",
    "Indica che cosa copre la compartecipazione del comune di residenza.",
)
COST_NOT_COVERED = IssueKind(
    "costo_non_coperto_dal_fondo",
    "Il fondo autonomia abitativa copre qui solo: {covered}. Gli altri costi del "
    "percorso a sono compartecipazione del comune di residenza.",
)
