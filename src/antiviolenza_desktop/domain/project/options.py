"""The closed vocabularies of the Progetto personalizzato, as data.

Same contract as `intake_options`: each vocabulary is a tuple of `Option(code, label)`; the
English snake_case code is stored and never changes once released, the Italian label is what
forms and printed pages show. Use `intake_options.codes` and `intake_options.label_of` on them.
The items come from the programme card (actions 3.2 and 4.3); where the card ends a list with
«etc.» there is an explicit "other" option rather than a free-text field.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.case.intake_options import Option

EXTRACURRICULAR_TRAINEESHIP = "extracurricular_traineeship"
PARTICIPATION_ALLOWANCE = "participation_allowance"

ACTIVE_INTERVENTIONS: tuple[Option, ...] = (
    Option(EXTRACURRICULAR_TRAINEESHIP, "tirocinio extracurricolare (con indennità)"),
    Option("skills_certification", "certificazione delle competenze"),
    Option("training_requalification", "formazione / riqualificazione"),
    Option("self_employment_services", "servizi per l'autoimprenditorialità"),
    Option("specialist_interview", "colloquio specialistico"),
    Option("path_definition", "definizione del percorso"),
    Option("job_search_orientation", "orientamento e formazione alla ricerca attiva del lavoro"),
    Option("skills_review", "bilancio di competenze"),
    Option("coaching", "coaching"),
    Option("job_matching", "incontro domanda-offerta / work experience"),
    Option("tutoring", "tutoring"),
)
"""Active-policy interventions paid by the Fondo politiche attive (cap € 3.000,00 per woman).
The first four are the card's funded interventions, the others the CPI services of the
regional minimum standards («colloquio specialistico, definizione del percorso, ...»)."""

CPI_SERVICES: frozenset[str] = frozenset(
    {"specialist_interview", "path_definition", "job_search_orientation", "skills_review"}
    | {"coaching", "job_matching", "tutoring"}
)

PROVIDERS: tuple[Option, ...] = (
    Option("cpi", "Centro per l'Impiego"),
    Option("accredited_operator", "operatore accreditato al lavoro e alla formazione"),
)

INTERVENTION_STATUS: tuple[Option, ...] = (
    Option("planned", "previsto"),
    Option("ongoing", "in corso"),
    Option("completed", "concluso"),
    Option("cancelled", "annullato"),
)
"""A cancelled intervention stays in the project for the record but no longer counts against
the cap of the Fondo politiche attive."""

PASSIVE_SUPPORTS: tuple[Option, ...] = (
    Option(PARTICIPATION_ALLOWANCE, "indennità di partecipazione"),
    Option("transport_refund", "rimborso delle spese di trasporto"),
    Option("nursery", "conciliazione: asilo nido"),
    Option("after_school", "conciliazione: doposcuola"),
    Option("semi_boarding", "conciliazione: semi-convitto"),
    Option("canteen", "conciliazione: mensa scolastica"),
    Option("school_transport", "conciliazione: trasporto scolastico"),
    Option("summer_camp", "conciliazione: centro estivo"),
    Option("sport", "conciliazione: attività ricreative e sportive"),
    Option("family_assistance", "conciliazione: assistenza familiare"),
    Option("other_work_life_balance", "conciliazione: altra spesa famiglia-lavoro"),
)
"""Economic support paid by the Fondo politiche passive (cap € 1.400,00 per woman). The
participation allowance is never for an extracurricular traineeship (the active fund pays)."""

WORK_LIFE_BALANCE: frozenset[str] = frozenset(
    {"nursery", "after_school", "semi_boarding", "canteen", "school_transport"}
    | {"summer_camp", "sport", "family_assistance", "other_work_life_balance"}
)

HOUSING_PATHS: tuple[Option, ...] = (
    Option("a_temporary", "a) sostegno per servizi abitativi temporanei"),
    Option("b_private_lease", "b) sostegno a un nuovo contratto di locazione nel mercato privato"),
)

TEMPORARY_HOUSING_KINDS: tuple[Option, ...] = (
    Option("public_housing_art23", "edilizia pubblica (l.r. 16/2016 art. 23 c. 13)"),
    Option("derogation_assignment", "alloggio pubblico assegnato in deroga alla graduatoria"),
    Option("private_social", "alloggio privato o del privato sociale (housing sociale)"),
)

HOUSING_COST_KINDS: tuple[Option, ...] = (
    Option("rent", "affitto"),
    Option("condominium_fees", "spese condominiali"),
    Option("utilities", "utenze domestiche"),
    Option("security_deposit", "deposito cauzionale"),
    Option("advance_rent", "mensilità anticipate"),
    Option("agency_fee", "provvigione dell'agenzia"),
    Option("registration_tax", "imposta di registro del contratto"),
    Option("utility_connections", "allacciamento delle utenze"),
    Option("moving", "trasloco"),
    Option("essential_furniture", "arredi ed elettrodomestici essenziali"),
    Option("other_entry_costs", "altre spese di ingresso"),
)

MONTHLY_COSTS_COVERED: frozenset[str] = frozenset({"rent", "condominium_fees", "utilities"})
"""Path a: the only monthly costs the housing fund covers; anything else (e.g. educational
support) is the co-payment of her municipality of residence at referral time."""

ENTRY_COSTS: frozenset[str] = frozenset(
    {"security_deposit", "advance_rent", "agency_fee", "registration_tax"}
    | {"utility_connections", "moving", "essential_furniture", "other_entry_costs"}
)
"""Path b: the costs of entering the new home that the housing fund may cover."""

HOUSING_FOUND_BY: tuple[Option, ...] = (
    Option("network", "operatori della rete"),
    Option("partner", "un partner della rete"),
    Option("herself", "la donna in autonomia"),
)

LANDLORD_ROLES: tuple[Option, ...] = (
    Option("private_owner", "privato"),
    Option("public_body", "ente pubblico / ALER"),
    Option("cooperative", "cooperativa"),
    Option("social_private", "privato sociale / terzo settore"),
    Option("agency", "agenzia immobiliare"),
    Option("other", "altro locatore"),
)
"""Path b: who lets the home, as a role. Never a person's name: her landlord's name could lead
to her address."""

REVISION_STATUS: tuple[Option, ...] = (
    Option("draft", "bozza"),
    Option("validated", "validato"),
    Option("closed", "chiuso"),
)

MONITORING_SOURCES: tuple[Option, ...] = (
    Option("cpi", "Centro per l'Impiego"),
    Option("housing_provider", "soggetto che gestisce il percorso abitativo"),
    Option("cav", "centro antiviolenza"),
    Option("social_services", "servizi sociali"),
)

EMPLOYED = "employed"

OUTCOMES: tuple[Option, ...] = (
    Option(EMPLOYED, "assunta"),
    Option("traineeship_completed", "tirocinio concluso"),
    Option("qualification_obtained", "qualifica o certificazione ottenuta"),
    Option("lease_signed", "contratto di locazione firmato"),
    Option("temporary_housing", "in un alloggio temporaneo"),
    Option("economic_autonomy", "autonomia economica raggiunta"),
)

CONTRACT_TYPES: tuple[Option, ...] = (
    Option("permanent", "a tempo indeterminato"),
    Option("fixed_term", "a tempo determinato"),
    Option("apprenticeship", "apprendistato"),
    Option("agency", "somministrazione"),
    Option("on_call", "lavoro intermittente"),
    Option("self_employed", "lavoro autonomo"),
    Option("other", "altro contratto"),
)
"""Required with the `employed` outcome."""

DROP_REASONS: tuple[Option, ...] = (
    Option("withdrew", "ha rinunciato al percorso"),
    Option("moved_away", "si è trasferita fuori dal territorio"),
    Option("protected_relocation", "trasferimento protetto per motivi di sicurezza"),
    Option("unreachable", "non è più raggiungibile"),
    Option("health", "motivi di salute"),
    Option("returned_to_perpetrator", "è tornata a vivere con l'autore della violenza"),
    Option("requirements_lost", "non ha più i requisiti del progetto"),
    Option("other", "altro motivo"),
)
