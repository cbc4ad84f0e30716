"""Why the card's rules propose a housing path or a work service (domain.assessment.model),
keyed: each reason is a `MessageKind`, shown in the assessment review in the UI's language.

One kind per sentence, so a translation never glues an Italian fragment into another
sentence. Parameters are the short names of the instrument's questions and levels and a score:
never anything she said.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.messages import MessageKind

A_INCOME = MessageKind(
    "motivo_a_reddito",
    "Percorso a: il suo reddito non le permette di mantenere un affitto nel mercato privato.",
)
A_TERRITORY = MessageKind(
    "motivo_a_territorio",
    "Percorso a: il territorio non riesce a offrirle un alloggio in affitto nel mercato privato.",
)
A_LIFE_PROJECT = MessageKind(
    "motivo_a_progetto_di_vita",
    "Percorso a: il suo progetto di vita non è ancora legato nel lungo termine a questo "
    "territorio.",
)
NO_PATH_OPEN_QUESTIONS = MessageKind(
    "nessun_percorso_risposte_mancanti",
    "Nessuna proposta: mancano risposte (o sono «non so») a: {questions}.",
)
NO_PATH_WEAK_LEVELS = MessageKind(
    "nessun_percorso_livelli_deboli",
    "Nessuna proposta: la scheda riserva il percorso b a chi ha un buon livello di risorse "
    "economiche e sociali, e non è buono il livello di: {levels}. Decide l'équipe.",
)
B_INCOME_AND_TERRITORY = MessageKind(
    "motivo_b_reddito_e_territorio",
    "Percorso b: il suo reddito sostiene un affitto e il territorio può offrirne uno.",
)
B_LIFE_PROJECT = MessageKind(
    "motivo_b_progetto_di_vita",
    "Percorso b: il suo progetto di vita è legato a questo territorio.",
)
B_RESOURCES = MessageKind(
    "motivo_b_risorse", "Percorso b: ha un buon livello di risorse economiche e sociali."
)
ALWAYS_INTERVIEW = MessageKind(
    "motivo_colloquio_specialistico",
    "La scheda: il Cpl tiene un colloquio specialistico con ogni donna.",
)
ALWAYS_PATH = MessageKind(
    "motivo_definizione_percorso",
    "La scheda: il Cpl definisce il percorso e lo condivide con l'équipe.",
)
NO_RECENT_WORK = MessageKind(
    "motivo_nessuna_esperienza_recente", "Risposta: non ha esperienze di lavoro recenti."
)
NO_WORK_GOAL = MessageKind(
    "motivo_nessun_obiettivo_professionale", "Risposta: non ha un obiettivo professionale."
)
SKILLS_TO_CERTIFY = MessageKind(
    "motivo_competenze_da_certificare", "Risposta: ha competenze da certificare."
)
NEEDS_TRAINING = MessageKind("motivo_serve_formazione", "Risposta: le serve formazione.")
SELF_EMPLOYMENT = MessageKind("motivo_lavoro_in_proprio", "Risposta: vuole lavorare in proprio.")
NO_JOB_SEARCH = MessageKind(
    "motivo_non_sa_cercare_lavoro", "Risposta: non sa cercare lavoro da sola."
)
READY_FOR_PLACEMENT = MessageKind(
    "motivo_pronta_per_inserimento", "Risposta: è pronta per un inserimento lavorativo."
)
SUPPORT_AT_WORK = MessageKind(
    "motivo_accompagnamento_sul_lavoro", "Risposta: le serve un accompagnamento sul lavoro."
)
HIGH_NEED_EMPLOYMENT = MessageKind(
    "motivo_bisogno_lavoro",
    "Valutazione: bisogno elevato in «lavoro e competenze» ({need}).",
)
HIGH_NEED_EDUCATION = MessageKind(
    "motivo_bisogno_istruzione",
    "Valutazione: bisogno elevato in «istruzione e formazione» ({need}).",
)
HIGH_NEED_LANGUAGE = MessageKind(
    "motivo_bisogno_lingua", "Valutazione: bisogno elevato in «lingua italiana» ({need})."
)
