"""The kinds of problem the check of an assessment finds (domain.assessment.model), keyed.

Each is an `IssueKind`: a stable code and the Italian template shown next to the field
(translated by the GUI with context "field_issues"). Parameters are dates written out, numbers,
and the labels and codes of the instrument file: never anything about her. The length cap is
the referral form's kind (domain.case.intake_issues.TOO_LONG).
"""

from __future__ import annotations

from antiviolenza_desktop.domain.field_issues import IssueKind

HELD_ON_MISSING = IssueKind("valutazione_senza_data", "Indica la data della valutazione.")
HELD_ON_FUTURE = IssueKind("valutazione_nel_futuro", "Data nel futuro ({day}): controlla la data.")
INSTRUMENT_NOT_YET = IssueKind(
    "strumento_non_ancora_in_uso", "Lo strumento {instrument} non era ancora in uso il {day}."
)
INSTRUMENT_MISMATCH = IssueKind(
    "valutazione_con_altro_strumento",
    "La valutazione usa {used} v{used_version}, ma è stata controllata con {checked} "
    "v{checked_version}.",
)
NO_MEMBERS = IssueKind(
    "valutazione_senza_equipe", "Indica chi dell'équipe era presente alla valutazione."
)
MEMBER_NAME_MISSING = IssueKind("presente_senza_nome", "Scrivi il nome della persona presente.")
MEMBER_BODY_MISSING = IssueKind("presente_senza_ente", "Scrivi l'ente della persona presente.")
MEMBER_ROLE_MISSING = IssueKind("presente_senza_ruolo", "Scrivi il ruolo della persona presente.")
ONE_BODY_ONLY = IssueKind(
    "valutazione_di_un_solo_ente",
    "Tutte le persone presenti sono dello stesso ente: la valutazione è "
    "multidisciplinare quando partecipano servizi diversi.",
)
DOMAIN_UNKNOWN = IssueKind("ambito_non_previsto", "Ambito non previsto da questo strumento.")
DOMAIN_TWICE = IssueKind("ambito_valutato_due_volte", "Ambito valutato due volte.")
NEED_MISSING = IssueKind("bisogno_non_valutato", "{domain}: valuta il bisogno.")
RESOURCES_MISSING = IssueKind("risorse_non_valutate", "{domain}: valuta le risorse.")
NEED_OFF_SCALE = IssueKind(
    "bisogno_fuori_scala", "{domain}: il bisogno va da 0 a {maximum}, non {value}."
)
RESOURCES_OFF_SCALE = IssueKind(
    "risorse_fuori_scala", "{domain}: le risorse va da 0 a {maximum}, non {value}."
)
QUESTION_UNKNOWN = IssueKind("domanda_non_prevista", "Domanda non prevista da questo strumento.")
ANSWER_UNKNOWN = IssueKind("risposta_non_prevista", "Risposta non prevista: scegli dall'elenco.")
