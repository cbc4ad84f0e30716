"""The refusals of a decision file (the capofila's signed answer to an Ambito's periods).

Each names what is wrong so the coordinator knows whom to call; none writes anything.
"""

from __future__ import annotations

from antiviolenza_desktop.domain.errors import AppError


class NotADecisionFile(AppError):
    code = "file_decisioni_non_valido"
    template = "Il file non è un file di decisioni sui periodi della capofila ({reason})."


class DecisionFileTampered(AppError):
    code = "file_decisioni_alterato"
    template = (
        "La firma della capofila sul file delle decisioni non è valida: il file è stato "
        "alterato dopo la firma. Chiedi alla capofila di scriverlo di nuovo."
    )


class DecisionFileFromOtherKey(AppError):
    code = "file_decisioni_altra_chiave"
    template = (
        "Il file delle decisioni è firmato con la chiave {key_id}, non con quella della "
        "capofila presso cui questo archivio è iscritto ({expected})."
    )


class DecisionFileForOtherAmbito(AppError):
    code = "file_decisioni_altro_ambito"
    template = (
        "Il file delle decisioni è per l'Ambito «{theirs}», questo archivio è dell'Ambito «{ours}»."
    )


class DecisionFileOtherProgramme(AppError):
    code = "file_decisioni_altro_programma"
    template = "Il file delle decisioni è del programma «{theirs}», questo archivio segue «{ours}»."


class DecisionFileReplayed(AppError):
    code = "file_decisioni_gia_applicato"
    template = (
        "Il file delle decisioni n. {sequence} non è più recente dell'ultimo applicato "
        "(n. {applied}): non cambia nulla. Usa il file più recente della capofila."
    )


class NoDecisionYet(AppError):
    code = "nessuna_decisione_periodi"
    template = (
        "La capofila non ha ancora deciso su alcun periodo dell'Ambito «{ambito}»: non c'è "
        "un file di decisioni da scrivere."
    )
